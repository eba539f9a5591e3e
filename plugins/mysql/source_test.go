package mysql

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

// edgeRows fills the Django schema with edge values of every type.
var edgeRows = []string{
	"INSERT INTO app_big (id) VALUES (1), (9223372036854775807)",
	"INSERT INTO app_parent (id, name) VALUES (1, 'parent')",
	"INSERT INTO app_every (id, f_int, f_big, f_small, f_pint, f_pbig, f_psmall, f_bool, f_nbool, f_char, f_text, f_date, f_dt, f_time, f_dur, " +
		"f_dec, f_float, f_bin, f_uuid, f_json, f_ip, f_slug, f_email, one_id, parent_id, self_ref_id) VALUES " +
		"(1, -2147483648, -9223372036854775808, -32768, 0, 0, 0, 0, NULL, '', '', '0001-01-01', '0001-01-01 00:00:00', '00:00:00', -9223372036854775808, " +
		"'-99999999999999999999.9999999999', -0e0, x'', '00000000000000000000000000000000', 'null', '::1', 's', 'a@b.c', 1, 1, NULL), " +
		"(2, 2147483647, 9223372036854775807, 32767, 4294967295, 9223372036854775807, 65535, 1, 1, 'emoji 😀 𝄞', 'zero\\0byte and ü', " +
		"'9999-12-31', '9999-12-31 23:59:59.999999', '23:59:59.999999', 9223372036854775807, '99999999999999999999.9999999999', 1.7976931348623157e308, " +
		"x'00ff000102', 'a1b2c3d4e5f60718293a4b5c6d7e8f90', '{\"a\": [1, {\"b\": null}], \"c\": \"ü😀\"}', '2001:db8::1', 'slug-2', 'x@y.z', 9223372036854775807, NULL, 1), " +
		"(3, 0, -1, 0, 1, 1, 1, 1, 0, NULL, 'text', '1970-01-01', '2024-02-29 12:34:56.000001', '12:00:00.5', -86400000001, " +
		"'0.0000000001', 5e-324, NULL, 'ffffffffffffffffffffffffffffffff', '[]', '192.168.0.1', 'slug-3', 'q@r.s', NULL, NULL, 2)",
	"INSERT INTO app_tag (id, name) VALUES (1, 'one')",
	"INSERT INTO app_tag_everys (id, tag_id, every_id) VALUES (1, 1, 1), (2, 1, 2)",
}

// allTables is the Django schema's tables, parents first.
var allTables = []string{"app_big", "app_parent", "app_every", "app_small", "app_tag", "app_tag_everys"}

