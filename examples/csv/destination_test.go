package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rexdata/rex/sdk"
	"github.com/rexdata/rex/sdk/conformance"
)

// open configures a dialect on a new folder holding the kit's schema, or
// on dir when given.
func open(t testing.TB, dir string) *dialect {
	t.Helper()
	if dir == "" {
		dir = newFolder(t, conformance.Schema()).String("dir", "")
	}
	d := &dialect{}
	if diags := d.Configure(context.Background(), sdk.Config{"dir": dir}); diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	return d
}

func names(from, to int) *sdk.Batch {
	b := &sdk.Batch{Table: conformance.ParentTable, Columns: []string{"id", "name"}}
	for i := from; i <= to; i++ {
		b.Append(sdk.Int(int64(i)), sdk.Text(strings.Repeat("x", i)))
	}
	return b
}

func commit(t *testing.T, d *dialect, b *sdk.Batch) {
	t.Helper()
	ctx := context.Background()
	if err := d.Begin(ctx, sdk.WriteRequest{Tables: []string{b.Table}}); err != nil {
		t.Fatal(err)
	}
	if err := d.Write(ctx, b); err != nil {
		t.Fatal(err)
	}
	if err := d.Commit(ctx); err != nil {
		t.Fatal(err)
	}
}

type rowCounter struct{ rows int }

func (c *rowCounter) StartTable(string, int64) error { return nil }
func (c *rowCounter) WriteBatch(b *sdk.Batch) error  { c.rows += b.Len(); return nil }

func countParents(t *testing.T, d *dialect) int {
	t.Helper()
	c := &rowCounter{}
	if err := d.Read(context.Background(), sdk.ReadRequest{Tables: []string{conformance.ParentTable}}, c); err != nil {
		t.Fatal(err)
	}
	return c.rows
}

// TestCommit_CrashAfterJournal_FinishedByNextUse: a commit whose process
// died after writing its journal, with its new file not yet renamed, is
// finished by the next process to read the folder: the reader sees the
// whole commit and the journal is gone.
func TestCommit_CrashAfterJournal_FinishedByNextUse(t *testing.T) {
	d := open(t, "")
	commit(t, d, names(1, 3))
	// The crashed commit: a new file for the table, and its journal.
	next := filepath.Join(d.dir, ".conformance_parent.csv.tx-crashed")
	content, err := os.ReadFile(d.tablePath(conformance.ParentTable))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(next, append(content, []byte("4,xxxx\n")...), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := d.writeJournal([]rename{{From: filepath.Base(next), To: "conformance_parent.csv"}}); err != nil {
		t.Fatal(err)
	}

	if n := countParents(t, open(t, d.dir)); n != 4 {
		t.Errorf("read %d rows after the crashed commit, want its 4", n)
	}
	if _, err := os.Stat(filepath.Join(d.dir, journalFile)); !os.IsNotExist(err) {
		t.Errorf("the journal is still there: %v", err)
	}
}

// TestBegin_SecondWriter_Refused: one transaction writes to a folder at a
// time; a second Begin fails at once, saying why, and succeeds once the
// first ends.
func TestBegin_SecondWriter_Refused(t *testing.T) {
	ctx := context.Background()
	a := open(t, "")
	b := open(t, a.dir)
	req := sdk.WriteRequest{Tables: []string{conformance.ParentTable}}
	if err := a.Begin(ctx, req); err != nil {
		t.Fatal(err)
	}
	if err := b.Begin(ctx, req); err == nil || !strings.Contains(err.Error(), "another transaction is writing") {
		t.Fatalf("a second Begin: %v, want a refusal", err)
	}
	if err := a.Rollback(ctx); err != nil {
		t.Fatal(err)
	}
	if err := b.Begin(ctx, req); err != nil {
		t.Fatalf("Begin after the first transaction ended: %v", err)
	}
	b.Rollback(ctx)
}
