package postgres

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"net/netip"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/hashicorp/go-hclog"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgtype"

	"github.com/rexdata/rex/sdk"
)

// writeTx is the destination's open transaction: one connection from Begin
// to Commit or Rollback.
type writeTx struct {
	conn *pgx.Conn
	tx   pgx.Tx
	mode sdk.WriteMode
	// modes overrides mode for the tables it names.
	modes  map[string]sdk.WriteMode
	tables map[string]*tableMeta
	// loaded lists the tables emptied or written, in first-seen order: their
	// sequences are reset at Commit.
	loaded []string
	// plans caches one writePlan per table and column list.
	plans map[string]*writePlan
	src   batchSource
	// copy is the COPY open across batches, or nil.
	copy *copyStream
	// fks are the foreign keys checked before COMMIT when their triggers
	// are off for the transaction (see fastFK), or nil when PostgreSQL
	// checks them at COMMIT.
	fks []foreignKey
	// empty holds the Replace tables that had no rows at Begin and have
	// not been written yet: their first batch decides whether their
	// indexes are built after the load (deferIndexes).
	empty map[string]bool
	// deferred are the indexes dropped for the load, rebuilt at Commit.
	deferred []deferredIndex
	log      hclog.Logger
}

// writePlan is how the batches of one table and column list are loaded.
type writePlan struct {
	table *tableMeta
	// columns are the columns COPY writes; batchIdx their places in the
	// batch; want the kind each accepts; oids their types.
	columns  []string
	batchIdx []int
	want     []sdk.Kind
	oids     []uint32
	// temp and upsert are set in Upsert mode: COPY loads the temporary table
	// temp, then upsert moves its rows into the table.
	temp   string
	upsert string
}

// Begin opens the destination transaction: foreign keys deferred to COMMIT
// (Django creates them DEFERRABLE), and every table of req whose mode is
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
	conn, err := d.connect(ctx)
	if err != nil {
		return ctxErrOr(ctx, fmt.Errorf("begin: %w", err))
	}
	conn.TypeMap().RegisterType(&pgtype.Type{Name: "numeric", OID: oidNumeric, Codec: numericCodec{}})
	wt := &writeTx{conn: conn, mode: mode, modes: req.Modes, plans: map[string]*writePlan{}, empty: map[string]bool{}, log: d.logger()}
	fail := func(err error) error {
		wt.close(ctx, false) //nolint:errcheck // the first error is the one to report
		return ctxErrOr(ctx, err)
	}
	if wt.tx, err = conn.Begin(ctx); err != nil {
		return fail(fmt.Errorf("begin %s: %w", d.name(), err))
	}
	// One writer per database: a transaction-scoped advisory lock, so a
	// second rex session is refused instead of interleaved.
	var locked bool
	if err := wt.tx.QueryRow(ctx, "SELECT pg_try_advisory_xact_lock(hashtext('rex-writer'))").Scan(&locked); err != nil {
		return fail(fmt.Errorf("begin %s: take the writer lock: %w", d.name(), err))
	}
	if !locked {
		return fail(fmt.Errorf("begin %s: %w: another rex session is writing this database; try again when it has finished", d.name(), sdk.ErrRefused))
	}
	if _, err := wt.tx.Exec(ctx, "SET CONSTRAINTS ALL DEFERRED"); err != nil {
		return fail(fmt.Errorf("begin %s: defer constraints: %w", d.name(), err))
	}
	if wt.fks, err = fastFK(ctx, wt.tx); err != nil {
		return fail(fmt.Errorf("begin %s: %w", d.name(), err))
	}
	tables, err := introspect(ctx, wt.tx)
	if err != nil {
		return fail(fmt.Errorf("begin %s: %w", d.name(), err))
	}
	wt.tables = make(map[string]*tableMeta, len(tables))
	for _, t := range tables {
		wt.tables[t.Name] = t
	}
	for _, name := range modeTables(req) {
		t := wt.tables[name]
		if t == nil {
			return fail(fmt.Errorf("begin %s: table %q does not exist on the search path; create the destination's tables with the Django project's `manage.py migrate`", d.name(), name))
		}
		if m := wt.modeOf(name); m == sdk.Upsert && len(t.PK) == 0 {
			return fail(fmt.Errorf("begin %s: table %q has no primary key, so mode %q cannot match its rows; use %q or %q", d.name(), name, m, sdk.Replace, sdk.Append))
		}
	}
	for _, name := range req.Tables {
		wt.markLoaded(name)
	}
	for _, name := range slices.Backward(req.Tables) {
		if wt.modeOf(name) != sdk.Replace {
			continue
		}
		tag, err := wt.tx.Exec(ctx, "DELETE FROM "+quote(name))
		if err != nil {
			return fail(fmt.Errorf("begin %s: empty table %q: %w%s", d.name(), name, err, pgDetail(err)))
		}
		if tag.RowsAffected() == 0 {
			wt.empty[name] = true
		}
	}
	d.tx = wt
	d.logger().Debug("destination transaction open", "database", d.name(), "mode", string(mode), "tables", len(req.Tables), "overrides", len(req.Modes), "set_based_fk_checks", wt.fks != nil)
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
func (wt *writeTx) modeOf(table string) sdk.WriteMode {
	if m, ok := wt.modes[table]; ok {
		return m
	}
	return wt.mode
}

