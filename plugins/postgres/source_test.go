package postgres

import (
	"context"
	"errors"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/rexdata/rex/sdk"
)

// edgeRows are rows at the edges of every column type of app_every.
const edgeRows = `
INSERT INTO app_author (id, name) VALUES (1, 'Ada'), (7, '');
INSERT INTO app_every (id, big, small, "integer", pos, posbig, possmall, flag, name, body, day, at, clock, span, price, ratio, blob, uid, doc, ip, slug, email, author_id) VALUES
(1, -9223372036854775808, -32768, -2147483648, 0, 9223372036854775807, 32767, true, '', '😀 emoji ünïcode', '0001-01-01', '0001-01-01 00:00:00+00', '00:00:00',
 '-106751990 days -23:59:59.999999', '123456789012345678901234567890.1234567890', 'NaN', '\x00ff00'::bytea, 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11',
 '{"a": [1, {"b": null}], "c": "é"}', '192.168.0.1', 'slug', NULL, 1),
(2, 9223372036854775807, 32767, 2147483647, 2147483647, 0, 0, false, NULL, '', '9999-12-31', '9999-12-31 23:59:59.999999+00', '23:59:59.999999',
 '106751990 days 23:59:59.999999', '-0.0000000001', 'Infinity', '\x'::bytea, '00000000-0000-0000-0000-000000000000',
 'null', '2001:db8::1', '', 'a@b.c', 7),
(3, 0, 0, 0, NULL, NULL, NULL, NULL, 'x', NULL, '2000-01-01', '2024-02-29 12:34:56.123456+05:30', '12:00:00.000001',
 '1 day 02:03:04.5', '12.5000000000', '-Infinity', '\x'::bytea || decode('00', 'hex'), 'ffffffff-ffff-ffff-ffff-ffffffffffff',
 '[]', '10.1.2.3/24', NULL, NULL, NULL),
(4, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'NaN', '-0', NULL, NULL, '{}', '::ffff:1.2.3.4', NULL, NULL, NULL),
(5, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO app_tag (id, label) VALUES (1, 'red'), (32767, 'max');
INSERT INTO app_tag_items (id, tag_id, every_id) VALUES (10, 1, 1), (11, 32767, 1), (12, 1, 2);
INSERT INTO app_profile (id, author_id) VALUES (3, 7);
`

func micros(s string) int64 {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		panic(err)
	}
	return t.UnixMicro()
}

