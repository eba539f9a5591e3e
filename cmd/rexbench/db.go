package main

import (
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	_ "github.com/go-sql-driver/mysql"
	_ "github.com/jackc/pgx/v5/stdlib"
	_ "modernc.org/sqlite"
)

// database is one database made for the run.
type database struct {
	engine string
	name   string // on the server, or the SQLite file's base name
	driver string
	dsn    string // for database/sql; the path for SQLite
	attrs  string // for the HCL block
}

const pgAdmin = "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"
const myAdmin = "root@tcp(127.0.0.1:3306)/"

// bencher holds what every run of one invocation shares.
type bencher struct {
	dir, rex, tag string
	o             options
	seq           int
	made          []*database
}

// newDB creates an empty database; role names it ("src", "dst").
func (b *bencher) newDB(engine, role string) (*database, error) {
	b.seq++
	name := fmt.Sprintf("%s_%s%d", b.tag, role, b.seq)
	var d *database
	switch engine {
	case "postgres":
		if err := execSQL("pgx", pgAdmin, "CREATE DATABASE "+name); err != nil {
			return nil, err
		}
		dsn := "postgres://postgres@127.0.0.1:5432/" + name + "?sslmode=disable"
		d = &database{engine, name, "pgx", dsn, fmt.Sprintf("dsn = %q", dsn)}
	case "mysql":
		if err := execSQL("mysql", myAdmin, "CREATE DATABASE "+name+" CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"); err != nil {
			return nil, err
		}
		dsn := myAdmin[:len(myAdmin)-1] + "/" + name
		d = &database{engine, name, "mysql", dsn, fmt.Sprintf("dsn = %q", dsn)}
	case "sqlite":
		p := filepath.Join(b.dir, name+".sqlite3")
		d = &database{engine, name, "sqlite", p, fmt.Sprintf("path = %q", p)}
	default:
		return nil, fmt.Errorf("unknown engine %q", engine)
	}
	b.made = append(b.made, d)
	return d, nil
}

// newDest creates a destination: the fidelity project migrated with the
// destination settings (other content type ids).
func (b *bencher) newDest(engine string) (*database, error) {
	d, err := b.newDB(engine, "dst")
	if err != nil {
		return nil, err
	}
	return d, loadArtifact(d, "dest")
}

func (b *bencher) drop(d *database) {
	switch d.engine {
	case "postgres":
		execSQL("pgx", pgAdmin, "DROP DATABASE IF EXISTS "+d.name+" WITH (FORCE)")
	case "mysql":
		execSQL("mysql", myAdmin, "DROP DATABASE IF EXISTS "+d.name)
	case "sqlite":
		os.Remove(d.dsn)
	}
}

func (b *bencher) dropAll() {
	for _, d := range b.made {
		b.drop(d)
	}
}

func execSQL(driver, dsn string, stmts ...string) error {
	db, err := sql.Open(driver, dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	for _, s := range stmts {
		if _, err := db.Exec(s); err != nil {
			return fmt.Errorf("%s: %w", s, err)
		}
	}
	return nil
}

// tableCounts returns the row count of every table of a database.
func tableCounts(d *database) (map[string]int64, error) {
	db, err := sql.Open(d.driver, d.dsn)
	if err != nil {
		return nil, err
	}
	defer db.Close()
	list := map[string]string{
		"postgres": `SELECT tablename FROM pg_tables WHERE schemaname = 'public'`,
		"mysql":    `SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'`,
		"sqlite":   `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\_%' ESCAPE '\'`,
	}[d.engine]
	rows, err := db.Query(list)
	if err != nil {
		return nil, err
	}
	var names []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			rows.Close()
			return nil, err
		}
		names = append(names, s)
	}
	rows.Close()
	q := `"`
	if d.engine == "mysql" {
		q = "`"
	}
	counts := map[string]int64{}
	for _, n := range names {
		var c int64
		if err := db.QueryRow("SELECT COUNT(*) FROM " + q + n + q).Scan(&c); err != nil {
			return nil, fmt.Errorf("count %s: %w", n, err)
		}
		counts[n] = c
	}
	return counts, nil
}

// lost compares a destination's counts with the source's for the given
// tables and describes each difference.
func lost(src, dst map[string]int64, tables []string) []string {
	var out []string
	for _, t := range tables {
		if src[t] != dst[t] {
			out = append(out, fmt.Sprintf("%s: %d of %d rows", t, dst[t], src[t]))
		}
	}
	return out
}

// command is exec.Command with the environment of this process.
func command(name string, args ...string) *exec.Cmd {
	cmd := exec.Command(name, args...)
	cmd.Env = os.Environ()
	return cmd
}

func benchTableNames() []string {
	var out []string
	for _, t := range benchTables {
		out = append(out, t.name)
	}
	return out
}

func trim(s string, n int) string {
	s = strings.TrimSpace(s)
	if len(s) > n {
		return "…" + s[len(s)-n:]
	}
	return s
}
