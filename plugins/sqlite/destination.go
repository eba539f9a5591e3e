package sqlite

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"

	"github.com/rexdata/rex/sdk"
)

// writeTx is the destination's open transaction: one read-write connection
// from Begin to Commit or Rollback, driven through the C API in
// multi-thread mode like the reader's (see rawConn): every statement of
// the transaction runs on it.
type writeTx struct {
	conn *rawConn
	mode sdk.WriteMode
	// modes overrides mode for the tables it names.
	modes  map[string]sdk.WriteMode
	tables map[string]*tableMeta
	// stmts caches one prepared INSERT per table and column list.
	stmts map[string]*insertStmt
	// emptied holds the Replace tables not written yet: their first batch
	// decides whether their indexes are built after the load
	// (deferIndexes).
	emptied map[string]bool
	// deferred are the indexes dropped for the load, rebuilt at Commit.
	deferred []deferredIndex
}

// insertStmt is a prepared INSERT with what an error message needs.
type insertStmt struct {
	stmt *rawStmt
	// pk holds the batch column indexes of the primary key, for messages.
	pk []int
}

// maxViolations bounds the foreign key violations a failed Commit names.
const maxViolations = 5

// Begin opens the destination transaction: foreign keys on and deferred to
// COMMIT, a write lock taken at once (BEGIN IMMEDIATE), and every table of
// req whose mode is Replace (req.Modes, else req.Mode) emptied, children
// first.
func (d *dialect) Begin(ctx context.Context, req sdk.WriteRequest) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.tx != nil {
		return errors.New("begin: a transaction is already open; Commit or Rollback it first")
	}
	mode, err := checkModes(req)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	// The driver's connection opens first, so the library is initialized
	// with the driver's settings, and reads the schema below.
	db, conn, err := d.open(ctx, "ro")
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	defer db.Close()
	defer conn.Close()
	raw, err := openRaw(d.path, true)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	defer raw.watch(ctx)()
	tx := &writeTx{conn: raw, mode: mode, modes: req.Modes, stmts: map[string]*insertStmt{}, emptied: map[string]bool{}}
	fail := func(err error) error {
		tx.close(false) //nolint:errcheck // the first error is the one to report
		return ctxErrOr(ctx, err)
	}
	for _, s := range []string{"PRAGMA foreign_keys = ON", "BEGIN IMMEDIATE", "PRAGMA defer_foreign_keys = ON"} {
		if err := raw.exec(s); err != nil {
			return fail(fmt.Errorf("begin %q: %s: %w", d.path, s, err))
		}
	}
	// The write lock is held: the schema read on the other connection is
	// the one this transaction writes into.
	tables, err := introspect(ctx, conn)
	if err != nil {
		return fail(fmt.Errorf("begin %q: %w", d.path, err))
	}
	tx.tables = make(map[string]*tableMeta, len(tables))
	for _, t := range tables {
		tx.tables[t.Name] = t
	}
	for _, name := range modeTables(req) {
		t := tx.tables[name]
		if t == nil {
			return fail(fmt.Errorf("begin %q: table %q does not exist; create the destination's tables with the Django project's `manage.py migrate`", d.path, name))
		}
		if m := tx.modeOf(name); m == sdk.Upsert && len(t.PK) == 0 {
			return fail(fmt.Errorf("begin %q: table %q has no primary key, so mode %q cannot match its rows; use %q or %q", d.path, name, m, sdk.Replace, sdk.Append))
		}
	}
	for _, name := range slices.Backward(req.Tables) {
		if tx.modeOf(name) != sdk.Replace {
			continue
		}
		if err := raw.exec("DELETE FROM " + quote(name)); err != nil {
			return fail(fmt.Errorf("begin %q: empty table %q: %w", d.path, name, err))
		}
		tx.emptied[name] = true
	}
	d.tx = tx
	d.logger().Debug("destination transaction open", "path", d.path, "mode", string(mode), "tables", len(req.Tables), "overrides", len(req.Modes))
	return nil
}