func TestSource_Read_EdgeValues(t *testing.T) {
	t.Parallel()
	src := newDatabase(t, djangoDDL, edgeRows)
	c := read(t, src, djangoTables...)
	if !cmp.Equal(c.order, djangoTables) {
		t.Errorf("tables read %v, want %v", c.order, djangoTables)
	}
	if c.counts["app_every"] != 5 || c.counts["app_tag_items"] != 3 {
		t.Errorf("StartTable counts = %v", c.counts)
	}
	rows := c.rows("app_every")
	if len(rows) != 5 {
		t.Fatalf("read %d rows of app_every, want 5", len(rows))
	}
	uuid := func(s string) sdk.Value {
		var b [16]byte
		for i, j := 0, 0; i < len(s); i++ {
			if s[i] == '-' {
				continue
			}
			var n byte
			switch c := s[i]; {
			case c >= '0' && c <= '9':
				n = c - '0'
			default:
				n = c - 'a' + 10
			}
			b[j/2] |= n << (4 * (1 - j%2))
			j++
		}
		return sdk.UUID(b)
	}
	day := int64(86400_000000)
	tests := []struct {
		row  int
		col  string
		want sdk.Value
	}{
		{0, "id", sdk.Int(1)},
		{0, "big", sdk.Int(math.MinInt64)},
		{1, "big", sdk.Int(math.MaxInt64)},
		{0, "small", sdk.Int(-32768)},
		{0, "integer", sdk.Int(math.MinInt32)},
		{0, "posbig", sdk.Int(math.MaxInt64)},
		{0, "flag", sdk.Bool(true)},
		{1, "flag", sdk.Bool(false)},
		{0, "name", sdk.Text("")},
		{1, "name", sdk.Null},
		{0, "body", sdk.Text("😀 emoji ünïcode")},
		{1, "body", sdk.Text("")},
		{0, "day", sdk.Date(-719162)},
		{1, "day", sdk.Date(2932896)},
		{2, "day", sdk.Date(10957)},
		{0, "at", sdk.DateTime(micros("0001-01-01T00:00:00Z"))},
		{1, "at", sdk.DateTime(micros("9999-12-31T23:59:59.999999Z"))},
		{2, "at", sdk.DateTime(micros("2024-02-29T07:04:56.123456Z"))},
		{0, "clock", sdk.Time(0)},
		{1, "clock", sdk.Time(day - 1)},
		{2, "clock", sdk.Time(12*3600_000000 + 1)},
		{0, "span", sdk.Duration(-(106751990*day + day - 1))},
		{1, "span", sdk.Duration(106751990*day + day - 1)},
		{2, "span", sdk.Duration(day + (2*3600+3*60+4)*1_000000 + 500000)},
		{0, "price", sdk.Decimal("123456789012345678901234567890.1234567890")},
		{1, "price", sdk.Decimal("-0.0000000001")},
		{2, "price", sdk.Decimal("12.5000000000")},
		{3, "price", sdk.Decimal("NaN")},
		{0, "ratio", sdk.Float(math.NaN())},
		{1, "ratio", sdk.Float(math.Inf(1))},
		{2, "ratio", sdk.Float(math.Inf(-1))},
		{3, "ratio", sdk.Float(math.Copysign(0, -1))},
		{0, "blob", sdk.Bytes([]byte{0, 0xff, 0})},
		{1, "blob", sdk.Bytes([]byte{})},
		{2, "blob", sdk.Bytes([]byte{0})},
		{0, "uid", uuid("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11")},
		{2, "uid", uuid("ffffffff-ffff-ffff-ffff-ffffffffffff")},
		{0, "doc", sdk.JSON(`{"a": [1, {"b": null}], "c": "é"}`)},
		{1, "doc", sdk.JSON("null")},
		{2, "doc", sdk.JSON("[]")},
		{4, "doc", sdk.Null},
		{0, "ip", sdk.Text("192.168.0.1")},
		{1, "ip", sdk.Text("2001:db8::1")},
		{2, "ip", sdk.Text("10.1.2.3/24")},
		{3, "ip", sdk.Text("::ffff:1.2.3.4")},
		{1, "author_id", sdk.Int(7)},
		{4, "author_id", sdk.Null},
	}
	for _, tt := range tests {
		t.Run(tt.col+"/"+tt.want.String(), func(t *testing.T) {
			got, ok := rows[tt.row][tt.col]
			if !ok {
				t.Fatalf("no column %s", tt.col)
			}
			if tt.want.Kind == sdk.KindFloat && math.IsNaN(tt.want.AsFloat()) && got.Kind == sdk.KindFloat && math.IsNaN(got.AsFloat()) {
				return // PostgreSQL's NaN has its own bits
			}
			if !got.Equal(tt.want) {
				t.Errorf("row %d %s = %s (%s), want %s (%s)", tt.row+1, tt.col, got, got.Kind, tt.want, tt.want.Kind)
			}
		})
	}
	for col, v := range rows[4] {
		if col != "id" && col != "price" && col != "ratio" && !v.IsNull() {
			t.Errorf("row 5 %s = %s, want NULL", col, v)
		}
	}
}

func TestSource_Read_RoundTripThroughDestination(t *testing.T) {
	t.Parallel()
	src := newDatabase(t, djangoDDL, edgeRows)
	dst := newDatabase(t, djangoDDL)
	first := read(t, src, djangoTables...)
	if err := load(context.Background(), configured(t, dst), sdk.Replace, djangoTables, first.batches); err != nil {
		t.Fatal(err)
	}
	second := read(t, dst, djangoTables...)
	for _, table := range djangoTables {
		t.Run(table, func(t *testing.T) {
			want, got := first.rows(table), second.rows(table)
			if len(want) == 0 {
				t.Fatal("source table is empty: the comparison proves nothing")
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("values read back differ (-first +second):\n%s", diff)
			}
			if diff := cmp.Diff(tableText(t, src, table), tableText(t, dst, table)); diff != "" {
				t.Errorf("row text differs (-src +dst):\n%s", diff)
			}
		})
	}
}

