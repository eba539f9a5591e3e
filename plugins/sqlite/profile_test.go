package sqlite

import (
	"context"
	"math"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/rexdata/rex/sdk"
)

// profileDB creates a database of hand-made tables with edge values: emoji
// (one character, four bytes), NULLs, extreme integers, negative and large
// decimals; an empty table; a composite key; a table keyed by rowid alone;
// indexed integer columns (the rowid, a foreign key, one with NULLs).
func profileDB(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "profile.sqlite3")
	execAll(t, path,
		`CREATE TABLE "app_item" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(20) NULL, "body" text NOT NULL,
			"data" BLOB NULL, "qty" integer NULL, "price" decimal NULL, "ratio" real NULL, "day" date NULL, "flag" bool NULL,
			"parent_id" bigint NULL REFERENCES "app_item" ("id") DEFERRABLE INITIALLY DEFERRED)`,
		`INSERT INTO "app_item" VALUES
			(1, 'abc', '😀😀😀😀😀😀', x'00ff', -5, 12.5, -1.5, '2024-01-01', 1, NULL),
			(2, NULL, 'hello', x'0102030405', 9223372036854775807, -123456.789, 2.25, NULL, NULL, 1),
			(3, 'żółw🐢', '', NULL, NULL, 0.05, NULL, NULL, 0, 1),
			(4, 'x', 'b', x'', -9223372036854775808, 1e20, NULL, NULL, 0, 3)`,
		// Indexed integer columns are profiled through their index.
		`CREATE INDEX "app_item_qty" ON "app_item" ("qty")`,
		`CREATE INDEX "app_item_parent_id" ON "app_item" ("parent_id")`,
		`CREATE TABLE "app_empty" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(10) NOT NULL, "price" decimal NOT NULL)`,
		`CREATE TABLE "app_pair" ("a" integer NOT NULL, "b" varchar(5) NOT NULL, "note" text NULL, PRIMARY KEY ("a", "b")) WITHOUT ROWID`,
		`INSERT INTO "app_pair" VALUES (1, 'x', 'long note'), (2, 'y', NULL)`,
		`CREATE TABLE "app_log" ("line" text NULL)`,
		`INSERT INTO "app_log" VALUES ('one'), (NULL)`,
	)
	return path
}

func TestSource_Profile_EdgeValues(t *testing.T) {
	t.Parallel()
	d := configured(t, profileDB(t))
	got, err := d.Profile(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	s := func(kv ...string) map[string]string {
		m := map[string]string{}
		for i := 0; i < len(kv); i += 2 {
			m[kv[i]] = kv[i+1]
		}
		return m
	}
	want := map[string]sdk.TableProfile{
		"app_item": {Rows: 4, Columns: map[string]sdk.ColumnProfile{
			"id":        {Min: "1", Max: "4", Samples: s("min", "id=1", "max", "id=4")},
			"name":      {Nulls: 1, MaxLength: 5, Samples: s("nulls", "id=2", "max_length", "id=3")},
			"body":      {MaxLength: 6, Samples: s("max_length", "id=1")},
			"data":      {Nulls: 1, MaxLength: 5, Samples: s("nulls", "id=3", "max_length", "id=2")},
			"qty":       {Nulls: 1, Min: "-9223372036854775808", Max: "9223372036854775807", Samples: s("nulls", "id=3", "min", "id=4", "max", "id=2")},
			"price":     {Min: "-123456.789", Max: "100000000000000000000", MaxIntegerDigits: 21, MaxScale: 3, Samples: s("min", "id=2", "max", "id=4", "digits", "id=4")},
			"ratio":     {Nulls: 2, Min: "-1.5", Max: "2.25", Samples: s("nulls", "id=3", "min", "id=1", "max", "id=2")},
			"day":       {Nulls: 3, Samples: s("nulls", "id=2")},
			"flag":      {Nulls: 1, Samples: s("nulls", "id=2")},
			"parent_id": {Nulls: 1, Min: "1", Max: "3", Samples: s("nulls", "id=1", "min", "id=2", "max", "id=4")},
		}},
		"app_empty": {Rows: 0, Columns: map[string]sdk.ColumnProfile{"id": {}, "name": {}, "price": {}}},
		"app_pair": {Rows: 2, Columns: map[string]sdk.ColumnProfile{
			"a":    {Min: "1", Max: "2", Samples: s("min", "a=1,b=x", "max", "a=2,b=y")},
			"b":    {MaxLength: 1, Samples: s("max_length", "a=1,b=x")},
			"note": {Nulls: 1, MaxLength: 9, Samples: s("nulls", "a=2,b=y", "max_length", "a=1,b=x")},
		}},
		"app_log": {Rows: 2, Columns: map[string]sdk.ColumnProfile{
			"line": {Nulls: 1, MaxLength: 3, Samples: s("nulls", "rowid=2", "max_length", "rowid=1")},
		}},
	}
	if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("Profile (-want +got):\n%s", diff)
	}
}

