package mysql

import (
	"context"
	"math"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/rexdata/rex/sdk"
)

// parentBatch returns a batch of app_parent rows.
func parentBatch(rows ...sdk.Value) *sdk.Batch {
	b := &sdk.Batch{Table: "app_parent", Columns: []string{"id", "name"}}
	for i := 0; i < len(rows); i += 2 {
		b.Append(rows[i], rows[i+1])
	}
	return b
}

func TestDestination_Commit_Replace(t *testing.T) {
	t.Parallel()
	db := newDB(t, djangoDDL...)
	db.exec(t, "INSERT INTO app_parent (id, name) VALUES (1, 'old one'), (5, 'old five')",
		"INSERT INTO app_tag (id, name) VALUES (1, 'kept')")
	c := &collector{batches: []*sdk.Batch{parentBatch(sdk.Int(2), sdk.Text("new two"), sdk.Int(3), sdk.Text("new three"))}}
	if err := load(t, configured(t, db), sdk.Replace, []string{"app_parent"}, c); err != nil {
		t.Fatal(err)
	}
	want := []string{`"2","new two"`, `"3","new three"`}
	if diff := cmp.Diff(want, db.dump(t, "app_parent")); diff != "" {
		t.Errorf("app_parent after Replace (-want +got):\n%s", diff)
	}
	if n := db.count(t, "app_tag"); n != 1 {
		t.Errorf("app_tag, not in the load, holds %d rows, want 1", n)
	}
}

func TestDestination_Commit_Upsert(t *testing.T) {
	t.Parallel()
	db := newDB(t, djangoDDL...)
	db.exec(t, "INSERT INTO app_parent (id, name) VALUES (1, 'old one'), (5, 'old five')")
	c := &collector{batches: []*sdk.Batch{parentBatch(sdk.Int(1), sdk.Text("renamed"), sdk.Int(7), sdk.Text("seven"))}}
	if err := load(t, configured(t, db), sdk.Upsert, []string{"app_parent"}, c); err != nil {
		t.Fatal(err)
	}
	want := []string{`"1","renamed"`, `"5","old five"`, `"7","seven"`}
	if diff := cmp.Diff(want, db.dump(t, "app_parent")); diff != "" {
		t.Errorf("app_parent after Upsert (-want +got):\n%s", diff)
	}
}

func TestDestination_Commit_Append_DuplicateKey(t *testing.T) {
	t.Parallel()
	db := newDB(t, djangoDDL...)
	db.exec(t, "INSERT INTO app_parent (id, name) VALUES (1, 'old one')")
	c := &collector{batches: []*sdk.Batch{parentBatch(sdk.Int(1), sdk.Text("again"))}}
	err := load(t, configured(t, db), sdk.Append, []string{"app_parent"}, c)
	if err == nil || !strings.Contains(err.Error(), "table app_parent rows id=1 to id=1") || !strings.Contains(err.Error(), "Duplicate entry") {
		t.Fatalf("Append of an existing key: %v", err)
	}
	if diff := cmp.Diff([]string{`"1","old one"`}, db.dump(t, "app_parent")); diff != "" {
		t.Errorf("app_parent changed (-want +got):\n%s", diff)
	}
}

func TestDestination_Commit_DanglingForeignKey(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		tables []string
		mode   sdk.WriteMode
		batch  *sdk.Batch
		want   []string
	}{
		{"child row", []string{"app_tag_everys"}, sdk.Append, func() *sdk.Batch {
			b := &sdk.Batch{Table: "app_tag_everys", Columns: []string{"id", "tag_id", "every_id"}}
			b.Append(sdk.Int(10), sdk.Int(1), sdk.Int(999))
			return b
		}(), []string{"table app_tag_everys row id=10: every_id=999 references a missing row of table app_every (id)", "nothing was written"}},
		{"replaced parent", []string{"app_tag"}, sdk.Replace, func() *sdk.Batch {
			b := &sdk.Batch{Table: "app_tag", Columns: []string{"id", "name"}}
			b.Append(sdk.Int(2), sdk.Text("other"))
			return b
		}(), []string{"table app_tag_everys row id=1: tag_id=1 references a missing row of table app_tag (id)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			db := newDB(t, append(append([]string{}, djangoDDL...), edgeRows...)...)
			before := map[string][]string{}
			for _, table := range allTables {
				before[table] = db.dump(t, table)
			}
			d := configured(t, db)
			err := load(t, d, tt.mode, tt.tables, &collector{batches: []*sdk.Batch{tt.batch}})
			if err == nil {
				t.Fatal("Commit succeeded with a dangling foreign key")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
			if err := d.Rollback(context.Background()); err != nil {
				t.Errorf("Rollback after a failed Commit: %v", err)
			}
			for _, table := range allTables {
				if diff := cmp.Diff(before[table], db.dump(t, table)); diff != "" {
					t.Errorf("table %s changed by a failed commit (-before +after):\n%s", table, diff)
				}
			}
		})
	}
}

