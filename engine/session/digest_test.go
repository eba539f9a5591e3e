package session

import (
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/rexdata/rex/sdk"
)

var digestColumns = []string{"id", "full_name", "balance", "joined", "active", "score", "photo", "uuid", "meta", "note"}

// digestRows returns n varied rows of digestColumns.
func digestRows(n int) [][]sdk.Value {
	rows := make([][]sdk.Value, n)
	for i := range rows {
		note := sdk.Null
		if i%3 == 0 {
			note = sdk.Text("note " + strings.Repeat("x", i%17))
		}
		rows[i] = []sdk.Value{
			sdk.Int(int64(i + 1)),
			sdk.Text("Customer " + string(rune('A'+i%26)) + strings.Repeat("e", i%5)),
			sdk.Decimal("12.50"),
			sdk.DateTime(1700000000000000 + int64(i)*1000),
			sdk.Bool(i%2 == 0),
			sdk.Float(float64(i) / 3),
			sdk.Bytes([]byte{byte(i), byte(i >> 8)}),
			sdk.UUID([16]byte{byte(i), 1, 2, 3}),
			sdk.JSON(`{"k":` + string(rune('0'+i%10)) + `}`),
			note,
		}
	}
	return rows
}

// digestOf adds rows in batches of size per, through AddBatch or, when
// encoded, AddEncoded.
func digestOf(t *testing.T, columns []string, rows [][]sdk.Value, per int, encoded bool) string {
	t.Helper()
	var d Digest
	for start := 0; start < len(rows); start += per {
		b := &sdk.Batch{Table: "shop_customer", Columns: columns}
		for _, r := range rows[start:min(start+per, len(rows))] {
			b.Append(r...)
		}
		if !encoded {
			d.AddBatch(b)
			continue
		}
		data, err := b.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		if err := d.AddEncoded(data); err != nil {
			t.Fatal(err)
		}
	}
	if d.Rows() != int64(len(rows)) {
		t.Fatalf("Rows() = %d, want %d", d.Rows(), len(rows))
	}
	return d.String()
}

func TestDigest_AddBatch_OrderAndBatchesDoNotMatter(t *testing.T) {
	t.Parallel()
	rows := digestRows(200)
	want := digestOf(t, digestColumns, rows, 1000, false)
	if len(want) != 32 {
		t.Fatalf("String() = %q, want 32 hex digits", want)
	}
	reversed := make([][]sdk.Value, len(rows))
	for i, r := range rows {
		reversed[len(rows)-1-i] = r
	}
	shuffled := make([][]sdk.Value, 0, len(rows))
	for i := 0; i < 7; i++ {
		for j := i; j < len(rows); j += 7 {
			shuffled = append(shuffled, rows[j])
		}
	}
	for _, tc := range []struct {
		name    string
		rows    [][]sdk.Value
		per     int
		encoded bool
	}{
		{"one batch, encoded", rows, 1000, true},
		{"batches of 1", rows, 1, false},
		{"batches of 7, encoded", rows, 7, true},
		{"reversed", reversed, 1000, false},
		{"shuffled in batches of 13", shuffled, 13, false},
		{"shuffled in batches of 13, encoded", shuffled, 13, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if got := digestOf(t, digestColumns, tc.rows, tc.per, tc.encoded); got != want {
				t.Errorf("digest %s, want %s", got, want)
			}
		})
	}
}