func TestSource_Profile_Errors(t *testing.T) {
	t.Parallel()
	d := configured(t, profileDB(t))
	tests := []struct {
		name   string
		ctx    func() context.Context
		tables []string
		want   string
	}{
		{"unknown table", context.Background, []string{"app_item", "app_nope"}, `table "app_nope" does not exist`},
		{"cancelled", func() context.Context {
			ctx, cancel := context.WithCancel(context.Background())
			cancel()
			return ctx
		}, []string{"app_item"}, "context canceled"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := d.Profile(tt.ctx(), tt.tables)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Profile error %v, want one containing %q", err, tt.want)
			}
		})
	}
}

func TestSource_ProfileColumns_AsTheWholeProfile(t *testing.T) {
	t.Parallel()
	d := configured(t, profileDB(t))
	ctx := context.Background()
	whole, err := d.Profile(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		ask  map[string][]string
	}{
		{"one column", map[string][]string{"app_item": {"name"}}},
		{"numbers, and a composite key", map[string][]string{"app_item": {"ratio", "qty", "price"}, "app_pair": {"note"}}},
		{"a decimal alone", map[string][]string{"app_item": {"price"}}},
		{"every column", map[string][]string{"app_item": {"id", "name", "body", "data", "qty", "price", "ratio", "day", "flag", "parent_id"}}},
		{"rows only", map[string][]string{"app_item": nil, "app_log": {}}},
		{"an empty table", map[string][]string{"app_empty": {"price"}}},
		{"keyed by rowid", map[string][]string{"app_log": {"line"}}},
		{"a column named twice", map[string][]string{"app_pair": {"b", "b"}}},
		{"nothing", map[string][]string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := d.ProfileColumns(ctx, tt.ask)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(onlyColumns(whole, tt.ask), got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("ProfileColumns(%v) (-the whole profile's +got):\n%s", tt.ask, diff)
			}
		})
	}
}

// onlyColumns keeps of a whole profile the tables and columns of ask.
func onlyColumns(whole map[string]sdk.TableProfile, ask map[string][]string) map[string]sdk.TableProfile {
	out := map[string]sdk.TableProfile{}
	for table, cols := range ask {
		p := sdk.TableProfile{Rows: whole[table].Rows, Columns: map[string]sdk.ColumnProfile{}}
		for _, c := range cols {
			p.Columns[c] = whole[table].Columns[c]
		}
		out[table] = p
	}
	return out
}

func TestSource_ProfileColumns_Errors(t *testing.T) {
	t.Parallel()
	d := configured(t, profileDB(t))
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	tests := []struct {
		name string
		ctx  context.Context
		ask  map[string][]string
		want string
	}{
		{"unknown table", context.Background(), map[string][]string{"app_item": {"name"}, "app_nope": {"x"}}, `table "app_nope" does not exist`},
		{"unknown column", context.Background(), map[string][]string{"app_item": {"name", "nope"}}, `table "app_item": column "nope" does not exist`},
		{"cancelled", cancelled, map[string][]string{"app_item": {"name"}}, "context canceled"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := d.ProfileColumns(tt.ctx, tt.ask)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("ProfileColumns error %v, want one containing %q", err, tt.want)
			}
		})
	}
}

