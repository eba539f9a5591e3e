package mysql

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/go-sql-driver/mysql"

	"github.com/rexdata/rex/sdk"
)

// Bounds of one multi-row INSERT.
const (
	// maxPlaceholders is the protocol's limit of parameters per statement.
	maxPlaceholders = 65535
	// maxInsertRows bounds the rows of one INSERT.
	maxInsertRows = 1000
	// maxCachedStmts bounds the prepared INSERTs kept per transaction.
	maxCachedStmts = 32
	// maxViolations bounds the foreign key violations a failed Commit names.
	maxViolations = 5
)

// writeTx is the destination's open transaction: one connection from Begin
// to Commit or Rollback, foreign key checks off until Commit has checked
// them itself.
type writeTx struct {
	db   *sql.DB
	conn *sql.Conn
	mode sdk.WriteMode
	// modes overrides mode for the tables it names.
	modes  map[string]sdk.WriteMode
	tables map[string]*tableMeta
	loaded map[string]bool
	// maxBytes bounds the estimated parameter bytes of one INSERT: half the
	// server's max_allowed_packet.
	maxBytes int
	// stmts caches prepared INSERTs by table, columns and row count.
	stmts map[string]*sql.Stmt
	args  []any
	// scratch holds formatted temporal values of the INSERT being sent.
	scratch []byte
}

// Begin opens the destination transaction on one connection: foreign key
// checks off (Commit checks them), and every table of req whose mode is
// Replace (req.Modes, else req.Mode) emptied with DELETE, children first.
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
	db, conn, err := d.open(ctx)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	tx := &writeTx{db: db, conn: conn, mode: mode, modes: req.Modes, stmts: map[string]*sql.Stmt{}, loaded: map[string]bool{}}
	fail := func(err error) error {
		tx.close(ctx, false)
		return ctxErrOr(ctx, err)
	}
	var packet int64
	if err := conn.QueryRowContext(ctx, "SELECT @@max_allowed_packet").Scan(&packet); err != nil {
		return fail(fmt.Errorf("begin %s: read max_allowed_packet: %w", d.where(), err))
	}
	tx.maxBytes = int(min(packet, 1<<30) / 2)
	// One writer per database: a named lock held by this connection until
	// it closes, so a second rex session is refused instead of interleaved.
	var locked sql.NullInt64
	if err := conn.QueryRowContext(ctx, "SELECT GET_LOCK(CONCAT('rex-writer:', DATABASE()), 0)").Scan(&locked); err != nil {
		return fail(fmt.Errorf("begin %s: take the writer lock: %w", d.where(), err))
	}
	if locked.Int64 != 1 {
		return fail(fmt.Errorf("begin %s: %w: another rex session is writing this database; try again when it has finished", d.where(), sdk.ErrRefused))
	}
	for _, s := range []string{"SET FOREIGN_KEY_CHECKS = 0", "START TRANSACTION"} {
		if _, err := conn.ExecContext(ctx, s); err != nil {
			return fail(fmt.Errorf("begin %s: %s: %w", d.where(), s, err))
		}
	}
	tables, err := introspect(ctx, conn)
	if err != nil {
		return fail(fmt.Errorf("begin %s: %w", d.where(), err))
	}
	tx.tables = make(map[string]*tableMeta, len(tables))
	for _, t := range tables {
		tx.tables[t.Name] = t
	}
	for _, name := range modeTables(req) {
		t := tx.tables[name]
		if t == nil {
			return fail(fmt.Errorf("begin %s: table %q does not exist; create the destination's tables with the Django project's `manage.py migrate`", d.where(), name))
		}
		if m := tx.modeOf(name); m == sdk.Upsert && len(t.PK) == 0 {
			return fail(fmt.Errorf("begin %s: table %q has no primary key, so mode %q cannot match its rows; use %q or %q", d.where(), name, m, sdk.Replace, sdk.Append))
		}
	}
	for _, name := range req.Tables {
		tx.loaded[name] = true
	}
	for _, name := range slices.Backward(req.Tables) {
		if tx.modeOf(name) != sdk.Replace {
			continue
		}
		if _, err := conn.ExecContext(ctx, "DELETE FROM "+quote(name)); err != nil {
			return fail(fmt.Errorf("begin %s: empty table %q: %w", d.where(), name, err))
		}
	}
	d.tx = tx
	d.logger().Debug("destination transaction open", "database", d.where(), "mode", string(mode), "tables", len(req.Tables), "overrides", len(req.Modes))
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

