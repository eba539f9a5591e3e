package django

import (
	"context"
	"database/sql"
	"errors"
	"strings"
	"testing"

	"github.com/rexdata/rex/sdk"
)

func TestTransform_Configure_Diagnostics(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name string
		cfg  sdk.Config
		want []string // substrings of the one diagnostic, "" for none
		attr string
	}{
		{name: "defaults", cfg: nil},
		{name: "all set", cfg: sdk.Config{"use_tz": false, "time_zone": "Europe/Paris", "fields": map[string]any{"shop_order.delivery_window": "DurationField"}}},
		{name: "unknown zone", cfg: sdk.Config{"time_zone": "Mars/Olympus"}, attr: "time_zone", want: []string{"Unknown time zone", "Mars/Olympus"}},
		{name: "local zone", cfg: sdk.Config{"time_zone": "Local"}, attr: "time_zone", want: []string{"Unknown time zone"}},
		{name: "key without table", cfg: sdk.Config{"fields": map[string]any{"delivery_window": "DurationField"}}, attr: "fields", want: []string{"Invalid column name", `"delivery_window"`, "table.column"}},
		{name: "key with two dots", cfg: sdk.Config{"fields": map[string]any{"a.b.c": "DurationField"}}, attr: "fields", want: []string{"Invalid column name"}},
		{name: "near miss", cfg: sdk.Config{"fields": map[string]any{"shop_order.delivery_window": "DurationFeild"}}, attr: "fields", want: []string{"Unknown field type", `shop_order.delivery_window`, `Did you mean "DurationField"?`}},
		{name: "lower case", cfg: sdk.Config{"fields": map[string]any{"t.c": "uuidfield"}}, attr: "fields", want: []string{`Did you mean "UUIDField"?`}},
		{name: "without Field", cfg: sdk.Config{"fields": map[string]any{"t.c": "Duration"}}, attr: "fields", want: []string{`Did you mean "DurationField"?`}},
		{name: "far miss", cfg: sdk.Config{"fields": map[string]any{"t.c": "Interval"}}, attr: "fields", want: []string{"Unknown field type", "model field's class name"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			diags := New().Configure(context.Background(), tc.cfg)
			if len(tc.want) == 0 {
				if len(diags) != 0 {
					t.Fatalf("diagnostics %v, want none", diags)
				}
				return
			}
			if len(diags) != 1 {
				t.Fatalf("diagnostics %v, want one", diags)
			}
			d := diags[0]
			if d.Severity != sdk.SeverityError || d.Attribute != tc.attr {
				t.Errorf("diagnostic %+v, want an error on %q", d, tc.attr)
			}
			for _, w := range tc.want {
				if !strings.Contains(d.Summary+": "+d.Detail, w) {
					t.Errorf("diagnostic %q: %q does not contain %q", d.Summary, d.Detail, w)
				}
			}
		})
	}
}

func TestTransform_ConfigSchema_Attributes(t *testing.T) {
	t.Parallel()
	want := map[string]sdk.AttrType{"use_tz": sdk.TypeBool, "time_zone": sdk.TypeString, "fields": sdk.TypeStringMap}
	got := New().ConfigSchema().Attributes
	if len(got) != len(want) {
		t.Fatalf("attributes %v, want %v", got, want)
	}
	for _, a := range got {
		if want[a.Name] != a.Type || a.Required {
			t.Errorf("attribute %+v, want optional %s", a, want[a.Name])
		}
	}
}

func TestTransform_Prepare_Errors(t *testing.T) {
	t.Parallel()
	pg := &sdk.Schema{Dialect: "oracle"}
	for _, tc := range []struct {
		name string
		plan sdk.TransformPlan
		want string
	}{
		{"unknown dialect", sdk.TransformPlan{Direction: sdk.Decode, Source: pg}, `does not know dialect "oracle" yet`},
		{"unknown dialect on encode", sdk.TransformPlan{Direction: sdk.Encode, Source: oneColumn(fInt), Destination: pg}, `does not know dialect "oracle" yet`},
		{"no source", sdk.TransformPlan{Direction: sdk.Decode, Destination: oneColumn(fInt)}, "no source schema"},
		{"no destination", sdk.TransformPlan{Direction: sdk.Encode, Source: oneColumn(fInt)}, "no destination schema"},
		{"bad direction", sdk.TransformPlan{Direction: "sideways", Source: oneColumn(fInt)}, "sideways"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			tr := New()
			tr.Configure(context.Background(), nil)
			err := tr.Prepare(context.Background(), tc.plan)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Prepare: %v, want an error containing %q", err, tc.want)
			}
		})
	}
	err := New().Prepare(context.Background(), sdk.TransformPlan{Direction: sdk.Decode, Source: pg})
	if !errors.Is(err, ErrUnknownDialect) {
		t.Errorf("Prepare: %v, want ErrUnknownDialect", err)
	}
}

