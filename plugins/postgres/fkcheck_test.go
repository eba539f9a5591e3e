package postgres

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"net/url"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/rexdata/rex/sdk"
)

// fkPaths are the two ways the writer's foreign keys are checked: by rex,
// one anti-join per key, when the role may turn the triggers off and
// nothing else needs them; by PostgreSQL's triggers at COMMIT otherwise.
var fkPaths = []struct {
	name     string
	setBased bool
	// prepare readies the database at adminDSN and returns the DSN the
	// writer uses.
	prepare func(t *testing.T, adminDSN string) string
}{
	{"superuser, set-based check", true, func(t *testing.T, dsn string) string { return dsn }},
	{"role without the privilege, triggers", false, plainRole},
	{"user trigger, triggers", false, func(t *testing.T, dsn string) string {
		execSQL(t, dsn, `CREATE TABLE audit (n integer NOT NULL);
			CREATE FUNCTION count_author() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO audit VALUES (1); RETURN NULL; END $$;
			CREATE TRIGGER author_audit AFTER INSERT ON app_author FOR EACH ROW EXECUTE FUNCTION count_author();`)
		return dsn
	}},
	{"deferrable unique constraint, triggers", false, func(t *testing.T, dsn string) string {
		execSQL(t, dsn, `ALTER TABLE app_author ADD CONSTRAINT author_name_uniq UNIQUE (name) DEFERRABLE INITIALLY DEFERRED`)
		return dsn
	}},
}

// plainRole creates a login role that may write the database's tables but
// not set session_replication_role, and returns a DSN that uses it.
func plainRole(t *testing.T, dsn string) string {
	suffix := make([]byte, 4)
	rand.Read(suffix)
	role := "rex_plain_" + hex.EncodeToString(suffix)
	execSQL(t, dsn, "CREATE ROLE "+role+" LOGIN",
		"GRANT ALL ON ALL TABLES IN SCHEMA public TO "+role,
		"GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO "+role)
	t.Cleanup(func() { execSQL(t, dsn, "DROP OWNED BY "+role, "DROP ROLE "+role) })
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatal(err)
	}
	u.User = url.User(role)
	return u.String()
}

func TestDestination_ForeignKeys_BothPaths(t *testing.T) {
	t.Parallel()
	author := func(id int64, name string) *sdk.Batch {
		b := &sdk.Batch{Table: "app_author", Columns: []string{"id", "name"}}
		b.Append(sdk.Int(id), sdk.Text(name))
		return b
	}
	every := func(id, authorID int64) *sdk.Batch {
		b := &sdk.Batch{Table: "app_every", Columns: []string{"id", "body", "author_id"}}
		b.Append(sdk.Int(id), sdk.Text("row"), sdk.Int(authorID))
		return b
	}
	tests := []struct {
		name    string
		mode    sdk.WriteMode
		tables  []string
		batches []*sdk.Batch
		// wantErr lists what the error names; nil means Commit succeeds.
		wantErr []string
	}{
		{"a new row's reference has no target", sdk.Append, []string{"app_every"},
			[]*sdk.Batch{every(2, 99)},
			[]string{`table "app_every"`, "Key (author_id)=(99)", `"app_author"`, "nothing was written"}},
		{"an emptied table's row is still referenced by a table not loaded", sdk.Replace, []string{"app_author"},
			[]*sdk.Batch{author(2, "other")},
			[]string{`table "app_every"`, "Key (id)=(1) is still referenced", `"app_author"`, "nothing was written"}},
		{"every reference has its target", sdk.Replace, []string{"app_author", "app_every"},
			[]*sdk.Batch{author(7, "seven"), every(3, 7), every(4, 7)}, nil},
	}
	for _, path := range fkPaths {
		t.Run(path.name, func(t *testing.T) {
			t.Parallel()
			for _, tt := range tests {
				t.Run(tt.name, func(t *testing.T) {
					admin := newDatabase(t, djangoDDL, `INSERT INTO app_author (id, name) VALUES (1, 'kept')`,
						`INSERT INTO app_every (id, body, author_id) VALUES (1, 'kept', 1)`)
					dsn := path.prepare(t, admin)
					before := snapshotText(t, admin)
					d := configured(t, dsn)
					ctx := context.Background()
					if err := d.Begin(ctx, sdk.WriteRequest{Tables: tt.tables, Mode: tt.mode}); err != nil {
						t.Fatal(err)
					}
					if got := d.tx.fks != nil; got != path.setBased {
						t.Errorf("set-based foreign key check = %v, want %v", got, path.setBased)
					}
					for _, b := range tt.batches {
						if err := d.Write(ctx, b); err != nil {
							t.Fatal(err)
						}
					}
					err := d.Commit(ctx)
					if tt.wantErr == nil {
						if err != nil {
							t.Fatalf("Commit: %v", err)
						}
						if n := queryInt(t, admin, `SELECT count(*) FROM app_every WHERE author_id = 7`); n != 2 {
							t.Errorf("%d rows reference the new author, want 2", n)
						}
						return
					}
					if err == nil {
						t.Fatal("Commit succeeded with a dangling foreign key")
					}
					for _, w := range tt.wantErr {
						if !strings.Contains(err.Error(), w) {
							t.Errorf("error %q does not mention %s", err, w)
						}
					}
					var pgErr *pgconn.PgError
					if !errors.As(err, &pgErr) || pgErr.Code != "23503" {
						t.Errorf("error does not wrap a foreign key violation: %#v", err)
					}
					if diff := cmp.Diff(before, snapshotText(t, admin)); diff != "" {
						t.Errorf("destination changed (-before +after):\n%s", diff)
					}
				})
			}
		})
	}
}