func TestDestination_Commit_FreshIDAfterLoad(t *testing.T) {
	t.Parallel()
	db := newDB(t, djangoDDL...)
	c := &collector{batches: []*sdk.Batch{parentBatch(sdk.Int(41), sdk.Text("a"), sdk.Int(42), sdk.Text("b"))}}
	if err := load(t, configured(t, db), sdk.Replace, []string{"app_parent"}, c); err != nil {
		t.Fatal(err)
	}
	res, err := db.DB.Exec("INSERT INTO app_parent (name) VALUES ('django')")
	if err != nil {
		t.Fatal(err)
	}
	if id, err := res.LastInsertId(); err != nil || id <= 42 {
		t.Errorf("new row got id %d (%v), want one past the loaded 42", id, err)
	}
}

func TestDestination_Rollback_LeavesNothing(t *testing.T) {
	t.Parallel()
	src := newDB(t, append(append([]string{}, djangoDDL...), edgeRows...)...)
	dst := newDB(t, djangoDDL...)
	dst.exec(t, "INSERT INTO app_tag (id, name) VALUES (9, 'before')")
	c := read(t, configured(t, src), allTables...)
	ctx := context.Background()
	d := configured(t, dst)
	if err := d.Begin(ctx, sdk.WriteRequest{Tables: allTables}); err != nil {
		t.Fatal(err)
	}
	for _, b := range c.batches {
		if err := d.Write(ctx, b); err != nil {
			t.Fatal(err)
		}
	}
	for i := range 2 {
		if err := d.Rollback(ctx); err != nil {
			t.Fatalf("Rollback #%d: %v", i+1, err)
		}
	}
	for _, table := range allTables {
		want := int64(0)
		if table == "app_tag" {
			want = 1
		}
		if n := dst.count(t, table); n != want {
			t.Errorf("table %s holds %d rows after Rollback, want %d", table, n, want)
		}
	}
}

func TestDestination_Write_Floats(t *testing.T) {
	t.Parallel()
	db := newDB(t, "CREATE TABLE f (id integer NOT NULL PRIMARY KEY, v double precision NULL)")
	ctx := context.Background()
	tests := []struct {
		name    string
		v       float64
		wantErr string // "" to succeed
	}{
		{"negative zero", math.Copysign(0, -1), ""},
		{"large exponent", -1.2345678901234567e300, ""},
		{"smallest", -5e-324, ""},
		{"inf", math.Inf(1), "MySQL and MariaDB have no infinity or NaN"},
		{"-inf", math.Inf(-1), "MySQL and MariaDB have no infinity or NaN"},
		{"nan", math.NaN(), "MySQL and MariaDB have no infinity or NaN"},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := configured(t, db)
			if err := d.Begin(ctx, sdk.WriteRequest{Tables: []string{"f"}, Mode: sdk.Append}); err != nil {
				t.Fatal(err)
			}
			defer d.Rollback(ctx)
			b := &sdk.Batch{Table: "f", Columns: []string{"id", "v"}}
			b.Append(sdk.Int(int64(i)), sdk.Float(tt.v))
			err := d.Write(ctx, b)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) || !strings.Contains(err.Error(), "table f row id=") {
					t.Fatalf("Write of %v: %v, want an error naming the row and %q", tt.v, err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if err := d.Commit(ctx); err != nil {
				t.Fatal(err)
			}
			var c collector
			if err := d.Read(ctx, sdk.ReadRequest{Tables: []string{"f"}}, &c); err != nil {
				t.Fatal(err)
			}
			_, rows := c.rows("f")
			got := rows[len(rows)-1][1].AsFloat()
			// The server prints a zero double without its sign: -0 reads back
			// as 0, which compares equal.
			if got != tt.v {
				t.Errorf("read back %v, want %v", got, tt.v)
			}
		})
	}
}

