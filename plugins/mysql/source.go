package mysql

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/go-sql-driver/mysql"

	"github.com/rexdata/rex/sdk"
)

// Batch bounds used when the request leaves them zero.
const (
	defaultBatchRows  = 1000
	defaultBatchBytes = 1 << 20
)

// Read streams the requested tables (all tables, parents first, when
// req.Tables is empty) from one REPEATABLE READ transaction started WITH
// CONSISTENT SNAPSHOT on one connection, so every table and every row count
// comes from the same snapshot. Rows arrive in primary key order, streamed by
// the driver without buffering a table. It checks ctx between rows and
// returns ctx.Err() once it is cancelled; the driver also aborts a query in
// flight by closing its connection.
func (d *dialect) Read(ctx context.Context, req sdk.ReadRequest, out sdk.BatchWriter) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	db, conn, err := d.open(ctx)
	if err != nil {
		return fmt.Errorf("read: %w", err)
	}
	defer db.Close()
	defer conn.Close()
	for _, s := range []string{
		"SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ",
		"START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY",
	} {
		if _, err := conn.ExecContext(ctx, s); err != nil {
			return ctxErrOr(ctx, fmt.Errorf("read %s: %s: %w", d.where(), s, err))
		}
	}
	// Ending the read transaction cannot lose data; do it even when ctx is done.
	defer conn.ExecContext(context.WithoutCancel(ctx), "ROLLBACK") //nolint:errcheck

	tables, err := introspect(ctx, conn)
	if err != nil {
		return ctxErrOr(ctx, fmt.Errorf("read %s: %w", d.where(), err))
	}
	byName := make(map[string]*tableMeta, len(tables))
	for _, t := range tables {
		byName[t.Name] = t
	}
	names := req.Tables
	if len(names) == 0 {
		for _, t := range tables {
			names = append(names, t.Name)
		}
	}
	for _, name := range names {
		if byName[name] == nil {
			return fmt.Errorf("read %s: table %q does not exist in the database; check the table list against Describe", d.where(), name)
		}
	}

	rr := reader{out: out, maxRows: req.BatchRows, maxBytes: req.BatchBytes}
	if rr.maxRows <= 0 {
		rr.maxRows = defaultBatchRows
	}
	if rr.maxBytes <= 0 {
		rr.maxBytes = defaultBatchBytes
	}
	for _, name := range names {
		if err := rr.table(ctx, conn, byName[name]); err != nil {
			if ctx.Err() == nil && connLost(ctx, conn, err) {
				err = fmt.Errorf("%w: lost the connection to %s mid-read (the server ended it, restarted or is unreachable); nothing was written from this read", err, d.where())
			}
			return ctxErrOr(ctx, err)
		}
	}
	return nil
}

// reader streams tables into batches; its batch and arena are reused.
type reader struct {
	out      sdk.BatchWriter
	maxRows  int
	maxBytes int
	batch    sdk.Batch
	// arena holds the payloads of the batch being filled. The batch is
	// encoded by WriteBatch before it returns, so the arena is reused after.
	arena []byte
}

// ctxCheckRows is how many rows are read between checks of ctx.
const ctxCheckRows = 256