func TestDestination_UserTriggerStillFires(t *testing.T) {
	t.Parallel()
	admin := newDatabase(t, djangoDDL)
	dsn := fkPaths[2].prepare(t, admin)
	b := &sdk.Batch{Table: "app_author", Columns: []string{"id", "name"}}
	b.Append(sdk.Int(1), sdk.Text("a"))
	b.Append(sdk.Int(2), sdk.Text("b"))
	if err := load(context.Background(), configured(t, dsn), sdk.Replace, []string{"app_author"}, []*sdk.Batch{b}); err != nil {
		t.Fatal(err)
	}
	if n := queryInt(t, admin, `SELECT count(*) FROM audit`); n != 2 {
		t.Errorf("the user's trigger fired %d times, want 2 (once per row)", n)
	}
}

func TestDestination_CopySpansBatches(t *testing.T) {
	t.Parallel()
	authors := func(ids ...int64) *sdk.Batch {
		b := &sdk.Batch{Table: "app_author", Columns: []string{"id", "name"}}
		for _, id := range ids {
			b.Append(sdk.Int(id), sdk.Text("a"))
		}
		return b
	}
	tags := &sdk.Batch{Table: "app_tag", Columns: []string{"id", "label"}}
	tags.Append(sdk.Int(1), sdk.Text("t"))
	badTime := &sdk.Batch{Table: "app_author", Columns: []string{"id", "name"}}
	badTime.Append(sdk.Int(50), sdk.Int(3)) // an int where text belongs
	tests := []struct {
		name    string
		batches []*sdk.Batch
		// wantErr is in the error of a Write or of Commit; "" means none.
		wantErr string
		want    int64 // authors after a successful load
	}{
		{"one table's batches, then another table, then the first again",
			[]*sdk.Batch{authors(1, 2), authors(3), tags, authors(4, 5, 6)}, "", 6},
		{"a duplicate key in a later batch of the same COPY",
			[]*sdk.Batch{authors(1, 2), authors(3), authors(2)}, `table "app_author"`, 0},
		{"a value that cannot be converted",
			[]*sdk.Batch{authors(1, 2), badTime}, `column "name"`, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			dsn := newDatabase(t, djangoDDL, `INSERT INTO app_author (id, name) VALUES (9, 'kept')`)
			before := snapshotText(t, dsn)
			err := load(context.Background(), configured(t, dsn), sdk.Replace, []string{"app_author", "app_tag"}, tt.batches)
			if tt.wantErr == "" {
				if err != nil {
					t.Fatal(err)
				}
				if n := queryInt(t, dsn, `SELECT count(*) FROM app_author`); n != tt.want {
					t.Errorf("%d authors, want %d", n, tt.want)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("error %v, want one naming %s", err, tt.wantErr)
			}
			if diff := cmp.Diff(before, snapshotText(t, dsn)); diff != "" {
				t.Errorf("destination changed (-before +after):\n%s", diff)
			}
		})
	}
}

