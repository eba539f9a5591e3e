package main

import (
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"

	"github.com/rexdata/rex/sdk"
)

// writeTx is the open transaction: one new file per table written, beside
// the table's file, renamed into place at Commit and removed at Rollback.
// Until Commit the table files are untouched.
type writeTx struct {
	schema *sdk.Schema
	mode   sdk.WriteMode
	modes  map[string]sdk.WriteMode
	tables map[string]*txTable
}

// txTable is one table's part of the transaction.
type txTable struct {
	tbl   *sdk.Table
	kinds []sdk.Kind
	mode  sdk.WriteMode
	file  *os.File
	w     *csv.Writer
	// keys holds the primary keys written; upserts the rows written in
	// Upsert mode by key, merged with the old file at Commit. This keeps
	// every written key in memory: fine for an example, not for billions
	// of rows.
	pk      int
	keys    map[string]bool
	upserts map[string][]string
	order   []string
}

// Begin opens the transaction: nothing touches the folder's tables until
// Commit.
func (d *dialect) Begin(ctx context.Context, req sdk.WriteRequest) error {
	if d.tx != nil {
		return errors.New("begin: a transaction is already open; Commit or Rollback it first")
	}
	s, err := d.schema()
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	unlockWriter, err := d.flock(writerFile, true, true)
	if errors.Is(err, syscall.EWOULDBLOCK) {
		return fmt.Errorf("begin: another transaction is writing to %s; one writer at a time", d.dir)
	}
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	d.unlockWriter = unlockWriter
	tx := &writeTx{schema: s, mode: req.Mode, modes: req.Modes, tables: map[string]*txTable{}}
	if tx.mode == "" {
		tx.mode = sdk.Replace
	}
	d.tx = tx
	for _, name := range req.Tables {
		if _, err := d.table(name); err != nil {
			d.Rollback(ctx)
			return fmt.Errorf("begin: %w", err)
		}
	}
	return nil
}

// table returns the transaction's part for name, starting it on first use:
// its new file holds the header, then (for Append and Upsert) the rows of
// the current file.
func (d *dialect) table(name string) (*txTable, error) {
	tx := d.tx
	if t := tx.tables[name]; t != nil {
		return t, nil
	}
	tbl := tx.schema.Table(name)
	if tbl == nil {
		return nil, fmt.Errorf("table %s: %w", name, errNoTable)
	}
	mode := tx.mode
	if m, ok := tx.modes[name]; ok {
		mode = m
	}
	switch mode {
	case sdk.Replace, sdk.Append, sdk.Upsert:
	default:
		return nil, fmt.Errorf("table %s: unknown write mode %q", name, mode)
	}
	t := &txTable{tbl: tbl, kinds: kinds(tx.schema, tbl), mode: mode, pk: -1, keys: map[string]bool{}, upserts: map[string][]string{}}
	for i, f := range tbl.Fields {
		if f.PrimaryKey {
			t.pk = i
		}
	}
	if mode == sdk.Upsert && t.pk < 0 {
		return nil, fmt.Errorf("table %s has no primary key, so mode upsert cannot match its rows", name)
	}
	f, err := os.CreateTemp(d.dir, "."+name+".csv.tx-*")
	if err != nil {
		return nil, err
	}
	t.file, t.w = f, csv.NewWriter(f)
	tx.tables[name] = t
	if err := t.w.Write(tbl.ColumnNames()); err != nil {
		return nil, err
	}
	if mode == sdk.Append {
		// Keep the current rows, and their keys to refuse duplicates.
		err := d.eachRow(tbl, func(rec []string) error {
			if t.pk >= 0 {
				t.keys[rec[t.pk]] = true
			}
			return t.w.Write(rec)
		})
		if err != nil {
			return nil, fmt.Errorf("table %s: %w", name, err)
		}
	}
	return t, nil
}