func TestDestination_Write_Errors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		batch func() *sdk.Batch
		want  []string
	}{
		{"native kind", func() *sdk.Batch {
			b := &sdk.Batch{Table: "app_parent", Columns: []string{"id", "name"}}
			b.Append(sdk.Int(1), sdk.Duration(3))
			return b
		}, []string{"table app_parent row id=1 column name: value of kind duration: the django transform must run before the destination"}},
		{"unknown table", func() *sdk.Batch {
			b := &sdk.Batch{Table: "app_nope", Columns: []string{"id"}}
			b.Append(sdk.Int(1))
			return b
		}, []string{`table "app_nope" does not exist`, "manage.py migrate"}},
		{"unknown column", func() *sdk.Batch {
			b := &sdk.Batch{Table: "app_parent", Columns: []string{"id", "title"}}
			b.Append(sdk.Int(1), sdk.Text("x"))
			return b
		}, []string{`table "app_parent" has no column "title"`}},
		{"date out of range", func() *sdk.Batch {
			b := &sdk.Batch{Table: "app_every", Columns: []string{"id", "f_date"}}
			b.Append(sdk.Int(4), sdk.Date(-800000))
			return b
		}, []string{"table app_every row id=4 column f_date", "outside MySQL's range"}},
		{"too long for varchar", func() *sdk.Batch {
			b := &sdk.Batch{Table: "app_parent", Columns: []string{"id", "name"}}
			b.Append(sdk.Int(1), sdk.Text(strings.Repeat("x", 101)))
			return b
		}, []string{"table app_parent rows id=1 to id=1", "Data too long"}},
	}
	db := newDB(t, djangoDDL...)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			d := configured(t, db)
			if err := d.Begin(ctx, sdk.WriteRequest{Tables: []string{"app_parent"}, Mode: sdk.Append}); err != nil {
				t.Fatal(err)
			}
			defer d.Rollback(ctx)
			err := d.Write(ctx, tt.batch())
			if err == nil {
				t.Fatal("Write succeeded")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
		})
	}
}