func TestDestination_CancelledWriteThenRollback(t *testing.T) {
	t.Parallel()
	dsn := newDatabase(t, djangoDDL, `INSERT INTO app_author (id, name) VALUES (9, 'kept')`)
	before := snapshotText(t, dsn)
	d := configured(t, dsn)
	ctx := context.Background()
	if err := d.Begin(ctx, sdk.WriteRequest{Tables: []string{"app_author"}}); err != nil {
		t.Fatal(err)
	}
	b := &sdk.Batch{Table: "app_author", Columns: []string{"id", "name"}}
	b.Append(sdk.Int(1), sdk.Text("a"))
	if err := d.Write(ctx, b); err != nil {
		t.Fatal(err)
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if err := d.Write(cancelled, b); !errors.Is(err, context.Canceled) {
		t.Errorf("Write with a cancelled context: %v, want context.Canceled", err)
	}
	if err := d.Rollback(ctx); err != nil {
		t.Errorf("Rollback: %v", err)
	}
	if diff := cmp.Diff(before, snapshotText(t, dsn)); diff != "" {
		t.Errorf("destination changed (-before +after):\n%s", diff)
	}
}

func TestDestination_ForeignKeys_PartitionedTable(t *testing.T) {
	t.Parallel()
	part := `CREATE TABLE app_event (id bigint NOT NULL, author_id integer NOT NULL REFERENCES app_author (id) DEFERRABLE INITIALLY DEFERRED) PARTITION BY RANGE (id);
		CREATE TABLE app_event_low PARTITION OF app_event FOR VALUES FROM (0) TO (100);
		CREATE TABLE app_event_high PARTITION OF app_event FOR VALUES FROM (100) TO (MAXVALUE);`
	tests := []struct {
		name    string
		author  int64
		wantErr bool
	}{
		{"a reference in a partition has its target", 1, false},
		{"a reference in a partition has no target", 99, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			dsn := newDatabase(t, djangoDDL, part, `INSERT INTO app_author (id, name) VALUES (1, 'kept')`)
			before := snapshotText(t, dsn)
			b := &sdk.Batch{Table: "app_event", Columns: []string{"id", "author_id"}}
			b.Append(sdk.Int(5), sdk.Int(1))
			b.Append(sdk.Int(500), sdk.Int(tt.author))
			d := configured(t, dsn)
			ctx := context.Background()
			if err := d.Begin(ctx, sdk.WriteRequest{Tables: []string{"app_event"}}); err != nil {
				t.Fatal(err)
			}
			if d.tx.fks == nil {
				t.Fatal("the set-based check is off; this test is for it")
			}
			if err := d.Write(ctx, b); err != nil {
				t.Fatal(err)
			}
			err := d.Commit(ctx)
			if !tt.wantErr {
				if err != nil {
					t.Fatal(err)
				}
				if n := queryInt(t, dsn, `SELECT count(*) FROM app_event`); n != 2 {
					t.Errorf("%d rows in app_event, want 2", n)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), "Key (author_id)=(99)") {
				t.Fatalf("Commit: %v, want the dangling key named", err)
			}
			if diff := cmp.Diff(before, snapshotText(t, dsn)); diff != "" {
				t.Errorf("destination changed (-before +after):\n%s", diff)
			}
		})
	}
}