func TestTransform_Prepare_EffectiveType(t *testing.T) {
	t.Parallel()
	bigint := sdk.Field{Type: sdk.BigIntegerField, DBType: "bigint"}
	char32 := sdk.Field{Type: sdk.CharField, DBType: "char(32)", MaxLength: 32}
	pgInterval := sdk.Field{Type: sdk.DurationField, DBType: "interval"}
	pgUUID := sdk.Field{Type: sdk.UUIDField, DBType: "uuid"}
	pgBigint := sdk.Field{Type: sdk.BigIntegerField, DBType: "bigint"}
	pgDecimal := sdk.Field{Type: sdk.DecimalField, DBType: "numeric(12,2)", MaxDigits: 12, DecimalPlaces: 2}
	dur := sdk.Int(-259199999995)
	for _, tc := range []struct {
		name       string
		dir        sdk.Direction
		cfg        sdk.Config
		own, other sdk.Field
		in, want   sdk.Value
	}{
		{"bigint stays an integer alone", sdk.Decode, nil, bigint, sdk.Field{}, dur, dur},
		{"bigint and destination DurationField decode to Duration", sdk.Decode, nil, bigint, pgInterval, dur, sdk.Duration(-259199999995)},
		{"bigint and source DurationField encode from Duration", sdk.Encode, nil, bigint, pgInterval, sdk.Duration(-259199999995), dur},
		{"bigint and other BigIntegerField", sdk.Decode, nil, bigint, pgBigint, dur, dur},
		{"char(32) and destination UUIDField", sdk.Decode, nil, char32, pgUUID, sdk.Text("0000000000000000000000000000000A"), uuidOf("0000000000000000000000000000000a")},
		{"char(32) and source UUIDField encode", sdk.Encode, nil, char32, pgUUID, uuidOf("0000000000000000000000000000000a"), sdk.Text("0000000000000000000000000000000a")},
		{"unambiguous column ignores the other side", sdk.Decode, nil, fText, pgUUID, sdk.Text("0000000000000000000000000000000a"), sdk.Text("0000000000000000000000000000000a")},
		{"fields override", sdk.Decode, sdk.Config{"fields": map[string]any{"t.c": "DurationField"}}, bigint, sdk.Field{}, dur, sdk.Duration(-259199999995)},
		{"fields override beats the other side", sdk.Decode, sdk.Config{"fields": map[string]any{"t.c": "BigIntegerField"}}, bigint, pgInterval, dur, dur},
		{"fields override of an unambiguous column", sdk.Decode, sdk.Config{"fields": map[string]any{"t.c": "JSONField"}}, fChar, sdk.Field{}, sdk.Text(`{"a":1}`), sdk.JSON(`{"a":1}`)},
		{"decimal places from the other side", sdk.Decode, nil, fDecimal0, pgDecimal, sdk.Float(-5.5), sdk.Decimal("-5.50")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			var other *sdk.Schema
			if tc.other.Type != "" {
				other = oneColumn(tc.other)
				other.Dialect = "postgres"
			}
			tr := prepared(t, tc.cfg, tc.dir, oneColumn(tc.own), other)
			got, err := convert(tr, tc.in)
			if err != nil {
				t.Fatal(err)
			}
			if !got.Equal(tc.want) {
				t.Errorf("%s(%v) = %v (%s), want %v (%s)", tc.dir, tc.in, got, got.Kind, tc.want, tc.want.Kind)
			}
		})
	}
}