// markLoaded records that table is loaded in this transaction.
func (wt *writeTx) markLoaded(table string) {
	if !slices.Contains(wt.loaded, table) {
		wt.loaded = append(wt.loaded, table)
	}
}

// Write loads one batch into the open transaction with binary COPY: one
// COPY per table, kept open across its batches (in Upsert mode, one per
// batch through a temporary table and INSERT ... ON CONFLICT). A server
// error may surface at a later Write or at Commit; the transaction is
// then rolled back all the same.
func (d *dialect) Write(ctx context.Context, b *sdk.Batch) (err error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	wt := d.tx
	if wt == nil {
		return errors.New("write: no transaction is open; Begin must come first")
	}
	defer func() {
		if err != nil && ctx.Err() == nil && wt.conn.IsClosed() {
			err = fmt.Errorf("%w: lost the connection to %s (the server ended it, restarted or is unreachable); the server rolled the transaction back", err, d.name())
		}
	}()
	if err := ctx.Err(); err != nil {
		return err
	}
	if b.Len() == 0 {
		return nil
	}
	p, err := wt.plan(ctx, b.Table, b.Columns)
	if err != nil {
		return ctxErrOr(ctx, err)
	}
	wt.markLoaded(b.Table)
	if p.temp == "" {
		if wt.empty[b.Table] {
			// The table's first batch: a large one says a large table.
			delete(wt.empty, b.Table)
			if b.Len() >= deferIndexRows {
				if err := wt.endCopy(); err != nil {
					return ctxErrOr(ctx, err)
				}
				if err := wt.deferIndexes(ctx, b.Table); err != nil {
					return ctxErrOr(ctx, err)
				}
			}
		}
		if wt.copy != nil && wt.copy.plan != p {
			if err := wt.endCopy(); err != nil {
				return ctxErrOr(ctx, err)
			}
		}
		if wt.copy == nil {
			wt.copy = startCopy(wt.tx, p)
		}
		if err := wt.copy.write(ctx, b); err != nil {
			wt.copy = nil
			return ctxErrOr(ctx, err)
		}
		return nil
	}
	if err := wt.endCopy(); err != nil {
		return ctxErrOr(ctx, err)
	}
	wt.src.reset(b, p)
	n, err := wt.tx.CopyFrom(ctx, pgx.Identifier{p.temp}, p.columns, &wt.src)
	if err != nil {
		if wt.src.err != nil {
			return wt.src.err
		}
		return ctxErrOr(ctx, fmt.Errorf("write: table %q: copy %d rows: %w%s", b.Table, b.Len(), err, pgDetail(err)))
	}
	if n != int64(b.Len()) {
		return fmt.Errorf("write: table %q: copied %d rows of %d", b.Table, n, b.Len())
	}
	if _, err := wt.tx.Exec(ctx, p.upsert); err != nil {
		return ctxErrOr(ctx, fmt.Errorf("write: table %q: upsert %d rows: %w%s", b.Table, b.Len(), err, pgDetail(err)))
	}
	if _, err := wt.tx.Exec(ctx, "TRUNCATE "+quote(p.temp)); err != nil {
		return ctxErrOr(ctx, fmt.Errorf("write: table %q: empty staging table: %w", b.Table, err))
	}
	return nil
}

// endCopy ends the open COPY, if any, and reports its outcome.
func (wt *writeTx) endCopy() error {
	c := wt.copy
	if c == nil {
		return nil
	}
	wt.copy = nil
	return c.finish()
}

