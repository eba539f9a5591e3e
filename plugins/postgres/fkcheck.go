package postgres

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// Checking foreign keys once per constraint instead of once per row.
//
// Django makes its foreign keys DEFERRABLE INITIALLY DEFERRED, so every
// row COPY writes queues one trigger event per foreign key, and COMMIT
// runs them one by one: a lookup per row and key, a quarter of a large
// run. When the role may set session_replication_role (a superuser, or
// one granted SET on it) and nothing else depends on those triggers, the
// writer turns them off for its transaction and, before COMMIT, checks
// each foreign key that touches a written table with one anti-join. The
// guarantee is the same: a dangling reference rolls the whole transaction
// back, naming the table, the key and the missing row.

// fastFKQuery lists every foreign key whose table or referenced table is
// visible on the search path, with what the fast check needs.
const fastFKQuery = `
SELECT con.conname, con.conrelid, con.confrelid,
	con.conrelid::regclass::text, con.confrelid::regclass::text,
	(SELECT relkind = 'p' FROM pg_catalog.pg_class WHERE oid = con.conrelid),
	(SELECT relkind = 'p' FROM pg_catalog.pg_class WHERE oid = con.confrelid),
	ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(attnum, n)
		JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.n),
	ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(attnum, n)
		JOIN pg_catalog.pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.n),
	con.confupdtype IN ('a', 'r') AND con.confdeltype IN ('a', 'r') AND con.confmatchtype = 's'
FROM pg_catalog.pg_constraint con
WHERE con.contype = 'f' AND con.conparentid = 0
	AND (pg_catalog.pg_table_is_visible(con.conrelid) OR pg_catalog.pg_table_is_visible(con.confrelid))`

// fastFKBlockers counts what the triggers being off would skip besides
// the foreign keys: user triggers and rules on the visible tables, and
// deferrable unique, primary key and exclusion constraints (re-checked by
// a trigger at COMMIT).
const fastFKBlockers = `
SELECT
	(SELECT count(*) FROM pg_catalog.pg_trigger t JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
		WHERE NOT t.tgisinternal AND pg_catalog.pg_table_is_visible(c.oid)),
	(SELECT count(*) FROM pg_catalog.pg_rewrite r JOIN pg_catalog.pg_class c ON c.oid = r.ev_class
		WHERE c.relkind IN ('r', 'p') AND pg_catalog.pg_table_is_visible(c.oid)),
	(SELECT count(*) FROM pg_catalog.pg_constraint con
		WHERE con.contype IN ('u', 'p', 'x') AND con.condeferrable AND pg_catalog.pg_table_is_visible(con.conrelid))`

// foreignKey is one foreign key the fast check runs.
type foreignKey struct {
	name                string
	child, parent       uint32
	childName, parentQ  string // regclass text: quoted, qualified when needed
	childCols, parentQc []string
	// childPart and parentPart are true for a partitioned table, whose rows
	// are its partitions'; any other table is read without its inheritance
	// children (ONLY), as PostgreSQL's own check does.
	childPart, parentPart bool
}

// fastFK turns the foreign-key triggers off for the transaction when that
// is safe and allowed, and returns the keys to check before COMMIT; it
// returns nil, nil when the triggers stay on (the keys are then checked
// by PostgreSQL at COMMIT, row by row).
func fastFK(ctx context.Context, tx pgx.Tx) ([]foreignKey, error) {
	var triggers, rules, deferrable int64
	if err := tx.QueryRow(ctx, fastFKBlockers).Scan(&triggers, &rules, &deferrable); err != nil {
		return nil, fmt.Errorf("look for triggers and rules: %w", err)
	}
	if triggers+rules+deferrable > 0 {
		return nil, nil
	}
	var keys []foreignKey
	plain := true
	rows, err := tx.Query(ctx, fastFKQuery)
	if err != nil {
		return nil, fmt.Errorf("list foreign keys: %w", err)
	}
	for rows.Next() {
		var k foreignKey
		var simple bool
		if err := rows.Scan(&k.name, &k.child, &k.parent, &k.childName, &k.parentQ, &k.childPart, &k.parentPart, &k.childCols, &k.parentQc, &simple); err != nil {
			rows.Close()
			return nil, fmt.Errorf("list foreign keys: %w", err)
		}
		plain = plain && simple
		keys = append(keys, k)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list foreign keys: %w", err)
	}
	if !plain {
		return nil, nil // an ON DELETE or ON UPDATE action, or MATCH FULL: the triggers must run
	}
	// SET fails without the privilege: the savepoint keeps the transaction.
	if _, err := tx.Exec(ctx, "SAVEPOINT rex_replica"); err != nil {
		return nil, err
	}
	if _, err := tx.Exec(ctx, "SET LOCAL session_replication_role = replica"); err != nil {
		var pgErr *pgconn.PgError
		if !errors.As(err, &pgErr) || pgErr.Code != "42501" { // insufficient_privilege
			return nil, fmt.Errorf("turn foreign-key triggers off: %w", err)
		}
		if _, err := tx.Exec(ctx, "ROLLBACK TO SAVEPOINT rex_replica"); err != nil {
			return nil, err
		}
		return nil, nil
	}
	if _, err := tx.Exec(ctx, "RELEASE SAVEPOINT rex_replica"); err != nil {
		return nil, err
	}
	if keys == nil {
		keys = []foreignKey{}
	}
	return keys, nil
}