// checkModes checks the write modes of req and returns its default mode,
// Replace when unset.
func checkModes(req sdk.WriteRequest) (sdk.WriteMode, error) {
	mode := req.Mode
	if mode == "" {
		mode = sdk.Replace
	}
	if mode != sdk.Replace && mode != sdk.Append && mode != sdk.Upsert {
		return "", fmt.Errorf("unknown write mode %q; use %q, %q or %q", mode, sdk.Replace, sdk.Append, sdk.Upsert)
	}
	for _, name := range slices.Sorted(maps.Keys(req.Modes)) {
		if m := req.Modes[name]; m != sdk.Replace && m != sdk.Append && m != sdk.Upsert {
			return "", fmt.Errorf("unknown write mode %q for table %q; use %q, %q or %q", m, name, sdk.Replace, sdk.Append, sdk.Upsert)
		}
	}
	return mode, nil
}

// modeTables returns the tables req names: its Tables, then those only its
// Modes names, sorted.
func modeTables(req sdk.WriteRequest) []string {
	out := slices.Clone(req.Tables)
	for _, name := range slices.Sorted(maps.Keys(req.Modes)) {
		if !slices.Contains(req.Tables, name) {
			out = append(out, name)
		}
	}
	return out
}

// modeOf returns how rows of table are written: its override, else the
// transaction's mode. Only tables of the request's Tables are emptied in
// Replace mode; others are written as in Append mode.
func (tx *writeTx) modeOf(table string) sdk.WriteMode {
	if m, ok := tx.modes[table]; ok {
		return m
	}
	return tx.mode
}

// Write inserts one batch into the open transaction.
func (d *dialect) Write(ctx context.Context, b *sdk.Batch) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	tx := d.tx
	if tx == nil {
		return errors.New("write: no transaction is open; Begin must come first")
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if b.Len() == 0 {
		return nil
	}
	defer tx.conn.watch(ctx)()
	if tx.emptied[b.Table] {
		// The table's first batch: a large one says a large table.
		delete(tx.emptied, b.Table)
		if b.Len() >= deferIndexRows {
			if err := tx.deferIndexes(b.Table); err != nil {
				return ctxErrOr(ctx, err)
			}
		}
	}
	ins, err := tx.insert(b.Table, b.Columns)
	if err != nil {
		return ctxErrOr(ctx, err)
	}
	for r := range b.Len() {
		if r%ctxCheckRows == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		if err := ins.stmt.execRow(b.Row(r)); err != nil {
			var be *bindError
			if errors.As(err, &be) {
				return fmt.Errorf("write: table %s column %s: %w", b.Table, b.Columns[be.col], err)
			}
			return ctxErrOr(ctx, fmt.Errorf("write: table %s row %s: %w", b.Table, rowKey(b, ins.pk, r), err))
		}
	}
	return nil
}

// insert returns the prepared INSERT for table and columns, preparing it on
// first use.
func (tx *writeTx) insert(table string, columns []string) (*insertStmt, error) {
	key := table + "\x00" + strings.Join(columns, "\x00")
	if ins := tx.stmts[key]; ins != nil {
		return ins, nil
	}
	t := tx.tables[table]
	if t == nil {
		return nil, fmt.Errorf("write: table %q does not exist in the destination; create it with the Django project's `manage.py migrate`", table)
	}
	if len(columns) == 0 {
		return nil, fmt.Errorf("write: batch of table %q has no columns", table)
	}
	ins := &insertStmt{}
	for _, c := range t.PK {
		if i := slices.Index(columns, c); i >= 0 {
			ins.pk = append(ins.pk, i)
		}
	}
	var q strings.Builder
	fmt.Fprintf(&q, "INSERT INTO %s (%s) VALUES (?%s)", quote(table), quoteList(columns), strings.Repeat(", ?", len(columns)-1))
	if tx.modeOf(table) == sdk.Upsert {
		if len(t.PK) == 0 {
			return nil, fmt.Errorf("write: table %q has no primary key, so mode %q cannot match its rows; use %q or %q", table, sdk.Upsert, sdk.Replace, sdk.Append)
		}
		var set []string
		for _, c := range columns {
			if !slices.Contains(t.PK, c) {
				set = append(set, quote(c)+" = excluded."+quote(c))
			}
		}
		if len(set) == 0 {
			fmt.Fprintf(&q, " ON CONFLICT (%s) DO NOTHING", quoteList(t.PK))
		} else {
			fmt.Fprintf(&q, " ON CONFLICT (%s) DO UPDATE SET %s", quoteList(t.PK), strings.Join(set, ", "))
		}
	}
	stmt, err := tx.conn.query(q.String())
	if err != nil {
		return nil, fmt.Errorf("write: prepare insert into table %q: %w", table, err)
	}
	ins.stmt = stmt
	tx.stmts[key] = ins
	return ins, nil
}

