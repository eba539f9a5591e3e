package sqlite

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hashicorp/go-hclog"
	"go.uber.org/goleak"

	"github.com/rexdata/rex/sdk"
)

func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}

// quickstart is the folder of the fixture databases; tests copy them first.
const quickstart = "../../examples/quickstart"

// copyFixture copies examples/quickstart/name into a fresh temporary folder
// and returns the copy's path.
func copyFixture(t testing.TB, name string) string {
	t.Helper()
	src, err := os.Open(filepath.Join(quickstart, name))
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	dst := filepath.Join(t.TempDir(), name)
	f, err := os.Create(dst)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(f, src); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return dst
}

// configured returns a dialect configured with path.
func configured(t testing.TB, path string) *dialect {
	t.Helper()
	d := New().(*dialect)
	d.log = hclog.NewNullLogger()
	if diags := d.Configure(context.Background(), sdk.Config{"path": path}); diags.HasErrors() {
		t.Fatalf("Configure(%q): %v", path, diags.Err())
	}
	return d
}

// openDB opens path read-write with the plain driver, for setup and checks.
func openDB(t testing.TB, path string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	t.Cleanup(func() { db.Close() })
	return db
}

// queryStrings returns the one text column of query's rows on path.
func queryStrings(t testing.TB, path, query string) []string {
	t.Helper()
	rows, err := openDB(t, path).Query(query)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			t.Fatal(err)
		}
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// execAll runs SQL statements on path.
func execAll(t testing.TB, path string, stmts ...string) {
	t.Helper()
	db := openDB(t, path)
	for _, s := range stmts {
		if _, err := db.Exec(s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
	db.Close()
}

// fileSHA returns the sha256 of the file's bytes.
func fileSHA(t testing.TB, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}

// tableContents returns every row of table as (typeof, value) pairs per
// column, in rowid order: what must match value by value after a copy.
func tableContents(t testing.TB, path, table string) [][]any {
	t.Helper()
	db := openDB(t, path)
	defer db.Close()
	var cols []string
	rows, err := db.Query(`SELECT name FROM pragma_table_info(?) ORDER BY cid`, table)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var c string
		if err := rows.Scan(&c); err != nil {
			t.Fatal(err)
		}
		cols = append(cols, c)
	}
	rows.Close()
	sel := make([]string, 0, 2*len(cols))
	for _, c := range cols {
		sel = append(sel, "typeof("+quote(c)+")", "+"+quote(c))
	}
	rows, err = db.Query("SELECT " + strings.Join(sel, ", ") + " FROM " + quote(table) + " ORDER BY rowid")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out [][]any
	for rows.Next() {
		vals := make([]any, len(sel))
		ptrs := make([]any, len(sel))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		out = append(out, vals)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// countRows returns SELECT COUNT(*) of table.
func countRows(t testing.TB, path, table string) int64 {
	t.Helper()
	var n int64
	if err := openDB(t, path).QueryRow("SELECT COUNT(*) FROM " + quote(table)).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// collector is a BatchWriter that keeps what it receives. Like the host, it
// encodes each batch before returning, so it never aliases the reader's
// reused batch.
type collector struct {
	order   []string
	counts  map[string]int64
	batches []*sdk.Batch
	// onBatch, if set, runs after each batch is kept.
	onBatch func()
}

func (c *collector) StartTable(table string, rows int64) error {
	if c.counts == nil {
		c.counts = map[string]int64{}
	}
	c.order = append(c.order, table)
	c.counts[table] = rows
	return nil
}

func (c *collector) WriteBatch(b *sdk.Batch) error {
	data, err := b.MarshalBinary()
	if err != nil {
		return err
	}
	var cp sdk.Batch
	if err := cp.UnmarshalBinary(data); err != nil {
		return err
	}
	c.batches = append(c.batches, &cp)
	if c.onBatch != nil {
		c.onBatch()
	}
	return nil
}

// values returns every value received for table, row-major.
func (c *collector) values(table string) (cols []string, vals []sdk.Value) {
	for _, b := range c.batches {
		if b.Table == table {
			cols = b.Columns
			vals = append(vals, b.Values...)
		}
	}
	return cols, vals
}

// discard is a BatchWriter that drops everything, for benchmarks.
type discard struct{ rows int64 }

func (d *discard) StartTable(string, int64) error { return nil }
func (d *discard) WriteBatch(b *sdk.Batch) error {
	d.rows += int64(b.Len())
	return nil
}

// execAllFile writes text to a plain file.
func execAllFile(t testing.TB, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}