func TestSource_Read_EdgeValues(t *testing.T) {
	t.Parallel()
	db := newDB(t, append(append([]string{}, djangoDDL...), edgeRows...)...)
	c := read(t, configured(t, db), "app_every")
	cols, rows := c.rows("app_every")
	if c.counts["app_every"] != 3 || len(rows) != 3 {
		t.Fatalf("StartTable rows %d, got %d rows; want 3", c.counts["app_every"], len(rows))
	}
	day := func(s string) int64 {
		tm, err := time.Parse("2006-01-02", s)
		if err != nil {
			t.Fatal(err)
		}
		return tm.Unix() / 86400
	}
	us := func(s string) int64 {
		tm, err := time.Parse("2006-01-02 15:04:05.999999", s)
		if err != nil {
			t.Fatal(err)
		}
		return tm.UnixMicro()
	}
	want := map[string][]sdk.Value{
		"f_int":   {sdk.Int(math.MinInt32), sdk.Int(math.MaxInt32), sdk.Int(0)},
		"f_big":   {sdk.Int(math.MinInt64), sdk.Int(math.MaxInt64), sdk.Int(-1)},
		"f_pbig":  {sdk.Int(0), sdk.Int(math.MaxInt64), sdk.Int(1)},
		"f_pint":  {sdk.Int(0), sdk.Int(math.MaxUint32), sdk.Int(1)},
		"f_bool":  {sdk.Int(0), sdk.Int(1), sdk.Int(1)},
		"f_nbool": {sdk.Null, sdk.Int(1), sdk.Int(0)},
		"f_char":  {sdk.Text(""), sdk.Text("emoji 😀 𝄞"), sdk.Null},
		"f_text":  {sdk.Text(""), sdk.Text("zero\x00byte and ü"), sdk.Text("text")},
		"f_date":  {sdk.Date(day("0001-01-01")), sdk.Date(day("9999-12-31")), sdk.Date(0)},
		"f_dt":    {sdk.DateTime(us("0001-01-01 00:00:00")), sdk.DateTime(us("9999-12-31 23:59:59.999999")), sdk.DateTime(us("2024-02-29 12:34:56.000001"))},
		"f_time":  {sdk.Time(0), sdk.Time(86400e6 - 1), sdk.Time(12*3600e6 + 500000)},
		"f_dur":   {sdk.Int(math.MinInt64), sdk.Int(math.MaxInt64), sdk.Int(-86400000001)},
		"f_dec":   {sdk.Decimal("-99999999999999999999.9999999999"), sdk.Decimal("99999999999999999999.9999999999"), sdk.Decimal("0.0000000001")},
		"f_float": {sdk.Float(0), sdk.Float(math.MaxFloat64), sdk.Float(5e-324)},
		"f_bin":   {sdk.Bytes([]byte{}), sdk.Bytes([]byte{0, 0xff, 0, 1, 2}), sdk.Null},
		"f_uuid":  {sdk.Text("00000000000000000000000000000000"), sdk.Text("a1b2c3d4e5f60718293a4b5c6d7e8f90"), sdk.Text("ffffffffffffffffffffffffffffffff")},
		"f_json":  {sdk.Text("null"), sdk.Text(`{"a": [1, {"b": null}], "c": "ü😀"}`), sdk.Text("[]")},
		"f_ip":    {sdk.Text("::1"), sdk.Text("2001:db8::1"), sdk.Text("192.168.0.1")},
		"one_id":  {sdk.Int(1), sdk.Int(math.MaxInt64), sdk.Null},
	}
	for col, vals := range want {
		t.Run(col, func(t *testing.T) {
			i := indexOf(cols, col)
			if i < 0 {
				t.Fatalf("column %s not read", col)
			}
			for r, w := range vals {
				if got := rows[r][i]; !got.Equal(w) {
					t.Errorf("row %d: got %v (%s), want %v (%s)", r+1, got, got.Kind, w, w.Kind)
				}
			}
		})
	}
}

func TestSource_ReadWrite_RoundTrip(t *testing.T) {
	t.Parallel()
	src := newDB(t, append(append([]string{}, djangoDDL...), edgeRows...)...)
	dst := newDB(t, djangoDDL...)
	first := read(t, configured(t, src), allTables...)
	if err := load(t, configured(t, dst), sdk.Replace, allTables, first); err != nil {
		t.Fatal(err)
	}
	second := read(t, configured(t, dst), allTables...)
	for _, table := range allTables {
		t.Run(table, func(t *testing.T) {
			c1, r1 := first.rows(table)
			c2, r2 := second.rows(table)
			if diff := cmp.Diff(c1, c2); diff != "" {
				t.Errorf("columns differ (-src +dst):\n%s", diff)
			}
			if len(r1) != len(r2) {
				t.Fatalf("%d rows read back, want %d", len(r2), len(r1))
			}
			for r := range r1 {
				for i := range r1[r] {
					if !r1[r][i].Equal(r2[r][i]) {
						t.Errorf("row %d column %s: read back %v (%s), want %v (%s)", r+1, c1[i], r2[r][i], r2[r][i].Kind, r1[r][i], r1[r][i].Kind)
					}
				}
			}
			if diff := cmp.Diff(src.dump(t, table), dst.dump(t, table)); diff != "" {
				t.Errorf("stored rows differ (-src +dst):\n%s", diff)
			}
		})
	}
}