// eachRow calls fn with every record of tbl's current file, columns in
// schema order.
func (d *dialect) eachRow(tbl *sdk.Table, fn func(rec []string) error) error {
	f, err := os.Open(d.tablePath(tbl.Name))
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	defer f.Close()
	r := csv.NewReader(f)
	header, err := r.Read()
	if err == io.EOF {
		return nil
	}
	if err != nil {
		return err
	}
	header = slices.Clone(header)
	at := make([]int, len(tbl.Fields))
	for i, field := range tbl.Fields {
		at[i] = slices.Index(header, field.Name)
	}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		out := make([]string, len(at))
		for i, j := range at {
			out[i] = nullCell
			if j >= 0 {
				out[i] = rec[j]
			}
		}
		if err := fn(out); err != nil {
			return err
		}
	}
}

// Write adds a batch to its table's new file, checking each value's kind,
// NULLs in NOT NULL columns and duplicate primary keys.
func (d *dialect) Write(ctx context.Context, b *sdk.Batch) error {
	if d.tx == nil {
		return errors.New("write: no transaction is open; Begin must come first")
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	t, err := d.table(b.Table)
	if err != nil {
		return fmt.Errorf("write: %w", err)
	}
	at := make([]int, len(b.Columns))
	for i, c := range b.Columns {
		at[i] = slices.IndexFunc(t.tbl.Fields, func(f sdk.Field) bool { return f.Name == c })
		if at[i] < 0 {
			return fmt.Errorf("write %s: no column %q in schema.json", b.Table, c)
		}
	}
	rec := make([]string, len(t.tbl.Fields))
	for r := 0; r < b.Len(); r++ {
		for i := range rec {
			rec[i] = nullCell
		}
		for i, v := range b.Row(r) {
			j := at[i]
			if v.Kind != sdk.KindNull && v.Kind != t.kinds[j] {
				return fmt.Errorf("write %s.%s: a %s value in a %s column of kind %s", b.Table, b.Columns[i], v.Kind, t.tbl.Fields[j].Type, t.kinds[j])
			}
			rec[j] = encode(v)
		}
		for j, f := range t.tbl.Fields {
			if rec[j] == nullCell && !f.Null {
				return fmt.Errorf("write %s: NULL in column %s, which is NOT NULL", b.Table, f.Name)
			}
		}
		if t.pk >= 0 {
			key := rec[t.pk]
			if t.mode == sdk.Upsert {
				if _, ok := t.upserts[key]; !ok {
					t.order = append(t.order, key)
				}
				t.upserts[key] = slices.Clone(rec)
				continue
			}
			if t.keys[key] {
				return fmt.Errorf("write %s: duplicate primary key %s = %s", b.Table, t.tbl.Fields[t.pk].Name, key)
			}
			t.keys[key] = true
		}
		if err := t.w.Write(rec); err != nil {
			return fmt.Errorf("write %s: %w", b.Table, err)
		}
	}
	return nil
}

// Commit finishes every new file, checks the foreign keys of the folder as
// it will be, and renames the new files into place under the exclusive
// lock. On any error nothing is renamed and the transaction is rolled
// back.
func (d *dialect) Commit(ctx context.Context) error {
	tx := d.tx
	if tx == nil {
		return errors.New("commit: no transaction is open; Begin must come first")
	}
	fail := func(err error) error {
		d.Rollback(ctx)
		return fmt.Errorf("commit: %w", err)
	}
	for _, t := range tx.tables {
		if t.mode == sdk.Upsert {
			if err := d.mergeUpserts(t); err != nil {
				return fail(err)
			}
		}
		t.w.Flush()
		if err := t.w.Error(); err != nil {
			return fail(err)
		}
		if err := t.file.Sync(); err != nil {
			return fail(err)
		}
	}
	if err := d.checkForeignKeys(); err != nil {
		return fail(err)
	}
	unlock, err := d.lock(true)
	if err != nil {
		return fail(err)
	}
	defer unlock()
	// The journal makes the renames one step: once it is written, the
	// commit happens, if need be finished by the next process to lock the
	// folder after a crash.
	var renames []rename
	for name, t := range tx.tables {
		renames = append(renames, rename{From: filepath.Base(t.file.Name()), To: filepath.Base(d.tablePath(name))})
	}
	if err := d.writeJournal(renames); err != nil {
		return fail(err)
	}
	for _, t := range tx.tables {
		t.file.Close()
	}
	d.tx = nil
	d.releaseWriter()
	if err := d.finishCommit(); err != nil {
		return fmt.Errorf("commit: %w (the commit is recorded and finishes at the folder's next use)", err)
	}
	return nil
}

// releaseWriter lets the next transaction begin.
func (d *dialect) releaseWriter() {
	if d.unlockWriter != nil {
		d.unlockWriter()
		d.unlockWriter = nil
	}
}

// mergeUpserts writes the current rows, each replaced by the upserted row
// of its key, then the upserted rows with new keys.
func (d *dialect) mergeUpserts(t *txTable) error {
	err := d.eachRow(t.tbl, func(rec []string) error {
		if up, ok := t.upserts[rec[t.pk]]; ok {
			delete(t.upserts, rec[t.pk])
			rec = up
		}
		return t.w.Write(rec)
	})
	if err != nil {
		return err
	}
	for _, key := range t.order {
		if rec, ok := t.upserts[key]; ok {
			if err := t.w.Write(rec); err != nil {
				return err
			}
		}
	}
	return nil
}

// rows calls fn with each record of table as it will be after Commit: the
// transaction's new file when it has one, else the current file.
func (d *dialect) rows(tbl *sdk.Table, fn func(rec []string) error) error {
	t := d.tx.tables[tbl.Name]
	if t == nil {
		return d.eachRow(tbl, fn)
	}
	f, err := os.Open(t.file.Name())
	if err != nil {
		return err
	}
	defer f.Close()
	r := csv.NewReader(f)
	if _, err := r.Read(); err != nil {
		return err
	}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if err := fn(rec); err != nil {
			return err
		}
	}
}

