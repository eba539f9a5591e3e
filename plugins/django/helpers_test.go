package django

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	_ "modernc.org/sqlite"

	"github.com/rexdata/rex/sdk"
)

// prepared returns a transform configured with cfg and prepared for dir,
// the schema on its own side being own and on the other side other.
func prepared(t testing.TB, cfg sdk.Config, dir sdk.Direction, own, other *sdk.Schema) sdk.Transform {
	t.Helper()
	tr := New()
	if diags := tr.Configure(context.Background(), cfg); diags.HasErrors() {
		t.Fatalf("Configure: %v", diags.Err())
	}
	plan := sdk.TransformPlan{Direction: dir, Source: own, Destination: other}
	if dir == sdk.Encode {
		plan.Source, plan.Destination = other, own
	}
	if err := tr.Prepare(context.Background(), plan); err != nil {
		t.Fatalf("Prepare: %v", err)
	}
	return tr
}

// oneColumn is a sqlite schema of table "t" with the single column "c".
func oneColumn(f sdk.Field) *sdk.Schema {
	f.Name = "c"
	return &sdk.Schema{Dialect: "sqlite", Tables: []sdk.Table{{Name: "t", Fields: []sdk.Field{f}, Rows: -1}}}
}

// convert runs one value through tr as table t, column c.
func convert(tr sdk.Transform, v sdk.Value) (sdk.Value, error) {
	b := &sdk.Batch{Table: "t", Columns: []string{"c"}, Values: []sdk.Value{v}}
	out, err := tr.Transform(context.Background(), b)
	if err != nil {
		return sdk.Value{}, err
	}
	return out.Values[0], nil
}

// tempDB opens a new SQLite database file in the test's temporary directory.
func tempDB(t testing.TB) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", filepath.Join(t.TempDir(), "rex.sqlite3"))
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	t.Cleanup(func() { db.Close() })
	return db
}

// arg is the driver argument that stores v as SQLite would get it from
// Django's adapters.
func arg(v sdk.Value) any {
	switch v.Kind {
	case sdk.KindNull:
		return nil
	case sdk.KindInt:
		return v.Int
	case sdk.KindFloat:
		return v.AsFloat()
	case sdk.KindText:
		return string(v.Bytes)
	case sdk.KindBytes:
		return append([]byte{}, v.Bytes...)
	}
	panic(fmt.Sprintf("no storage argument for a %s value", v.Kind))
}

// stored is the sdk.Value of what the driver read.
func stored(x any) sdk.Value {
	switch x := x.(type) {
	case nil:
		return sdk.Null
	case int64:
		return sdk.Int(x)
	case float64:
		return sdk.Float(x)
	case string:
		return sdk.Text(x)
	case []byte:
		return sdk.Bytes(append([]byte{}, x...))
	}
	panic(fmt.Sprintf("unexpected driver value %T", x))
}

// storeAndLoad writes v into a new column declared as decl and returns
// what SQLite kept, after the column's affinity.
func storeAndLoad(t testing.TB, db *sql.DB, decl string, v sdk.Value) sdk.Value {
	t.Helper()
	if _, err := db.Exec(`DROP TABLE IF EXISTS rt; CREATE TABLE rt (c ` + decl + `)`); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`INSERT INTO rt (c) VALUES (?)`, arg(v)); err != nil {
		t.Fatal(err)
	}
	var x any
	// Unary plus drops the declared type, so the driver reports the
	// storage class as it is instead of parsing "datetime" columns.
	if err := db.QueryRow(`SELECT +c FROM rt`).Scan(&x); err != nil {
		t.Fatal(err)
	}
	return stored(x)
}

// selectPlain lists cols of table as "+"-prefixed expressions.
func selectPlain(table string, cols []string) string {
	q := make([]string, len(cols))
	for i, c := range cols {
		q[i] = `+"` + c + `"`
	}
	return `SELECT ` + strings.Join(q, ", ") + ` FROM "` + table + `" ORDER BY rowid`
}