func TestDestination_Begin_Errors(t *testing.T) {
	t.Parallel()
	db := newDB(t, djangoDDL...)
	tests := []struct {
		name string
		req  sdk.WriteRequest
		want string
	}{
		{"unknown table", sdk.WriteRequest{Tables: []string{"app_nope"}}, "manage.py migrate"},
		{"unknown mode", sdk.WriteRequest{Mode: "merge"}, `unknown write mode "merge"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := configured(t, db)
			err := d.Begin(context.Background(), tt.req)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Begin error %v, want one containing %q", err, tt.want)
			}
			// A failed Begin leaves no transaction: a new one can start.
			if err := d.Begin(context.Background(), sdk.WriteRequest{Mode: sdk.Append}); err != nil {
				t.Fatalf("Begin after a failed Begin: %v", err)
			}
			if err := d.Rollback(context.Background()); err != nil {
				t.Fatal(err)
			}
		})
	}
}

func TestDestination_Write_NoTransaction(t *testing.T) {
	t.Parallel()
	d := New()
	b := parentBatch(sdk.Int(1), sdk.Text("x"))
	if err := d.Write(context.Background(), b); err == nil || !strings.Contains(err.Error(), "Begin") {
		t.Errorf("Write without Begin: %v", err)
	}
	if err := d.Commit(context.Background()); err == nil {
		t.Error("Commit without Begin succeeded")
	}
	if err := d.Rollback(context.Background()); err != nil {
		t.Errorf("Rollback without Begin: %v", err)
	}
}

func TestDialect_Configure_DSN(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		dsn  any
		want string // "" for no diagnostics
	}{
		{"plain", "root@tcp(127.0.0.1:3306)/shop", ""},
		{"with params", "u:p@tcp(db:3306)/shop?parseTime=true&loc=Local&charset=latin1", ""},
		{"no database", "root@tcp(127.0.0.1:3306)/", "names no database"},
		{"not a dsn", "mysql://root@localhost/shop", "go-sql-driver"},
		{"absent", nil, "Set dsn"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			cfg := sdk.Config{}
			if tt.dsn != nil {
				cfg["dsn"] = tt.dsn
			}
			d := New().(*dialect)
			diags := d.Configure(context.Background(), cfg)
			if tt.want == "" {
				if len(diags) != 0 {
					t.Fatalf("diagnostics: %v", diags.Err())
				}
				c := d.cfg
				if c.ParseTime || c.Loc.String() != "UTC" || c.InterpolateParams || c.MultiStatements || c.Collation != "utf8mb4_general_ci" ||
					c.Params["time_zone"] != "'+00:00'" || !strings.Contains(c.Params["sql_mode"], "STRICT_TRANS_TABLES") {
					t.Errorf("configured DSN lacks rex's settings: %s", c.FormatDSN())
				}
				return
			}
			if len(diags) != 1 || diags[0].Severity != sdk.SeverityError || diags[0].Attribute != "dsn" {
				t.Fatalf("diagnostics %+v, want one error on dsn", diags)
			}
			if !strings.Contains(diags[0].Detail, tt.want) {
				t.Errorf("detail %q does not contain %q", diags[0].Detail, tt.want)
			}
		})
	}
}

func TestDialect_Session_Settings(t *testing.T) {
	t.Parallel()
	db := newDB(t)
	d := configured(t, db)
	sqlDB, conn, err := d.open(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer sqlDB.Close()
	defer conn.Close()
	var tz, mode, charset string
	if err := conn.QueryRowContext(context.Background(), "SELECT @@session.time_zone, @@session.sql_mode, @@character_set_connection").Scan(&tz, &mode, &charset); err != nil {
		t.Fatal(err)
	}
	if tz != "+00:00" || !strings.Contains(mode, "STRICT_TRANS_TABLES") || !strings.Contains(mode, "NO_AUTO_VALUE_ON_ZERO") || charset != "utf8mb4" {
		t.Errorf("session time_zone %q, sql_mode %q, charset %q", tz, mode, charset)
	}
}

func TestDialect_Describe_Unconfigured(t *testing.T) {
	t.Parallel()
	_, err := New().Describe(context.Background())
	if err == nil || !strings.Contains(err.Error(), "Configure") {
		t.Errorf("Describe before Configure: %v", err)
	}
}

func TestDestination_Write_DjangoKinds(t *testing.T) {
	t.Parallel()
	db := newDB(t, djangoDDL...)
	b := &sdk.Batch{Table: "app_every", Columns: []string{"id", "f_int", "f_big", "f_small", "f_pint", "f_pbig", "f_psmall", "f_bool", "f_nbool",
		"f_text", "f_date", "f_dt", "f_time", "f_dur", "f_dec", "f_float", "f_uuid", "f_json", "f_ip", "f_slug", "f_email"}}
	b.Append(sdk.Int(1), sdk.Int(1), sdk.Int(2), sdk.Int(3), sdk.Int(4), sdk.Int(5), sdk.Int(6), sdk.Bool(true), sdk.Bool(false),
		sdk.Text("t"), sdk.Date(-1), sdk.DateTime(-1), sdk.Time(1), sdk.Int(-1), sdk.Decimal("-0.5000000000"), sdk.Float(0.1),
		sdk.Text("0123456789abcdef0123456789abcdef"), sdk.JSON(`{"k": [true, null]}`), sdk.Text("10.0.0.1"), sdk.Text("s"), sdk.Text("e@x.y"))
	if err := load(t, configured(t, db), sdk.Append, []string{"app_every"}, &collector{batches: []*sdk.Batch{b}}); err != nil {
		t.Fatal(err)
	}
	var got string
	err := db.DB.QueryRow("SELECT CONCAT_WS('|', f_bool, f_nbool, f_date, f_dt, f_time, f_dec, f_float, f_json) FROM app_every").Scan(&got)
	if err != nil {
		t.Fatal(err)
	}
	want := `1|0|1969-12-31|1969-12-31 23:59:59.999999|00:00:00.000001|-0.5000000000|0.1|{"k": [true, null]}`
	if got != want {
		t.Errorf("stored %s, want %s", got, want)
	}
}

func TestDestination_Write_LargeValues(t *testing.T) {
	t.Parallel()
	db := newDB(t, "CREATE TABLE big (id integer NOT NULL PRIMARY KEY, t longtext NOT NULL, b longblob NOT NULL)")
	// 24 rows of 1.5 MiB text and blob: more than one max_allowed_packet
	// (16 MiB here) per batch, and values the driver sends as long data.
	text := strings.Repeat("ü", 3<<18)
	blob := []byte(strings.Repeat("\x00\xff", 3<<18))
	b := &sdk.Batch{Table: "big", Columns: []string{"id", "t", "b"}}
	for i := range 24 {
		b.Append(sdk.Int(int64(i)), sdk.Text(text), sdk.Bytes(blob))
	}
	d := configured(t, db)
	if err := load(t, d, sdk.Replace, []string{"big"}, &collector{batches: []*sdk.Batch{b}}); err != nil {
		t.Fatal(err)
	}
	var c collector
	if err := d.Read(context.Background(), sdk.ReadRequest{Tables: []string{"big"}, BatchBytes: 4 << 20}, &c); err != nil {
		t.Fatal(err)
	}
	_, rows := c.rows("big")
	if len(rows) != 24 {
		t.Fatalf("read back %d rows, want 24", len(rows))
	}
	for i, r := range rows {
		if r[1].AsString() != text || string(r[2].Bytes) != string(blob) {
			t.Fatalf("row %d read back differs", i)
		}
	}
	if len(c.batches) < 6 {
		t.Errorf("%d batches for 72 MiB with BatchBytes 4 MiB", len(c.batches))
	}
}