func TestTransform_Prepare_ForeignKeyTakesTargetKind(t *testing.T) {
	t.Parallel()
	s := &sdk.Schema{Dialect: "sqlite", Tables: []sdk.Table{
		{Name: "parent", Fields: []sdk.Field{{Name: "id", Type: sdk.UUIDField, DBType: "char(32)", PrimaryKey: true}}},
		{Name: "child", Fields: []sdk.Field{
			{Name: "parent_id", Type: sdk.ForeignKey, DBType: "char(32)", References: &sdk.Reference{Table: "parent", Field: "id"}},
			{Name: "self_id", Type: sdk.ForeignKey, DBType: "bigint", References: &sdk.Reference{Table: "child", Field: "self_id"}},
			{Name: "lost_id", Type: sdk.OneToOneField, DBType: "integer", References: &sdk.Reference{Table: "gone", Field: "id"}},
		}},
	}}
	tr := prepared(t, nil, sdk.Decode, s, nil)
	b := &sdk.Batch{Table: "child", Columns: []string{"parent_id", "self_id", "lost_id"}, Values: []sdk.Value{
		sdk.Text("000000000000000000000000000000ff"), sdk.Int(7), sdk.Int(9),
	}}
	out, err := tr.Transform(context.Background(), b)
	if err != nil {
		t.Fatal(err)
	}
	want := []sdk.Value{uuidOf("000000000000000000000000000000ff"), sdk.Int(7), sdk.Int(9)}
	for i := range want {
		if !out.Values[i].Equal(want[i]) {
			t.Errorf("column %s = %v, want %v", b.Columns[i], out.Values[i], want[i])
		}
	}
}

func TestTransform_Transform_BatchErrors(t *testing.T) {
	t.Parallel()
	tr := prepared(t, nil, sdk.Decode, oneColumn(fInt), nil)
	for _, tc := range []struct {
		name string
		b    *sdk.Batch
		want string
	}{
		{"unknown table", &sdk.Batch{Table: "nope", Columns: []string{"c"}}, `table "nope" is not in the source schema`},
		{"unknown column", &sdk.Batch{Table: "t", Columns: []string{"c", "d"}}, `column "d" of table "t" is not in the source schema`},
		{"ragged", &sdk.Batch{Table: "t", Columns: []string{"c"}, Values: nil}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := tr.Transform(context.Background(), tc.b)
			if tc.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Transform: %v, want an error containing %q", err, tc.want)
			}
		})
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := tr.Transform(ctx, &sdk.Batch{Table: "t", Columns: []string{"c"}}); !errors.Is(err, context.Canceled) {
		t.Errorf("Transform on a cancelled context: %v", err)
	}
	if _, err := New().Transform(context.Background(), &sdk.Batch{Table: "t"}); err == nil {
		t.Error("Transform before Prepare succeeded")
	}
}

// fixtureTypes are the Django fields of the quickstart project's columns
// that SQLite's declarations cannot tell (project/shop/models.py), given
// to the transform through its fields attribute.
var fixtureTypes = map[string]any{
	"shop_order.delivery_window":  "DurationField",
	"shop_order.reference":        "UUIDField",
	"shop_product.sku":            "UUIDField",
	"shop_product.attributes":     "JSONField",
	"shop_customer.preferences":   "JSONField",
	"shop_order.metadata":         "JSONField",
	"shop_customer.last_login_ip": "GenericIPAddressField",
	"shop_order.client_ip":        "GenericIPAddressField",
}