// Write inserts one batch into the open transaction with multi-row INSERTs
// (ON DUPLICATE KEY UPDATE in Upsert mode), each bounded by rows,
// placeholders and half the server's max_allowed_packet.
func (d *dialect) Write(ctx context.Context, b *sdk.Batch) (err error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	tx := d.tx
	if tx == nil {
		return errors.New("write: no transaction is open; Begin must come first")
	}
	defer func() {
		if err != nil && ctx.Err() == nil && connLost(ctx, tx.conn, err) {
			err = fmt.Errorf("%w: lost the connection to %s (the server ended it, restarted or is unreachable); the server rolls the transaction back", err, d.where())
		}
	}()
	if err := ctx.Err(); err != nil {
		return err
	}
	if b.Len() == 0 {
		return nil
	}
	t := tx.tables[b.Table]
	if t == nil {
		return fmt.Errorf("write: table %q does not exist in the destination; create it with the Django project's `manage.py migrate`", b.Table)
	}
	if len(b.Columns) == 0 {
		return fmt.Errorf("write: batch of table %q has no columns", b.Table)
	}
	for _, c := range b.Columns {
		if t.Field(c) == nil {
			return fmt.Errorf("write: table %q has no column %q; migrate the destination to the source's models", b.Table, c)
		}
	}
	var pk []int
	for _, c := range t.PK {
		if i := slices.Index(b.Columns, c); i >= 0 {
			pk = append(pk, i)
		}
	}
	perStmt := min(maxInsertRows, maxPlaceholders/len(b.Columns))
	for start := 0; start < b.Len(); {
		tx.args = tx.args[:0]
		tx.scratch = tx.scratch[:0]
		size, end := 0, start
		for end < b.Len() && end-start < perStmt && (end == start || size < tx.maxBytes) {
			for i, v := range b.Row(end) {
				a, err := tx.bind(v)
				if err != nil {
					return fmt.Errorf("write: table %s row %s column %s: %w", b.Table, rowKey(b, pk, end), b.Columns[i], err)
				}
				tx.args = append(tx.args, a)
				size += 8 + len(v.Bytes)
			}
			end++
		}
		stmt, err := tx.insert(ctx, t, b.Columns, end-start)
		if err != nil {
			return err
		}
		if _, err := stmt.ExecContext(ctx, tx.args...); err != nil {
			return ctxErrOr(ctx, fmt.Errorf("write: table %s rows %s to %s: %w", b.Table, rowKey(b, pk, start), rowKey(b, pk, end-1), err))
		}
		start = end
	}
	clear(tx.args)
	return nil
}

// insert returns the prepared INSERT of n rows into table's columns,
// preparing it on first use.
func (tx *writeTx) insert(ctx context.Context, t *tableMeta, columns []string, n int) (*sql.Stmt, error) {
	key := t.Name + "\x00" + strings.Join(columns, "\x00") + "\x00" + strconv.Itoa(n)
	if stmt := tx.stmts[key]; stmt != nil {
		return stmt, nil
	}
	quoted := make([]string, len(columns))
	for i, c := range columns {
		quoted[i] = quote(c)
	}
	row := "(?" + strings.Repeat(", ?", len(columns)-1) + ")"
	var q strings.Builder
	q.Grow(64 + n*(len(row)+2))
	fmt.Fprintf(&q, "INSERT INTO %s (%s) VALUES %s", quote(t.Name), strings.Join(quoted, ", "), row)
	for range n - 1 {
		q.WriteString(", ")
		q.WriteString(row)
	}
	if tx.modeOf(t.Name) == sdk.Upsert {
		if len(t.PK) == 0 {
			return nil, fmt.Errorf("write: table %q has no primary key, so mode %q cannot match its rows; use %q or %q", t.Name, sdk.Upsert, sdk.Replace, sdk.Append)
		}
		var set []string
		for i, c := range columns {
			if !slices.Contains(t.PK, c) {
				set = append(set, quoted[i]+" = VALUES("+quoted[i]+")")
			}
		}
		if len(set) == 0 { // only key columns: nothing to update
			set = append(set, quote(t.PK[0])+" = "+quote(t.PK[0]))
		}
		q.WriteString(" ON DUPLICATE KEY UPDATE " + strings.Join(set, ", "))
	}
	if len(tx.stmts) >= maxCachedStmts {
		for k, s := range tx.stmts { // evict any one
			s.Close()
			delete(tx.stmts, k)
			break
		}
	}
	stmt, err := tx.conn.PrepareContext(ctx, q.String())
	if err != nil {
		return nil, ctxErrOr(ctx, fmt.Errorf("write: prepare insert into table %q: %w", t.Name, err))
	}
	tx.stmts[key] = stmt
	return stmt, nil
}

