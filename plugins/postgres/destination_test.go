package postgres

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/rexdata/rex/sdk"
)

// snapshotText returns the row text of every djangoTables table.
func snapshotText(t *testing.T, dsn string) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	for _, table := range djangoTables {
		out[table] = tableText(t, dsn, table)
	}
	return out
}

func TestDestination_Commit_ReplaceEmptiesThenLoads(t *testing.T) {
	t.Parallel()
	src := newDatabase(t, djangoDDL, edgeRows)
	dst := newDatabase(t, djangoDDL,
		`INSERT INTO app_author (id, name) VALUES (1, 'old'), (99, 'gone')`,
		`INSERT INTO app_every (id, body, author_id) VALUES (1, 'old', 99), (500, 'gone', 1)`,
		`INSERT INTO app_tag (id, label) VALUES (5, 'gone')`)
	c := read(t, src, djangoTables...)
	d := configured(t, dst)
	ctx := context.Background()
	if err := load(ctx, d, sdk.Replace, djangoTables, c.batches); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(snapshotText(t, src), snapshotText(t, dst)); diff != "" {
		t.Errorf("destination differs from source (-src +dst):\n%s", diff)
	}
	if err := d.Rollback(ctx); err != nil {
		t.Errorf("Rollback after Commit: %v", err)
	}
}

func TestDestination_Commit_DanglingForeignKeyLeavesNothing(t *testing.T) {
	t.Parallel()
	dst := newDatabase(t, djangoDDL, `INSERT INTO app_author (id, name) VALUES (1, 'kept')`,
		`INSERT INTO app_every (id, body, author_id) VALUES (1, 'kept', 1)`)
	before := snapshotText(t, dst)
	tests := []struct {
		name   string
		mode   sdk.WriteMode
		tables []string
	}{
		{"replace", sdk.Replace, []string{"app_author", "app_every"}},
		{"append", sdk.Append, []string{"app_every"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := &sdk.Batch{Table: "app_every", Columns: []string{"id", "body", "author_id"}}
			b.Append(sdk.Int(2), sdk.Text("orphan"), sdk.Int(99))
			err := load(context.Background(), configured(t, dst), tt.mode, tt.tables, []*sdk.Batch{b})
			if err == nil {
				t.Fatal("Commit succeeded with a dangling foreign key")
			}
			for _, w := range []string{`"app_every"`, "Key (author_id)=(99)", `"app_author"`, "nothing was written"} {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not mention %s", err, w)
				}
			}
			var pgErr *pgconn.PgError
			if !errors.As(err, &pgErr) || pgErr.Code != "23503" {
				t.Errorf("error does not wrap the foreign key violation: %#v", err)
			}
			if diff := cmp.Diff(before, snapshotText(t, dst)); diff != "" {
				t.Errorf("destination changed (-before +after):\n%s", diff)
			}
		})
	}
}

func TestDestination_Commit_ResetsSequences(t *testing.T) {
	t.Parallel()
	dst := newDatabase(t, djangoDDL)
	authors := &sdk.Batch{Table: "app_author", Columns: []string{"id", "name"}}
	authors.Append(sdk.Int(5), sdk.Text("a"))
	authors.Append(sdk.Int(1000), sdk.Text("b"))
	tags := &sdk.Batch{Table: "app_tag", Columns: []string{"id", "label"}}
	tags.Append(sdk.Int(300), sdk.Text("t"))
	tables := []string{"app_author", "app_every", "app_tag"}
	if err := load(context.Background(), configured(t, dst), sdk.Replace, tables, []*sdk.Batch{authors, tags}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		insert string
		want   int64
	}{
		{`INSERT INTO app_author (name) VALUES ('new') RETURNING id`, 1001},
		{`INSERT INTO app_tag (label) VALUES ('new') RETURNING id`, 301},
		{`INSERT INTO app_every (body) VALUES ('new') RETURNING id`, 1}, // loaded empty
	}
	for _, tt := range tests {
		t.Run(tt.insert, func(t *testing.T) {
			if got := queryInt(t, dst, tt.insert); got != tt.want {
				t.Errorf("new row got id %d, want %d", got, tt.want)
			}
		})
	}
}

