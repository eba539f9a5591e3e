package main

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

// newEmptyDB creates an empty database of engine, dropped when the test
// ends, with the given statements run in it.
func newEmptyDB(t *testing.T, engine string, stmts ...string) engineDB {
	t.Helper()
	name := fmt.Sprintf("rex_sy_%d_%d", pidSeq(), dbSeq.Add(1))
	var db engineDB
	switch engine {
	case "sqlite":
		p := filepath.Join(t.TempDir(), name+".sqlite3")
		db = engineDB{engine, fmt.Sprintf("path = %q", p), map[string]any{"path": p}}
	case "postgres":
		admin := "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"
		mustExec(t, "pgx", admin, "CREATE DATABASE "+name)
		t.Cleanup(func() { execIgnore("pgx", admin, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)") })
		dsn := fmt.Sprintf("postgres://postgres@127.0.0.1:5432/%s?sslmode=disable", name)
		db = engineDB{engine, fmt.Sprintf("dsn = %q", dsn), map[string]any{"dsn": dsn}}
	case "mysql":
		admin := "root@tcp(127.0.0.1:3306)/"
		mustExec(t, "mysql", admin, "CREATE DATABASE "+name+" CHARACTER SET utf8mb4")
		t.Cleanup(func() { execIgnore("mysql", admin, "DROP DATABASE IF EXISTS "+name) })
		dsn := fmt.Sprintf("root@tcp(127.0.0.1:3306)/%s", name)
		db = engineDB{engine, fmt.Sprintf("dsn = %q", dsn), map[string]any{"dsn": dsn}}
	}
	db.exec(t, stmts...)
	return db
}

func pidSeq() int { return int(time.Now().UnixNano() % 1e6) }

func (db engineDB) open(t *testing.T) *sql.DB {
	t.Helper()
	var c *sql.DB
	var err error
	switch db.engine {
	case "sqlite":
		c, err = sql.Open("sqlite", db.config.String("path", ""))
	case "postgres":
		c, err = sql.Open("pgx", db.config.String("dsn", ""))
	case "mysql":
		c, err = sql.Open("mysql", db.config.String("dsn", ""))
	}
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func (db engineDB) exec(t *testing.T, stmts ...string) {
	t.Helper()
	c := db.open(t)
	defer c.Close()
	for _, s := range stmts {
		if _, err := c.Exec(s); err != nil {
			t.Fatalf("%s: %s: %v", db.engine, s, err)
		}
	}
}

// items returns app_item's rows as "id|name|qty|note" in id order.
func (db engineDB) items(t *testing.T) []string {
	t.Helper()
	c := db.open(t)
	defer c.Close()
	rs, err := c.Query(`SELECT id, name, qty, note FROM app_item ORDER BY id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rs.Close()
	var out []string
	for rs.Next() {
		var id, qty int64
		var name string
		var note sql.NullString
		if err := rs.Scan(&id, &name, &qty, &note); err != nil {
			t.Fatal(err)
		}
		out = append(out, fmt.Sprintf("%d|%s|%d|%s", id, name, qty, note.String))
	}
	return out
}

func (db engineDB) count(t *testing.T) (n int) {
	t.Helper()
	c := db.open(t)
	defer c.Close()
	if err := c.QueryRow(`SELECT COUNT(*) FROM app_item`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// itemDDL is app_item as Django 3.2 creates it on each engine (a model
// with a CharField(100), an IntegerField and a nullable TextField), plus
// django_migrations.
func itemDDL(engine string, name string) []string {
	switch engine {
	case "postgres":
		return []string{
			fmt.Sprintf(`CREATE TABLE app_item (id serial PRIMARY KEY, name %s NOT NULL, qty integer NOT NULL, note text NULL)`, name),
			`CREATE TABLE django_migrations (id serial PRIMARY KEY, app varchar(255) NOT NULL, name varchar(255) NOT NULL, applied timestamp with time zone NOT NULL)`,
		}
	case "mysql":
		return []string{
			fmt.Sprintf(`CREATE TABLE app_item (id integer AUTO_INCREMENT NOT NULL PRIMARY KEY, name %s NOT NULL, qty integer NOT NULL, note longtext NULL)`, name),
			`CREATE TABLE django_migrations (id integer AUTO_INCREMENT NOT NULL PRIMARY KEY, app varchar(255) NOT NULL, name varchar(255) NOT NULL, applied datetime(6) NOT NULL)`,
		}
	}
	return []string{
		fmt.Sprintf(`CREATE TABLE "app_item" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" %s NOT NULL, "qty" integer NOT NULL, "note" text NULL)`, name),
		`CREATE TABLE "django_migrations" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "app" varchar(255) NOT NULL, "name" varchar(255) NOT NULL, "applied" datetime NOT NULL)`,
	}
}

const migrated = `INSERT INTO django_migrations (app, name, applied) VALUES ('app', '0001_initial', '2024-01-01 00:00:00')`

// transfer runs a receiver into dst and a pipeline from src with the given
// sync block; it returns the sender's exit code, stdout and stderr.
func transfer(t *testing.T, src, dst engineDB, sync string, args ...string) (int, string, string) {
	t.Helper()
	w := newWorkdir(t)
	w.write("receiver.hcl", fmt.Sprintf(matrixReceiver, dst.engine, dst.attrs))
	srv := start(t, w.dir, "serve", "--once", "receiver.hcl")
	addr := srv.waitLine(t, listeningRE, time.Minute)[1]
	w.write("pipeline.hcl", fmt.Sprintf(matrixPipeline, src.engine, src.attrs, addr)+sync)
	r := start(t, w.dir, append(append([]string{}, args...), "pipeline.hcl")...)
	code := r.wait(t, 2*time.Minute)
	srv.wait(t, time.Minute)
	return code, r.stdout.String(), r.errText()
}

func TestSync_Modes_EveryDestinationEngine(t *testing.T) {
	for _, engine := range []string{"sqlite", "postgres", "mysql"} {
		t.Run(engine, func(t *testing.T) {
			src := newEmptyDB(t, "sqlite", itemDDL("sqlite", "varchar(100)")...)
			src.exec(t, migrated, `INSERT INTO app_item (id, name, qty, note) VALUES (1, 'one', 1, NULL), (2, 'two', 2, 'x'), (3, 'three 🎉', 3, '')`)

			t.Run("replace", func(t *testing.T) {
				dst := newEmptyDB(t, engine, itemDDL(engine, "varchar(100)")...)
				dst.exec(t, migrated, `INSERT INTO app_item (id, name, qty) VALUES (2, 'old', 0), (9, 'nine', 9)`)
				if code, _, stderr := transfer(t, src, dst, ``, "run", "-q"); code != 0 {
					t.Fatalf("exit %d:\n%s", code, stderr)
				}
				if got, want := dst.items(t), src.items(t); !reflect.DeepEqual(got, want) {
					t.Errorf("replace: destination %v, want exactly the source %v", got, want)
				}
			})
			t.Run("append", func(t *testing.T) {
				dst := newEmptyDB(t, engine, itemDDL(engine, "varchar(100)")...)
				dst.exec(t, migrated, `INSERT INTO app_item (id, name, qty) VALUES (9, 'nine', 9)`)
				if code, _, stderr := transfer(t, src, dst, `sync { mode = "append" }`, "run", "-q"); code != 0 {
					t.Fatalf("exit %d:\n%s", code, stderr)
				}
				want := append(src.items(t), "9|nine|9|")
				if got := dst.items(t); !reflect.DeepEqual(got, want) {
					t.Errorf("append: destination %v, want %v", got, want)
				}
				// A key conflict fails the run and rolls back.
				before := dst.items(t)
				code, _, stderr := transfer(t, src, dst, `sync { mode = "append" }`, "run", "-q")
				if code != exitAborted {
					t.Errorf("append over existing keys exited %d, want %d:\n%s", code, exitAborted, stderr)
				}
				if got := dst.items(t); !reflect.DeepEqual(got, before) {
					t.Errorf("the failed append changed the destination: %v, was %v", got, before)
				}
			})
			t.Run("upsert twice", func(t *testing.T) {
				src := newEmptyDB(t, "sqlite", itemDDL("sqlite", "varchar(100)")...)
				src.exec(t, migrated, `INSERT INTO app_item (id, name, qty, note) VALUES (1, 'one', 1, NULL), (2, 'two', 2, 'x')`)
				dst := newEmptyDB(t, engine, itemDDL(engine, "varchar(100)")...)
				dst.exec(t, migrated)
				for round := 1; round <= 2; round++ {
					if code, _, stderr := transfer(t, src, dst, `sync { mode = "upsert" }`, "run", "-q"); code != 0 {
						t.Fatalf("round %d: exit %d:\n%s", round, code, stderr)
					}
					if got, want := dst.items(t), src.items(t); !reflect.DeepEqual(got, want) {
						t.Errorf("round %d: destination %v, want the source %v", round, got, want)
					}
					if round == 1 {
						src.exec(t, `UPDATE app_item SET name = 'two, changed', note = NULL WHERE id = 2`, `INSERT INTO app_item (id, name, qty) VALUES (3, 'three', 3)`)
					}
				}
			})
		})
	}
}

func TestPlan_Validation_VerdictsAndNothingWritten(t *testing.T) {
	cases := []struct {
		name     string
		engine   string
		srcName  string // the source's name column type (sqlite)
		dstName  string // the destination's name column type
		srcRows  string
		extraDst []string
		wantCode int
		want     []string
	}{
		{name: "narrowing that fits", engine: "postgres", srcName: "varchar(200)", dstName: "varchar(100)",
			srcRows: `(1, 'short', 1, NULL)`, wantCode: 0, want: []string{"app_item", "ok"}},
		{name: "narrowing that does not fit", engine: "mysql", srcName: "varchar(200)", dstName: "varchar(10)",
			srcRows: `(1, 'short', 1, NULL), (7, 'much too long for ten', 2, NULL)`, wantCode: exitRefused, want: []string{"app_item", "name", "21", "id=7"}},
		{name: "missing destination column", engine: "sqlite", srcName: "varchar(100)", dstName: "varchar(100)",
			srcRows: `(1, 'a', 1, NULL)`, extraDst: []string{`ALTER TABLE app_item DROP COLUMN note`}, wantCode: exitRefused, want: []string{"app_item", "note"}},
		{name: "incompatible type", engine: "postgres", srcName: "varchar(100)", dstName: "integer",
			srcRows: `(1, 'a', 1, NULL)`, wantCode: exitRefused, want: []string{"app_item", "name", "error"}},
		{name: "NULL into NOT NULL", engine: "mysql", srcName: "varchar(100)", dstName: "varchar(100)",
			srcRows: `(1, 'a', 1, NULL), (5, 'b', 2, NULL)`, extraDst: []string{`ALTER TABLE app_item MODIFY note longtext NOT NULL`}, wantCode: exitRefused, want: []string{"app_item", "note", "NULL"}},
		{name: "migration mismatch", engine: "sqlite", srcName: "varchar(100)", dstName: "varchar(100)",
			srcRows: `(1, 'a', 1, NULL)`, extraDst: []string{`DELETE FROM django_migrations`}, wantCode: exitRefused, want: []string{"0001_initial"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			src := newEmptyDB(t, "sqlite", itemDDL("sqlite", tc.srcName)...)
			src.exec(t, migrated, `INSERT INTO app_item (id, name, qty, note) VALUES `+tc.srcRows)
			dst := newEmptyDB(t, tc.engine, itemDDL(tc.engine, tc.dstName)...)
			dst.exec(t, append([]string{migrated}, tc.extraDst...)...)
			// Both plan and run give the verdict; neither writes a row.
			for _, cmd := range []string{"plan", "run"} {
				code, stdout, stderr := transfer(t, src, dst, ``, cmd)
				if cmd == "run" && tc.wantCode == 0 {
					continue
				}
				if code != tc.wantCode {
					t.Errorf("rex %s exited %d, want %d:\n%s\n%s", cmd, code, tc.wantCode, stdout, stderr)
				}
				for _, w := range tc.want {
					if !strings.Contains(stdout+stderr, w) {
						t.Errorf("rex %s output lacks %q:\n%s\n%s", cmd, w, stdout, stderr)
					}
				}
				if n := dst.count(t); n != 0 {
					t.Errorf("rex %s wrote %d rows", cmd, n)
				}
			}
		})
	}
}

func TestPlan_Quickstart_PrintsAndWritesNothing(t *testing.T) {
	w := newWorkdir(t)
	before := fileHash(t, w.dest)
	srv, addr := w.serve("tok-0123456789abcdef", "--once")
	w.pipeline(addr, "tok-0123456789abcdef", "")
	p := start(t, w.dir, "plan", "pipeline.hcl")
	if code := p.wait(t, time.Minute); code != 0 {
		t.Fatalf("rex plan exited %d:\n%s", code, p.errText())
	}
	if code := srv.wait(t, time.Minute); code != 0 {
		t.Errorf("receiver exited %d after a plan:\n%s", code, srv.errText())
	}
	out := p.stdout.String()
	for _, want := range []string{"shop_orderline", "189 rows (exact)", "Plan: 16 tables, 640 rows to move; 0 errors, 0 warnings."} {
		if !strings.Contains(out, want) {
			t.Errorf("the plan lacks %q:\n%s", want, out)
		}
	}
	if fileHash(t, w.dest) != before {
		t.Error("rex plan changed the destination")
	}
	// --json gives the same as a document.
	srv, addr = w.serve("tok-0123456789abcdef", "--once")
	w.pipeline(addr, "tok-0123456789abcdef", "")
	p = start(t, w.dir, "plan", "--json", "pipeline.hcl")
	if code := p.wait(t, time.Minute); code != 0 {
		t.Fatalf("rex plan --json exited %d:\n%s", code, p.errText())
	}
	srv.wait(t, time.Minute)
	var doc map[string]any
	if err := json.Unmarshal(p.stdout.Bytes(), &doc); err != nil {
		t.Fatalf("rex plan --json printed no JSON: %v\n%s", err, p.stdout.String())
	}
	if tables, _ := doc["tables"].([]any); len(tables) != 16 {
		t.Errorf("the JSON plan has %d tables, want 16:\n%s", len(tables), p.stdout.String())
	}
	if fileHash(t, w.dest) != before {
		t.Error("rex plan --json changed the destination")
	}
}

func TestSync_RenamesAndSelection(t *testing.T) {
	src := newEmptyDB(t, "sqlite", itemDDL("sqlite", "varchar(100)")...)
	src.exec(t, migrated,
		`INSERT INTO app_item (id, name, qty, note) VALUES (1, 'one', 1, NULL), (2, 'two', 2, 'x')`,
		`CREATE TABLE "app_log" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "line" text NOT NULL)`,
		`INSERT INTO app_log (line) VALUES ('not wanted')`)
	// The destination project renamed the model and a field.
	dst := newEmptyDB(t, "postgres",
		`CREATE TABLE app_thing (id serial PRIMARY KEY, title varchar(100) NOT NULL, qty integer NOT NULL, note text NULL)`,
		`CREATE TABLE app_log (id serial PRIMARY KEY, line text NOT NULL)`,
		`CREATE TABLE django_migrations (id serial PRIMARY KEY, app varchar(255) NOT NULL, name varchar(255) NOT NULL, applied timestamp with time zone NOT NULL)`,
		migrated)
	sync := `
sync {
  exclude = ["app_log"]
  table "app_item" {
    rename = "app_thing"
    fields = { name = "title" }
  }
}`
	code, stdout, stderr := transfer(t, src, dst, sync, "plan")
	if code != 0 {
		t.Fatalf("rex plan exited %d:\n%s\n%s", code, stdout, stderr)
	}
	for _, want := range []string{"app_item", "app_thing"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("the plan does not show %q:\n%s", want, stdout)
		}
	}
	if strings.Contains(stdout, "app_log") {
		t.Errorf("the plan moves the excluded app_log:\n%s", stdout)
	}
	if code, _, stderr := transfer(t, src, dst, sync, "run", "-q"); code != 0 {
		t.Fatalf("rex run exited %d:\n%s", code, stderr)
	}
	c := dst.open(t)
	defer c.Close()
	rs, err := c.Query(`SELECT id, title, qty FROM app_thing ORDER BY id`)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for rs.Next() {
		var id, qty int
		var title string
		rs.Scan(&id, &title, &qty)
		got = append(got, fmt.Sprintf("%d|%s|%d", id, title, qty))
	}
	rs.Close()
	if want := []string{"1|one|1", "2|two|2"}; !reflect.DeepEqual(got, want) {
		t.Errorf("app_thing = %v, want %v", got, want)
	}
	var logs int
	c.QueryRow(`SELECT COUNT(*) FROM app_log`).Scan(&logs)
	if logs != 0 {
		t.Errorf("the excluded app_log got %d rows", logs)
	}
}

func TestSync_BadMode_PointsAtTheAttribute(t *testing.T) {
	w := newWorkdir(t)
	w.write("pipeline.hcl", fmt.Sprintf(pipelineHCL, "", "127.0.0.1:1", "tok")+"sync {\n  mode = \"upsret\"\n}\n")
	p := start(t, w.dir, "validate", "pipeline.hcl")
	if code := p.wait(t, time.Minute); code != exitConfig {
		t.Errorf("exit %d, want %d", code, exitConfig)
	}
	for _, want := range []string{`pipeline.hcl:15:10: error: Invalid sync mode`, `Did you mean "upsert"?`} {
		if !strings.Contains(p.errText(), want) {
			t.Errorf("stderr lacks %q:\n%s", want, p.errText())
		}
	}
}