// fixtureSchema introspects db the plain way a SQLite dialect would, from
// declared types alone.
func fixtureSchema(t testing.TB, db *sql.DB) (*sdk.Schema, map[string]string) {
	t.Helper()
	ddl := map[string]string{}
	rows, err := db.Query(`SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
	if err != nil {
		t.Fatal(err)
	}
	s := &sdk.Schema{Dialect: "sqlite"}
	for rows.Next() {
		var name, q string
		if err := rows.Scan(&name, &q); err != nil {
			t.Fatal(err)
		}
		ddl[name] = q
		s.Tables = append(s.Tables, sdk.Table{Name: name, Rows: -1})
	}
	if err := rows.Close(); err != nil {
		t.Fatal(err)
	}
	for i := range s.Tables {
		tbl := &s.Tables[i]
		cols, err := db.Query(`SELECT name, type FROM pragma_table_info(?)`, tbl.Name)
		if err != nil {
			t.Fatal(err)
		}
		for cols.Next() {
			var f sdk.Field
			if err := cols.Scan(&f.Name, &f.DBType); err != nil {
				t.Fatal(err)
			}
			f.Type = declaredType(f.DBType)
			tbl.Fields = append(tbl.Fields, f)
		}
		if err := cols.Close(); err != nil {
			t.Fatal(err)
		}
	}
	return s, ddl
}

func declaredType(decl string) sdk.FieldType {
	d := strings.ToLower(decl)
	switch {
	case d == "datetime":
		return sdk.DateTimeField
	case d == "date":
		return sdk.DateField
	case d == "time":
		return sdk.TimeField
	case d == "bool":
		return sdk.BooleanField
	case d == "decimal":
		return sdk.DecimalField
	case d == "real":
		return sdk.FloatField
	case d == "blob":
		return sdk.BinaryField
	case strings.HasPrefix(d, "bigint"):
		return sdk.BigIntegerField
	case strings.Contains(d, "int"):
		return sdk.IntegerField
	case d == "text":
		return sdk.TextField
	}
	return sdk.CharField
}

// TestTransform_Transform_QuickstartFixture decodes every row of the
// quickstart database, encodes it again, loads it into a new database made
// with the same DDL and checks SQLite holds exactly what Django stored.
func TestTransform_Transform_QuickstartFixture(t *testing.T) {
	t.Parallel()
	src, err := sql.Open("sqlite", "file:../../examples/quickstart/shop.sqlite3?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	schema, ddl := fixtureSchema(t, src)
	cfg := sdk.Config{"fields": fixtureTypes}
	dec := prepared(t, cfg, sdk.Decode, schema, nil)
	enc := prepared(t, cfg, sdk.Encode, schema, schema)
	dst := tempDB(t)

	kinds := map[sdk.Kind]int{}
	for _, tbl := range schema.Tables {
		if _, err := dst.Exec(ddl[tbl.Name]); err != nil {
			t.Fatalf("create %s: %v", tbl.Name, err)
		}
		cols := tbl.ColumnNames()
		orig := readBatch(t, src, tbl.Name, cols)
		b := &sdk.Batch{Table: tbl.Name, Columns: cols, Values: append([]sdk.Value(nil), orig.Values...)}
		if _, err := dec.Transform(context.Background(), b); err != nil {
			t.Fatalf("decode: %v", err)
		}
		for _, v := range b.Values {
			kinds[v.Kind]++
		}
		// Over the wire: the batch is encoded and decoded again.
		wire, err := b.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var got sdk.Batch
		if err := got.UnmarshalBinary(wire); err != nil {
			t.Fatal(err)
		}
		if _, err := enc.Transform(context.Background(), &got); err != nil {
			t.Fatalf("encode: %v", err)
		}
		insertBatch(t, dst, &got)
		back := readBatch(t, dst, tbl.Name, cols)
		if len(back.Values) != len(orig.Values) {
			t.Fatalf("%s: %d values back, want %d", tbl.Name, len(back.Values), len(orig.Values))
		}
		for i := range orig.Values {
			if !back.Values[i].Equal(orig.Values[i]) {
				t.Errorf("%s.%s row %d: stored %v (%s), Django had %v (%s)", tbl.Name, cols[i%len(cols)], i/len(cols),
					back.Values[i], back.Values[i].Kind, orig.Values[i], orig.Values[i].Kind)
			}
		}
	}
	for _, k := range []sdk.Kind{sdk.KindBool, sdk.KindInt, sdk.KindFloat, sdk.KindDecimal, sdk.KindText, sdk.KindBytes,
		sdk.KindDate, sdk.KindDateTime, sdk.KindTime, sdk.KindDuration, sdk.KindUUID, sdk.KindJSON} {
		if kinds[k] == 0 {
			t.Errorf("no %s value decoded from the fixture", k)
		}
	}
}

func readBatch(t testing.TB, db *sql.DB, table string, cols []string) *sdk.Batch {
	t.Helper()
	rows, err := db.Query(selectPlain(table, cols))
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	b := &sdk.Batch{Table: table, Columns: cols}
	dest := make([]any, len(cols))
	ptrs := make([]any, len(cols))
	for i := range dest {
		ptrs[i] = &dest[i]
	}
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		for _, x := range dest {
			b.Values = append(b.Values, stored(x))
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return b
}

func insertBatch(t testing.TB, db *sql.DB, b *sdk.Batch) {
	t.Helper()
	q := make([]string, len(b.Columns))
	marks := make([]string, len(b.Columns))
	for i, c := range b.Columns {
		q[i], marks[i] = `"`+c+`"`, "?"
	}
	stmt := `INSERT INTO "` + b.Table + `" (` + strings.Join(q, ", ") + `) VALUES (` + strings.Join(marks, ", ") + `)`
	tx, err := db.Begin()
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	ins, err := tx.Prepare(stmt)
	if err != nil {
		t.Fatal(err)
	}
	for r := 0; r < b.Len(); r++ {
		args := make([]any, len(b.Columns))
		for i, v := range b.Row(r) {
			args[i] = arg(v)
		}
		if _, err := ins.Exec(args...); err != nil {
			t.Fatalf("insert into %s: %v", b.Table, err)
		}
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
}
