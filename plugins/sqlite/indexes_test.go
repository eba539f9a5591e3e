package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/rexdata/rex/sdk"
)

// indexDDL has a table of every kind of index: plain ones (built after
// the load) and ones that stay throughout (unique, and those SQLite makes
// for PRIMARY KEY and UNIQUE constraints).
var indexDDL = []string{
	`CREATE TABLE "big" ("id" integer PRIMARY KEY, "code" varchar(20) UNIQUE, "owner" bigint, "label" text, "grp" integer)`,
	`CREATE INDEX "big_owner" ON "big" ("owner")`,
	`CREATE INDEX "big_lower" ON "big" (lower("label"))`,
	`CREATE INDEX "big_part" ON "big" ("grp") WHERE "grp" > 5`,
	`CREATE INDEX "big_json" ON "big" (json_extract("label", '$.a'))`,
	`CREATE UNIQUE INDEX "big_uq" ON "big" ("grp", "id")`,
	`CREATE TABLE "kept" ("id" text NOT NULL PRIMARY KEY, "owner" bigint) WITHOUT ROWID`,
	`CREATE INDEX "kept_owner" ON "kept" ("owner")`,
}

func sqliteIndexes(t testing.TB, path string) []string {
	t.Helper()
	return queryStrings(t, path, `SELECT name || ': ' || coalesce(sql, '(automatic)') FROM sqlite_schema WHERE type = 'index' ORDER BY name`)
}

// bigBatch has n rows; label is valid JSON except in row bad (0: none).
func bigBatch(n, bad int) *sdk.Batch {
	b := &sdk.Batch{Table: "big", Columns: []string{"id", "code", "owner", "label", "grp"}}
	for i := 1; i <= n; i++ {
		label := fmt.Sprintf(`{"a": %d}`, i%13)
		if i == bad {
			label = "not json"
		}
		b.Append(sdk.Int(int64(i)), sdk.Text(fmt.Sprintf("c%d", i)), sdk.Int(int64(i%97)), sdk.Text(label), sdk.Int(int64(i%11)))
	}
	return b
}

// TestDestination_PlainIndexesBuiltAfterTheLoad: a Replace table whose
// first batch is large has its plain indexes dropped for the load and
// created again before COMMIT, exactly as they were; unique and automatic
// indexes stay, and so do those of a table loaded with a small batch.
func TestDestination_PlainIndexesBuiltAfterTheLoad(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "dst.sqlite3")
	execAll(t, path, indexDDL...)
	before := sqliteIndexes(t, path)
	d := configured(t, path)
	ctx := context.Background()
	if err := d.Begin(ctx, sdk.WriteRequest{Tables: []string{"big", "kept"}, Mode: sdk.Replace}); err != nil {
		t.Fatal(err)
	}
	kept := &sdk.Batch{Table: "kept", Columns: []string{"id", "owner"}}
	for i := range deferIndexRows - 1 {
		kept.Append(sdk.Text(fmt.Sprint(i)), sdk.Int(int64(i)))
	}
	for _, b := range []*sdk.Batch{bigBatch(3*deferIndexRows, 0), kept} {
		if err := d.Write(ctx, b); err != nil {
			t.Fatal(err)
		}
	}
	var dropped []string
	for _, ix := range d.tx.deferred {
		dropped = append(dropped, ix.name)
	}
	if want := []string{"big_json", "big_lower", "big_owner", "big_part"}; !cmp.Equal(dropped, want) {
		t.Errorf("indexes dropped for the load: %v, want %v", dropped, want)
	}
	if err := d.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(before, sqliteIndexes(t, path)); diff != "" {
		t.Errorf("indexes after the load differ (-before +after):\n%s", diff)
	}
	var n int64
	if err := openDB(t, path).QueryRow(`SELECT count(*) FROM "big" INDEXED BY "big_part" WHERE "grp" > 5`).Scan(&n); err != nil || n == 0 {
		t.Errorf("reading through the rebuilt partial index: %d rows, %v", n, err)
	}
	if got := countRows(t, path, "big"); got != 3*deferIndexRows {
		t.Errorf("big has %d rows, want %d", got, 3*deferIndexRows)
	}
}

// TestDestination_IndexesDroppedForTheLoad_BackAfterRollback: whether the
// run is abandoned or an index cannot be built over the rows loaded, the
// transaction rolls back and the file is as it was, indexes included.
func TestDestination_IndexesDroppedForTheLoad_BackAfterRollback(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	for _, tc := range []struct {
		name string
		bad  int // the row whose label big_json cannot index
	}{{"rollback", 0}, {"index fails to build", 1500}} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			path := filepath.Join(t.TempDir(), "dst.sqlite3")
			execAll(t, path, append(indexDDL, `INSERT INTO "big" VALUES (7, 'old', 1, '{}', 1)`)...)
			before := sqliteIndexes(t, path)
			d := configured(t, path)
			if err := d.Begin(ctx, sdk.WriteRequest{Tables: []string{"big"}, Mode: sdk.Replace}); err != nil {
				t.Fatal(err)
			}
			if err := d.Write(ctx, bigBatch(2*deferIndexRows, tc.bad)); err != nil {
				t.Fatal(err)
			}
			if len(d.tx.deferred) == 0 {
				t.Fatal("no index was dropped for the load")
			}
			if tc.bad == 0 {
				if err := d.Rollback(ctx); err != nil {
					t.Fatal(err)
				}
			} else {
				err := d.Commit(ctx)
				if err == nil || !strings.Contains(err.Error(), `rebuild index "big_json" of table "big"`) || !strings.Contains(err.Error(), "malformed JSON") || !strings.Contains(err.Error(), "nothing was written") {
					t.Fatalf("Commit: %v, want the index that failed, why, and that nothing was written", err)
				}
			}
			if diff := cmp.Diff(before, sqliteIndexes(t, path)); diff != "" {
				t.Errorf("indexes differ (-before +after):\n%s", diff)
			}
			if got := countRows(t, path, "big"); got != 1 {
				t.Errorf("big has %d rows, want its 1 row from before", got)
			}
		})
	}
}
