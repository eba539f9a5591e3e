package main

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	_ "github.com/go-sql-driver/mysql"
	_ "github.com/jackc/pgx/v5/stdlib"

	"github.com/rexdata/rex/plugins/django"
	"github.com/rexdata/rex/plugins/mysql"
	"github.com/rexdata/rex/plugins/postgres"
	"github.com/rexdata/rex/plugins/sqlite"
	"github.com/rexdata/rex/sdk"
)

// The fidelity fixture: a Django project using every field type, its
// databases made and seeded by Django on each engine (examples/fidelity).
const fixtureDir = "../../examples/fidelity"

var dbSeq atomic.Int64

// engineDB is one database created for a test.
type engineDB struct {
	engine string
	attrs  string // the HCL attributes of its block
	config sdk.Config
}

// newEngineDB creates a database of engine loaded from artifact ("fixture"
// or "dest") and drops it when the test ends.
func newEngineDB(t *testing.T, engine, artifact string) engineDB {
	t.Helper()
	name := fmt.Sprintf("rex_mx_%d_%d", os.Getpid(), dbSeq.Add(1))
	switch engine {
	case "sqlite":
		p := filepath.Join(t.TempDir(), artifact+".sqlite3")
		copyFile(t, filepath.Join(fixtureDir, artifact+".sqlite3"), p)
		return engineDB{engine, fmt.Sprintf("path = %q", p), sdk.Config{"path": p}}
	case "postgres":
		admin := "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"
		mustExec(t, "pgx", admin, "CREATE DATABASE "+name)
		t.Cleanup(func() { execIgnore("pgx", admin, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)") })
		runCmd(t, "psql", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-U", "postgres", "-d", name, "-f", filepath.Join(fixtureDir, artifact+".postgres.sql"))
		dsn := fmt.Sprintf("postgres://postgres@127.0.0.1:5432/%s?sslmode=disable", name)
		return engineDB{engine, fmt.Sprintf("dsn = %q", dsn), sdk.Config{"dsn": dsn}}
	case "mysql":
		admin := "root@tcp(127.0.0.1:3306)/"
		mustExec(t, "mysql", admin, "CREATE DATABASE "+name+" CHARACTER SET utf8mb4")
		t.Cleanup(func() { execIgnore("mysql", admin, "DROP DATABASE IF EXISTS "+name) })
		dump, err := os.Open(filepath.Join(fixtureDir, artifact+".mysql.sql"))
		if err != nil {
			t.Fatal(err)
		}
		defer dump.Close()
		cmd := exec.Command("mariadb", "-h", "127.0.0.1", "-u", "root", name)
		cmd.Stdin = dump
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("load %s into mysql: %v\n%s", artifact, err, out)
		}
		dsn := fmt.Sprintf("root@tcp(127.0.0.1:3306)/%s", name)
		return engineDB{engine, fmt.Sprintf("dsn = %q", dsn), sdk.Config{"dsn": dsn}}
	}
	t.Fatalf("unknown engine %s", engine)
	return engineDB{}
}

func mustExec(t *testing.T, driver, dsn, stmt string) {
	t.Helper()
	if err := execIgnore(driver, dsn, stmt); err != nil {
		t.Fatalf("%s: %v", stmt, err)
	}
}

func execIgnore(driver, dsn, stmt string) error {
	db, err := sql.Open(driver, dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	_, err = db.Exec(stmt)
	return err
}

func runCmd(t *testing.T, name string, args ...string) {
	t.Helper()
	if out, err := exec.Command(name, args...).CombinedOutput(); err != nil {
		t.Fatalf("%s %v: %v\n%s", name, args, err, out)
	}
}

func newDialect(engine string) sdk.Dialect {
	switch engine {
	case "postgres":
		return postgres.New()
	case "mysql":
		return mysql.New()
	}
	return sqlite.New()
}

// djangoView reads every table of db as Django would: the dialect's values
// decoded by the django transform (other is the far side's schema, which
// settles ambiguous columns). Rows are keyed by table and primary key.
func djangoView(t *testing.T, db engineDB, other *sdk.Schema) (*sdk.Schema, map[string]map[string][]sdk.Value) {
	t.Helper()
	ctx := context.Background()
	d := newDialect(db.engine)
	if diags := d.Configure(ctx, db.config); diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	schema, err := d.Describe(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if other == nil {
		return schema, nil
	}
	tr := django.New()
	if diags := tr.Configure(ctx, sdk.Config{}); diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	if err := tr.Prepare(ctx, sdk.TransformPlan{Direction: sdk.Decode, Source: schema, Destination: other}); err != nil {
		t.Fatal(err)
	}
	var tables []string
	for _, tb := range schema.Tables {
		if tb.Name != "django_migrations" {
			tables = append(tables, tb.Name)
		}
	}
	c := &collector{t: t, tr: tr, schema: schema, rows: map[string]map[string][]sdk.Value{}}
	if err := d.Read(ctx, sdk.ReadRequest{Tables: tables}, c); err != nil {
		t.Fatal(err)
	}
	return schema, c.rows
}

type collector struct {
	t      *testing.T
	tr     sdk.Transform
	schema *sdk.Schema
	rows   map[string]map[string][]sdk.Value
}

func (c *collector) StartTable(table string, _ int64) error {
	c.rows[table] = map[string][]sdk.Value{}
	return nil
}

func (c *collector) WriteBatch(b *sdk.Batch) error {
	out, err := c.tr.Transform(context.Background(), b)
	if err != nil {
		return err
	}
	tb := c.schema.Table(out.Table)
	for i := 0; i < out.Len(); i++ {
		row := append([]sdk.Value(nil), out.Row(i)...)
		for j := range row {
			row[j].Bytes = append([]byte(nil), row[j].Bytes...)
		}
		var key []string
		for j, f := range tb.Fields {
			if f.PrimaryKey {
				key = append(key, row[j].String())
			}
		}
		if len(key) == 0 {
			key = []string{fmt.Sprint(len(c.rows[out.Table]))}
		}
		c.rows[out.Table][strings.Join(key, ",")] = row
	}
	return nil
}

// sameValue compares two Django-native values as Django's Python values
// compare: decimals by number (Decimal("1.50") == Decimal("1.5")), JSON by
// structure, everything else by kind and payload.
func sameValue(a, b sdk.Value) bool {
	if a.Kind != b.Kind {
		return false
	}
	switch a.Kind {
	case sdk.KindDecimal:
		x, ok1 := new(big.Rat).SetString(a.AsString())
		y, ok2 := new(big.Rat).SetString(b.AsString())
		if !ok1 || !ok2 {
			return a.AsString() == b.AsString()
		}
		return x.Cmp(y) == 0
	case sdk.KindJSON:
		return sameJSON(a.Bytes, b.Bytes)
	}
	return a.Equal(b)
}

func sameJSON(a, b []byte) bool {
	parse := func(s []byte) (any, error) {
		d := json.NewDecoder(strings.NewReader(string(s)))
		d.UseNumber()
		var v any
		err := d.Decode(&v)
		return v, err
	}
	x, err1 := parse(a)
	y, err2 := parse(b)
	if err1 != nil || err2 != nil {
		return string(a) == string(b)
	}
	return reflect.DeepEqual(normNumbers(x), normNumbers(y))
}

// normNumbers turns JSON numbers into exact rationals, so 1e2 equals 100
// the way Python's json reads both as numbers (ints stay distinct from
// floats: 1 is not 1.0).
func normNumbers(v any) any {
	switch x := v.(type) {
	case json.Number:
		s := string(x)
		r, ok := new(big.Rat).SetString(s)
		if !ok {
			return s
		}
		isFloat := strings.ContainsAny(s, ".eE")
		return fmt.Sprintf("%t:%s", isFloat, r.RatString())
	case []any:
		for i := range x {
			x[i] = normNumbers(x[i])
		}
	case map[string]any:
		for k := range x {
			x[k] = normNumbers(x[k])
		}
	}
	return v
}

// naturalKeys maps content type and permission ids to their natural keys,
// so references compare across two projects that number them differently.
func idKeys(rows map[string]map[string][]sdk.Value, schema *sdk.Schema) (ct, perm map[int64]string) {
	ct, perm = map[int64]string{}, map[int64]string{}
	col := func(table, name string) int {
		tb := schema.Table(table)
		for i, f := range tb.Fields {
			if f.Name == name {
				return i
			}
		}
		return -1
	}
	if schema.Table("django_content_type") != nil {
		id, app, model := col("django_content_type", "id"), col("django_content_type", "app_label"), col("django_content_type", "model")
		for _, r := range rows["django_content_type"] {
			ct[r[id].Int] = r[app].AsString() + "." + r[model].AsString()
		}
	}
	if schema.Table("auth_permission") != nil {
		id, c, code := col("auth_permission", "id"), col("auth_permission", "content_type_id"), col("auth_permission", "codename")
		for _, r := range rows["auth_permission"] {
			perm[r[id].Int] = ct[r[c].Int] + "." + r[code].AsString()
		}
	}
	return ct, perm
}

// compareDjango asserts that every source row reads, through Django's
// eyes, the same at the destination.
func compareDjango(t *testing.T, toEngine string, srcSchema *sdk.Schema, src map[string]map[string][]sdk.Value, dstSchema *sdk.Schema, dst map[string]map[string][]sdk.Value) {
	t.Helper()
	srcCT, srcPerm := idKeys(src, srcSchema)
	dstCT, dstPerm := idKeys(dst, dstSchema)
	var tables []string
	for name := range src {
		tables = append(tables, name)
	}
	sort.Strings(tables)
	compared, errs := 0, 0
	for _, name := range tables {
		if name == "django_content_type" || name == "auth_permission" {
			continue // merged by natural key; checked through the references
		}
		st, dt := srcSchema.Table(name), dstSchema.Table(name)
		if dt == nil {
			t.Errorf("table %s missing at the destination", name)
			continue
		}
		if len(src[name]) != len(dst[name]) {
			t.Errorf("%s: %d rows at the source, %d at the destination", name, len(src[name]), len(dst[name]))
		}
		for key, srow := range src[name] {
			drow, ok := dst[name][key]
			if !ok {
				t.Errorf("%s: row %s missing at the destination", name, key)
				errs++
				continue
			}
			for i, f := range st.Fields {
				j := -1
				for k, df := range dt.Fields {
					if df.Name == f.Name {
						j = k
					}
				}
				if j < 0 {
					t.Errorf("%s.%s missing at the destination", name, f.Name)
					continue
				}
				a, b := srow[i], drow[j]
				if f.References != nil && a.Kind == sdk.KindInt && b.Kind == sdk.KindInt {
					switch f.References.Table {
					case "django_content_type":
						a, b = sdk.Text(srcCT[a.Int]), sdk.Text(dstCT[b.Int])
					case "auth_permission":
						a, b = sdk.Text(srcPerm[a.Int]), sdk.Text(dstPerm[b.Int])
					}
				}
				if toEngine == "sqlite" && a.Kind == sdk.KindDecimal {
					// SQLite holds decimals as REALs: 15 significant
					// digits is what Django itself reads back there.
					a = sdk.Decimal(roundSignificant(a.AsString(), 15))
				}
				compared++
				if !sameValue(a, b) {
					errs++
					if errs < 30 {
						t.Errorf("%s[%s].%s: source %v (%s), destination %v (%s)", name, key, f.Name, a, a.Kind, b, b.Kind)
					}
				}
			}
		}
	}
	if compared == 0 {
		t.Fatal("nothing compared")
	}
	t.Logf("%d values compared, %d differ", compared, errs)
}

const matrixReceiver = `
listen "websocket" {
  address = "127.0.0.1:0"
  token   = "matrix-token-0123456789"
}
decrypt "hpke" {
  private_key     = file("receiver.key")
  allowed_senders = [file("sender.pub")]
}
transform "django" {}
destination %q {
  %s
}
`

const matrixPipeline = `
source %q {
  %s
}
transform "django" {}
encrypt "hpke" {
  recipient_key = file("receiver.pub")
  sender_key    = file("sender.key")
}
sink "websocket" {
  url   = "ws://%s/rex"
  token = "matrix-token-0123456789"
}
`

// TestMatrix_EveryEnginePair moves the fidelity fixture across all nine
// engine pairs and proves that what Django reads on the destination equals
// what it reads on the source, value by value.
func TestMatrix_EveryEnginePair(t *testing.T) {
	engines := []string{"sqlite", "postgres", "mysql"}
	for _, from := range engines {
		for _, to := range engines {
			t.Run(from+"_to_"+to, func(t *testing.T) {
				src := newEngineDB(t, from, "fixture")
				dst := newEngineDB(t, to, "dest")
				dropUnstorable(t, src, to)
				w := newWorkdir(t)
				w.write("receiver.hcl", fmt.Sprintf(matrixReceiver, to, dst.attrs))
				srv := start(t, w.dir, "serve", "--once", "receiver.hcl")
				addr := srv.waitLine(t, listeningRE, time.Minute)[1]
				w.write("pipeline.hcl", fmt.Sprintf(matrixPipeline, from, src.attrs, addr))
				r := start(t, w.dir, "run", "-q", "pipeline.hcl")
				if code := r.wait(t, 3*time.Minute); code != 0 {
					t.Fatalf("rex run exited %d:\n%s\nreceiver:\n%s", code, r.errText(), srv.errText())
				}
				if code := srv.wait(t, time.Minute); code != 0 {
					t.Fatalf("receiver exited %d:\n%s", code, srv.errText())
				}
				srcSchema, _ := djangoView(t, src, nil)
				dstSchema, _ := djangoView(t, dst, nil)
				_, srcRows := djangoView(t, src, dstSchema)
				_, dstRows := djangoView(t, dst, srcSchema)
				compareDjango(t, to, srcSchema, srcRows, dstSchema, dstRows)
				if to != "sqlite" {
					// The destination's id sequences were moved past the
					// loaded rows: a new row through the normal sequence
					// does not collide.
					driver := map[string]string{"postgres": "pgx", "mysql": "mysql"}[to]
					mustExec(t, driver, dst.config.String("dsn", ""), "INSERT INTO auth_group (name) VALUES ('added after the move')")
				}
			})
		}
	}
}

// dropUnstorable removes from a source the fixture rows whose values the
// destination engine cannot hold at all, so the rest can be compared:
// MySQL stores no inf or NaN floats (PostgreSQL rows 102-104), and SQLite
// keeps decimals as 15-digit REALs and no NaN (rows 101-104). That such a
// value is refused, not mangled, is TestMatrix_UnstorableValue_Aborts'.
func dropUnstorable(t *testing.T, src engineDB, to string) {
	t.Helper()
	min := 0
	switch {
	case to == "sqlite" && src.engine != "sqlite":
		min = 101
	case to == "mysql" && src.engine == "postgres":
		min = 102
	}
	if min == 0 {
		return
	}
	stmt := fmt.Sprintf("DELETE FROM allfields_everything WHERE id >= %d", min)
	driver := map[string]string{"postgres": "pgx", "mysql": "mysql"}[src.engine]
	mustExec(t, driver, src.config.String("dsn", ""), stmt)
}

// roundSignificant rounds decimal text to n significant digits.
func roundSignificant(s string, n int) string {
	r, ok := new(big.Rat).SetString(s)
	if !ok {
		return s
	}
	return new(big.Float).SetPrec(256).SetRat(r).Text('g', n)
}

// TestMatrix_UnstorableValue_Aborts: a float MySQL cannot hold (PostgreSQL's
// NaN and infinities) aborts the run naming the table, column and row, and
// the destination stays as it was.
func TestMatrix_UnstorableValue_Aborts(t *testing.T) {
	src := newEngineDB(t, "postgres", "fixture")
	dst := newEngineDB(t, "mysql", "dest")
	count := func() (n int) {
		db, err := sql.Open("mysql", dst.config.String("dsn", ""))
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		if err := db.QueryRow("SELECT COUNT(*) FROM allfields_everything").Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	w := newWorkdir(t)
	w.write("receiver.hcl", fmt.Sprintf(matrixReceiver, "mysql", dst.attrs))
	srv := start(t, w.dir, "serve", "--once", "receiver.hcl")
	addr := srv.waitLine(t, listeningRE, time.Minute)[1]
	w.write("pipeline.hcl", fmt.Sprintf(matrixPipeline, "postgres", src.attrs, addr))
	r := start(t, w.dir, "run", "-q", "pipeline.hcl")
	if code := r.wait(t, 3*time.Minute); code != exitAborted {
		t.Fatalf("rex run exited %d, want %d:\n%s", code, exitAborted, r.errText())
	}
	srv.wait(t, time.Minute)
	for _, want := range []string{"allfields_everything", "float"} {
		if !strings.Contains(r.errText(), want) {
			t.Errorf("the sender's message does not name %q:\n%s", want, r.errText())
		}
	}
	if n := count(); n != 0 {
		t.Errorf("%d rows landed in the destination", n)
	}
}

func TestSameValue_AsDjangoCompares(t *testing.T) {
	cases := []struct {
		a, b sdk.Value
		want bool
	}{
		{sdk.Decimal("1.50"), sdk.Decimal("1.5"), true},
		{sdk.Decimal("1.5"), sdk.Decimal("1.51"), false},
		{sdk.JSON(`{"a": 1, "b": [true, null]}`), sdk.JSON(`{"b":[true,null],"a":1}`), true},
		{sdk.JSON(`{"a": 1}`), sdk.JSON(`{"a": 1.0}`), false},
		{sdk.JSON(`true`), sdk.JSON(`1`), false},
		{sdk.Bool(true), sdk.Int(1), false},
		{sdk.DateTime(1), sdk.DateTime(2), false},
		{sdk.Text(""), sdk.Null, false},
	}
	for _, c := range cases {
		if got := sameValue(c.a, c.b); got != c.want {
			t.Errorf("sameValue(%v, %v) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
