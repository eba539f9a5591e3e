package sqlite

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/rexdata/rex/sdk"
)

// readTables reads tables from the source file at path.
func readTables(t *testing.T, path string, tables []string) *collector {
	t.Helper()
	var c collector
	if err := configured(t, path).Read(context.Background(), sdk.ReadRequest{Tables: tables, BatchRows: 64}, &c); err != nil {
		t.Fatal(err)
	}
	return &c
}

// shopAndAuthTables returns the quickstart's shop_* and auth_* tables,
// parents first.
func shopAndAuthTables(t *testing.T, d *dialect) []string {
	t.Helper()
	s, err := d.Describe(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, tab := range s.Tables {
		if strings.HasPrefix(tab.Name, "shop_") || strings.HasPrefix(tab.Name, "auth_") {
			out = append(out, tab.Name)
		}
	}
	return out
}

func TestDestination_Commit_CopiesQuickstart(t *testing.T) {
	t.Parallel()
	src := copyFixture(t, "shop.sqlite3")
	dst := copyFixture(t, "dest.sqlite3")
	d := configured(t, dst)
	tables := shopAndAuthTables(t, configured(t, src))
	c := readTables(t, src, tables)

	ctx := context.Background()
	if err := d.Begin(ctx, sdk.WriteRequest{Tables: tables, Mode: sdk.Replace}); err != nil {
		t.Fatal(err)
	}
	for _, b := range c.batches {
		if err := d.Write(ctx, b); err != nil {
			t.Fatal(err)
		}
	}
	if err := d.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	for _, table := range tables {
		t.Run(table, func(t *testing.T) {
			want := tableContents(t, src, table)
			if len(want) == 0 {
				t.Fatalf("source table %s is empty: the comparison proves nothing", table)
			}
			if diff := cmp.Diff(want, tableContents(t, dst, table)); diff != "" {
				t.Errorf("destination differs from source (-src +dst):\n%s", diff)
			}
		})
	}
	if err := d.Rollback(ctx); err != nil {
		t.Errorf("Rollback after Commit: %v", err)
	}
}

func TestDestination_Rollback_LeavesFileUnchanged(t *testing.T) {
	t.Parallel()
	src := copyFixture(t, "shop.sqlite3")
	dst := copyFixture(t, "dest.sqlite3")
	tables := shopAndAuthTables(t, configured(t, src))
	c := readTables(t, src, tables)
	before := fileSHA(t, dst)

	ctx := context.Background()
	d := configured(t, dst)
	if err := d.Begin(ctx, sdk.WriteRequest{Tables: tables}); err != nil {
		t.Fatal(err)
	}
	for _, b := range c.batches {
		if err := d.Write(ctx, b); err != nil {
			t.Fatal(err)
		}
	}
	for i := range 2 {
		if err := d.Rollback(ctx); err != nil {
			t.Fatalf("Rollback #%d: %v", i+1, err)
		}
	}
	if after := fileSHA(t, dst); after != before {
		t.Errorf("destination file changed by a rolled back load: sha256 %s, was %s", after, before)
	}
	if n := countRows(t, dst, "auth_permission"); n != 48 {
		t.Errorf("auth_permission holds %d rows after rollback, want the 48 migrate made", n)
	}
}

func TestDestination_Commit_DanglingForeignKey(t *testing.T) {
	t.Parallel()
	dst := copyFixture(t, "dest.sqlite3")
	before := fileSHA(t, dst)
	ctx := context.Background()
	d := configured(t, dst)
	if err := d.Begin(ctx, sdk.WriteRequest{Tables: []string{"shop_category"}, Mode: sdk.Append}); err != nil {
		t.Fatal(err)
	}
	b := &sdk.Batch{Table: "shop_category", Columns: []string{"id", "name", "slug", "description", "position", "is_active", "parent_id"}}
	b.Append(sdk.Int(1), sdk.Text("Root"), sdk.Text("root"), sdk.Text(""), sdk.Int(0), sdk.Bool(true), sdk.Null)
	b.Append(sdk.Int(2), sdk.Text("Orphan"), sdk.Text("orphan"), sdk.Text(""), sdk.Int(1), sdk.Bool(true), sdk.Int(999))
	if err := d.Write(ctx, b); err != nil {
		t.Fatal(err)
	}
	err := d.Commit(ctx)
	if err == nil {
		t.Fatal("Commit succeeded with a dangling foreign key")
	}
	for _, want := range []string{"table shop_category rowid 2", "parent_id=999", "missing row of table shop_category", "nothing was written"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not contain %q", err, want)
		}
	}
	if err := d.Rollback(ctx); err != nil {
		t.Errorf("Rollback after a failed Commit: %v", err)
	}
	if fileSHA(t, dst) != before {
		t.Error("destination file changed by a failed commit")
	}
}

func TestDestination_Commit_Upsert(t *testing.T) {
	t.Parallel()
	dst := copyFixture(t, "dest.sqlite3")
	ctx := context.Background()
	d := configured(t, dst)
	if err := d.Begin(ctx, sdk.WriteRequest{Tables: []string{"django_content_type"}, Mode: sdk.Upsert}); err != nil {
		t.Fatal(err)
	}
	b := &sdk.Batch{Table: "django_content_type", Columns: []string{"id", "app_label", "model"}}
	b.Append(sdk.Int(1), sdk.Text("admin"), sdk.Text("renamed"))
	b.Append(sdk.Int(100), sdk.Text("extra"), sdk.Text("new"))
	if err := d.Write(ctx, b); err != nil {
		t.Fatal(err)
	}
	if err := d.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	var model string
	if err := openDB(t, dst).QueryRow(`SELECT model FROM django_content_type WHERE id = 1`).Scan(&model); err != nil || model != "renamed" {
		t.Errorf("row 1 model %q (%v), want renamed", model, err)
	}
	if n := countRows(t, dst, "django_content_type"); n != 13 {
		t.Errorf("%d content types, want 12 + 1", n)
	}
}