func TestDestination_Rollback_LeavesNothing(t *testing.T) {
	t.Parallel()
	src := newDatabase(t, djangoDDL, edgeRows)
	dst := newDatabase(t, djangoDDL, `INSERT INTO app_author (id, name) VALUES (1, 'kept'), (2, 'kept too')`)
	before := snapshotText(t, dst)
	c := read(t, src, djangoTables...)
	d := configured(t, dst)
	ctx := context.Background()
	if err := d.Begin(ctx, sdk.WriteRequest{Tables: djangoTables, Mode: sdk.Replace}); err != nil {
		t.Fatal(err)
	}
	for _, b := range c.batches {
		if err := d.Write(ctx, b); err != nil {
			t.Fatal(err)
		}
	}
	if err := d.Rollback(ctx); err != nil {
		t.Fatal(err)
	}
	if err := d.Rollback(ctx); err != nil {
		t.Errorf("second Rollback: %v", err)
	}
	if diff := cmp.Diff(before, snapshotText(t, dst)); diff != "" {
		t.Errorf("destination changed (-before +after):\n%s", diff)
	}
	if err := d.Commit(ctx); err == nil {
		t.Error("Commit without a transaction succeeded")
	}
}

func TestDestination_Write_Modes(t *testing.T) {
	t.Parallel()
	batch := func() *sdk.Batch {
		b := &sdk.Batch{Table: "app_author", Columns: []string{"id", "name"}}
		b.Append(sdk.Int(2), sdk.Text("two, new"))
		b.Append(sdk.Int(3), sdk.Text("three"))
		return b
	}
	tests := []struct {
		mode    sdk.WriteMode
		want    []string
		wantErr string
	}{
		{sdk.Replace, []string{"(2,\"two, new\")", "(3,three)"}, ""},
		{sdk.Upsert, []string{"(1,one)", "(2,\"two, new\")", "(3,three)"}, ""},
		{sdk.Append, nil, "Key (id)=(2) already exists"},
	}
	for _, tt := range tests {
		t.Run(string(tt.mode), func(t *testing.T) {
			t.Parallel()
			dst := newDatabase(t, djangoDDL, `INSERT INTO app_author (id, name) VALUES (1, 'one'), (2, 'two')`)
			before := tableText(t, dst, "app_author")
			err := load(context.Background(), configured(t, dst), tt.mode, []string{"app_author"}, []*sdk.Batch{batch(), {Table: "app_author", Columns: []string{"id", "name"}}})
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("load = %v, want an error with %q", err, tt.wantErr)
				}
				if diff := cmp.Diff(before, tableText(t, dst, "app_author")); diff != "" {
					t.Errorf("destination changed (-before +after):\n%s", diff)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, tableText(t, dst, "app_author")); diff != "" {
				t.Errorf("rows (-want +got):\n%s", diff)
			}
			if got := queryInt(t, dst, `INSERT INTO app_author (name) VALUES ('next') RETURNING id`); got != 4 {
				t.Errorf("next id = %d, want 4", got)
			}
		})
	}
}

func TestDestination_Write_Errors(t *testing.T) {
	t.Parallel()
	dst := newDatabase(t, djangoDDL, `CREATE TABLE "keyless" ("n" integer)`)
	tests := []struct {
		name   string
		mode   sdk.WriteMode
		tables []string
		batch  *sdk.Batch
		want   string
	}{
		{"wrong kind", sdk.Append, []string{"app_every"},
			&sdk.Batch{Table: "app_every", Columns: []string{"id", "big"}, Values: []sdk.Value{sdk.Int(1), sdk.Text("12")}},
			`table "app_every" row id=1 column "big": a text value cannot be stored in a column of kind int`},
		{"unknown column", sdk.Append, []string{"app_every"},
			&sdk.Batch{Table: "app_every", Columns: []string{"id", "nope"}, Values: []sdk.Value{sdk.Int(1), sdk.Null}},
			`no column "nope"`},
		{"unknown table", sdk.Append, nil,
			&sdk.Batch{Table: "nope", Columns: []string{"id"}, Values: []sdk.Value{sdk.Int(1)}},
			`table "nope" does not exist`},
		{"upsert without key", sdk.Upsert, []string{"keyless"}, nil, "has no primary key"},
		{"bad decimal", sdk.Append, []string{"app_every"},
			&sdk.Batch{Table: "app_every", Columns: []string{"id", "price"}, Values: []sdk.Value{sdk.Int(1), sdk.Decimal("1.2.3")}},
			`decimal "1.2.3" does not parse`},
		{"out of range", sdk.Append, []string{"app_every"},
			&sdk.Batch{Table: "app_every", Columns: []string{"id", "small"}, Values: []sdk.Value{sdk.Int(1), sdk.Int(40000)}},
			`table "app_every"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var batches []*sdk.Batch
			if tt.batch != nil {
				batches = append(batches, tt.batch)
			}
			err := load(context.Background(), configured(t, dst), tt.mode, tt.tables, batches)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("load = %v, want an error with %q", err, tt.want)
			}
		})
	}
	if n := queryInt(t, dst, "SELECT count(*) FROM app_every"); n != 0 {
		t.Errorf("app_every holds %d rows after failed loads", n)
	}
}
