package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"syscall"

	"github.com/rexdata/rex/sdk"
)

// schemaFile names the schema sidecar in the folder: the JSON of an
// sdk.Schema, each table with its Django fields. It is what a Django
// project's `migrate` is to a database: the tables must be there before
// rows are written, and Describe returns them.
const schemaFile = "schema.json"

// lockFile names the file a Read's snapshot and a Commit lock.
const lockFile = ".rex-csv.lock"

// writerFile names the file a transaction locks from Begin to Commit or
// Rollback: one writer at a time.
const writerFile = ".rex-csv.writer"

// journalFile names the list of renames a Commit is making. It exists only
// while a Commit holds the exclusive lock, or after a crash in the middle
// of one; the next lock finishes that commit.
const journalFile = ".rex-csv.commit"

// dialect reads and writes a folder of CSV files, one per table
// (TABLE.csv, a header row of column names, then one line per row), and
// schema.json. Values are Django-native, encoded as value.go says.
type dialect struct {
	dir string
	tx  *writeTx
	// unlockWriter releases the folder's writer lock, held while tx is
	// open.
	unlockWriter func()
}

// ConfigSchema declares the block's one attribute, dir.
func (d *dialect) ConfigSchema() sdk.ConfigSchema {
	return sdk.ConfigSchema{Attributes: []sdk.Attribute{{
		Name: "dir", Type: sdk.TypeString, Required: true,
		Description: "the folder of CSV files and schema.json; relative paths are taken from the .hcl file's folder",
	}}}
}

// Configure checks that dir is a folder holding schema.json.
func (d *dialect) Configure(_ context.Context, cfg sdk.Config) sdk.Diagnostics {
	var diags sdk.Diagnostics
	d.dir = cfg.String("dir", "")
	if fi, err := os.Stat(d.dir); err != nil || !fi.IsDir() {
		return diags.Errorf("dir", "Not a folder", "dir = %q must be an existing folder: %v.", d.dir, err)
	}
	if _, err := os.Stat(filepath.Join(d.dir, schemaFile)); err != nil {
		return diags.Errorf("dir", "No schema.json", "The folder %s has no schema.json: write the tables' schema there first (see the plugin's README). %v", d.dir, err)
	}
	return diags
}

// Describe returns schema.json's tables, marked as storing Django-native
// values so the django transform passes them on unchanged.
func (d *dialect) Describe(context.Context) (*sdk.Schema, error) {
	return d.schema()
}

func (d *dialect) schema() (*sdk.Schema, error) {
	b, err := os.ReadFile(filepath.Join(d.dir, schemaFile))
	if err != nil {
		return nil, fmt.Errorf("read the schema: %w", err)
	}
	s := new(sdk.Schema)
	if err := json.Unmarshal(b, s); err != nil {
		return nil, fmt.Errorf("read the schema %s: %w", filepath.Join(d.dir, schemaFile), err)
	}
	s.Dialect, s.Native = "csv", true
	for i := range s.Tables {
		s.Tables[i].Rows = -1
	}
	return s, nil
}

// tablePath is the CSV file of a table.
func (d *dialect) tablePath(table string) string {
	return filepath.Join(d.dir, table+".csv")
}

// lock takes the folder's lock: shared for a Read's snapshot, exclusive
// for a Commit's renames. A commit a crash interrupted is finished first.
// It returns the unlock function.
func (d *dialect) lock(exclusive bool) (func(), error) {
	for {
		unlock, err := d.flock(lockFile, exclusive, false)
		if err != nil {
			return nil, err
		}
		if _, err := os.Stat(filepath.Join(d.dir, journalFile)); errors.Is(err, os.ErrNotExist) {
			return unlock, nil
		}
		// A journal seen under the lock is a crashed commit's: no live
		// Commit renames without the exclusive lock.
		if exclusive {
			if err := d.finishCommit(); err != nil {
				unlock()
				return nil, err
			}
			return unlock, nil
		}
		unlock()
		unlockX, err := d.lock(true)
		if err != nil {
			return nil, err
		}
		unlockX()
	}
}

// flock locks the file name of the folder, shared or exclusive; with
// noWait it fails at once when another process holds the lock.
func (d *dialect) flock(name string, exclusive, noWait bool) (func(), error) {
	f, err := os.OpenFile(filepath.Join(d.dir, name), os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("lock %s: %w", d.dir, err)
	}
	how := syscall.LOCK_SH
	if exclusive {
		how = syscall.LOCK_EX
	}
	if noWait {
		how |= syscall.LOCK_NB
	}
	if err := syscall.Flock(int(f.Fd()), how); err != nil {
		f.Close()
		return nil, fmt.Errorf("lock %s: %w", d.dir, err)
	}
	return func() { f.Close() }, nil
}

// rename is one new table file to move into place.
type rename struct {
	From string `json:"from"`
	To   string `json:"to"`
}

// writeJournal records a commit's renames before it makes them, durably.
func (d *dialect) writeJournal(renames []rename) error {
	b, err := json.Marshal(renames)
	if err != nil {
		return err
	}
	f, err := os.CreateTemp(d.dir, journalFile+".tmp-*")
	if err != nil {
		return err
	}
	if _, err := f.Write(b); err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), filepath.Join(d.dir, journalFile))
	}
	if err != nil {
		os.Remove(f.Name())
		return fmt.Errorf("write the commit journal: %w", err)
	}
	return d.syncDir()
}

// finishCommit makes the journal's renames whose new file is still there,
// then removes the journal: the commit it records is then whole. The
// caller holds the exclusive lock.
func (d *dialect) finishCommit() error {
	path := filepath.Join(d.dir, journalFile)
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("read the commit journal: %w", err)
	}
	var renames []rename
	if err := json.Unmarshal(b, &renames); err != nil {
		return fmt.Errorf("read the commit journal %s: %w", path, err)
	}
	for _, r := range renames {
		from, to := filepath.Join(d.dir, r.From), filepath.Join(d.dir, r.To)
		if err := os.Rename(from, to); err != nil && !errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("finish a commit: %w", err)
		}
	}
	if err := d.syncDir(); err != nil {
		return err
	}
	if err := os.Remove(path); err != nil {
		return fmt.Errorf("finish a commit: %w", err)
	}
	return d.syncDir()
}

// syncDir makes the folder's renames durable.
func (d *dialect) syncDir() error {
	dir, err := os.Open(d.dir)
	if err != nil {
		return err
	}
	defer dir.Close()
	return dir.Sync()
}

// kinds returns the value kind of each column of tbl: its Django field's,
// a relation's that of the field it references.
func kinds(s *sdk.Schema, tbl *sdk.Table) []sdk.Kind {
	out := make([]sdk.Kind, len(tbl.Fields))
	for i := range tbl.Fields {
		out[i] = kindOf(s, &tbl.Fields[i], 0)
	}
	return out
}

func kindOf(s *sdk.Schema, f *sdk.Field, depth int) sdk.Kind {
	if (f.Type == sdk.ForeignKey || f.Type == sdk.OneToOneField) && f.References != nil && depth < 8 {
		if t := s.Table(f.References.Table); t != nil {
			if target := t.Field(f.References.Field); target != nil {
				return kindOf(s, target, depth+1)
			}
		}
	}
	return f.Type.Kind()
}

// errNoTable is returned for a table schema.json does not have.
var errNoTable = errors.New("no such table in schema.json")