func TestDecimal_Shape_Forms(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in            string
		digits, scale int
		plain         string
	}{
		{"12.50", 2, 1, "12.5"},
		{"-0.05", 0, 2, "-0.05"},
		{"0", 0, 0, "0"},
		{"0.000", 0, 0, "0"},
		{"1200", 4, 0, "1200"},
		{"1e20", 21, 0, "100000000000000000000"},
		{"1.2345e+02", 3, 2, "123.45"},
		{"-5e-3", 0, 3, "-0.005"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			digits, scale, ok := decimalShape(tt.in)
			if !ok || digits != tt.digits || scale != tt.scale {
				t.Errorf("decimalShape(%q) = %d, %d, %v; want %d, %d", tt.in, digits, scale, ok, tt.digits, tt.scale)
			}
			if got := plainDecimal(tt.in); got != tt.plain {
				t.Errorf("plainDecimal(%q) = %q, want %q", tt.in, got, tt.plain)
			}
		})
	}
	for _, bad := range []string{"", "abc", "1e", "--1", "1.2.3"} {
		if _, _, ok := decimalShape(bad); ok {
			t.Errorf("decimalShape(%q) accepted", bad)
		}
	}
	if got := floatDecimal(0.1 + 0.2); got != "0.3" {
		t.Errorf("floatDecimal(0.1+0.2) = %q, want 0.3 (15 significant digits)", got)
	}
}

// modesDB creates three tables a, b and c, each holding row 1 "old", and
// d, without a primary key.
func modesDB(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "modes.sqlite3")
	var stmts []string
	for _, name := range []string{"a", "b", "c"} {
		stmts = append(stmts,
			`CREATE TABLE "`+name+`" ("id" integer NOT NULL PRIMARY KEY, "v" text NOT NULL)`,
			`INSERT INTO "`+name+`" VALUES (1, 'old')`)
	}
	stmts = append(stmts, `CREATE TABLE "d" ("v" text NOT NULL)`)
	execAll(t, path, stmts...)
	return path
}

// rowsOf returns table's rows as "id:v", in id order.
func rowsOf(t *testing.T, path, table string) []string {
	t.Helper()
	return queryStrings(t, path, `SELECT id || ':' || v FROM "`+table+`" ORDER BY id`)
}

func TestDestination_Begin_PerTableModes(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		req   sdk.WriteRequest
		write map[string][]int64 // ids written as "new" per table
		want  map[string][]string
	}{
		{"replace append upsert", sdk.WriteRequest{Tables: []string{"a", "b", "c"}, Mode: sdk.Append,
			Modes: map[string]sdk.WriteMode{"a": sdk.Replace, "c": sdk.Upsert}},
			map[string][]int64{"a": {2}, "b": {2}, "c": {1, 3}},
			map[string][]string{"a": {"2:new"}, "b": {"1:old", "2:new"}, "c": {"1:new", "3:new"}}},
		{"default replace with overrides", sdk.WriteRequest{Tables: []string{"a", "b", "c"},
			Modes: map[string]sdk.WriteMode{"b": sdk.Append, "c": sdk.Upsert}},
			map[string][]int64{"a": {1}, "b": {3}, "c": {1}},
			map[string][]string{"a": {"1:new"}, "b": {"1:old", "3:new"}, "c": {"1:new"}}},
		{"mode alone", sdk.WriteRequest{Tables: []string{"a", "b"}, Mode: sdk.Upsert},
			map[string][]int64{"a": {1}, "b": {2}},
			map[string][]string{"a": {"1:new"}, "b": {"1:old", "2:new"}, "c": {"1:old"}}},
		{"override of a table outside Tables", sdk.WriteRequest{Tables: []string{"a"},
			Modes: map[string]sdk.WriteMode{"c": sdk.Upsert}},
			map[string][]int64{"a": {2}, "c": {1}},
			map[string][]string{"a": {"2:new"}, "b": {"1:old"}, "c": {"1:new"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			path := modesDB(t)
			d := configured(t, path)
			ctx := context.Background()
			if err := d.Begin(ctx, tt.req); err != nil {
				t.Fatal(err)
			}
			for _, table := range []string{"a", "b", "c"} {
				b := &sdk.Batch{Table: table, Columns: []string{"id", "v"}}
				for _, id := range tt.write[table] {
					b.Append(sdk.Int(id), sdk.Text("new"))
				}
				if err := d.Write(ctx, b); err != nil {
					d.Rollback(ctx) //nolint:errcheck
					t.Fatalf("Write %s: %v", table, err)
				}
			}
			if err := d.Commit(ctx); err != nil {
				t.Fatal(err)
			}
			for table, want := range tt.want {
				if diff := cmp.Diff(want, rowsOf(t, path, table)); diff != "" {
					t.Errorf("table %s (-want +got):\n%s", table, diff)
				}
			}
		})
	}
}

