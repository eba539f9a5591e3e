package sqlite

import (
	"fmt"
)

// deferIndexRows is the size of a first batch from which a table emptied
// at Begin has its plain indexes dropped for the load and created again
// before COMMIT: one sort over the loaded rows instead of one B-tree
// descent per row.
const deferIndexRows = 1000

// deferredIndex is a plain index dropped for the load.
type deferredIndex struct {
	table, name string
	sql         string // its CREATE INDEX, as sqlite_schema keeps it
}

// deferIndexes drops the plain indexes of table (made by CREATE INDEX,
// not unique) for the rest of the transaction and records them for
// rebuildIndexes. Unique indexes and those SQLite makes for PRIMARY KEY and
// UNIQUE constraints stay, so a duplicate still fails on the row that
// brings it. Readers are not held up by this: in WAL mode they keep
// reading the last commit, schema included, and in rollback-journal mode
// the write transaction already keeps them out at COMMIT. A rollback
// brings the indexes back with the rest.
func (tx *writeTx) deferIndexes(table string) error {
	rows, err := tx.conn.query(`SELECT l.name, s.sql FROM pragma_index_list(` + sqlString(table) + `) l
		JOIN sqlite_schema s ON s.type = 'index' AND s.name = l.name
		WHERE l.origin = 'c' AND NOT l."unique" AND s.sql IS NOT NULL
		ORDER BY l.name`)
	if err != nil {
		return fmt.Errorf("write: table %q: list its indexes: %w", table, err)
	}
	var found []deferredIndex
	for {
		ok, err := rows.next()
		if err != nil {
			rows.close()
			return fmt.Errorf("write: table %q: list its indexes: %w", table, err)
		}
		if !ok {
			break
		}
		found = append(found, deferredIndex{table: table, name: rows.text(0), sql: rows.text(1)})
	}
	rows.close()
	for _, ix := range found {
		if err := tx.conn.exec("DROP INDEX " + quote(ix.name)); err != nil {
			return fmt.Errorf("write: table %q: drop index %q for the load: %w", table, ix.name, err)
		}
		tx.deferred = append(tx.deferred, ix)
	}
	return nil
}

// rebuildIndexes creates again every index deferIndexes dropped.
func (tx *writeTx) rebuildIndexes() error {
	for _, ix := range tx.deferred {
		if err := tx.conn.exec(ix.sql); err != nil {
			return fmt.Errorf("rebuild index %q of table %q: %w", ix.name, ix.table, err)
		}
	}
	tx.deferred = nil
	return nil
}