func TestDestination_Write_Errors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		mode  sdk.WriteMode
		batch func() *sdk.Batch
		want  []string
	}{
		{"native kind", sdk.Append, func() *sdk.Batch {
			b := &sdk.Batch{Table: "shop_tag", Columns: []string{"id", "name", "color"}}
			b.Append(sdk.Int(1), sdk.Text("x"), sdk.Date(3))
			return b
		}, []string{"table shop_tag column color: value of kind date: the django transform must run before the destination"}},
		{"duplicate key", sdk.Append, func() *sdk.Batch {
			b := &sdk.Batch{Table: "django_content_type", Columns: []string{"id", "app_label", "model"}}
			b.Append(sdk.Int(3), sdk.Text("x"), sdk.Text("y"))
			return b
		}, []string{"table django_content_type row id=3", "UNIQUE constraint failed"}},
		{"unknown table", sdk.Append, func() *sdk.Batch {
			b := &sdk.Batch{Table: "shop_nope", Columns: []string{"id"}}
			b.Append(sdk.Int(1))
			return b
		}, []string{`table "shop_nope" does not exist`, "manage.py migrate"}},
		{"unknown column", sdk.Replace, func() *sdk.Batch {
			b := &sdk.Batch{Table: "shop_tag", Columns: []string{"id", "colour"}}
			b.Append(sdk.Int(1), sdk.Text("red"))
			return b
		}, []string{`prepare insert into table "shop_tag"`, "colour"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			dst := copyFixture(t, "dest.sqlite3")
			before := fileSHA(t, dst)
			ctx := context.Background()
			d := configured(t, dst)
			if err := d.Begin(ctx, sdk.WriteRequest{Tables: []string{"shop_tag"}, Mode: tt.mode}); err != nil {
				t.Fatal(err)
			}
			err := d.Write(ctx, tt.batch())
			if err == nil {
				t.Fatal("Write succeeded")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
			if err := d.Rollback(ctx); err != nil {
				t.Fatal(err)
			}
			if fileSHA(t, dst) != before {
				t.Error("destination file changed")
			}
		})
	}
}

func TestDestination_Begin_Errors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		req  sdk.WriteRequest
		want string
	}{
		{"unknown table", sdk.WriteRequest{Tables: []string{"shop_nope"}}, "manage.py migrate"},
		{"unknown mode", sdk.WriteRequest{Mode: "merge"}, `unknown write mode "merge"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			d := configured(t, copyFixture(t, "dest.sqlite3"))
			err := d.Begin(context.Background(), tt.req)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Begin error %v, want one containing %q", err, tt.want)
			}
			// A failed Begin leaves no transaction: a new one can start.
			if err := d.Begin(context.Background(), sdk.WriteRequest{Mode: sdk.Append}); err != nil {
				t.Fatalf("Begin after a failed Begin: %v", err)
			}
			if err := d.Rollback(context.Background()); err != nil {
				t.Fatal(err)
			}
		})
	}
}

func TestDestination_Write_NoTransaction(t *testing.T) {
	t.Parallel()
	d := configured(t, copyFixture(t, "dest.sqlite3"))
	b := &sdk.Batch{Table: "shop_tag", Columns: []string{"id"}}
	b.Append(sdk.Int(1))
	if err := d.Write(context.Background(), b); err == nil || !strings.Contains(err.Error(), "Begin") {
		t.Errorf("Write without Begin: %v", err)
	}
	if err := d.Commit(context.Background()); err == nil {
		t.Error("Commit without Begin succeeded")
	}
	if err := d.Rollback(context.Background()); err != nil {
		t.Errorf("Rollback without Begin: %v", err)
	}
}

func TestDialect_Configure_Path(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	notDB := filepath.Join(dir, "notes.txt")
	execAllFile(t, notDB, "these are notes, not a database")
	tests := []struct {
		name string
		path any
		want string // "" for no diagnostics
	}{
		{"existing", copyFixture(t, "dest.sqlite3"), ""},
		{"missing", filepath.Join(dir, "nope.sqlite3"), "manage.py migrate"},
		{"folder", dir, "is a folder"},
		{"not sqlite", notDB, "SQLite 3 file header"},
		{"absent", nil, "Set path"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			cfg := sdk.Config{}
			if tt.path != nil {
				cfg["path"] = tt.path
			}
			diags := New().Configure(context.Background(), cfg)
			if tt.want == "" {
				if len(diags) != 0 {
					t.Fatalf("diagnostics: %v", diags.Err())
				}
				return
			}
			if len(diags) != 1 || diags[0].Severity != sdk.SeverityError || diags[0].Attribute != "path" {
				t.Fatalf("diagnostics %+v, want one error on path", diags)
			}
			if !strings.Contains(diags[0].Detail, tt.want) {
				t.Errorf("detail %q does not contain %q", diags[0].Detail, tt.want)
			}
		})
	}
}

func TestDialect_Describe_Unconfigured(t *testing.T) {
	t.Parallel()
	_, err := New().Describe(context.Background())
	if err == nil || !strings.Contains(err.Error(), "Configure") {
		t.Errorf("Describe before Configure: %v", err)
	}
	if errors.Is(err, context.Canceled) {
		t.Error("unexpected cancel")
	}
}