func TestDigest_AddBatch_ChangedDataDiffers(t *testing.T) {
	t.Parallel()
	rows := digestRows(50)
	base := digestOf(t, digestColumns, rows, 10, false)
	edit := func(f func([][]sdk.Value) [][]sdk.Value) [][]sdk.Value {
		c := make([][]sdk.Value, len(rows))
		for i, r := range rows {
			c[i] = append([]sdk.Value(nil), r...)
		}
		return f(c)
	}
	renamed := append([]string(nil), digestColumns...)
	renamed[1] = "name"
	for _, tc := range []struct {
		name    string
		columns []string
		rows    [][]sdk.Value
	}{
		{"one letter of a text", digestColumns, edit(func(r [][]sdk.Value) [][]sdk.Value {
			r[17][1] = sdk.Text("Customer S" + "eee")
			return r
		})},
		{"text of the same bytes as bytes", digestColumns, edit(func(r [][]sdk.Value) [][]sdk.Value {
			r[3][1] = sdk.Bytes(r[3][1].Bytes)
			return r
		})},
		{"null for an empty text", digestColumns, edit(func(r [][]sdk.Value) [][]sdk.Value {
			r[1][9] = sdk.Text("")
			return r
		})},
		{"a microsecond", digestColumns, edit(func(r [][]sdk.Value) [][]sdk.Value {
			r[5][3].Int++
			return r
		})},
		{"negative zero", digestColumns, edit(func(r [][]sdk.Value) [][]sdk.Value {
			r[0][5] = sdk.Float(math.Copysign(0, -1))
			return r
		})},
		{"two values swapped between rows", digestColumns, edit(func(r [][]sdk.Value) [][]sdk.Value {
			r[2][1], r[4][1] = r[4][1], r[2][1]
			return r
		})},
		{"dropped row", digestColumns, edit(func(r [][]sdk.Value) [][]sdk.Value { return r[1:] })},
		{"duplicated row", digestColumns, edit(func(r [][]sdk.Value) [][]sdk.Value { return append(r, r[9]) })},
		{"renamed column", renamed, rows},
		{"one value moved to the next column", digestColumns, edit(func(r [][]sdk.Value) [][]sdk.Value {
			r[8][8], r[8][9] = sdk.Null, r[8][8]
			return r
		})},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if got := digestOf(t, tc.columns, tc.rows, 10, false); got == base {
				t.Errorf("digest %s unchanged", got)
			}
		})
	}
}

func TestDigest_AddBatch_ColumnsChangeMidTable(t *testing.T) {
	t.Parallel()
	rows := digestRows(20)
	renamed := append([]string(nil), digestColumns...)
	renamed[0] = "pk"
	var same, mixed Digest
	for _, d := range []*Digest{&same, &mixed} {
		b := &sdk.Batch{Table: "t", Columns: digestColumns}
		for _, r := range rows[:10] {
			b.Append(r...)
		}
		d.AddBatch(b)
	}
	b := &sdk.Batch{Table: "t", Columns: digestColumns}
	c := &sdk.Batch{Table: "t", Columns: renamed}
	for _, r := range rows[10:] {
		b.Append(r...)
		c.Append(r...)
	}
	same.AddBatch(b)
	mixed.AddBatch(c)
	if same.String() == mixed.String() {
		t.Error("a batch under other column names did not change the digest")
	}
}

func TestDigest_Empty(t *testing.T) {
	t.Parallel()
	var a, b Digest
	b.AddBatch(&sdk.Batch{Table: "t", Columns: digestColumns}) // no rows: no change
	if a.String() != b.String() || a.Rows() != 0 {
		t.Errorf("empty digests differ: %s, %s", a.String(), b.String())
	}
	if text, _ := a.MarshalText(); string(text) != a.String() {
		t.Errorf("MarshalText %q, String %q", text, a.String())
	}
}

func TestDigest_AddEncoded_MalformedLeavesDigest(t *testing.T) {
	t.Parallel()
	var d Digest
	d.AddBatch(&sdk.Batch{Table: "t", Columns: []string{"a"}, Values: []sdk.Value{sdk.Int(1)}})
	before := d.String()
	for name, data := range map[string][]byte{"empty": nil, "bad version": {9}, "truncated": {1, 1, 't', 1, 1, 'a', 1, byte(sdk.KindText), 5, 'x'}} {
		if err := d.AddEncoded(data); !errors.Is(err, sdk.ErrBadBatch) {
			t.Errorf("%s: error %v, want ErrBadBatch", name, err)
		}
	}
	if d.String() != before {
		t.Error("a malformed batch changed the digest")
	}
}