// bind converts a value in storage form to a driver argument. Text-like
// values go as []byte, which the driver sends exactly as it sends a string;
// temporal values are formatted into tx.scratch, valid until the next INSERT.
func (tx *writeTx) bind(v sdk.Value) (any, error) {
	switch v.Kind {
	case sdk.KindNull:
		return nil, nil
	case sdk.KindInt:
		return v.Int, nil
	case sdk.KindBool:
		if v.AsBool() {
			return int64(1), nil
		}
		return int64(0), nil
	case sdk.KindFloat:
		f := v.AsFloat()
		if math.IsInf(f, 0) || math.IsNaN(f) {
			return nil, fmt.Errorf("float %v cannot be stored: MySQL and MariaDB have no infinity or NaN; fix the value in the source", f)
		}
		return f, nil
	case sdk.KindText, sdk.KindDecimal, sdk.KindJSON, sdk.KindBytes:
		if v.Bytes == nil {
			return []byte{}, nil // a nil slice would bind as NULL
		}
		return v.Bytes, nil
	case sdk.KindDate, sdk.KindDateTime, sdk.KindTime:
		start := len(tx.scratch)
		var err error
		switch v.Kind {
		case sdk.KindDate:
			tx.scratch, err = appendDate(tx.scratch, v.Int)
		case sdk.KindDateTime:
			tx.scratch, err = appendDateTime(tx.scratch, v.Int)
		default:
			tx.scratch, err = appendTimeOfDay(tx.scratch, v.Int)
		}
		if err != nil {
			return nil, err
		}
		return tx.scratch[start:len(tx.scratch):len(tx.scratch)], nil
	}
	return nil, fmt.Errorf("value of kind %s: the django transform must run before the destination", v.Kind)
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

// Commit checks every foreign key that a loaded table holds (and, unless in
// Append mode, every one that points at a loaded table), turns foreign key
// checks back on and commits. On any error the transaction is rolled back,
// so the database is left as it was before Begin.
func (d *dialect) Commit(ctx context.Context) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	tx := d.tx
	if tx == nil {
		return errors.New("commit: no transaction is open; Begin must come first")
	}
	d.tx = nil
	if err := tx.checkForeignKeys(ctx); err != nil {
		tx.close(ctx, false)
		return ctxErrOr(ctx, fmt.Errorf("commit %s: %w; nothing was written", d.where(), err))
	}
	if err := tx.close(ctx, true); err != nil {
		return ctxErrOr(ctx, fmt.Errorf("commit %s: %w; nothing was written", d.where(), err))
	}
	d.logger().Debug("destination transaction committed", "database", d.where())
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
		return fmt.Errorf("rollback %s: %w", d.where(), err)
	}
	d.logger().Debug("destination transaction rolled back", "database", d.where())
	return nil
}

// close ends the transaction with COMMIT or ROLLBACK and releases the
// connection. A failed COMMIT is rolled back. Closing the connection also
// ends whatever the server still holds open.
func (tx *writeTx) close(ctx context.Context, commit bool) error {
	var err error
	if commit {
		for _, s := range []string{"SET FOREIGN_KEY_CHECKS = 1", "COMMIT"} {
			if _, err = tx.conn.ExecContext(ctx, s); err != nil {
				err = fmt.Errorf("%s: %w", s, err)
				break
			}
		}
	}
	if !commit || err != nil {
		// ROLLBACK must run even when ctx is done. On a connection the driver
		// closed (a cancelled query) it fails, and the server rolls back.
		if _, rerr := tx.conn.ExecContext(context.WithoutCancel(ctx), "ROLLBACK"); rerr != nil && err == nil && !connGone(rerr) {
			err = fmt.Errorf("ROLLBACK: %w", rerr)
		}
	}
	for _, s := range tx.stmts {
		s.Close()
	}
	// Release the writer lock now: closing the connection releases it too,
	// but the server notices that a moment later, and a next session
	// started at once would find the lock still held.
	tx.conn.ExecContext(context.WithoutCancel(ctx), "DO RELEASE_LOCK(CONCAT('rex-writer:', DATABASE()))") //nolint:errcheck // closing releases it anyway
	tx.conn.Close()
	tx.db.Close()
	return err
}