// checkForeignKeys checks every foreign key of the schema against the
// tables as they will be after Commit.
func (d *dialect) checkForeignKeys() error {
	s := d.tx.schema
	targets := map[string]map[string]bool{} // "table.field" → values
	for ti := range s.Tables {
		tbl := &s.Tables[ti]
		for fi, f := range tbl.Fields {
			if f.References == nil {
				continue
			}
			ref := s.Table(f.References.Table)
			if ref == nil {
				return fmt.Errorf("%s.%s references table %s, which schema.json does not have", tbl.Name, f.Name, f.References.Table)
			}
			col := slices.IndexFunc(ref.Fields, func(x sdk.Field) bool { return x.Name == f.References.Field })
			if col < 0 {
				return fmt.Errorf("%s.%s references %s.%s, which schema.json does not have", tbl.Name, f.Name, ref.Name, f.References.Field)
			}
			key := ref.Name + "." + f.References.Field
			if targets[key] == nil {
				vals := map[string]bool{}
				if err := d.rows(ref, func(rec []string) error { vals[rec[col]] = true; return nil }); err != nil {
					return err
				}
				targets[key] = vals
			}
			vals := targets[key]
			err := d.rows(tbl, func(rec []string) error {
				if v := rec[fi]; v != nullCell && !vals[v] {
					return fmt.Errorf("foreign key %s.%s = %s has no row in %s: nothing was written", tbl.Name, f.Name, v, key)
				}
				return nil
			})
			if err != nil {
				return err
			}
		}
	}
	return nil
}

// Rollback removes the transaction's new files; the tables are as they
// were. It is safe with no transaction open.
func (d *dialect) Rollback(context.Context) error {
	tx := d.tx
	if tx == nil {
		d.releaseWriter()
		return nil
	}
	d.tx = nil
	defer d.releaseWriter()
	var errs []string
	for _, t := range tx.tables {
		t.file.Close()
		if err := os.Remove(t.file.Name()); err != nil && !errors.Is(err, os.ErrNotExist) {
			errs = append(errs, err.Error())
		}
	}
	if len(errs) > 0 {
		return fmt.Errorf("rollback: %s", strings.Join(errs, "; "))
	}
	return nil
}
