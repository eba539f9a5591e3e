package main

import (
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"

	"github.com/rexdata/rex/sdk"
)

// Read streams the requested tables. Every table's file is opened at once
// under the folder's shared lock, so a Commit, which renames new files into
// place under the exclusive lock, lands wholly before or wholly after the
// read: the open files are one snapshot, however long the read takes.
func (d *dialect) Read(ctx context.Context, req sdk.ReadRequest, out sdk.BatchWriter) error {
	s, err := d.schema()
	if err != nil {
		return err
	}
	for _, name := range req.Tables {
		if s.Table(name) == nil {
			return fmt.Errorf("read %s: %w", name, errNoTable)
		}
	}
	unlock, err := d.lock(false)
	if err != nil {
		return err
	}
	files := make([]*os.File, len(req.Tables))
	defer func() {
		for _, f := range files {
			if f != nil {
				f.Close()
			}
		}
	}()
	for i, name := range req.Tables {
		f, err := os.Open(d.tablePath(name))
		if err != nil && !errors.Is(err, os.ErrNotExist) {
			unlock()
			return fmt.Errorf("read %s: %w", name, err)
		}
		files[i] = f // nil: no file yet, an empty table
	}
	unlock()

	rows, bytes := req.BatchRows, req.BatchBytes
	if rows <= 0 {
		rows = 1000
	}
	if bytes <= 0 {
		bytes = 1 << 20
	}
	for i, name := range req.Tables {
		n, err := countRows(ctx, files[i])
		if err != nil {
			return fmt.Errorf("read %s: %w", d.tablePath(name), err)
		}
		if err := out.StartTable(name, n); err != nil {
			return err
		}
		if files[i] == nil {
			continue
		}
		if err := readTable(ctx, s, s.Table(name), files[i], rows, bytes, out); err != nil {
			return fmt.Errorf("read %s: %w", d.tablePath(name), err)
		}
	}
	return nil
}

// countRows counts the rows of an open table file (nil: none), and
// rewinds it. The count is of the snapshot: the file was opened with the
// others.
func countRows(ctx context.Context, f *os.File) (int64, error) {
	if f == nil {
		return 0, nil
	}
	r := csv.NewReader(f)
	r.ReuseRecord = true
	var n int64 = -1 // the header is not a row
	for {
		if n%10000 == 0 && ctx.Err() != nil {
			return 0, ctx.Err()
		}
		if _, err := r.Read(); err == io.EOF {
			break
		} else if err != nil {
			return 0, err
		}
		n++
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return 0, err
	}
	return max(n, 0), nil
}

// readTable streams one file in batches of at most rows rows or about
// bytes bytes.
func readTable(ctx context.Context, s *sdk.Schema, tbl *sdk.Table, f io.Reader, rows, bytes int, out sdk.BatchWriter) error {
	r := csv.NewReader(f)
	r.ReuseRecord = true
	header, err := r.Read()
	if err == io.EOF {
		return nil
	}
	if err != nil {
		return err
	}
	ks := kinds(s, tbl)
	cols := make([]string, len(header))
	colKinds := make([]sdk.Kind, len(header))
	for i, h := range header {
		j := slices.IndexFunc(tbl.Fields, func(f sdk.Field) bool { return f.Name == h })
		if j < 0 || slices.Contains(cols[:i], h) {
			return fmt.Errorf("header column %d %q is not a column of %s in schema.json, or is there twice", i+1, h, tbl.Name)
		}
		cols[i], colKinds[i] = h, ks[j]
	}
	b := &sdk.Batch{Table: tbl.Name, Columns: cols}
	size := 0
	flush := func() error {
		if b.Len() == 0 {
			return nil
		}
		err := out.WriteBatch(b)
		b.Reset()
		b.Table, b.Columns, size = tbl.Name, cols, 0
		return err
	}
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		rec, err := r.Read()
		if err == io.EOF {
			return flush()
		}
		if err != nil {
			return err
		}
		line, _ := r.FieldPos(0)
		for i, cell := range rec {
			v, err := decode(cell, colKinds[i])
			if err != nil {
				return fmt.Errorf("line %d, column %s: %w", line, cols[i], err)
			}
			b.Values = append(b.Values, v)
			size += len(cell)
		}
		if b.Len() >= rows || size >= bytes {
			if err := flush(); err != nil {
				return err
			}
		}
	}
}
