package postgres

import (
	"context"
	"fmt"
)

// deferIndexRows is the size of a first batch from which a table that was
// empty at Begin has its plain indexes dropped for the load and built
// again before COMMIT. Building an index once over the loaded rows is a
// sort; keeping it during COPY is one descent per row. At the benchmark's
// shape (a table of six indexes, four of them plain) COPY took 0.74 s
// with every index in place and 0.27 s + 0.18 s to build the four after.
const deferIndexRows = 1000

// deferredIndex is a plain index dropped for the load.
type deferredIndex struct {
	table string // the table's name, for messages
	name  string // the index, as regclass text
	def   string // pg_get_indexdef: the CREATE INDEX that rebuilds it
}

// plainIndexes lists the indexes of a table that can be dropped and built
// again with nothing lost: not unique (so every uniqueness error still
// comes from the row that breaks it, during the load), not backing a
// constraint, valid, not marked for CLUSTER or replica identity, with no
// comment, in the default tablespace, not attached to a partitioned
// index, and on a plain table. pg_get_indexdef gives the rest back: the
// method, columns, expressions, operator classes, storage options and
// predicate.
const plainIndexes = `
SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
FROM pg_index i
JOIN pg_class ic ON ic.oid = i.indexrelid
JOIN pg_class t ON t.oid = i.indrelid
WHERE i.indrelid = $1 AND t.relkind = 'r'
  AND NOT i.indisunique AND NOT i.indisprimary AND NOT i.indisexclusion
  AND i.indisvalid AND i.indisready AND i.indislive
  AND NOT i.indisclustered AND NOT i.indisreplident
  AND ic.reltablespace = 0
  AND obj_description(i.indexrelid, 'pg_class') IS NULL
  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
  AND NOT EXISTS (SELECT 1 FROM pg_inherits h WHERE h.inhrelid = i.indexrelid)
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.refclassid = 'pg_class'::regclass AND d.refobjid = i.indexrelid)
ORDER BY 1`

// deferIndexes drops the plain indexes of table for the rest of the
// transaction and records them for rebuildIndexes. It runs before the
// table's first COPY, with no COPY open. The drop takes the table's
// ACCESS EXCLUSIVE lock until COMMIT or ROLLBACK, which is why only
// tables that were empty at Begin are treated so: a table with rows keeps
// its indexes and its readers keep seeing the old rows until COMMIT. A
// rollback brings the indexes back with the rest.
func (wt *writeTx) deferIndexes(ctx context.Context, table string) error {
	t := wt.tables[table]
	rows, err := wt.tx.Query(ctx, plainIndexes, t.OID)
	if err != nil {
		return fmt.Errorf("write: table %q: list its indexes: %w", table, err)
	}
	var found []deferredIndex
	for rows.Next() {
		ix := deferredIndex{table: table}
		if err := rows.Scan(&ix.name, &ix.def); err != nil {
			rows.Close()
			return fmt.Errorf("write: table %q: list its indexes: %w", table, err)
		}
		found = append(found, ix)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("write: table %q: list its indexes: %w", table, err)
	}
	for _, ix := range found {
		if _, err := wt.tx.Exec(ctx, "DROP INDEX "+ix.name); err != nil {
			return fmt.Errorf("write: table %q: drop index %s for the load: %w%s", table, ix.name, err, pgDetail(err))
		}
		wt.deferred = append(wt.deferred, ix)
	}
	if len(found) > 0 {
		wt.log.Debug("indexes dropped for the load, rebuilt before COMMIT", "table", table, "indexes", len(found))
	}
	return nil
}

// rebuildIndexes builds again every index deferIndexes dropped, before the
// foreign keys are checked (which their lookups may use) and COMMIT.
func (wt *writeTx) rebuildIndexes(ctx context.Context) error {
	for _, ix := range wt.deferred {
		if _, err := wt.tx.Exec(ctx, ix.def); err != nil {
			return fmt.Errorf("rebuild index %s of table %q: %w%s", ix.name, ix.table, err, pgDetail(err))
		}
	}
	wt.deferred = nil
	return nil
}