// plan returns the writePlan for table and columns, making it on first use.
func (wt *writeTx) plan(ctx context.Context, table string, columns []string) (*writePlan, error) {
	key := table + "\x00" + strings.Join(columns, "\x00")
	if p := wt.plans[key]; p != nil {
		return p, nil
	}
	t := wt.tables[table]
	if t == nil {
		return nil, fmt.Errorf("write: table %q does not exist in the destination; create it with the Django project's `manage.py migrate`", table)
	}
	if len(columns) == 0 {
		return nil, fmt.Errorf("write: batch of table %q has no columns", table)
	}
	p := &writePlan{table: t}
	for i, c := range columns {
		j := slices.IndexFunc(t.Fields, func(f sdk.Field) bool { return f.Name == c })
		if j < 0 {
			return nil, fmt.Errorf("write: table %q has no column %q; migrate the destination to the source's models", table, c)
		}
		if t.Cols[j].Generated {
			continue // PostgreSQL computes it
		}
		p.columns = append(p.columns, c)
		p.batchIdx = append(p.batchIdx, i)
		p.want = append(p.want, kindOf(t.Cols[j].OID))
		p.oids = append(p.oids, t.Cols[j].OID)
	}
	if wt.modeOf(table) == sdk.Upsert {
		if len(t.PK) == 0 {
			return nil, fmt.Errorf("write: table %q has no primary key, so mode %q cannot match its rows; use %q or %q", table, sdk.Upsert, sdk.Replace, sdk.Append)
		}
		for _, c := range t.PK {
			if !slices.Contains(p.columns, c) {
				return nil, fmt.Errorf("write: batch of table %q lacks primary key column %q, which mode %q needs", table, c, sdk.Upsert)
			}
		}
		if err := wt.endCopy(); err != nil {
			return nil, err
		}
		if err := wt.staging(ctx, p, len(wt.plans)); err != nil {
			return nil, err
		}
	}
	wt.plans[key] = p
	return p, nil
}

// staging creates the temporary table that upserts pass through, dropped
// at the end of the transaction, and the statement that moves its rows.
func (wt *writeTx) staging(ctx context.Context, p *writePlan, n int) error {
	quoted := make([]string, len(p.columns))
	for i, c := range p.columns {
		quoted[i] = quote(c)
	}
	cols := strings.Join(quoted, ", ")
	p.temp = "rex_upsert_" + strconv.Itoa(n)
	create := fmt.Sprintf("CREATE TEMPORARY TABLE %s ON COMMIT DROP AS SELECT %s FROM %s WITH NO DATA", quote(p.temp), cols, quote(p.table.Name))
	if _, err := wt.tx.Exec(ctx, create); err != nil {
		return fmt.Errorf("write: table %q: create staging table: %w", p.table.Name, err)
	}
	pk := make([]string, len(p.table.PK))
	for i, c := range p.table.PK {
		pk[i] = quote(c)
	}
	var set []string
	for i, c := range p.columns {
		if !slices.Contains(p.table.PK, c) {
			set = append(set, quoted[i]+" = EXCLUDED."+quoted[i])
		}
	}
	action := "DO NOTHING"
	if len(set) > 0 {
		action = "DO UPDATE SET " + strings.Join(set, ", ")
	}
	p.upsert = fmt.Sprintf("INSERT INTO %s (%s) OVERRIDING SYSTEM VALUE SELECT %s FROM %s ON CONFLICT (%s) %s",
		quote(p.table.Name), cols, cols, quote(p.temp), strings.Join(pk, ", "), action)
	return nil
}

// kindOf returns the value kind a column of type oid accepts: the kind Read
// emits for it.
func kindOf(oid uint32) sdk.Kind {
	switch oid {
	case oidBool:
		return sdk.KindBool
	case oidInt2, oidInt4, oidInt8:
		return sdk.KindInt
	case oidFloat4, oidFloat8:
		return sdk.KindFloat
	case oidNumeric:
		return sdk.KindDecimal
	case oidBytea:
		return sdk.KindBytes
	case oidDate:
		return sdk.KindDate
	case oidTimestamp, oidTimestamptz:
		return sdk.KindDateTime
	case oidTime:
		return sdk.KindTime
	case oidInterval:
		return sdk.KindDuration
	case oidUUID:
		return sdk.KindUUID
	case oidJSON, oidJSONB:
		return sdk.KindJSON
	}
	return sdk.KindText
}

// batchSource is the pgx.CopyFromSource of one batch. It is reused.
type batchSource struct {
	b    *sdk.Batch
	p    *writePlan
	row  int
	vals []any
	// err is a value that could not be converted, reported as is.
	err error
}

func (s *batchSource) reset(b *sdk.Batch, p *writePlan) {
	s.b, s.p, s.row, s.err = b, p, -1, nil
	if cap(s.vals) < len(p.columns) {
		s.vals = make([]any, len(p.columns))
	}
	s.vals = s.vals[:len(p.columns)]
}

// Next advances to the next row.
func (s *batchSource) Next() bool {
	s.row++
	return s.row < s.b.Len()
}

