package postgres

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"testing"

	"github.com/hashicorp/go-hclog"
	"github.com/jackc/pgx/v5"
	"go.uber.org/goleak"

	"github.com/rexdata/rex/sdk"
)

func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}

// serverDSN returns the DSN of the PostgreSQL server the tests use, from
// REX_TEST_POSTGRES_DSN or the local default. Tests create their own
// databases on it.
func serverDSN() string {
	if s := os.Getenv("REX_TEST_POSTGRES_DSN"); s != "" {
		return s
	}
	return "postgres://root@127.0.0.1:5432/postgres?sslmode=disable"
}

// djangoDDL is what Django 3.2's `manage.py sqlmigrate` emits on PostgreSQL
// for models with every field type: Author keeps an AutoField (serial),
// the others use DEFAULT_AUTO_FIELD = BigAutoField (bigserial), Tag a
// SmallAutoField (smallserial); Profile has a OneToOneField, Tag a
// ManyToManyField to Every.
const djangoDDL = `
CREATE TABLE "app_author" ("id" serial NOT NULL PRIMARY KEY, "name" varchar(100) NOT NULL);
CREATE TABLE "app_every" ("id" bigserial NOT NULL PRIMARY KEY, "big" bigint NULL, "small" smallint NULL, "integer" integer NULL, "pos" integer NULL CHECK ("pos" >= 0), "posbig" bigint NULL CHECK ("posbig" >= 0), "possmall" smallint NULL CHECK ("possmall" >= 0), "flag" boolean NULL, "name" varchar(50) NULL, "body" text NULL, "day" date NULL, "at" timestamp with time zone NULL, "clock" time NULL, "span" interval NULL, "price" numeric(40, 10) NULL, "ratio" double precision NULL, "blob" bytea NULL, "uid" uuid NULL, "doc" jsonb NULL, "ip" inet NULL, "slug" varchar(50) NULL, "email" varchar(254) NULL, "author_id" integer NULL);
CREATE TABLE "app_tag" ("id" smallserial NOT NULL PRIMARY KEY, "label" varchar(20) NOT NULL UNIQUE);
CREATE TABLE "app_tag_items" ("id" bigserial NOT NULL PRIMARY KEY, "tag_id" smallint NOT NULL, "every_id" bigint NOT NULL);
CREATE TABLE "app_profile" ("id" bigserial NOT NULL PRIMARY KEY, "author_id" integer NOT NULL UNIQUE);
ALTER TABLE "app_every" ADD CONSTRAINT "app_every_author_id_32304b58_fk_app_author_id" FOREIGN KEY ("author_id") REFERENCES "app_author" ("id") DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX "app_every_slug_7f128fc8" ON "app_every" ("slug");
CREATE INDEX "app_every_slug_7f128fc8_like" ON "app_every" ("slug" varchar_pattern_ops);
CREATE INDEX "app_every_author_id_32304b58" ON "app_every" ("author_id");
CREATE INDEX "app_tag_label_6edab6ac_like" ON "app_tag" ("label" varchar_pattern_ops);
ALTER TABLE "app_tag_items" ADD CONSTRAINT "app_tag_items_tag_id_every_id_d6802c26_uniq" UNIQUE ("tag_id", "every_id");
ALTER TABLE "app_tag_items" ADD CONSTRAINT "app_tag_items_tag_id_639a321d_fk_app_tag_id" FOREIGN KEY ("tag_id") REFERENCES "app_tag" ("id") DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE "app_tag_items" ADD CONSTRAINT "app_tag_items_every_id_2d3053b2_fk_app_every_id" FOREIGN KEY ("every_id") REFERENCES "app_every" ("id") DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX "app_tag_items_tag_id_639a321d" ON "app_tag_items" ("tag_id");
CREATE INDEX "app_tag_items_every_id_2d3053b2" ON "app_tag_items" ("every_id");
ALTER TABLE "app_profile" ADD CONSTRAINT "app_profile_author_id_b18a354a_fk_app_author_id" FOREIGN KEY ("author_id") REFERENCES "app_author" ("id") DEFERRABLE INITIALLY DEFERRED;
`

// djangoTables are djangoDDL's tables, parents first.
var djangoTables = []string{"app_author", "app_every", "app_profile", "app_tag", "app_tag_items"}