// connGone reports whether err says the connection is closed, in which
// case the server has rolled the transaction back itself.
func connGone(err error) bool {
	return errors.Is(err, sql.ErrConnDone) || errors.Is(err, driver.ErrBadConn) || errors.Is(err, mysql.ErrInvalidConn)
}

// checkForeignKeys looks for references to missing rows with one LEFT JOIN
// per foreign key concerned, and describes the first violations.
func (tx *writeTx) checkForeignKeys(ctx context.Context) error {
	var msgs []string
	more := false
	names := make([]string, 0, len(tx.tables))
	for name := range tx.tables {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		t := tx.tables[name]
		for _, fk := range t.FKs {
			if !tx.loaded[t.Name] && (!tx.loaded[fk.Ref.Table] || tx.modeOf(fk.Ref.Table) == sdk.Append) {
				continue
			}
			if tx.tables[fk.Ref.Table] == nil {
				msgs = append(msgs, fmt.Sprintf("table %s column %s references table %s, which does not exist", t.Name, fk.Column, fk.Ref.Table))
				continue
			}
			found, err := tx.violations(ctx, t, fk, maxViolations+1-len(msgs))
			if err != nil {
				return fmt.Errorf("check foreign key %s of table %s: %w", fk.Name, t.Name, err)
			}
			msgs = append(msgs, found...)
			if len(msgs) > maxViolations {
				msgs, more = msgs[:maxViolations], true
				break
			}
		}
		if more {
			break
		}
	}
	if len(msgs) == 0 {
		return nil
	}
	tail := ""
	if more {
		tail = " (and more)"
	}
	return fmt.Errorf("foreign key check failed: %s%s; load the referenced rows in the same run, or fix the source", strings.Join(msgs, "; "), tail)
}

// violations returns up to limit rows of t whose fk column names a missing
// row of the referenced table, each described with the row's key.
func (tx *writeTx) violations(ctx context.Context, t *tableMeta, fk foreignKey, limit int) ([]string, error) {
	sel := make([]string, 0, len(t.PK)+1)
	for _, c := range t.PK {
		sel = append(sel, "c."+quote(c))
	}
	sel = append(sel, "c."+quote(fk.Column))
	// The child is read in one pass over its table (USE INDEX () turns its
	// indexes off), not through its index on the key: inside the load's
	// transaction every entry of that index needs a visit to its row to
	// see it, and in the index's order those visits sweep the table once
	// per distinct key (23 s instead of under 1 s for a 750k-row table of
	// 200 countries at the benchmark's large size).
	q := fmt.Sprintf("SELECT %s FROM %s c USE INDEX () LEFT JOIN %s p ON p.%s = c.%s WHERE c.%s IS NOT NULL AND p.%s IS NULL LIMIT %d",
		strings.Join(sel, ", "), quote(t.Name), quote(fk.Ref.Table), quote(fk.Ref.Field), quote(fk.Column),
		quote(fk.Column), quote(fk.Ref.Field), limit)
	raw := make([]sql.RawBytes, len(sel))
	ptrs := make([]any, len(sel))
	for i := range raw {
		ptrs[i] = &raw[i]
	}
	var out []string
	err := queryRows(ctx, tx.conn, func(r *sql.Rows) error {
		if err := r.Scan(ptrs...); err != nil {
			return err
		}
		key := make([]string, len(t.PK))
		for i, c := range t.PK {
			key[i] = c + "=" + string(raw[i])
		}
		row := "a row"
		if len(key) > 0 {
			row = "row " + strings.Join(key, ", ")
		}
		out = append(out, fmt.Sprintf("table %s %s: %s=%s references a missing row of table %s (%s)",
			t.Name, row, fk.Column, raw[len(raw)-1], fk.Ref.Table, fk.Ref.Field))
		return nil
	}, q)
	return out, err
}
