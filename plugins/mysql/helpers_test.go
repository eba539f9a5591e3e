package mysql

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/go-sql-driver/mysql"
	"github.com/hashicorp/go-hclog"
	"go.uber.org/goleak"

	"github.com/rexdata/rex/sdk"
)

func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}

// serverDSN returns the DSN of the test server, without a database:
// $REX_TEST_MYSQL_DSN or the local MariaDB.
func serverDSN() string {
	if s := os.Getenv("REX_TEST_MYSQL_DSN"); s != "" {
		return s
	}
	return "root@tcp(127.0.0.1:3306)/"
}

// djangoDDL is what Django 3.2's `manage.py sqlmigrate` emits on MariaDB
// 10.11 for a model of every field type (app_every), the three auto field
// sizes, and a ManyToManyField (app_tag_everys); foreign keys come as
// separate ALTER TABLE statements, as Django writes them.
var djangoDDL = []string{
	"CREATE TABLE `app_big` (`id` bigint AUTO_INCREMENT NOT NULL PRIMARY KEY)",
	"CREATE TABLE `app_every` (`id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY, `f_int` integer NOT NULL, `f_big` bigint NOT NULL, " +
		"`f_small` smallint NOT NULL, `f_pint` integer UNSIGNED NOT NULL CHECK (`f_pint` >= 0), `f_pbig` bigint UNSIGNED NOT NULL CHECK (`f_pbig` >= 0), " +
		"`f_psmall` smallint UNSIGNED NOT NULL CHECK (`f_psmall` >= 0), `f_bool` bool NOT NULL, `f_nbool` bool NULL, `f_char` varchar(200) NULL, " +
		"`f_text` longtext NOT NULL, `f_date` date NOT NULL, `f_dt` datetime(6) NOT NULL, `f_time` time(6) NOT NULL, `f_dur` bigint NOT NULL, " +
		"`f_dec` numeric(30, 10) NOT NULL, `f_float` double precision NOT NULL, `f_bin` longblob NULL, `f_uuid` char(32) NOT NULL, `f_json` json NULL, " +
		"`f_ip` char(39) NOT NULL, `f_slug` varchar(50) NOT NULL, `f_email` varchar(254) NOT NULL, `one_id` bigint NULL UNIQUE)",
	"CREATE TABLE `app_parent` (`id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY, `name` varchar(100) NOT NULL)",
	"CREATE TABLE `app_small` (`id` smallint AUTO_INCREMENT NOT NULL PRIMARY KEY)",
	"CREATE TABLE `app_tag` (`id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY, `name` varchar(50) NOT NULL UNIQUE)",
	"CREATE TABLE `app_tag_everys` (`id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY, `tag_id` integer NOT NULL, `every_id` integer NOT NULL)",
	"ALTER TABLE `app_every` ADD COLUMN `parent_id` integer NULL , ADD CONSTRAINT `app_every_parent_id_3f738c0c_fk_app_parent_id` FOREIGN KEY (`parent_id`) REFERENCES `app_parent`(`id`)",
	"ALTER TABLE `app_every` ADD COLUMN `self_ref_id` integer NULL , ADD CONSTRAINT `app_every_self_ref_id_7efa488a_fk_app_every_id` FOREIGN KEY (`self_ref_id`) REFERENCES `app_every`(`id`)",
	"ALTER TABLE `app_every` ADD CONSTRAINT `app_every_one_id_1d390da5_fk_app_big_id` FOREIGN KEY (`one_id`) REFERENCES `app_big` (`id`)",
	"CREATE INDEX `app_every_f_slug_ad301f47` ON `app_every` (`f_slug`)",
	"ALTER TABLE `app_tag_everys` ADD CONSTRAINT `app_tag_everys_tag_id_every_id_cffdedc6_uniq` UNIQUE (`tag_id`, `every_id`)",
	"ALTER TABLE `app_tag_everys` ADD CONSTRAINT `app_tag_everys_tag_id_d841c655_fk_app_tag_id` FOREIGN KEY (`tag_id`) REFERENCES `app_tag` (`id`)",
	"ALTER TABLE `app_tag_everys` ADD CONSTRAINT `app_tag_everys_every_id_2ebade01_fk_app_every_id` FOREIGN KEY (`every_id`) REFERENCES `app_every` (`id`)",
}

