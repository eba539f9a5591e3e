package postgres

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/rexdata/rex/sdk"
)

// Batch bounds used when the request leaves them zero.
const (
	defaultBatchRows  = 1000
	defaultBatchBytes = 1 << 20
)

// ctxCheckRows is how many rows are read between checks of ctx.
const ctxCheckRows = 256

// resultFormats asks for the binary form of the types Read decodes itself;
// every other type (numeric, json, jsonb, inet, cidr, and anything else)
// comes as PostgreSQL's text output.
var resultFormats = pgx.QueryResultFormatsByOID{
	oidBool: pgx.BinaryFormatCode, oidBytea: pgx.BinaryFormatCode,
	oidInt2: pgx.BinaryFormatCode, oidInt4: pgx.BinaryFormatCode, oidInt8: pgx.BinaryFormatCode,
	oidFloat4: pgx.BinaryFormatCode, oidFloat8: pgx.BinaryFormatCode,
	oidText: pgx.BinaryFormatCode, oidVarchar: pgx.BinaryFormatCode, oidBPChar: pgx.BinaryFormatCode,
	oidDate: pgx.BinaryFormatCode, oidTime: pgx.BinaryFormatCode,
	oidTimestamp: pgx.BinaryFormatCode, oidTimestamptz: pgx.BinaryFormatCode,
	oidInterval: pgx.BinaryFormatCode, oidUUID: pgx.BinaryFormatCode,
}

// PostgreSQL's binary date and timestamp forms count from 2000-01-01.
const (
	pgEpochDays   = 10957             // days from 1970-01-01 to 2000-01-01
	pgEpochMicros = 946684800_000000  // microseconds from 1970-01-01 to 2000-01-01
	microsPerDay  = 86400 * 1_000_000 // microseconds in a day of an interval
)

// Read streams the requested tables (all tables, parents first, when
// req.Tables is empty) from one REPEATABLE READ, READ ONLY transaction, so
// every table comes from the same snapshot, each ordered by primary key.
// It checks ctx between rows; on cancel pgx interrupts the query and Read
// returns ctx.Err().
func (d *dialect) Read(ctx context.Context, req sdk.ReadRequest, out sdk.BatchWriter) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	conn, err := d.connect(ctx)
	if err != nil {
		return ctxErrOr(ctx, fmt.Errorf("read: %w", err))
	}
	defer conn.Close(context.WithoutCancel(ctx))
	tx, err := conn.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	if err != nil {
		return ctxErrOr(ctx, fmt.Errorf("read %s: begin read transaction: %w", d.name(), err))
	}
	// Ending a read-only transaction cannot lose data; do it even when ctx is done.
	defer tx.Rollback(context.WithoutCancel(ctx)) //nolint:errcheck

	// The first query takes the snapshot that every table below comes from.
	tables, err := introspect(ctx, tx)
	if err != nil {
		return ctxErrOr(ctx, fmt.Errorf("read %s: %w", d.name(), err))
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
			return fmt.Errorf("read %s: table %q does not exist on the search path; check the table list against Describe", d.name(), name)
		}
	}

	rr := reader{out: out, maxRows: req.BatchRows, maxBytes: req.BatchBytes, arena: make([]byte, 0, 64<<10)}
	if rr.maxRows <= 0 {
		rr.maxRows = defaultBatchRows
	}
	if rr.maxBytes <= 0 {
		rr.maxBytes = defaultBatchBytes
	}
	for _, name := range names {
		if err := rr.table(ctx, tx, byName[name]); err != nil {
			if ctx.Err() == nil && conn.IsClosed() {
				err = fmt.Errorf("%w: lost the connection to %s mid-read (the server ended it, restarted or is unreachable); nothing was written from this read", err, d.name())
			}
			return ctxErrOr(ctx, err)
		}
	}
	d.logger().Debug("read done", "database", d.name(), "tables", len(names))
	return nil
}