// newDatabase creates a database of its own on the test server, runs the
// statements in it, drops it when the test ends, and returns its DSN.
func newDatabase(t testing.TB, stmts ...string) string {
	t.Helper()
	ctx := context.Background()
	suffix := make([]byte, 4)
	rand.Read(suffix)
	name := fmt.Sprintf("rex_pg_test_%d_%s", os.Getpid(), hex.EncodeToString(suffix))
	admin, err := pgx.Connect(ctx, serverDSN())
	if err != nil {
		t.Fatalf("connect to the test server (set REX_TEST_POSTGRES_DSN to use another): %v", err)
	}
	defer admin.Close(ctx)
	if _, err := admin.Exec(ctx, "CREATE DATABASE "+quote(name)); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		admin, err := pgx.Connect(ctx, serverDSN())
		if err != nil {
			t.Errorf("drop database %s: %v", name, err)
			return
		}
		defer admin.Close(ctx)
		if _, err := admin.Exec(ctx, "DROP DATABASE IF EXISTS "+quote(name)+" WITH (FORCE)"); err != nil {
			t.Errorf("drop database %s: %v", name, err)
		}
	})
	u, err := url.Parse(serverDSN())
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/" + name
	dsn := u.String()
	execSQL(t, dsn, stmts...)
	return dsn
}

// execSQL runs statements (each may hold several) on the database at dsn.
func execSQL(t testing.TB, dsn string, stmts ...string) {
	t.Helper()
	if len(stmts) == 0 {
		return
	}
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	for _, s := range stmts {
		if _, err := conn.Exec(ctx, s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
}

// queryInt runs a query returning one integer.
func queryInt(t testing.TB, dsn, q string) int64 {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var n int64
	if err := conn.QueryRow(ctx, q).Scan(&n); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return n
}

// tableText returns every row of table as PostgreSQL's text of the whole
// row, in id order: what must match character by character after a copy.
func tableText(t testing.TB, dsn, table string) []string {
	t.Helper()
	return tableTextQuery(t, dsn, "SELECT t::text FROM "+quote(table)+" t ORDER BY id")
}

// tableTextQuery returns the one text column of query's rows.
func tableTextQuery(t testing.TB, dsn, query string) []string {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	rows, err := conn.Query(ctx, query)
	if err != nil {
		t.Fatal(err)
	}
	out, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// configured returns a dialect configured with dsn.
func configured(t testing.TB, dsn string) *dialect {
	t.Helper()
	d := New().(*dialect)
	d.log = hclog.NewNullLogger()
	if diags := d.Configure(context.Background(), sdk.Config{"dsn": dsn}); diags.HasErrors() {
		t.Fatalf("Configure(%q): %v", dsn, diags.Err())
	}
	return d
}

// collector is a BatchWriter that keeps what it receives. Like the host, it
// encodes each batch before returning, so it never aliases the reader's
// reused batch.
type collector struct {
	order   []string
	counts  map[string]int64
	batches []*sdk.Batch
	// onBatch, if set, runs after each batch is kept.
	onBatch func()
}

func (c *collector) StartTable(table string, rows int64) error {
	if c.counts == nil {
		c.counts = map[string]int64{}
	}
	c.order = append(c.order, table)
	c.counts[table] = rows
	return nil
}

func (c *collector) WriteBatch(b *sdk.Batch) error {
	data, err := b.MarshalBinary()
	if err != nil {
		return err
	}
	var cp sdk.Batch
	if err := cp.UnmarshalBinary(data); err != nil {
		return err
	}
	c.batches = append(c.batches, &cp)
	if c.onBatch != nil {
		c.onBatch()
	}
	return nil
}

// rows returns every row received for table, by column name.
func (c *collector) rows(table string) []map[string]sdk.Value {
	var out []map[string]sdk.Value
	for _, b := range c.batches {
		if b.Table != table {
			continue
		}
		for r := range b.Len() {
			m := map[string]sdk.Value{}
			for i, v := range b.Row(r) {
				m[b.Columns[i]] = v
			}
			out = append(out, m)
		}
	}
	return out
}

// read reads tables from the database at dsn.
func read(t testing.TB, dsn string, tables ...string) *collector {
	t.Helper()
	var c collector
	if err := configured(t, dsn).Read(context.Background(), sdk.ReadRequest{Tables: tables, BatchRows: 2}, &c); err != nil {
		t.Fatal(err)
	}
	return &c
}

// load writes the batches into the database at dsn in one transaction.
func load(ctx context.Context, d *dialect, mode sdk.WriteMode, tables []string, batches []*sdk.Batch) error {
	if err := d.Begin(ctx, sdk.WriteRequest{Tables: tables, Mode: mode}); err != nil {
		return err
	}
	for _, b := range batches {
		if err := d.Write(ctx, b); err != nil {
			d.Rollback(ctx) //nolint:errcheck
			return err
		}
	}
	return d.Commit(ctx)
}

// discard is a BatchWriter that drops everything, for benchmarks.
type discard struct{ rows int64 }

func (d *discard) StartTable(string, int64) error { return nil }
func (d *discard) WriteBatch(b *sdk.Batch) error {
	d.rows += int64(b.Len())
	return nil
}