// Values returns the current row as values pgx encodes in binary.
func (s *batchSource) Values() ([]any, error) {
	row := s.b.Row(s.row)
	for i, bi := range s.p.batchIdx {
		v := row[bi]
		a, err := toArg(v, s.p.want[i], s.p.oids[i])
		if err != nil {
			s.err = fmt.Errorf("write: table %q row %s column %q: %w", s.b.Table, s.key(row), s.p.columns[i], err)
			return nil, s.err
		}
		s.vals[i] = a
	}
	return s.vals, nil
}

// Err reports no error: Values reports its own.
func (s *batchSource) Err() error { return nil }

// key names row for a message: its primary key, or its place in the batch.
func (s *batchSource) key(row []sdk.Value) string {
	var parts []string
	for _, c := range s.p.table.PK {
		if i := slices.Index(s.b.Columns, c); i >= 0 {
			parts = append(parts, c+"="+row[i].String())
		}
	}
	if len(parts) == 0 {
		return fmt.Sprintf("%d of the batch", s.row+1)
	}
	return strings.Join(parts, ", ")
}

// toArg converts a value in storage form to what pgx encodes for a column
// of type oid, which accepts values of kind want (or NULL).
func toArg(v sdk.Value, want sdk.Kind, oid uint32) (any, error) {
	if v.Kind == sdk.KindNull {
		return nil, nil
	}
	if v.Kind != want {
		return nil, fmt.Errorf("a %s value cannot be stored in a column of kind %s; the django transform (encode direction) must run before the destination", v.Kind, want)
	}
	switch v.Kind {
	case sdk.KindInt:
		return v.Int, nil
	case sdk.KindBool:
		return v.AsBool(), nil
	case sdk.KindFloat:
		return v.AsFloat(), nil
	case sdk.KindDecimal:
		if isPlainDecimal(v.Bytes) {
			return decimalText(v.Bytes), nil
		}
		var n pgtype.Numeric // anything else: pgx parses it, or refuses it
		if err := n.Scan(string(v.Bytes)); err != nil {
			return nil, fmt.Errorf("decimal %q does not parse: %w", v.Bytes, err)
		}
		return n, nil
	case sdk.KindBytes:
		if v.Bytes == nil {
			return []byte{}, nil // a nil slice would be NULL
		}
		return v.Bytes, nil
	case sdk.KindDate:
		return pgtype.Date{Time: time.Unix(v.Int*86400, 0).UTC(), Valid: true}, nil
	case sdk.KindDateTime:
		return time.UnixMicro(v.Int).UTC(), nil
	case sdk.KindTime:
		return pgtype.Time{Microseconds: v.Int, Valid: true}, nil
	case sdk.KindDuration:
		return pgtype.Interval{Days: int32(v.Int / microsPerDay), Microseconds: v.Int % microsPerDay, Valid: true}, nil
	case sdk.KindUUID:
		if len(v.Bytes) != 16 {
			return nil, fmt.Errorf("uuid of %d bytes, want 16", len(v.Bytes))
		}
		return pgtype.UUID{Bytes: [16]byte(v.Bytes), Valid: true}, nil
	case sdk.KindJSON:
		return string(v.Bytes), nil
	}
	// Text, into a text column or any type PostgreSQL parses from text.
	switch oid {
	case oidText, oidVarchar, oidBPChar:
		return string(v.Bytes), nil
	case oidInet, oidCIDR:
		return parseInet(string(v.Bytes))
	}
	return string(v.Bytes), nil
}

// parseInet parses an address as PostgreSQL prints inet and cidr values:
// "192.168.0.1" (a host) or "10.1.2.3/24" (host bits kept).
func parseInet(s string) (netip.Prefix, error) {
	if strings.Contains(s, "/") {
		p, err := netip.ParsePrefix(s)
		if err != nil {
			return netip.Prefix{}, fmt.Errorf("address %q does not parse: %w", s, err)
		}
		return p, nil
	}
	a, err := netip.ParseAddr(s)
	if err != nil {
		return netip.Prefix{}, fmt.Errorf("address %q does not parse: %w", s, err)
	}
	return netip.PrefixFrom(a, a.BitLen()), nil
}