func TestDestination_Begin_PerTableModeErrors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		req  sdk.WriteRequest
		want string
	}{
		{"unknown mode", sdk.WriteRequest{Tables: []string{"a"}, Modes: map[string]sdk.WriteMode{"a": "merge"}}, `unknown write mode "merge" for table "a"`},
		{"upsert without key", sdk.WriteRequest{Tables: []string{"a", "d"}, Modes: map[string]sdk.WriteMode{"d": sdk.Upsert}}, `table "d" has no primary key`},
		{"unknown table", sdk.WriteRequest{Tables: []string{"a"}, Modes: map[string]sdk.WriteMode{"zz": sdk.Append}}, `table "zz" does not exist`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			path := modesDB(t)
			before := fileSHA(t, path)
			d := configured(t, path)
			err := d.Begin(context.Background(), tt.req)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Begin error %v, want one containing %q", err, tt.want)
			}
			if err := d.Rollback(context.Background()); err != nil {
				t.Error(err)
			}
			if fileSHA(t, path) != before {
				t.Error("a failed Begin changed the file")
			}
		})
	}
}

func TestProfile_IndexedIntegers(t *testing.T) {
	t.Parallel()
	d := configured(t, profileDB(t))
	ctx := context.Background()
	db, conn, err := d.open(ctx, "ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	defer conn.Close()
	metas, err := introspect(ctx, conn)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{
		"app_item":  {"id", "qty", "parent_id"}, // the rowid, two indexes
		"app_pair":  {"a"},                      // leads the key of a WITHOUT ROWID table
		"app_empty": {"id"},
		"app_log":   nil,
	}
	for _, m := range metas {
		kinds := make([]profileKind, len(m.Fields))
		for i, f := range m.Fields {
			kinds[i] = profileKindOf(f)
		}
		got, err := indexedIntegers(ctx, conn, m, kinds)
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for i, ok := range got {
			if ok {
				names = append(names, m.Fields[i].Name)
			}
		}
		if diff := cmp.Diff(want[m.Name], names); diff != "" {
			t.Errorf("%s: indexed integer columns (-want +got):\n%s", m.Name, diff)
		}
	}
}

// TestProfile_SamplesAreFirstByKey checks every sample of tables full of
// ties against the definition: the first row in key order among those
// behind the fact, found by sorting. The rows are inserted out of key
// order; the tables are keyed by an INTEGER PRIMARY KEY, by a char key,
// by rowid alone, and by a composite key WITHOUT ROWID.
func TestProfile_SamplesAreFirstByKey(t *testing.T) {
	t.Parallel()
	const cols = `"name" varchar(20) NULL, "data" BLOB NULL, "qty" integer NULL, "price" decimal NULL, "ratio" real NULL`
	tables := map[string]string{
		"by_id":    `CREATE TABLE "by_id" ("id" integer NOT NULL PRIMARY KEY, ` + cols + `)`,
		"by_code":  `CREATE TABLE "by_code" ("id" varchar(10) NOT NULL PRIMARY KEY, ` + cols + `)`,
		"by_rowid": `CREATE TABLE "by_rowid" ("id" integer NULL, ` + cols + `)`,
		"by_pair":  `CREATE TABLE "by_pair" ("id" integer NOT NULL, "b" integer NOT NULL, ` + cols + `, PRIMARY KEY ("b", "id")) WITHOUT ROWID`,
	}
	path := filepath.Join(t.TempDir(), "ties.sqlite3")
	var stmts []string
	for name, create := range tables {
		stmts = append(stmts, create, `CREATE INDEX "`+name+`_qty" ON "`+name+`" ("qty")`)
		key := "n"
		switch name {
		case "by_code":
			key = "printf('c%03d', (n * 37) % 101)"
		case "by_pair":
			key = "n, (n * 7) % 5"
		}
		pairCols := ""
		if name == "by_pair" {
			pairCols = `"b", `
		}
		// 100 rows, in an order unlike the key's, with values that repeat.
		stmts = append(stmts, `WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < 100),
			r(n) AS (SELECT (i * 53) % 101 FROM s)
			INSERT INTO "`+name+`" ("id", `+pairCols+`"name", "data", "qty", "price", "ratio")
			SELECT `+key+`,
				CASE WHEN n % 7 = 0 THEN NULL ELSE substr('abcdefghij', 1, n % 5 + 1) END,
				CASE WHEN n % 11 = 0 THEN NULL ELSE zeroblob(n % 4) END,
				CASE WHEN n % 13 = 0 THEN NULL ELSE n % 6 - 3 END,
				CASE WHEN n % 3 = 0 THEN NULL ELSE (n % 4) * 100.25 - 150 END,
				CASE WHEN n % 5 = 0 THEN NULL ELSE (n % 3) * 0.5 END
			FROM r`)
	}
	execAll(t, path, stmts...)
	got, err := configured(t, path).Profile(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	db := openDB(t, path)
	first := func(table, where, order string) string {
		t.Helper()
		byKey := map[string]string{"by_id": `"id"`, "by_code": `"id"`, "by_rowid": "rowid", "by_pair": `"b", "id"`}[table]
		key := map[string]string{"by_id": `'id=' || "id"`, "by_code": `'id=' || "id"`, "by_rowid": `'rowid=' || rowid`,
			"by_pair": `'b=' || "b" || ',id=' || "id"`}[table]
		var s string
		q := `SELECT ` + key + ` FROM "` + table + `" WHERE ` + where + ` ORDER BY ` + order + byKey + ` LIMIT 1`
		if err := db.QueryRow(q).Scan(&s); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		return s
	}
	for table := range tables {
		want := map[string]map[string]string{
			"name": {"nulls": first(table, `"name" IS NULL`, ""), "max_length": first(table, `"name" IS NOT NULL`, `length("name") DESC, `)},
			"data": {"nulls": first(table, `"data" IS NULL`, ""), "max_length": first(table, `"data" IS NOT NULL`, `length("data") DESC, `)},
		}
		for _, c := range []string{"qty", "price", "ratio"} {
			want[c] = map[string]string{
				"nulls": first(table, `"`+c+`" IS NULL`, ""),
				"min":   first(table, `"`+c+`" IS NOT NULL`, `"`+c+`", `),
				"max":   first(table, `"`+c+`" IS NOT NULL`, `"`+c+`" DESC, `),
			}
		}
		// The most integer digits: 3, of ±150.25 and 250.5.
		want["price"]["digits"] = first(table, `abs("price") >= 100`, "")
		for c, w := range want {
			if diff := cmp.Diff(w, got[table].Columns[c].Samples); diff != "" {
				t.Errorf("%s.%s samples (-sorted +got):\n%s", table, c, diff)
			}
		}
	}
}

// TestProfile_StoredShape checks the shape of stored numbers against the
// shape of their text as Django reads it, for edge values and a spread of
// random floats and integers.
func TestProfile_StoredShape(t *testing.T) {
	t.Parallel()
	values := []any{int64(0), int64(7), int64(-1200), int64(math.MaxInt64), int64(math.MinInt64),
		0.0, math.Copysign(0, -1), 0.1 + 0.2, 1e20, 1e-20, -123456.789, 12.5, 0.05, 1.0 / 3, 2.0 / 3 * 1e15,
		math.MaxFloat64, math.SmallestNonzeroFloat64, 123456789012345678.0, 0.1234567890123456, 999999999999999.9,
		math.Inf(1), math.Inf(-1), "12.50", "abc", []byte("1e3"), nil}
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		values = append(values, math.Float64frombits(r.Uint64()), r.NormFloat64()*math.Pow(10, float64(r.IntN(40)-20)),
			float64(r.IntN(1000000))/100, int64(r.Uint64()))
	}
	for _, v := range values {
		d, s, ok := storedShape(v)
		wd, ws, wok := decimalShape(numberText(v, profileDecimal))
		if d != wd || s != ws || ok != wok {
			t.Errorf("storedShape(%v) = %d, %d, %v; the text %q has %d, %d, %v",
				v, d, s, ok, numberText(v, profileDecimal), wd, ws, wok)
		}
	}
}