// testDB is one test's own database.
type testDB struct {
	Name string
	DSN  string // for the dialect
	DB   *sql.DB
}

// newDB creates a uniquely named database, runs stmts in it, and drops it
// when the test ends.
func newDB(t testing.TB, stmts ...string) *testDB {
	t.Helper()
	var rnd [4]byte
	if _, err := rand.Read(rnd[:]); err != nil {
		t.Fatal(err)
	}
	name := fmt.Sprintf("rex_my_test_%d_%s", os.Getpid(), hex.EncodeToString(rnd[:]))
	admin, err := sql.Open("mysql", serverDSN())
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	if _, err := admin.Exec("CREATE DATABASE " + quote(name) + " CHARACTER SET utf8mb4"); err != nil {
		t.Fatalf("create test database (is MariaDB at %s?): %v", serverDSN(), err)
	}
	t.Cleanup(func() {
		admin, err := sql.Open("mysql", serverDSN())
		if err != nil {
			t.Error(err)
			return
		}
		defer admin.Close()
		if _, err := admin.Exec("DROP DATABASE IF EXISTS " + quote(name)); err != nil {
			t.Errorf("drop test database: %v", err)
		}
	})
	cfg, err := mysql.ParseDSN(serverDSN())
	if err != nil {
		t.Fatal(err)
	}
	cfg.DBName = name
	dsn := cfg.FormatDSN()
	// The setup connection: raw text for temporal types, UTC, like rex's.
	cfg.Params = map[string]string{"time_zone": "'+00:00'"}
	db, err := sql.Open("mysql", cfg.FormatDSN())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	tdb := &testDB{Name: name, DSN: dsn, DB: db}
	tdb.exec(t, stmts...)
	return tdb
}

// exec runs statements in the test database.
func (db *testDB) exec(t testing.TB, stmts ...string) {
	t.Helper()
	for _, s := range stmts {
		if _, err := db.DB.Exec(s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
}

// count returns SELECT COUNT(*) of table.
func (db *testDB) count(t testing.TB, table string) int64 {
	t.Helper()
	var n int64
	if err := db.DB.QueryRow("SELECT COUNT(*) FROM " + quote(table)).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// dump returns every row of table as text, in id order: what must be equal
// after a copy.
func (db *testDB) dump(t testing.TB, table string) []string {
	t.Helper()
	rows, err := db.DB.Query("SELECT * FROM " + quote(table) + " ORDER BY 1")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	raw := make([]sql.RawBytes, len(cols))
	ptrs := make([]any, len(cols))
	for i := range raw {
		ptrs[i] = &raw[i]
	}
	var out []string
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		parts := make([]string, len(raw))
		for i, r := range raw {
			if r == nil {
				parts[i] = "NULL"
			} else {
				parts[i] = fmt.Sprintf("%q", r)
			}
		}
		out = append(out, strings.Join(parts, ","))
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// configured returns a dialect configured for db.
func configured(t testing.TB, db *testDB) *dialect {
	t.Helper()
	d := New().(*dialect)
	d.log = hclog.NewNullLogger()
	if diags := d.Configure(context.Background(), sdk.Config{"dsn": db.DSN}); diags.HasErrors() {
		t.Fatalf("Configure: %v", diags.Err())
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
	onBatch func(b *sdk.Batch)
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
		c.onBatch(&cp)
	}
	return nil
}

// rows returns the rows received for table.
func (c *collector) rows(table string) (cols []string, rows [][]sdk.Value) {
	for _, b := range c.batches {
		if b.Table == table {
			cols = b.Columns
			for i := range b.Len() {
				rows = append(rows, b.Row(i))
			}
		}
	}
	return cols, rows
}

// read reads tables from d.
func read(t testing.TB, d *dialect, tables ...string) *collector {
	t.Helper()
	var c collector
	if err := d.Read(context.Background(), sdk.ReadRequest{Tables: tables, BatchRows: 2}, &c); err != nil {
		t.Fatal(err)
	}
	return &c
}

// load writes c's batches into d in one transaction.
func load(t testing.TB, d *dialect, mode sdk.WriteMode, tables []string, c *collector) error {
	t.Helper()
	ctx := context.Background()
	if err := d.Begin(ctx, sdk.WriteRequest{Tables: tables, Mode: mode}); err != nil {
		return err
	}
	for _, b := range c.batches {
		if err := d.Write(ctx, b); err != nil {
			d.Rollback(ctx)
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