// rowKey names row r of b for a message: its primary key, or its place in
// the batch when the batch does not carry the key.
func rowKey(b *sdk.Batch, pk []int, r int) string {
	if len(pk) == 0 {
		return fmt.Sprintf("%d of the batch", r+1)
	}
	row := b.Row(r)
	parts := make([]string, len(pk))
	for i, c := range pk {
		parts[i] = b.Columns[c] + "=" + row[c].String()
	}
	return strings.Join(parts, ", ")
}

// Commit creates the indexes dropped for the load (deferIndexes), checks
// every foreign key in the database inside the transaction and commits
// only if none is broken. On any error the transaction is
// rolled back, so the file is left as it was before Begin.
func (d *dialect) Commit(ctx context.Context) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	tx := d.tx
	if tx == nil {
		return errors.New("commit: no transaction is open; Begin must come first")
	}
	d.tx = nil
	stop := tx.conn.watch(ctx)
	if err := tx.rebuildIndexes(); err != nil {
		stop()
		tx.close(false) //nolint:errcheck // the first error is the one to report
		return ctxErrOr(ctx, fmt.Errorf("commit %q: %w; nothing was written", d.path, err))
	}
	if err := tx.checkForeignKeys(); err != nil {
		stop()
		tx.close(false) //nolint:errcheck // the first error is the one to report
		return ctxErrOr(ctx, fmt.Errorf("commit %q: %w; nothing was written", d.path, err))
	}
	// COMMIT is not interrupted: once it starts, it ends as SQLite ends it.
	stop()
	if err := tx.close(true); err != nil {
		if rerr := d.recoverJournal(ctx); rerr != nil {
			err = errors.Join(err, rerr)
		}
		return ctxErrOr(ctx, fmt.Errorf("commit %q: %w; nothing was written", d.path, err))
	}
	d.logger().Debug("destination transaction committed", "path", d.path)
	return nil
}

// Rollback abandons the open transaction, if any. It is safe to call at any
// time and more than once; it rolls back even when ctx is done.
func (d *dialect) Rollback(ctx context.Context) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	tx := d.tx
	if tx == nil {
		return nil
	}
	d.tx = nil
	if err := tx.close(false); err != nil {
		return fmt.Errorf("rollback %q: %w", d.path, err)
	}
	if err := d.recoverJournal(ctx); err != nil {
		return fmt.Errorf("rollback %q: %w", d.path, err)
	}
	d.logger().Debug("destination transaction rolled back", "path", d.path)
	return nil
}

// recoverJournal rolls back a hot journal that the transaction left. After
// an I/O error such as a full disk, SQLite ends the transaction but leaves
// its rollback journal in place, to be played back by the next connection
// that reads the file: until then the file's bytes still hold the
// abandoned writes. Opening the file and reading it here does that at
// once, so that the destination is exactly as it was when Rollback
// returns.
func (d *dialect) recoverJournal(ctx context.Context) error {
	if _, err := os.Stat(d.path + "-journal"); err != nil {
		return nil
	}
	db, conn, err := d.open(context.WithoutCancel(ctx), "rw")
	if err != nil {
		return fmt.Errorf("roll back the hot journal %q: %w", d.path+"-journal", err)
	}
	defer db.Close()
	defer conn.Close()
	var n int
	if err := conn.QueryRowContext(context.WithoutCancel(ctx), "SELECT count(*) FROM sqlite_master").Scan(&n); err != nil {
		return fmt.Errorf("roll back the hot journal %q: %w; SQLite plays it back the next time the file is opened", d.path+"-journal", err)
	}
	d.logger().Info("rolled back the journal left by a failed write", "path", d.path)
	return nil
}