// table counts and streams one table.
func (r *reader) table(ctx context.Context, conn *sql.Conn, t *tableMeta) error {
	var n int64
	err := queryRows(ctx, conn, func(rows *sql.Rows) error { return rows.Scan(&n) }, "SELECT COUNT(*) FROM "+quote(t.Name))
	if err != nil {
		return fmt.Errorf("read table %q: count rows: %w", t.Name, err)
	}
	if err := r.out.StartTable(t.Name, n); err != nil {
		return err
	}

	cols := t.ColumnNames()
	quoted := make([]string, len(cols))
	for i, c := range cols {
		quoted[i] = quote(c)
	}
	q := "SELECT " + strings.Join(quoted, ", ") + " FROM " + quote(t.Name)
	if len(t.PK) > 0 {
		pk := make([]string, len(t.PK))
		for i, c := range t.PK {
			pk[i] = quote(c)
		}
		q += " ORDER BY " + strings.Join(pk, ", ")
	}
	// No arguments: the text protocol, every value as the server prints it.
	rows, err := conn.QueryContext(ctx, q)
	if err != nil {
		return fmt.Errorf("read table %q: %w", t.Name, err)
	}
	defer rows.Close()

	b := &r.batch
	b.Table, b.Columns = t.Name, cols
	b.Reset()
	r.arena = r.arena[:0]
	header := len(t.Name) + 8
	for _, c := range cols {
		header += len(c) + 1
	}
	size := header
	raw := make([]sql.RawBytes, len(cols))
	ptrs := make([]any, len(cols))
	for i := range raw {
		ptrs[i] = &raw[i]
	}
	row := make([]sdk.Value, len(cols))
	var read int64
	for rows.Next() {
		if read%ctxCheckRows == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		read++
		if err := rows.Scan(ptrs...); err != nil {
			return fmt.Errorf("read table %q row %d: %w", t.Name, read, err)
		}
		for i, v := range raw {
			row[i], err = r.value(t.Store[i], v)
			if err != nil {
				return fmt.Errorf("read table %q row %d%s column %q: %w", t.Name, read, rowKeyOf(t, raw), cols[i], err)
			}
			// The same estimate as sdk.Batch.Size, kept as we go.
			size += 2 + len(row[i].Bytes)
			if row[i].Bytes == nil {
				size += 4
			}
		}
		b.Append(row...)
		if b.Len() >= r.maxRows || size >= r.maxBytes {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := r.out.WriteBatch(b); err != nil {
				return err
			}
			b.Reset()
			r.arena = r.arena[:0]
			size = header
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read table %q: %w", t.Name, err)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if b.Len() > 0 {
		if err := r.out.WriteBatch(b); err != nil {
			return err
		}
		b.Reset()
		r.arena = r.arena[:0]
	}
	return nil
}

// rowKeyOf returns " (pk=value)" for a row being read, for messages.
func rowKeyOf(t *tableMeta, raw []sql.RawBytes) string {
	var parts []string
	for _, c := range t.PK {
		for i, f := range t.Fields {
			if f.Name == c {
				parts = append(parts, c+"="+string(raw[i]))
			}
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return " (" + strings.Join(parts, ", ") + ")"
}

// keep copies b into the arena and returns the copy: raw bytes are valid
// only until the next row.
func (r *reader) keep(b []byte) []byte {
	if r.arena == nil {
		r.arena = make([]byte, 0, 64<<10)
	}
	start := len(r.arena)
	r.arena = append(r.arena, b...)
	return r.arena[start:len(r.arena):len(r.arena)]
}

// value converts one column's text-protocol bytes (nil for NULL).
func (r *reader) value(st storage, b sql.RawBytes) (sdk.Value, error) {
	if b == nil {
		return sdk.Null, nil
	}
	switch st {
	case storeInt:
		neg := len(b) > 0 && b[0] == '-'
		digits := b
		if neg {
			digits = b[1:]
		}
		u, ok := parseUint(digits)
		switch {
		case !ok || (!neg && u > math.MaxInt64) || (neg && u > 1<<63):
			return sdk.Null, fmt.Errorf("integer %q is not a 64-bit integer", b)
		case neg:
			return sdk.Int(int64(-u)), nil
		}
		return sdk.Int(int64(u)), nil
	case storeUint:
		n, ok := parseUint(b)
		if !ok {
			return sdk.Null, fmt.Errorf("unsigned integer %q is not a 64-bit integer", b)
		}
		if n > math.MaxInt64 {
			return sdk.Null, fmt.Errorf("unsigned integer %s is above 9223372036854775807, the largest integer rex carries", b)
		}
		return sdk.Int(int64(n)), nil
	case storeFloat:
		f, err := strconv.ParseFloat(string(b), 64)
		if err != nil {
			return sdk.Null, fmt.Errorf("double %q: %w", b, err)
		}
		return sdk.Float(f), nil
	case storeDecimal:
		return sdk.Value{Kind: sdk.KindDecimal, Bytes: r.keep(b)}, nil
	case storeBytes:
		return sdk.Value{Kind: sdk.KindBytes, Bytes: r.keep(b)}, nil
	case storeDate:
		days, err := parseDate(b)
		if err != nil {
			return sdk.Null, err
		}
		return sdk.Date(days), nil
	case storeDateTime:
		us, err := parseDateTime(b)
		if err != nil {
			return sdk.Null, err
		}
		return sdk.DateTime(us), nil
	case storeTime:
		us, err := parseTime(b)
		if err != nil {
			return sdk.Null, err
		}
		return sdk.Time(us), nil
	case storeJSON:
		return sdk.Value{Kind: sdk.KindJSON, Bytes: r.keep(b)}, nil
	}
	return sdk.Value{Kind: sdk.KindText, Bytes: r.keep(b)}, nil
}

// parseUint parses decimal digits into a uint64, reporting overflow and
// anything that is not a digit as not ok.
func parseUint(b []byte) (uint64, bool) {
	if len(b) == 0 || len(b) > 20 {
		return 0, false
	}
	var n uint64
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		d := uint64(c - '0')
		if n > (math.MaxUint64-d)/10 {
			return 0, false
		}
		n = n*10 + d
	}
	return n, true
}

// connLost reports whether err, returned by a query on conn, came from
// the connection itself breaking rather than from the statement.
func connLost(ctx context.Context, conn *sql.Conn, err error) bool {
	if errors.Is(err, mysql.ErrInvalidConn) || errors.Is(err, driver.ErrBadConn) {
		return true
	}
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	return conn.PingContext(ctx) != nil
}