// checkForeignKeys runs, for each foreign key whose table or referenced
// table was written (oids), one query for a row whose reference has no
// target. The tables involved are locked against other writers first, so
// no concurrent change can break a key between the check and COMMIT.
func checkForeignKeys(ctx context.Context, tx pgx.Tx, keys []foreignKey, written []uint32) error {
	var check []foreignKey
	var lock []string
	for _, k := range keys {
		if !slices.Contains(written, k.child) && !slices.Contains(written, k.parent) {
			continue
		}
		check = append(check, k)
		for _, t := range []string{k.childName, k.parentQ} {
			if !slices.Contains(lock, t) {
				lock = append(lock, t)
			}
		}
	}
	if len(check) == 0 {
		return nil
	}
	slices.Sort(lock)
	if _, err := tx.Exec(ctx, "LOCK TABLE "+strings.Join(lock, ", ")+" IN SHARE MODE"); err != nil {
		return fmt.Errorf("lock the tables whose foreign keys are checked: %w", err)
	}
	for _, k := range check {
		q, cols := k.query()
		rows, err := tx.Query(ctx, q)
		if err != nil {
			return fmt.Errorf("check foreign key %s of %s: %w", k.name, k.childName, err)
		}
		vals := make([]string, len(cols))
		found := false
		for rows.Next() {
			ptrs := make([]any, len(vals))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				rows.Close()
				return fmt.Errorf("check foreign key %s of %s: %w", k.name, k.childName, err)
			}
			found = true
		}
		if err := rows.Err(); err != nil {
			return fmt.Errorf("check foreign key %s of %s: %w", k.name, k.childName, err)
		}
		if found {
			return k.violation(vals, !slices.Contains(written, k.child))
		}
	}
	return nil
}

// query returns the anti-join that finds one row of the key's table whose
// reference (all columns set: MATCH SIMPLE) has no row in the referenced
// table, selecting the reference as text.
func (k foreignKey) query() (string, []string) {
	sel := make([]string, len(k.childCols))
	var where, join []string
	for i, c := range k.childCols {
		sel[i] = "c." + quote(c) + "::text"
		where = append(where, "c."+quote(c)+" IS NOT NULL")
		join = append(join, "p."+quote(k.parentQc[i])+" = c."+quote(c))
	}
	only := func(part bool) string {
		if part {
			return ""
		}
		return "ONLY "
	}
	q := fmt.Sprintf("SELECT %s FROM %s%s c WHERE %s AND NOT EXISTS (SELECT 1 FROM %s%s p WHERE %s) LIMIT 1",
		strings.Join(sel, ", "), only(k.childPart), k.childName, strings.Join(where, " AND "),
		only(k.parentPart), k.parentQ, strings.Join(join, " AND "))
	return q, k.childCols
}

// violation is the error PostgreSQL's own check raises for a row whose
// reference vals has no target: as a deleted row's when only the
// referenced table was written (emptied), else as an inserted row's.
func (k foreignKey) violation(vals []string, deleted bool) *pgconn.PgError {
	child, parent := strings.Trim(k.childName, `"`), strings.Trim(k.parentQ, `"`)
	if deleted {
		return &pgconn.PgError{
			Severity:       "ERROR",
			Code:           "23503", // foreign_key_violation
			Message:        fmt.Sprintf("update or delete on table %q violates foreign key constraint %q on table %q", parent, k.name, child),
			Detail:         fmt.Sprintf("Key (%s)=(%s) is still referenced from table %q.", strings.Join(k.parentQc, ", "), strings.Join(vals, ", "), child),
			TableName:      child,
			ConstraintName: k.name,
		}
	}
	return &pgconn.PgError{
		Severity:       "ERROR",
		Code:           "23503", // foreign_key_violation
		Message:        fmt.Sprintf("insert or update on table %q violates foreign key constraint %q", child, k.name),
		Detail:         fmt.Sprintf("Key (%s)=(%s) is not present in table %q.", strings.Join(k.childCols, ", "), strings.Join(vals, ", "), parent),
		TableName:      child,
		ConstraintName: k.name,
	}
}