func TestSource_Read_Snapshot(t *testing.T) {
	t.Parallel()
	db := newDB(t, append(append([]string{}, djangoDDL...), edgeRows...)...)
	var c collector
	inserted := false
	c.onBatch = func(b *sdk.Batch) {
		if inserted {
			return
		}
		inserted = true
		// Another connection commits rows into tables not yet read.
		db.exec(t, "INSERT INTO app_tag (id, name) VALUES (2, 'two')",
			"INSERT INTO app_tag_everys (id, tag_id, every_id) VALUES (3, 2, 3)")
	}
	err := configured(t, db).Read(context.Background(), sdk.ReadRequest{Tables: allTables, BatchRows: 1}, &c)
	if err != nil {
		t.Fatal(err)
	}
	if !inserted {
		t.Fatal("no batch was read")
	}
	for table, want := range map[string]int{"app_tag": 1, "app_tag_everys": 2} {
		if _, rows := c.rows(table); len(rows) != want || c.counts[table] != int64(want) {
			t.Errorf("table %s: read %d rows, counted %d; want the snapshot's %d", table, len(rows), c.counts[table], want)
		}
	}
	if n := db.count(t, "app_tag"); n != 2 {
		t.Errorf("app_tag holds %d rows after the read, want 2", n)
	}
}

func TestSource_Read_Cancel(t *testing.T) {
	t.Parallel()
	db := newDB(t, "CREATE TABLE n (id integer AUTO_INCREMENT NOT NULL PRIMARY KEY, v longtext NOT NULL)",
		"INSERT INTO n (v) SELECT REPEAT('x', 100) FROM seq_1_to_50000")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var c collector
	c.onBatch = func(*sdk.Batch) { cancel() }
	start := time.Now()
	err := configured(t, db).Read(ctx, sdk.ReadRequest{BatchRows: 100}, &c)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Read after cancel returned %v, want context.Canceled", err)
	}
	if len(c.batches) != 1 {
		t.Errorf("%d batches after cancel, want 1", len(c.batches))
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("Read took %v to stop", d)
	}
}

func TestSource_Read_Errors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		setup []string
		want  []string
	}{
		{"unsigned above int64", []string{
			"CREATE TABLE u (id integer NOT NULL PRIMARY KEY, big bigint UNSIGNED NOT NULL)",
			"INSERT INTO u VALUES (7, 18446744073709551615)",
		}, []string{`table "u" row 1 (id=7) column "big"`, "18446744073709551615 is above 9223372036854775807"}},
		{"negative time", []string{
			"CREATE TABLE u (id integer NOT NULL PRIMARY KEY, t time(6) NOT NULL)",
			"INSERT INTO u VALUES (1, '-01:00:00')",
		}, []string{`column "t"`, "is negative"}},
		{"time past a day", []string{
			"CREATE TABLE u (id integer NOT NULL PRIMARY KEY, t time(6) NOT NULL)",
			"INSERT INTO u VALUES (1, '25:00:00')",
		}, []string{`column "t"`, "24 hours or more"}},
		{"zero date", []string{
			"CREATE TABLE u (id integer NOT NULL PRIMARY KEY, d date NOT NULL)",
			"SET SESSION sql_mode = ''",
			"INSERT INTO u VALUES (1, '0000-00-00')",
		}, []string{`column "d"`, "zero date"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			db := newDB(t)
			db.DB.SetMaxOpenConns(1) // the SET SESSION must reach the INSERT
			db.exec(t, tt.setup...)
			var c collector
			err := configured(t, db).Read(context.Background(), sdk.ReadRequest{}, &c)
			if err == nil {
				t.Fatal("Read succeeded")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
		})
	}
}

func TestSource_Read_UnknownTable(t *testing.T) {
	t.Parallel()
	db := newDB(t, djangoDDL...)
	var c collector
	err := configured(t, db).Read(context.Background(), sdk.ReadRequest{Tables: []string{"app_nope"}}, &c)
	if err == nil || !strings.Contains(err.Error(), `table "app_nope" does not exist`) {
		t.Errorf("Read of a missing table: %v", err)
	}
}

func indexOf(cols []string, c string) int {
	for i, x := range cols {
		if x == c {
			return i
		}
	}
	return -1
}
