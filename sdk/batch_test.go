package sdk

import (
	"bytes"
	"errors"
	"math"
	"testing"
)

func sampleBatch(rows int) *Batch {
	b := &Batch{Table: "shop_product", Columns: []string{"id", "name", "price", "created_at", "weight", "attributes", "thumbnail", "is_published", "sku", "launched_on", "note"}}
	for i := 0; i < rows; i++ {
		b.Append(
			Int(int64(i)),
			Text("Product name with some length — ünïcødé 🎉"),
			Decimal("1234.56"),
			DateTime(1_700_000_000_123_456+int64(i)),
			Float(0.1*float64(i)),
			JSON(`{"color": "red", "sizes": [1, 2, 3], "nested": {"a": null}}`),
			Bytes([]byte{0, 1, 2, 0, 255}),
			Bool(i%2 == 0),
			UUID([16]byte{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, byte(i)}),
			Date(19000),
			Null,
		)
	}
	return b
}

func TestBatch_MarshalBinary_RoundTrip(t *testing.T) {
	t.Parallel()
	cases := map[string]*Batch{
		"empty":  {Table: "t", Columns: []string{"a"}},
		"sample": sampleBatch(10),
		"edges": {Table: "edges", Columns: []string{"v"}, Values: []Value{
			Int(math.MinInt64), Int(math.MaxInt64), Float(math.Inf(1)), Float(math.Inf(-1)), Float(math.NaN()),
			Float(math.Copysign(0, -1)), Text(""), Bytes(nil), Duration(-259199999995), Time(86399999999),
			DateTime(-62135596800000000), DateTime(253402300799999999), JSON("null"), Decimal("-0.0001"), Null,
		}},
	}
	for name, in := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			data, err := in.MarshalBinary()
			if err != nil {
				t.Fatal(err)
			}
			var out Batch
			if err := out.UnmarshalBinary(data); err != nil {
				t.Fatal(err)
			}
			if out.Table != in.Table || len(out.Columns) != len(in.Columns) || len(out.Values) != len(in.Values) {
				t.Fatalf("got table %q, %d columns, %d values; want %q, %d, %d", out.Table, len(out.Columns), len(out.Values), in.Table, len(in.Columns), len(in.Values))
			}
			for i := range in.Values {
				if !in.Values[i].Equal(out.Values[i]) {
					t.Errorf("value %d: got %v (%s), want %v (%s)", i, out.Values[i], out.Values[i].Kind, in.Values[i], in.Values[i].Kind)
				}
			}
		})
	}
}

func TestBatch_UnmarshalBinary_Malformed(t *testing.T) {
	t.Parallel()
	good, _ := sampleBatch(3).MarshalBinary()
	cases := map[string][]byte{
		"empty":         {},
		"bad version":   append([]byte{9}, good[1:]...),
		"truncated":     good[:len(good)-3],
		"trailing":      append(append([]byte{}, good...), 0),
		"huge rows":     {1, 1, 't', 1, 1, 'a', 0xff, 0xff, 0xff, 0xff, 0x0f},
		"unknown kind":  {1, 1, 't', 1, 1, 'a', 1, 99},
		"short uuid":    {1, 1, 't', 1, 1, 'a', 1, byte(KindUUID), 2, 1, 2},
		"rows no cols":  {1, 1, 't', 0, 5},
		"length beyond": {1, 1, 't', 1, 1, 'a', 1, byte(KindText), 100, 'x'},
	}
	for name, data := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			var b Batch
			if err := b.UnmarshalBinary(data); !errors.Is(err, ErrBadBatch) {
				t.Errorf("got %v, want an error wrapping ErrBadBatch", err)
			}
		})
	}
}

// FuzzBatch_UnmarshalBinary: batches arrive from other processes and,
// decrypted, from the network; no input may panic, and what decodes must
// encode back to the same bytes.
func FuzzBatch_UnmarshalBinary(f *testing.F) {
	good, _ := sampleBatch(3).MarshalBinary()
	f.Add(good)
	f.Add([]byte{1, 1, 't', 1, 1, 'a', 1, 0})
	f.Fuzz(func(t *testing.T, data []byte) {
		var b Batch
		if err := b.UnmarshalBinary(data); err != nil {
			return
		}
		again, err := b.MarshalBinary()
		if err != nil {
			t.Fatalf("decoded batch does not encode: %v", err)
		}
		var c Batch
		if err := c.UnmarshalBinary(again); err != nil {
			t.Fatalf("re-encoded batch does not decode: %v", err)
		}
		if len(c.Values) != len(b.Values) {
			t.Fatalf("%d values became %d", len(b.Values), len(c.Values))
		}
	})
}

// BenchmarkBatch_EncodeDecode measures the batch encoding's speed on wide
// Django rows: encode plus decode, reported as rows/s.
func BenchmarkBatch_EncodeDecode(b *testing.B) {
	in := sampleBatch(1000)
	buf := make([]byte, 0, in.Size())
	var out Batch
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		var err error
		buf, err = in.AppendBinary(buf[:0])
		if err != nil {
			b.Fatal(err)
		}
		if err := out.UnmarshalBinary(buf); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(len(buf)))
	b.ReportMetric(float64(b.N*in.Len())/b.Elapsed().Seconds(), "rows/s")
}

func TestPeekBatch_MatchesDecode(t *testing.T) {
	t.Parallel()
	data, _ := sampleBatch(7).MarshalBinary()
	table, rows, err := PeekBatch(data)
	if err != nil || table != "shop_product" || rows != 7 {
		t.Fatalf("PeekBatch = %q, %d, %v; want shop_product, 7, nil", table, rows, err)
	}
	if _, _, err := PeekBatch(data[:3]); !errors.Is(err, ErrBadBatch) {
		t.Errorf("truncated header: got %v, want ErrBadBatch", err)
	}
}

func TestRowSpans_FindsRowsAndCanonicalForm(t *testing.T) {
	b := &Batch{Table: "t", Columns: []string{"a", "b"}}
	b.Append(Int(1), Text("x"))
	b.Append(Int(-300), Null)
	data, err := b.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	cols, first, ends, canonical, err := RowSpans(data, nil)
	if err != nil || !canonical {
		t.Fatalf("RowSpans = canonical %v, %v; want a canonical batch", canonical, err)
	}
	if want := []byte{2, 1, 'a', 1, 'b'}; !bytes.Equal(cols, want) {
		t.Errorf("columns = %v, want %v", cols, want)
	}
	row0, _ := (&Batch{Table: "t", Columns: b.Columns, Values: b.Values[:2]}).MarshalBinary()
	row1, _ := (&Batch{Table: "t", Columns: b.Columns, Values: b.Values[2:]}).MarshalBinary()
	if len(ends) != 2 || !bytes.Equal(data[first:ends[0]], row0[first:]) || !bytes.Equal(data[ends[0]:ends[1]], row1[first:]) || ends[1] != len(data) {
		t.Errorf("rows at %d, ends %v: not each row's own encoding", first, ends)
	}

	// The int 1 written in two bytes (0x82 0x00): it decodes, but is not
	// AppendBinary's form.
	long := append(append(append([]byte{}, data[:first+1]...), 0x82, 0x00), data[first+2:]...)
	if _, _, _, canonical, err := RowSpans(long, nil); err != nil || canonical {
		t.Errorf("RowSpans of a long varint = canonical %v, %v; want not canonical, no error", canonical, err)
	}
	if _, _, _, _, err := RowSpans(data[:len(data)-1], nil); !errors.Is(err, ErrBadBatch) {
		t.Errorf("RowSpans of a cut batch = %v, want ErrBadBatch", err)
	}
}
