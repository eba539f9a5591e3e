package sqlite

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
	"io"
	"strings"
	"unsafe"

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
	db, conn, err := d.open(ctx, "ro")
	if err != nil {
		return fmt.Errorf("read: %w", err)
	}
	defer db.Close()
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "BEGIN"); err != nil {
		return ctxErrOr(ctx, fmt.Errorf("read %q: begin read transaction: %w", d.path, err))
	}
	// Ending the read transaction cannot lose data; do it even when ctx is done.
	defer conn.ExecContext(context.WithoutCancel(ctx), "ROLLBACK") //nolint:errcheck

	// The first read starts the snapshot that every table below comes from.
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
		if err := rr.table(ctx, conn, byName[name]); err != nil {
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

// reader streams tables into batches; its batch is reused across tables.
type reader struct {
	out      sdk.BatchWriter
	maxRows  int
	maxBytes int
	batch    sdk.Batch
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
	var q strings.Builder
	q.WriteString("SELECT ")
	for i, c := range cols {
		if i > 0 {
			q.WriteString(", ")
		}
		// The unary + keeps the stored value but drops the declared type, so
		// the driver does not parse text in DATE/DATETIME columns into time.Time.
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
	header := len(t.Name) + 8
	for _, c := range cols {
		header += len(c) + 1
	}
	// The rows come straight from the driver: database/sql's Scan would
	// lock, convert and copy every value once more.
	return conn.Raw(func(dc any) error {
		qc, ok := dc.(driver.QueryerContext)
		if !ok {
			return fmt.Errorf("read table %q: the SQLite driver cannot run queries", t.Name)
		}
		rows, err := qc.QueryContext(ctx, q.String(), nil)
		if err != nil {
			return fmt.Errorf("read table %q: %w", t.Name, err)
		}
		defer rows.Close()
		size := header
		vals := make([]driver.Value, len(cols))
		row := make([]sdk.Value, len(cols))
		var read int64
		for {
			if read%ctxCheckRows == 0 {
				if err := ctx.Err(); err != nil {
					return err
				}
			}
			if err := rows.Next(vals); err == io.EOF {
				break
			} else if err != nil {
				return fmt.Errorf("read table %q: %w", t.Name, err)
			}
			read++
			for i, v := range vals {
				row[i], err = storageValue(v)
				if err != nil {
					return fmt.Errorf("read table %q row %d column %q: %w", t.Name, read, cols[i], err)
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
		}
		return nil
	})
}

// storageValue converts a value as the driver returns it to an sdk.Value.
// The driver copies every text and blob out of SQLite into a fresh
// allocation that it does not keep, so the payload is this row's own: a
// text's bytes are viewed, not copied again. Nothing writes to a read
// batch's payloads; the batch is encoded and reset.
func storageValue(v any) (sdk.Value, error) {
	switch x := v.(type) {
	case nil:
		return sdk.Null, nil
	case int64:
		return sdk.Int(x), nil
	case float64:
		return sdk.Float(x), nil
	case string:
		if x == "" {
			return sdk.Text(""), nil
		}
		return sdk.Value{Kind: sdk.KindText, Bytes: unsafe.Slice(unsafe.StringData(x), len(x))}, nil
	case []byte:
		return sdk.Bytes(x), nil
	}
	return sdk.Null, fmt.Errorf("unexpected driver value of type %T", v)
}
