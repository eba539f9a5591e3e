package postgres

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/rexdata/rex/sdk"
)

// indexDDL has a table of every kind of index: plain ones of several
// shapes (these are built after the load), and ones that stay in place
// throughout: unique, backing constraints, commented.
const indexDDL = `
CREATE TABLE big (id bigint PRIMARY KEY, code varchar(20) UNIQUE, owner bigint, label text, grp int);
CREATE INDEX big_owner ON big (owner);
CREATE INDEX big_label_like ON big (label text_pattern_ops);
CREATE INDEX big_lower ON big (lower(label)) WITH (fillfactor = 70);
CREATE INDEX big_part ON big (grp) WHERE grp > 5;
CREATE INDEX big_noted ON big (grp, owner);
COMMENT ON INDEX big_noted IS 'kept in place';
CREATE UNIQUE INDEX big_uq ON big (grp, id);
CREATE TABLE full_t (id bigint PRIMARY KEY, owner bigint);
CREATE INDEX full_owner ON full_t (owner);
INSERT INTO full_t VALUES (1, 1);
CREATE TABLE small (id bigint PRIMARY KEY, owner bigint);
CREATE INDEX small_owner ON small (owner);`

func indexDefs(t testing.TB, dsn string) []string {
	t.Helper()
	return tableTextQuery(t, dsn, `SELECT i.indexrelid::regclass::text || ': ' || pg_get_indexdef(i.indexrelid) || coalesce(' -- ' || obj_description(i.indexrelid, 'pg_class'), '')
		FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
		WHERE t.relname IN ('big', 'full_t', 'small') ORDER BY 1`)
}

func indexBatches(bigRows, smallRows int, grp func(i int) int) []*sdk.Batch {
	big := &sdk.Batch{Table: "big", Columns: []string{"id", "code", "owner", "label", "grp"}}
	for i := 1; i <= bigRows; i++ {
		big.Append(sdk.Int(int64(i)), sdk.Text(fmt.Sprintf("c%d", i)), sdk.Int(int64(i%97)), sdk.Text(fmt.Sprintf("Label %d", i%13)), sdk.Int(int64(grp(i))))
	}
	// full_t had a row at Begin: its load is as large as big's.
	full := &sdk.Batch{Table: "full_t", Columns: []string{"id", "owner"}}
	for i := 1; i <= bigRows; i++ {
		full.Append(sdk.Int(int64(i)), sdk.Int(int64(i%7)))
	}
	small := &sdk.Batch{Table: "small", Columns: []string{"id", "owner"}}
	for i := 1; i <= smallRows; i++ {
		small.Append(sdk.Int(int64(i)), sdk.Int(int64(i%7)))
	}
	return []*sdk.Batch{big, full, small}
}

// exclusiveTables returns the tables of the database at dsn on which
// another session holds ACCESS EXCLUSIVE.
func exclusiveTables(t testing.TB, dsn string) []string {
	t.Helper()
	return tableTextQuery(t, dsn, `SELECT c.relname FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
		WHERE l.mode = 'AccessExclusiveLock' AND l.granted AND l.pid <> pg_backend_pid() AND c.relkind = 'r'
		  AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
		ORDER BY 1`)
}

// TestDestination_PlainIndexesBuiltAfterTheLoad: a table empty at Begin
// whose first batch is large has its plain indexes dropped for the load
// and built again before COMMIT, exactly as they were; its unique,
// constraint and commented indexes stay, and so do the indexes of a table
// that had rows (whose readers must keep reading) and of a small load.
func TestDestination_PlainIndexesBuiltAfterTheLoad(t *testing.T) {
	t.Parallel()
	dst := newDatabase(t, indexDDL)
	before := indexDefs(t, dst)
	d := configured(t, dst)
	ctx := context.Background()
	tables := []string{"big", "full_t", "small"}
	if err := d.Begin(ctx, sdk.WriteRequest{Tables: tables, Mode: sdk.Replace}); err != nil {
		t.Fatal(err)
	}
	for _, b := range indexBatches(3*deferIndexRows, deferIndexRows/2, func(i int) int { return i % 11 }) {
		if err := d.Write(ctx, b); err != nil {
			t.Fatal(err)
		}
	}
	// Only the table whose indexes were dropped is locked against readers.
	if got := exclusiveTables(t, dst); !cmp.Equal(got, []string{"big"}) {
		t.Errorf("tables locked ACCESS EXCLUSIVE during the load: %v, want [big]", got)
	}
	if n := len(d.tx.deferred); n != 4 {
		t.Errorf("%d indexes dropped for the load, want the 4 plain ones of big: %v", n, d.tx.deferred)
	}
	if err := d.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(before, indexDefs(t, dst)); diff != "" {
		t.Errorf("indexes after the load differ (-before +after):\n%s", diff)
	}
	if n := queryInt(t, dst, "SELECT count(*) FROM big WHERE grp > 5 AND lower(label) LIKE 'label 1%'"); n == 0 {
		t.Error("no rows found through the rebuilt indexes' expressions")
	}
	if n := queryInt(t, dst, "SELECT count(*) FROM big"); n != 3*deferIndexRows {
		t.Errorf("big has %d rows, want %d", n, 3*deferIndexRows)
	}
}

// TestDestination_IndexesDroppedForTheLoad_BackAfterRollback: whether the
// run is abandoned or an index cannot be built over the rows loaded, the
// transaction rolls back and the table is as it was, indexes included.
func TestDestination_IndexesDroppedForTheLoad_BackAfterRollback(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	t.Run("rollback", func(t *testing.T) {
		t.Parallel()
		dst := newDatabase(t, indexDDL)
		before := indexDefs(t, dst)
		d := configured(t, dst)
		if err := d.Begin(ctx, sdk.WriteRequest{Tables: []string{"big"}, Mode: sdk.Replace}); err != nil {
			t.Fatal(err)
		}
		if err := d.Write(ctx, indexBatches(2*deferIndexRows, 0, func(i int) int { return i })[0]); err != nil {
			t.Fatal(err)
		}
		if err := d.Rollback(ctx); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(before, indexDefs(t, dst)); diff != "" {
			t.Errorf("indexes after the rollback differ (-before +after):\n%s", diff)
		}
		if n := queryInt(t, dst, "SELECT count(*) FROM big"); n != 0 {
			t.Errorf("big has %d rows after the rollback", n)
		}
	})
	t.Run("index fails to build", func(t *testing.T) {
		t.Parallel()
		dst := newDatabase(t, indexDDL, `CREATE INDEX big_inverse ON big ((100 / (grp - 7)))`)
		before := indexDefs(t, dst)
		d := configured(t, dst)
		// One row has grp = 7: building big_inverse divides by zero.
		err := load(ctx, d, sdk.Replace, []string{"big"}, indexBatches(2*deferIndexRows, 0, func(i int) int { return i })[:1])
		if err == nil || !strings.Contains(err.Error(), "rebuild index big_inverse of table \"big\"") || !strings.Contains(err.Error(), "division by zero") || !strings.Contains(err.Error(), "nothing was written") {
			t.Fatalf("Commit: %v, want the index that failed, why, and that nothing was written", err)
		}
		if diff := cmp.Diff(before, indexDefs(t, dst)); diff != "" {
			t.Errorf("indexes after the failed commit differ (-before +after):\n%s", diff)
		}
		if n := queryInt(t, dst, "SELECT count(*) FROM big"); n != 0 {
			t.Errorf("big has %d rows after the failed commit", n)
		}
	})
}
