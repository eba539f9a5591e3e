package sqlite

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rexdata/rex/sdk"
)

// TestSource_Read_EveryStorageClassAcrossBatches reads values of every
// storage class, texts and blobs of every size from empty to larger than
// the arena's first block, in batches of seven rows, and compares each
// with what database/sql reads: the arena the texts and blobs are copied
// into is reused from batch to batch, so a value kept past its batch
// would show here.
func TestSource_Read_EveryStorageClassAcrossBatches(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "kinds.sqlite3")
	execAll(t, path, `CREATE TABLE "kinds" ("id" integer PRIMARY KEY, "v" any, "w" blob)`,
		`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 700)
		 INSERT INTO "kinds" ("id", "v", "w") SELECT i,
		   CASE i % 7
		     WHEN 0 THEN NULL
		     WHEN 1 THEN i * 1000003 - 9223372036854775807
		     WHEN 2 THEN i / 7.0
		     WHEN 3 THEN ''
		     WHEN 4 THEN printf('%d é 😀 %s', i, hex(randomblob(i % 50)))
		     WHEN 5 THEN zeroblob(0)
		     ELSE randomblob(i * 131)
		   END,
		   CASE WHEN i % 5 = 0 THEN randomblob(70000 + i) ELSE CAST(char(0, i % 256, 0) AS blob) END
		 FROM n`)

	var c collector
	if err := configured(t, path).Read(context.Background(), sdk.ReadRequest{BatchRows: 7}, &c); err != nil {
		t.Fatal(err)
	}
	cols, vals := c.values("kinds")
	rows, err := openDB(t, path).Query(`SELECT "id", "v", "w" FROM "kinds" ORDER BY "id"`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	r := 0
	for ; rows.Next(); r++ {
		want := make([]any, 3)
		ptrs := []any{&want[0], &want[1], &want[2]}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		for i := range want {
			sv, err := storageValue(want[i])
			if err != nil {
				t.Fatal(err)
			}
			got := vals[r*len(cols)+i]
			if got.Kind != sv.Kind || !bytes.Equal(got.Bytes, sv.Bytes) || got.Int != sv.Int || got.String() != sv.String() {
				t.Fatalf("row %d column %s: read %v (%v), database/sql reads %v (%v)", r+1, cols[i], got, got.Kind, sv, sv.Kind)
			}
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	if r != 700 || len(vals) != 700*len(cols) {
		t.Fatalf("compared %d rows; read %d values", r, len(vals))
	}
	if len(c.batches) != 100 {
		t.Errorf("%d batches, want 100 of 7 rows", len(c.batches))
	}
}

// TestRawConn_InterruptedByContext cancels a statement that would run for
// minutes inside one step: the context's end interrupts it.
func TestRawConn_InterruptedByContext(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "one.sqlite3")
	execAll(t, path, `CREATE TABLE "t" ("id" integer PRIMARY KEY)`)
	openDB(t, path).Ping() //nolint:errcheck // the driver initializes the library first
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	c, err := openRaw(path, false)
	if err != nil {
		t.Fatal(err)
	}
	defer c.close()
	defer c.watch(ctx)()
	time.AfterFunc(100*time.Millisecond, cancel)
	start := time.Now()
	err = c.exec(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000000000) SELECT count(*) FROM n`)
	if err == nil || !strings.Contains(err.Error(), "interrupt") {
		t.Fatalf("exec returned %v, want an interrupt", err)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("the interrupt took %v", d)
	}
	// The connection is still usable, and a done context does not
	// interrupt again once the statement ended.
	n, err := c.count("t")
	if err != nil || n != 0 {
		t.Errorf("count after the interrupt: %d, %v", n, err)
	}
}

// TestRawConn_OpenErrors names the file that cannot be opened read-only.
func TestRawConn_OpenErrors(t *testing.T) {
	t.Parallel()
	missing := filepath.Join(t.TempDir(), "missing.sqlite3")
	if _, err := openRaw(missing, false); err == nil || !strings.Contains(err.Error(), missing) {
		t.Fatalf("openRaw of a missing file: %v", err)
	}
}

// storageValue converts a value database/sql scanned into an any to an
// sdk.Value, for comparing with what Read reads.
func storageValue(v any) (sdk.Value, error) {
	switch x := v.(type) {
	case nil:
		return sdk.Null, nil
	case int64:
		return sdk.Int(x), nil
	case float64:
		return sdk.Float(x), nil
	case string:
		return sdk.Text(x), nil
	case []byte:
		return sdk.Bytes(x), nil
	}
	return sdk.Null, fmt.Errorf("unexpected driver value of type %T", v)
}

// TestRawConn_CacheIsSmall: a read-only connection scans, so it keeps a
// 256 KiB page cache; the writer keeps 1 MiB, not SQLite's 2000 KiB.
func TestRawConn_CacheIsSmall(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "one.sqlite3")
	execAll(t, path, `CREATE TABLE "t" ("id" integer PRIMARY KEY)`)
	for _, tc := range []struct {
		write bool
		want  string
	}{{false, "-256"}, {true, "-1024"}} {
		c, err := openRaw(path, tc.write)
		if err != nil {
			t.Fatal(err)
		}
		s, err := c.query("PRAGMA cache_size")
		if err != nil {
			t.Fatal(err)
		}
		ok, err := s.next()
		if err != nil || !ok {
			t.Fatalf("PRAGMA cache_size: %v", err)
		}
		if got := fmt.Sprint(s.int64(0)); got != tc.want {
			t.Errorf("write=%v: cache_size %s, want %s", tc.write, got, tc.want)
		}
		s.close()
		c.close()
	}
	// The driver's read-only connection, as Describe and Profile open it.
	d := &dialect{path: path}
	db, conn, err := d.open(context.Background(), "ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	defer conn.Close()
	var n int
	if err := conn.QueryRowContext(context.Background(), "PRAGMA cache_size").Scan(&n); err != nil || n != -256 {
		t.Errorf("read-only driver connection: cache_size %d, %v; want -256", n, err)
	}
}
