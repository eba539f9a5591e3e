package sqlite

import (
	"context"
	"fmt"
	"strings"

	"github.com/rexdata/rex/sdk"
)

// Batch bounds used when the request leaves them zero.
const (
	defaultBatchRows  = 1000
	defaultBatchBytes = 1 << 20
)

// Read streams the requested tables (all tables, parents first, when
// req.Tables is empty) from one read transaction on a read-only connection,
// so every table comes from the same snapshot. Values are the raw storage
// values: Int, Float, Text, Bytes or Null. It checks ctx between rows and
// returns ctx.Err() once it is cancelled.
func (d *dialect) Read(ctx context.Context, req sdk.ReadRequest, out sdk.BatchWriter) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	// The driver's connection opens first, so the library is initialized
	// with the driver's settings, and reads the schema.
	db, conn, err := d.open(ctx, "ro")
	if err != nil {
		return fmt.Errorf("read: %w", err)
	}
	defer db.Close()
	defer conn.Close()
	// The rows come from a connection of their own; see rawConn.
	raw, err := openRaw(d.path, false)
	if err != nil {
		return fmt.Errorf("read: %w", err)
	}
	defer raw.close()
	defer raw.watch(ctx)()
	if err := raw.exec("BEGIN"); err != nil {
		return ctxErrOr(ctx, fmt.Errorf("read %q: begin read transaction: %w", d.path, err))
	}
	// Ending the read transaction cannot lose data.
	defer raw.exec("ROLLBACK") //nolint:errcheck
	// The first read starts the snapshot that every table below comes
	// from, before the schema is read, so a table or column added since
	// fails its query rather than being read from a later state.
	if err := raw.exec("SELECT 1 FROM sqlite_schema LIMIT 1"); err != nil {
		return ctxErrOr(ctx, fmt.Errorf("read %q: start the snapshot: %w", d.path, err))
	}
	tables, err := introspect(ctx, conn)
	if err != nil {
		return ctxErrOr(ctx, fmt.Errorf("read %q: %w", d.path, err))
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
			return fmt.Errorf("read %q: table %q does not exist in the database; check the table list against Describe", d.path, name)
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
		if err := rr.table(ctx, raw, byName[name]); err != nil {
			return ctxErrOr(ctx, err)
		}
	}
	return nil
}

// ctxErrOr returns ctx's error once ctx is done, so a cancelled Read
// returns exactly ctx.Err(); otherwise err.
func ctxErrOr(ctx context.Context, err error) error {
	if ctx.Err() != nil {
		return ctx.Err()
	}
	return err
}

// reader streams tables into batches; its batch and the arena that holds
// its texts and blobs are reused across batches and tables.
type reader struct {
	out      sdk.BatchWriter
	maxRows  int
	maxBytes int
	batch    sdk.Batch
	arena    []byte
}

// ctxCheckRows is how many rows are read between checks of ctx.
const ctxCheckRows = 256

// table counts and streams one table.
func (r *reader) table(ctx context.Context, conn *rawConn, t *tableMeta) error {
	n, err := conn.count(t.Name)
	if err != nil {
		return fmt.Errorf("read table %q: count rows: %w", t.Name, err)
	}
	if err := r.out.StartTable(t.Name, n); err != nil {
		return err
	}

	cols := t.ColumnNames()
	var q strings.Builder
	q.WriteString("SELECT ")
	for i, c := range cols {
		if i > 0 {
			q.WriteString(", ")
		}
		// The unary + keeps the stored value but drops the declared type
		// (and so the column's affinity in expressions).
		q.WriteString("+" + quote(c))
	}
	q.WriteString(" FROM " + quote(t.Name) + " ORDER BY ")
	if t.WithoutRowid {
		q.WriteString(quoteList(t.PK))
	} else {
		q.WriteString("rowid")
	}

	b := &r.batch
	b.Table, b.Columns = t.Name, cols
	b.Reset()
	r.arena = r.arena[:0]
	header := len(t.Name) + 8
	for _, c := range cols {
		header += len(c) + 1
	}
	rows, err := conn.query(q.String())
	if err != nil {
		return fmt.Errorf("read table %q: %w", t.Name, err)
	}
	defer rows.close()
	if rows.cols != len(cols) {
		return fmt.Errorf("read table %q: the query returns %d columns, not %d", t.Name, rows.cols, len(cols))
	}
	size := header
	row := make([]sdk.Value, len(cols))
	var read int64
	for {
		if read%ctxCheckRows == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		if ok, err := rows.next(); err != nil {
			return fmt.Errorf("read table %q: %w", t.Name, err)
		} else if !ok {
			break
		}
		read++
		for i := range row {
			row[i] = rows.value(i, &r.arena)
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
			// The batch was encoded: its values and their bytes are free.
			b.Reset()
			r.arena = r.arena[:0]
			size = header
		}
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
