package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"

	"github.com/rexdata/rex/sdk"
)

// writeTx is the destination's open transaction: one read-write connection
// from Begin to Commit or Rollback.
type writeTx struct {
	db   *sql.DB
	conn *sql.Conn
	mode sdk.WriteMode
	// modes overrides mode for the tables it names.
	modes  map[string]sdk.WriteMode
	tables map[string]*tableMeta
	// stmts caches one prepared INSERT per table and column list.
	stmts map[string]*insertStmt
	args  []any
	// emptied holds the Replace tables not written yet: their first batch
	// decides whether their indexes are built after the load
	// (deferIndexes).
	emptied map[string]bool
	// deferred are the indexes dropped for the load, rebuilt at Commit.
	deferred []deferredIndex
}

// insertStmt is a prepared INSERT with what an error message needs.
type insertStmt struct {
	stmt *sql.Stmt
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
	db, conn, err := d.open(ctx, "rw")
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	tx := &writeTx{db: db, conn: conn, mode: mode, modes: req.Modes, stmts: map[string]*insertStmt{}, emptied: map[string]bool{}}
	fail := func(err error) error {
		tx.close(ctx, false)
		return err
	}
	for _, s := range []string{"PRAGMA foreign_keys = ON", "BEGIN IMMEDIATE", "PRAGMA defer_foreign_keys = ON"} {
		if _, err := conn.ExecContext(ctx, s); err != nil {
			return fail(fmt.Errorf("begin %q: %s: %w", d.path, s, err))
		}
	}
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
		if _, err := conn.ExecContext(ctx, "DELETE FROM "+quote(name)); err != nil {
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
	if tx.emptied[b.Table] {
		// The table's first batch: a large one says a large table.
		delete(tx.emptied, b.Table)
		if b.Len() >= deferIndexRows {
			if err := tx.deferIndexes(ctx, b.Table); err != nil {
				return ctxErrOr(ctx, err)
			}
		}
	}
	ins, err := tx.insert(ctx, b.Table, b.Columns)
	if err != nil {
		return err
	}
	if cap(tx.args) < len(b.Columns) {
		tx.args = make([]any, len(b.Columns))
	}
	args := tx.args[:len(b.Columns)]
	// Rows go in with a context that is never done: with one that can be,
	// the driver starts a goroutine per statement to interrupt it (a tenth
	// of a load's CPU). A single row's INSERT is short, and the write lock
	// is held, so it never waits: ctx is checked between rows instead.
	bg := context.Background()
	for r := range b.Len() {
		if r%ctxCheckRows == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		row := b.Row(r)
		for i, v := range row {
			a, ok := bindValue(v)
			if !ok {
				return fmt.Errorf("write: table %s column %s: value of kind %s: the django transform must run before the destination", b.Table, b.Columns[i], v.Kind)
			}
			args[i] = a
		}
		if _, err := ins.stmt.ExecContext(bg, args...); err != nil {
			return ctxErrOr(ctx, fmt.Errorf("write: table %s row %s: %w", b.Table, rowKey(b, ins.pk, r), err))
		}
	}
	clear(args)
	return nil
}

// insert returns the prepared INSERT for table and columns, preparing it on
// first use.
func (tx *writeTx) insert(ctx context.Context, table string, columns []string) (*insertStmt, error) {
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
	stmt, err := tx.conn.PrepareContext(ctx, q.String())
	if err != nil {
		return nil, ctxErrOr(ctx, fmt.Errorf("write: prepare insert into table %q: %w", table, err))
	}
	ins.stmt = stmt
	tx.stmts[key] = ins
	return ins, nil
}

// bindValue converts a value in storage form to a driver argument.
func bindValue(v sdk.Value) (any, bool) {
	switch v.Kind {
	case sdk.KindNull:
		return nil, true
	case sdk.KindInt:
		return v.Int, true
	case sdk.KindFloat:
		return v.AsFloat(), true
	case sdk.KindText, sdk.KindDecimal, sdk.KindJSON:
		return string(v.Bytes), true
	case sdk.KindBytes:
		if v.Bytes == nil {
			return []byte{}, true // a nil slice would bind as NULL
		}
		return v.Bytes, true
	case sdk.KindBool:
		if v.AsBool() {
			return int64(1), true
		}
		return int64(0), true
	}
	return nil, false
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
	if err := tx.rebuildIndexes(ctx); err != nil {
		tx.close(ctx, false)
		return ctxErrOr(ctx, fmt.Errorf("commit %q: %w; nothing was written", d.path, err))
	}
	if err := tx.checkForeignKeys(ctx); err != nil {
		tx.close(ctx, false)
		return ctxErrOr(ctx, fmt.Errorf("commit %q: %w; nothing was written", d.path, err))
	}
	if err := tx.close(ctx, true); err != nil {
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
	if err := tx.close(ctx, false); err != nil {
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
func (tx *writeTx) close(ctx context.Context, commit bool) error {
	var err error
	if commit {
		if _, err = tx.conn.ExecContext(ctx, "COMMIT"); err != nil {
			err = fmt.Errorf("COMMIT: %w", err)
		}
	}
	if !commit || err != nil {
		// ROLLBACK fails harmlessly when no transaction is open (Begin failed
		// early); it must run even when ctx is done.
		if _, rerr := tx.conn.ExecContext(context.WithoutCancel(ctx), "ROLLBACK"); rerr != nil && err == nil && !strings.Contains(rerr.Error(), "no transaction is active") {
			err = fmt.Errorf("ROLLBACK: %w", rerr)
		}
	}
	for _, ins := range tx.stmts {
		ins.stmt.Close()
	}
	tx.conn.Close()
	tx.db.Close()
	return err
}

// checkForeignKeys runs PRAGMA foreign_key_check and describes the first
// violations.
func (tx *writeTx) checkForeignKeys(ctx context.Context) error {
	type violation struct {
		table, parent string
		rowid         sql.NullInt64
		fkid          int
	}
	var found []violation
	total := 0
	err := queryRows(ctx, tx.conn, func(r *sql.Rows) error {
		total++
		if len(found) == maxViolations {
			return nil
		}
		var v violation
		if err := r.Scan(&v.table, &v.rowid, &v.parent, &v.fkid); err != nil {
			return err
		}
		found = append(found, v)
		return nil
	}, "PRAGMA foreign_key_check")
	if err != nil {
		return fmt.Errorf("check foreign keys: %w", err)
	}
	if total == 0 {
		return nil
	}
	msgs := make([]string, len(found))
	for i, v := range found {
		row := "a row"
		if v.rowid.Valid {
			row = fmt.Sprintf("rowid %d", v.rowid.Int64)
		}
		msgs[i] = fmt.Sprintf("table %s %s%s references a missing row of table %s", v.table, row, tx.describeKey(ctx, v.table, v.fkid, v.rowid), v.parent)
	}
	more := ""
	if total > len(found) {
		more = fmt.Sprintf(" (and %d more)", total-len(found))
	}
	return fmt.Errorf("foreign key check failed: %d broken reference(s): %s%s; load the referenced rows in the same run, or fix the source", total, strings.Join(msgs, "; "), more)
}

// describeKey returns " (col=value)" for foreign key fkid of table at
// rowid, or "" when it cannot tell.
func (tx *writeTx) describeKey(ctx context.Context, table string, fkid int, rowid sql.NullInt64) string {
	var col string
	err := tx.conn.QueryRowContext(ctx, `SELECT "from" FROM pragma_foreign_key_list(?) WHERE id = ? ORDER BY seq LIMIT 1`, table, fkid).Scan(&col)
	if err != nil {
		return ""
	}
	if !rowid.Valid {
		return " (" + col + ")"
	}
	var v any
	if err := tx.conn.QueryRowContext(ctx, "SELECT +"+quote(col)+" FROM "+quote(table)+" WHERE rowid = ?", rowid.Int64).Scan(&v); err != nil {
		return " (" + col + ")"
	}
	sv, err := storageValue(v)
	if err != nil {
		return " (" + col + ")"
	}
	return " (" + col + "=" + sv.String() + ")"
}

// storageValue converts a value database/sql scanned into an any to an
// sdk.Value.
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