// Commit builds the indexes dropped for the load (deferIndexes), moves
// every sequence of the loaded tables past their largest key (as
// `manage.py sqlsequencereset` does) and commits; the deferred foreign keys
// are checked before COMMIT (checkForeignKeys) or by PostgreSQL at it. On any error the transaction is rolled back,
// so the database is left as it was before Begin.
func (d *dialect) Commit(ctx context.Context) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	wt := d.tx
	if wt == nil {
		return errors.New("commit: no transaction is open; Begin must come first")
	}
	d.tx = nil
	if err := wt.endCopy(); err != nil {
		wt.close(ctx, false) //nolint:errcheck // the first error is the one to report
		return ctxErrOr(ctx, fmt.Errorf("commit %s: %w; nothing was written", d.name(), err))
	}
	if err := wt.rebuildIndexes(ctx); err != nil {
		wt.close(ctx, false) //nolint:errcheck // the first error is the one to report
		return ctxErrOr(ctx, fmt.Errorf("commit %s: %w; nothing was written", d.name(), err))
	}
	if wt.fks != nil {
		written := make([]uint32, 0, len(wt.loaded))
		for _, name := range wt.loaded {
			written = append(written, wt.tables[name].OID)
		}
		err := checkForeignKeys(ctx, wt.tx, wt.fks, written)
		if err != nil {
			wt.close(ctx, false) //nolint:errcheck // the first error is the one to report
			return d.commitError(ctx, err)
		}
	}
	if err := wt.resetSequences(ctx); err != nil {
		wt.close(ctx, false) //nolint:errcheck // the first error is the one to report
		return ctxErrOr(ctx, fmt.Errorf("commit %s: %w; nothing was written", d.name(), err))
	}
	if err := wt.close(ctx, true); err != nil {
		return d.commitError(ctx, err)
	}
	d.logger().Debug("destination transaction committed", "database", d.name(), "tables", len(wt.loaded))
	return nil
}

// commitError explains why the transaction could not commit: a foreign
// key without its row (PostgreSQL's check at COMMIT or rex's own before
// it) or another error.
func (d *dialect) commitError(ctx context.Context, err error) error {
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && pgErr.Code == "23503" { // foreign_key_violation
		return fmt.Errorf("commit %s: foreign key check failed: table %q: %s "+
			"Load the referenced rows in the same run, or fix the source; nothing was written: %w",
			d.name(), pgErr.TableName, pgErr.Detail, err)
	}
	return ctxErrOr(ctx, fmt.Errorf("commit %s: %w%s; nothing was written", d.name(), err, pgDetail(err)))
}

// resetSequences sets each sequence that feeds a column of a loaded table
// to the column's largest value, so the next INSERT gets a fresh key.
func (wt *writeTx) resetSequences(ctx context.Context) error {
	for _, name := range wt.loaded {
		t := wt.tables[name]
		for i, c := range t.Cols {
			if c.Sequence == "" {
				continue
			}
			col := quote(t.Fields[i].Name)
			q := fmt.Sprintf("SELECT setval($1::regclass, coalesce(max(%s), 1), max(%s) IS NOT NULL) FROM %s", col, col, quote(name))
			if _, err := wt.tx.Exec(ctx, q, c.Sequence); err != nil {
				return fmt.Errorf("reset sequence %s of table %q: %w", c.Sequence, name, err)
			}
		}
	}
	return nil
}

// Rollback abandons the open transaction, if any. It is safe to call at any
// time and more than once; it rolls back even when ctx is done.
func (d *dialect) Rollback(ctx context.Context) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	wt := d.tx
	if wt == nil {
		return nil
	}
	d.tx = nil
	if err := wt.close(ctx, false); err != nil {
		return fmt.Errorf("rollback %s: %w", d.name(), err)
	}
	d.logger().Debug("destination transaction rolled back", "database", d.name())
	return nil
}

// close ends the transaction with COMMIT or ROLLBACK and closes the
// connection. A failed COMMIT leaves nothing: PostgreSQL rolls it back.
func (wt *writeTx) close(ctx context.Context, commit bool) error {
	if c := wt.copy; c != nil {
		wt.copy = nil
		c.abort()
	}
	var err error
	if wt.tx != nil {
		if commit {
			err = wt.tx.Commit(ctx)
		} else {
			// ROLLBACK must run even when ctx is done.
			err = wt.tx.Rollback(context.WithoutCancel(ctx))
			if errors.Is(err, pgx.ErrTxClosed) {
				err = nil
			}
		}
	}
	// Closing the connection also ends whatever transaction it still holds.
	wt.conn.Close(context.WithoutCancel(ctx))
	return err
}

// pgDetail returns " (detail)" with a PostgreSQL error's Detail and Hint,
// which its Error text leaves out, or "".
func pgDetail(err error) string {
	var pgErr *pgconn.PgError
	if !errors.As(err, &pgErr) || (pgErr.Detail == "" && pgErr.Hint == "") {
		return ""
	}
	s := strings.TrimSpace(pgErr.Detail + " " + pgErr.Hint)
	return " (" + s + ")"
}