// close ends the transaction with COMMIT or ROLLBACK and releases the
// connection. A failed COMMIT is rolled back. Closing the connection also
// rolls back whatever SQLite still holds open.
func (tx *writeTx) close(commit bool) error {
	var err error
	if commit {
		if err = tx.conn.exec("COMMIT"); err != nil {
			err = fmt.Errorf("COMMIT: %w", err)
		}
	}
	if !commit || err != nil {
		// ROLLBACK fails harmlessly when no transaction is open (Begin failed
		// early, or SQLite ended it after an I/O error).
		if rerr := tx.conn.exec("ROLLBACK"); rerr != nil && err == nil && !strings.Contains(rerr.Error(), "no transaction is active") {
			err = fmt.Errorf("ROLLBACK: %w", rerr)
		}
	}
	for _, ins := range tx.stmts {
		ins.stmt.close()
	}
	tx.conn.close()
	return err
}

// checkForeignKeys runs PRAGMA foreign_key_check and describes the first
// violations.
func (tx *writeTx) checkForeignKeys() error {
	type violation struct {
		table, parent string
		rowid         int64
		hasRowid      bool
		fkid          int64
	}
	var found []violation
	total := 0
	rows, err := tx.conn.query("PRAGMA foreign_key_check")
	if err != nil {
		return fmt.Errorf("check foreign keys: %w", err)
	}
	for {
		ok, err := rows.next()
		if err != nil {
			rows.close()
			return fmt.Errorf("check foreign keys: %w", err)
		}
		if !ok {
			break
		}
		total++
		if len(found) < maxViolations {
			found = append(found, violation{table: rows.text(0), rowid: rows.int64(1), hasRowid: !rows.isNull(1), parent: rows.text(2), fkid: rows.int64(3)})
		}
	}
	rows.close()
	if total == 0 {
		return nil
	}
	msgs := make([]string, len(found))
	for i, v := range found {
		row := "a row"
		if v.hasRowid {
			row = fmt.Sprintf("rowid %d", v.rowid)
		}
		msgs[i] = fmt.Sprintf("table %s %s%s references a missing row of table %s", v.table, row, tx.describeKey(v.table, v.fkid, v.rowid, v.hasRowid), v.parent)
	}
	more := ""
	if total > len(found) {
		more = fmt.Sprintf(" (and %d more)", total-len(found))
	}
	return fmt.Errorf("foreign key check failed: %d broken reference(s): %s%s; load the referenced rows in the same run, or fix the source", total, strings.Join(msgs, "; "), more)
}

// describeKey returns " (col=value)" for foreign key fkid of table at
// rowid, or "" when it cannot tell.
func (tx *writeTx) describeKey(table string, fkid, rowid int64, hasRowid bool) string {
	col, ok := tx.one(fmt.Sprintf(`SELECT "from" FROM pragma_foreign_key_list(%s) WHERE id = %d ORDER BY seq LIMIT 1`, sqlString(table), fkid))
	if !ok {
		return ""
	}
	name := col.AsString()
	if !hasRowid {
		return " (" + name + ")"
	}
	v, ok := tx.one(fmt.Sprintf("SELECT +%s FROM %s WHERE rowid = %d", quote(name), quote(table), rowid))
	if !ok {
		return " (" + name + ")"
	}
	return " (" + name + "=" + v.String() + ")"
}

// one returns the first column of query's first row, and whether there
// was one.
func (tx *writeTx) one(query string) (sdk.Value, bool) {
	rows, err := tx.conn.query(query)
	if err != nil {
		return sdk.Null, false
	}
	defer rows.close()
	if ok, err := rows.next(); err != nil || !ok {
		return sdk.Null, false
	}
	var arena []byte
	return rows.value(0, &arena), true
}