func TestSource_Read_Errors(t *testing.T) {
	t.Parallel()
	dsn := newDatabase(t, `CREATE TABLE "odd" ("id" serial PRIMARY KEY, "day" date NULL, "at" timestamp NULL, "span" interval NULL)`)
	tests := []struct {
		name, insert string
		want         []string
	}{
		{"date infinity", `INSERT INTO odd (id, day) VALUES (41, 'infinity')`, []string{`"odd"`, `"day"`, "id=41", "infinity"}},
		{"timestamp -infinity", `INSERT INTO odd (id, at) VALUES (42, '-infinity')`, []string{`"odd"`, `"at"`, "id=42", "infinity"}},
		{"interval months", `INSERT INTO odd (id, span) VALUES (43, '1 mon 2 days')`, []string{`"odd"`, `"span"`, "id=43", "months"}},
		{"interval overflow days", `INSERT INTO odd (id, span) VALUES (44, '2000000000 days')`, []string{`"odd"`, `"span"`, "id=44", "64-bit"}},
		{"interval overflow sum", `INSERT INTO odd (id, span) VALUES (44, '106751991 days 5:00:00')`, []string{`"odd"`, `"span"`, "id=44", "64-bit"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			execSQL(t, dsn, "DELETE FROM odd", tt.insert)
			err := configured(t, dsn).Read(context.Background(), sdk.ReadRequest{}, &collector{})
			if err == nil {
				t.Fatal("Read succeeded")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not mention %s", err, w)
				}
			}
		})
	}
}

func TestSource_Read_UnknownTable(t *testing.T) {
	t.Parallel()
	dsn := newDatabase(t, djangoDDL)
	err := configured(t, dsn).Read(context.Background(), sdk.ReadRequest{Tables: []string{"nope"}}, &collector{})
	if err == nil || !strings.Contains(err.Error(), `"nope"`) {
		t.Fatalf("Read = %v, want an error naming the table", err)
	}
}

func TestSource_Read_ConsistentSnapshot(t *testing.T) {
	t.Parallel()
	dsn := newDatabase(t, djangoDDL,
		`INSERT INTO app_author (name) SELECT 'author ' || i FROM generate_series(1, 10) i`,
		`INSERT INTO app_every (body, author_id) SELECT 'row ' || i, 1 FROM generate_series(1, 10) i`)
	c := &collector{}
	inserted := false
	c.onBatch = func() {
		if inserted {
			return
		}
		inserted = true
		// Another connection commits rows to both tables while the first is read.
		execSQL(t, dsn, `INSERT INTO app_author (name) VALUES ('late')`,
			`INSERT INTO app_every (body, author_id) VALUES ('late', 1)`,
			`DELETE FROM app_every WHERE id = 10`)
	}
	err := configured(t, dsn).Read(context.Background(), sdk.ReadRequest{Tables: []string{"app_author", "app_every"}, BatchRows: 3}, c)
	if err != nil {
		t.Fatal(err)
	}
	if !inserted {
		t.Fatal("the concurrent insert did not run")
	}
	for _, table := range []string{"app_author", "app_every"} {
		rows := c.rows(table)
		if len(rows) != 10 || c.counts[table] != 10 {
			t.Errorf("%s: read %d rows, StartTable said %d; want the 10 of the snapshot", table, len(rows), c.counts[table])
		}
		for i, r := range rows {
			if r["id"].Int != int64(i+1) {
				t.Errorf("%s row %d has id %s: rows are not in key order or not from the snapshot", table, i+1, r["id"])
			}
		}
	}
	if n := queryInt(t, dsn, "SELECT count(*) FROM app_every"); n != 10 {
		t.Errorf("the database holds %d rows of app_every after the concurrent change, want 10", n)
	}
}

func TestSource_Read_CancelStopsPromptly(t *testing.T) {
	t.Parallel()
	dsn := newDatabase(t, djangoDDL,
		`INSERT INTO app_every (body, big) SELECT repeat('x', 100), i FROM generate_series(1, 50000) i`)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	batches := 0
	c := &collector{onBatch: func() {
		batches++
		if batches == 1 {
			cancel()
		}
	}}
	err := configured(t, dsn).Read(ctx, sdk.ReadRequest{Tables: []string{"app_every"}, BatchRows: 100}, c)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Read = %v, want context.Canceled", err)
	}
	if batches != 1 {
		t.Errorf("Read sent %d batches after the first cancelled it, want none", batches-1)
	}
	if err := configured(t, dsn).Read(ctx, sdk.ReadRequest{}, &collector{}); !errors.Is(err, context.Canceled) {
		t.Errorf("Read with a cancelled context = %v, want context.Canceled", err)
	}
}