func TestVerifyDigests(t *testing.T) {
	t.Parallel()
	sent := map[string]string{"a": "11", "b": "22", "c": "33"}
	for _, tc := range []struct {
		name     string
		received map[string]string
		want     []string // substrings; nil means no error
	}{
		{"equal", map[string]string{"a": "11", "b": "22", "c": "33"}, nil},
		{"two differ", map[string]string{"a": "11", "b": "2x", "c": "3x"}, []string{
			"table b: the data received differs from the data sent (digest 22≠2x)",
			"table c: the data received differs from the data sent (digest 33≠3x)"}},
		{"missing and extra", map[string]string{"a": "11", "b": "22", "d": "44"}, []string{"table c:", "(digest 33≠none)", "table d:", "(digest none≠44)"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			err := VerifyDigests(sent, tc.received)
			if tc.want == nil {
				if err != nil {
					t.Fatalf("error %v, want none", err)
				}
				return
			}
			if !errors.Is(err, ErrDigestMismatch) {
				t.Fatalf("error %v, want ErrDigestMismatch", err)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
			if strings.Contains(err.Error(), "table a") {
				t.Errorf("error %q names a table that agrees", err)
			}
		})
	}
}

// FuzzDigest_AddEncoded: a receiver digests the payload of every Data
// message. No input may panic, and a batch that decodes digests as its
// decoded rows do.
func FuzzDigest_AddEncoded(f *testing.F) {
	b := &sdk.Batch{Table: "t", Columns: digestColumns}
	for _, r := range digestRows(3) {
		b.Append(r...)
	}
	seed, _ := b.MarshalBinary()
	f.Add(seed)
	f.Add([]byte{1, 0, 0, 0})
	f.Fuzz(func(t *testing.T, data []byte) {
		var enc Digest
		if err := enc.AddEncoded(data); err != nil {
			return
		}
		var b sdk.Batch
		if err := b.UnmarshalBinary(data); err != nil {
			t.Fatalf("AddEncoded accepted what UnmarshalBinary rejects: %v", err)
		}
		var dec Digest
		dec.AddBatch(&b)
		if enc.String() != dec.String() {
			t.Fatalf("AddEncoded %s, AddBatch %s", enc.String(), dec.String())
		}
	})
}

// BenchmarkDigest: rows/s of AddEncoded (the receiver's path) and AddBatch
// (the sender's) over batches of 1000 rows of ten columns of every kind.
func BenchmarkDigest(b *testing.B) {
	batch := &sdk.Batch{Table: "shop_customer", Columns: digestColumns}
	for _, r := range digestRows(1000) {
		batch.Append(r...)
	}
	data, err := batch.MarshalBinary()
	if err != nil {
		b.Fatal(err)
	}
	b.Run("AddEncoded", func(b *testing.B) {
		var d Digest
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			if err := d.AddEncoded(data); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(d.Rows())/b.Elapsed().Seconds(), "rows/s")
	})
	b.Run("AddBatch", func(b *testing.B) {
		var d Digest
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			d.AddBatch(batch)
		}
		b.ReportMetric(float64(d.Rows())/b.Elapsed().Seconds(), "rows/s")
	})
}

// TestDigest_AddEncoded_NonCanonical: a batch whose varints are longer
// than needed (another encoder's) digests as its decoded rows do, through
// the decoding path, and one that is malformed is refused either way.
func TestDigest_AddEncoded_NonCanonical(t *testing.T) {
	t.Parallel()
	// version, table "t", 1 column "a", 2 rows: int 0 written in two
	// bytes (0x80 0x00), then int 1.
	long := []byte{1, 1, 't', 1, 1, 'a', 2, byte(sdk.KindInt), 0x80, 0x00, byte(sdk.KindInt), 2}
	short := []byte{1, 1, 't', 1, 1, 'a', 2, byte(sdk.KindInt), 0x00, byte(sdk.KindInt), 2}
	var a, b Digest
	if err := a.AddEncoded(long); err != nil {
		t.Fatal(err)
	}
	if err := b.AddEncoded(short); err != nil {
		t.Fatal(err)
	}
	if a.String() != b.String() || a.Rows() != 2 {
		t.Errorf("non-canonical batch digests %s (%d rows), canonical %s", a.String(), a.Rows(), b.String())
	}
	for _, bad := range [][]byte{
		short[:len(short)-1],                                   // cut short
		append(append([]byte{}, short...), 0),                  // a trailing byte
		{1, 1, 't', 1, 1, 'a', 1, 99},                          // an unknown kind
		{1, 1, 't', 1, 1, 'a', 1, byte(sdk.KindUUID), 2, 0, 0}, // a short uuid
	} {
		var d Digest
		if err := d.AddEncoded(bad); !errors.Is(err, sdk.ErrBadBatch) {
			t.Errorf("AddEncoded(%v) = %v, want ErrBadBatch", bad, err)
		}
		if d.Rows() != 0 || d.String() != (&Digest{}).String() {
			t.Errorf("AddEncoded(%v) changed the digest", bad)
		}
	}
}