// reader streams tables into batches. Its batch and the arena that holds
// the batch's payloads are reused: WriteBatch encodes a batch before it
// returns.
type reader struct {
	out      sdk.BatchWriter
	maxRows  int
	maxBytes int
	batch    sdk.Batch
	arena    []byte
}

// selectQuery returns the SELECT that reads t in primary key order.
func selectQuery(t *tableMeta) string {
	var q strings.Builder
	q.WriteString("SELECT ")
	for i, f := range t.Fields {
		if i > 0 {
			q.WriteString(", ")
		}
		q.WriteString(quote(f.Name))
	}
	q.WriteString(" FROM " + quote(t.Name))
	if len(t.PK) > 0 {
		q.WriteString(" ORDER BY ")
		for i, c := range t.PK {
			if i > 0 {
				q.WriteString(", ")
			}
			q.WriteString(quote(c))
		}
	}
	return q.String()
}

// table counts and streams one table.
func (r *reader) table(ctx context.Context, tx pgx.Tx, t *tableMeta) error {
	var n int64
	if err := tx.QueryRow(ctx, "SELECT count(*) FROM "+quote(t.Name)).Scan(&n); err != nil {
		return fmt.Errorf("read table %q: count rows: %w", t.Name, err)
	}
	if err := r.out.StartTable(t.Name, n); err != nil {
		return err
	}

	cols := t.ColumnNames()
	rows, err := tx.Query(ctx, selectQuery(t), resultFormats)
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
	var fds []pgconn.FieldDescription
	row := make([]sdk.Value, len(cols))
	var read int64
	for rows.Next() {
		if read%ctxCheckRows == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		read++
		if fds == nil {
			fds = rows.FieldDescriptions()
			if len(fds) != len(cols) {
				return fmt.Errorf("read table %q: %d columns returned, %d expected", t.Name, len(fds), len(cols))
			}
		}
		raw := rows.RawValues()
		for i, src := range raw {
			row[i], r.arena, err = decode(&fds[i], src, r.arena)
			if err != nil {
				return fmt.Errorf("read table %q row %d%s column %q: %w", t.Name, read, rowKey(t, fds, raw), cols[i], err)
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

// rowKey returns " (id=5)" naming the row by its primary key, or "".
func rowKey(t *tableMeta, fds []pgconn.FieldDescription, raw [][]byte) string {
	var parts []string
	for _, c := range t.PK {
		for i, f := range t.Fields {
			if f.Name != c {
				continue
			}
			v, _, err := decode(&fds[i], raw[i], nil)
			if err != nil {
				return ""
			}
			parts = append(parts, c+"="+v.String())
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return " (" + strings.Join(parts, ", ") + ")"
}

// Errors of values that have no sdk kind.
var (
	errInfiniteDate = errors.New("the value is infinity or -infinity, which Django cannot hold; update the row to a real date or NULL")
	errMonths       = errors.New("the interval counts months or years, whose length in microseconds is not fixed; " +
		"Django's DurationField never stores them: rewrite the value in days and time")
	errOverflow = errors.New("the interval does not fit in 64-bit microseconds (about ±292,000 years)")
)

// decode converts one column value as PostgreSQL sent it to an sdk.Value.
// Payloads are copied into arena, which is returned grown.
func decode(fd *pgconn.FieldDescription, src []byte, arena []byte) (sdk.Value, []byte, error) {
	if src == nil {
		return sdk.Null, arena, nil
	}
	if fd.Format == pgx.TextFormatCode {
		kind := sdk.KindText
		switch fd.DataTypeOID {
		case oidNumeric:
			kind = sdk.KindDecimal
		case oidJSON, oidJSONB:
			kind = sdk.KindJSON
		}
		v, arena := payload(kind, src, arena)
		return v, arena, nil
	}
	switch fd.DataTypeOID {
	case oidBool:
		if len(src) != 1 {
			return sdk.Null, arena, badLength("boolean", src)
		}
		return sdk.Bool(src[0] != 0), arena, nil
	case oidInt2:
		if len(src) != 2 {
			return sdk.Null, arena, badLength("smallint", src)
		}
		return sdk.Int(int64(int16(binary.BigEndian.Uint16(src)))), arena, nil
	case oidInt4:
		if len(src) != 4 {
			return sdk.Null, arena, badLength("integer", src)
		}
		return sdk.Int(int64(int32(binary.BigEndian.Uint32(src)))), arena, nil
	case oidInt8:
		if len(src) != 8 {
			return sdk.Null, arena, badLength("bigint", src)
		}
		return sdk.Int(int64(binary.BigEndian.Uint64(src))), arena, nil
	case oidFloat4:
		if len(src) != 4 {
			return sdk.Null, arena, badLength("real", src)
		}
		return sdk.Float(float64(math.Float32frombits(binary.BigEndian.Uint32(src)))), arena, nil
	case oidFloat8:
		if len(src) != 8 {
			return sdk.Null, arena, badLength("double precision", src)
		}
		return sdk.Float(math.Float64frombits(binary.BigEndian.Uint64(src))), arena, nil
	case oidBytea:
		v, arena := payload(sdk.KindBytes, src, arena)
		return v, arena, nil
	case oidDate:
		if len(src) != 4 {
			return sdk.Null, arena, badLength("date", src)
		}
		days := int32(binary.BigEndian.Uint32(src))
		if days == math.MaxInt32 || days == math.MinInt32 {
			return sdk.Null, arena, errInfiniteDate
		}
		return sdk.Date(int64(days) + pgEpochDays), arena, nil
	case oidTimestamp, oidTimestamptz:
		if len(src) != 8 {
			return sdk.Null, arena, badLength("timestamp", src)
		}
		us := int64(binary.BigEndian.Uint64(src))
		if us == math.MaxInt64 || us == math.MinInt64 {
			return sdk.Null, arena, errInfiniteDate
		}
		return sdk.DateTime(us + pgEpochMicros), arena, nil
	case oidTime:
		if len(src) != 8 {
			return sdk.Null, arena, badLength("time", src)
		}
		return sdk.Time(int64(binary.BigEndian.Uint64(src))), arena, nil
	case oidInterval:
		if len(src) != 16 {
			return sdk.Null, arena, badLength("interval", src)
		}
		us := int64(binary.BigEndian.Uint64(src))
		days := int64(int32(binary.BigEndian.Uint32(src[8:])))
		months := int32(binary.BigEndian.Uint32(src[12:]))
		if months != 0 {
			return sdk.Null, arena, errMonths
		}
		if days > math.MaxInt64/microsPerDay || days < math.MinInt64/microsPerDay {
			return sdk.Null, arena, errOverflow
		}
		total := days * microsPerDay
		if (us > 0 && total > math.MaxInt64-us) || (us < 0 && total < math.MinInt64-us) {
			return sdk.Null, arena, errOverflow
		}
		return sdk.Duration(total + us), arena, nil
	case oidUUID:
		if len(src) != 16 {
			return sdk.Null, arena, badLength("uuid", src)
		}
		v, arena := payload(sdk.KindUUID, src, arena)
		return v, arena, nil
	}
	// Text types: their binary form is the text itself.
	v, arena := payload(sdk.KindText, src, arena)
	return v, arena, nil
}

// payload returns a value of kind holding a copy of src, made in arena.
func payload(kind sdk.Kind, src, arena []byte) (sdk.Value, []byte) {
	if arena == nil {
		return sdk.Value{Kind: kind, Bytes: append([]byte{}, src...)}, nil
	}
	start := len(arena)
	arena = append(arena, src...)
	return sdk.Value{Kind: kind, Bytes: arena[start:len(arena):len(arena)]}, arena
}

// badLength reports a binary value of the wrong size.
func badLength(typ string, src []byte) error {
	return fmt.Errorf("binary %s value of %d bytes received; the server sent an unexpected form", typ, len(src))
}
