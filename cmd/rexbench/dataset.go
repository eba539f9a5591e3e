package main

import (
	"context"
	"database/sql"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/go-sql-driver/mysql"
	"github.com/jackc/pgx/v5"
)

// The dataset: the fidelity project's schema (examples/fidelity, made by
// Django's migrate on each engine), its contrib rows (users, groups,
// permissions, content types with other ids on the destination), and its
// own tables filled with generated rows: one wide table with every scalar
// field, FK and M2M tables, a self FK and a generic FK.
const fixtureDir = "examples/fidelity"

// column is one generated column: its name and a PostgreSQL expression of
// the row number i.
type column struct{ name, expr string }

// table is one generated table, filled in order (an FK's target first).
type table struct {
	name string
	rows func(n int64) int64 // rows for a dataset of about n rows in all
	cols []column
}

func share(num, den, least int64) func(int64) int64 {
	return func(n int64) int64 { return max(least, n*num/den) }
}

// benchTables are generated, in load order. Expressions may refer to the
// counts of earlier tables as {table}.
var benchTables = []table{
	{"allfields_country", func(int64) int64 { return 200 }, []column{
		{"code", "chr(65 + (i - 1) / 26) || chr(65 + (i - 1) % 26)"},
		{"name", "'Country ' || i"},
	}},
	{"allfields_uuidkeyed", share(1, 100, 10), []column{
		{"id", "md5('owner' || i)::uuid"},
		{"name", "'owner ' || i"},
	}},
	{"allfields_tag", share(1, 250, 10), []column{
		{"id", "i"},
		{"name", "'tag-' || i"},
	}},
	{"allfields_everything", share(1, 5, 1), []column{
		{"id", "i"},
		{"label", "'row ' || i"},
		{"boolean", "i % 2 = 0"},
		{"boolean_null", "CASE i % 3 WHEN 0 THEN NULL ELSE i % 3 = 1 END"},
		{"char", "'Grüße ' || md5(i::text)"},
		{"char_null", "CASE WHEN i % 4 = 0 THEN NULL ELSE 'n' || i END"},
		{"text", "'東京 🙂 «' || i || '» ' || repeat(md5(i::text), 2 + i % 20)"},
		{"text_null", "CASE i % 5 WHEN 0 THEN NULL ELSE 'line ' || i || E'\\nsecond line\\t\"quoted\" \\\\ back' END"},
		{"slug", "'slug-' || i"},
		{"email", "'user' || i || '@example.com'"},
		{"url", "'https://example.com/items/' || i || '?q=' || md5(i::text)"},
		{"file", "'uploads/2024/f' || i || '.txt'"},
		{"file_path", "'/srv/rex/p' || i % 100 || '.dat'"},
		{"integer", "CASE WHEN i % 11 = 0 THEN NULL ELSE (i::bigint * 1103515245 % 2147483647 - 1073741823)::int END"},
		{"big_integer", "i::bigint * 1000000007 - 4000000000000000000"},
		{"small_integer", "(i % 65535 - 32767)::smallint"},
		{"positive_integer", "i"},
		{"positive_small_integer", "(i % 32767)::smallint"},
		{"positive_big_integer", "i::bigint * 3000000000"},
		{"float", "i::float8 / 7"},
		{"decimal_30_10", "(i::bigint * 7919 % 100000000)::numeric / 10000 - 5000"},
		{"decimal_5_2", "(i % 99999 - 49999)::numeric / 100"},
		{"date", "date '2000-01-01' + i % 10000"},
		{"datetime", "timestamptz '2020-01-01 00:00:00+00' + i * interval '1.000001 second' + (i % 997) * interval '1 microsecond'"},
		{"time", "time '00:00:00' + (i % 86400) * interval '1 second' + (i::bigint * 37 % 1000000) * interval '1 microsecond'"},
		{"duration", "(i::bigint * 1234567 % 100000000000 - CASE WHEN i % 10 = 0 THEN 50000000000 ELSE 0 END) * interval '1 microsecond'"},
		{"uuid", "CASE WHEN i % 13 = 0 THEN NULL ELSE md5(i::text)::uuid END"},
		{"json", "CASE WHEN i % 50 = 0 THEN NULL ELSE jsonb_build_object('i', i, 'name', 'n' || i, 'tags', jsonb_build_array('a', 'b', i % 7), 'ok', i % 2 = 0, 'nested', jsonb_build_object('x', i * 0.5, 'ü', 'ß')) END"},
		{"binary", "CASE i % 7 WHEN 0 THEN NULL ELSE decode(md5(i::text) || md5((i + 1)::text), 'hex') END"},
		{"ip", "CASE i % 3 WHEN 0 THEN NULL WHEN 1 THEN ('10.' || (i >> 16) % 256 || '.' || (i >> 8) % 256 || '.' || i % 256)::inet ELSE ('2001:db8::' || to_hex(i >> 16) || ':' || to_hex(i & 65535))::inet END"},
		{"ipv4", "CASE WHEN i % 9 = 0 THEN NULL ELSE ('192.168.' || (i >> 8) % 256 || '.' || i % 256)::inet END"},
		{"order", "i % 1000"},
		{"CamelCase", "'Camel' || i % 100"},
	}},
	{"allfields_item", share(3, 20, 1), []column{
		{"id", "i"},
		{"sku", "'SKU' || i"},
		{"owner_id", "md5('owner' || (i % {allfields_uuidkeyed} + 1))::uuid"},
		{"country_id", "CASE WHEN i % 6 = 0 THEN NULL ELSE chr(65 + (i % 200) / 26) || chr(65 + (i % 200) % 26) END"},
	}},
	{"allfields_item_tags", share(3, 10, 2), []column{
		{"id", "i"},
		{"item_id", "(i - 1) / 2 % {allfields_item} + 1"},
		{"tag_id", "((i - 1) / 2 * 7 + (i % 2) * 3) % {allfields_tag} + 1"},
	}},
	{"allfields_node", share(1, 20, 1), []column{
		{"id", "i"},
		{"name", "'node ' || i"},
		{"parent_id", "CASE WHEN i = 1 THEN NULL ELSE i / 2 END"},
	}},
	{"allfields_comment", nil, []column{
		{"id", "i"},
		{"content_type_id", "(SELECT id FROM django_content_type WHERE app_label = 'allfields' AND model = 'item')"},
		{"object_id", "i % {allfields_item} + 1"},
		{"body", "'Comment ' || i || ': ' || repeat('lorem ipsum ', 3 + i % 15)"},
	}},
}

// dataset is the generated data, its sources on each engine and the files
// made from it.
type dataset struct {
	dir   string
	rows  map[string]int64 // per generated table
	total int64
	bytes int64 // the generated tables' size in PostgreSQL (heap and TOAST)
	dbMB  float64
	csv   map[string]string // per generated table, the file for LOAD DATA
	src   map[string]*database
}

// plan sets each table's row count for about n rows in all.
func plan(n int64) map[string]int64 {
	rows := map[string]int64{}
	var sum int64
	for _, t := range benchTables {
		if t.rows != nil {
			rows[t.name] = t.rows(n)
			sum += rows[t.name]
		}
	}
	rows["allfields_comment"] = max(10, n-sum)
	return rows
}

func (d *dataset) expr(e string) string {
	for name, n := range d.rows {
		e = strings.ReplaceAll(e, "{"+name+"}", fmt.Sprint(n))
	}
	return e
}

func quoteIdents(cols []column, q string) string {
	names := make([]string, len(cols))
	for i, c := range cols {
		names[i] = q + c.name + q
	}
	return strings.Join(names, ", ")
}

// generate fills the PostgreSQL source: the fixture's schema and contrib
// rows, its own tables emptied and filled with the generated rows.
func (d *dataset) generate(ctx context.Context, pg *database) error {
	if err := loadArtifact(pg, "fixture"); err != nil {
		return err
	}
	conn, err := pgx.Connect(ctx, pg.dsn)
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	var all []string
	rows, err := conn.Query(ctx, `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename LIKE 'allfields\_%' ORDER BY 1`)
	if err != nil {
		return err
	}
	for rows.Next() {
		var s string
		rows.Scan(&s)
		all = append(all, `"`+s+`"`)
	}
	if err := rows.Err(); err != nil {
		return err
	}
	stmts := []string{"TRUNCATE " + strings.Join(all, ", ") + " CASCADE"}
	for _, t := range benchTables {
		var exprs []string
		for _, c := range t.cols {
			exprs = append(exprs, d.expr(c.expr))
		}
		stmts = append(stmts, fmt.Sprintf(`INSERT INTO %q (%s) SELECT %s FROM generate_series(1, %d) AS i`,
			t.name, quoteIdents(t.cols, `"`), strings.Join(exprs, ", "), d.rows[t.name]))
		if t.cols[0].name == "id" && t.name != "allfields_uuidkeyed" {
			stmts = append(stmts, fmt.Sprintf(`SELECT setval(pg_get_serial_sequence('%s', 'id'), %d)`, t.name, d.rows[t.name]))
		}
	}
	stmts = append(stmts, "VACUUM ANALYZE")
	for _, s := range stmts {
		if _, err := conn.Exec(ctx, s); err != nil {
			return fmt.Errorf("generate: %s: %w", s[:min(len(s), 80)], err)
		}
	}
	for _, t := range benchTables {
		var n int64
		if err := conn.QueryRow(ctx, fmt.Sprintf(`SELECT pg_table_size('%s')`, t.name)).Scan(&n); err != nil {
			return err
		}
		d.bytes += n
	}
	var db int64
	if err := conn.QueryRow(ctx, `SELECT pg_database_size(current_database())`).Scan(&db); err != nil {
		return err
	}
	d.dbMB = float64(db) / (1 << 20)
	return nil
}

// portable is the SELECT that reads a generated table from PostgreSQL as
// text in the form Django stores it on MySQL and SQLite: booleans 0/1, UTC
// datetimes without zone, durations in microseconds, UUIDs as 32 hex
// digits, binary as hex (decoded by the loader), addresses as text.
func portable(ctx context.Context, conn *pgx.Conn, name string) (query string, cols []string, binary []bool, err error) {
	rows, err := conn.Query(ctx, `SELECT column_name, data_type FROM information_schema.columns
		WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`, name)
	if err != nil {
		return "", nil, nil, err
	}
	defer rows.Close()
	var exprs []string
	var first string
	for rows.Next() {
		var c, typ string
		if err := rows.Scan(&c, &typ); err != nil {
			return "", nil, nil, err
		}
		q := `"` + c + `"`
		if first == "" {
			first = q
		}
		e := q + "::text"
		switch typ {
		case "boolean":
			e = q + "::int::text"
		case "timestamp with time zone":
			e = fmt.Sprintf(`to_char(%s AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')`, q)
		case "interval":
			e = fmt.Sprintf(`(extract(epoch FROM %s) * 1000000)::bigint::text`, q)
		case "uuid":
			e = fmt.Sprintf(`replace(%s::text, '-', '')`, q)
		case "bytea":
			e = fmt.Sprintf(`encode(%s, 'hex')`, q)
		case "inet":
			e = fmt.Sprintf(`host(%s)`, q)
		}
		exprs = append(exprs, e)
		cols = append(cols, c)
		binary = append(binary, typ == "bytea")
	}
	// In the order of the first column (the primary key), so that a
	// self FK's target comes first (qualified: the output column of the
	// same name is text).
	return fmt.Sprintf(`SELECT %s FROM %q AS t ORDER BY t.%s`, strings.Join(exprs, ", "), name, first), cols, binary, rows.Err()
}

// exportCSV writes each generated table as a CSV file for MySQL's LOAD
// DATA: every value quoted, NULL the bare word.
func (d *dataset) exportCSV(ctx context.Context, pg *database) error {
	conn, err := pgx.Connect(ctx, pg.dsn)
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	d.csv = map[string]string{}
	for _, t := range benchTables {
		q, _, _, err := portable(ctx, conn, t.name)
		if err != nil {
			return err
		}
		p := filepath.Join(d.dir, t.name+".csv")
		f, err := os.Create(p)
		if err != nil {
			return err
		}
		_, err = conn.PgConn().CopyTo(ctx, f, fmt.Sprintf(`COPY (%s) TO STDOUT WITH (FORMAT csv, NULL 'NULL', FORCE_QUOTE *)`, q))
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return fmt.Errorf("export %s: %w", t.name, err)
		}
		d.csv[t.name] = p
	}
	return nil
}

// loadMySQL loads the generated tables into a MySQL database with LOAD
// DATA LOCAL INFILE, one statement per table, each its own transaction.
// checks=false turns off FK checks for the session (building a source).
func (d *dataset) loadMySQL(ctx context.Context, my *database, checks bool) error {
	db, err := sql.Open("mysql", my.dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	conn, err := db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	if !checks {
		if _, err := conn.ExecContext(ctx, "SET FOREIGN_KEY_CHECKS = 0"); err != nil {
			return err
		}
	}
	for _, t := range benchTables {
		cols, binary, err := mysqlColumns(ctx, conn, my.name, t.name)
		if err != nil {
			return err
		}
		var targets, sets []string
		for i, c := range cols {
			if binary[i] {
				targets = append(targets, fmt.Sprintf("@v%d", i))
				sets = append(sets, fmt.Sprintf("`%s` = UNHEX(@v%d)", c, i))
			} else {
				targets = append(targets, "`"+c+"`")
			}
		}
		stmt := fmt.Sprintf("LOAD DATA LOCAL INFILE '%s' INTO TABLE `%s` CHARACTER SET utf8mb4 FIELDS TERMINATED BY ',' OPTIONALLY ENCLOSED BY '\"' ESCAPED BY '' LINES TERMINATED BY '\\n' (%s)",
			d.csv[t.name], t.name, strings.Join(targets, ", "))
		if len(sets) > 0 {
			stmt += " SET " + strings.Join(sets, ", ")
		}
		mysql.RegisterLocalFile(d.csv[t.name])
		if _, err := conn.ExecContext(ctx, stmt); err != nil {
			return fmt.Errorf("LOAD DATA into %s: %w", t.name, err)
		}
	}
	return nil
}

// mysqlColumns lists a MySQL table's columns in the order of the CSV file
// (the PostgreSQL table's order, which Django made the same).
func mysqlColumns(ctx context.Context, conn *sql.Conn, db, name string) (cols []string, binary []bool, err error) {
	rows, err := conn.QueryContext(ctx, `SELECT column_name, data_type FROM information_schema.columns
		WHERE table_schema = ? AND table_name = ? ORDER BY ordinal_position`, db, name)
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var c, typ string
		if err := rows.Scan(&c, &typ); err != nil {
			return nil, nil, err
		}
		cols = append(cols, c)
		binary = append(binary, strings.HasSuffix(typ, "blob"))
	}
	return cols, binary, rows.Err()
}

// loadSQLite reads the generated tables from PostgreSQL and inserts them
// into a SQLite file with one prepared statement per table, all in one
// transaction.
func (d *dataset) loadSQLite(ctx context.Context, pg, lite *database) error {
	conn, err := pgx.Connect(ctx, pg.dsn)
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	db, err := sql.Open("sqlite", lite.dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for _, t := range benchTables {
		q, cols, binary, err := portable(ctx, conn, t.name)
		if err != nil {
			return err
		}
		marks := strings.TrimSuffix(strings.Repeat("?, ", len(cols)), ", ")
		stmt, err := tx.PrepareContext(ctx, fmt.Sprintf(`INSERT INTO "%s" ("%s") VALUES (%s)`, t.name, strings.Join(cols, `", "`), marks))
		if err != nil {
			return err
		}
		rows, err := conn.Query(ctx, q)
		if err != nil {
			return err
		}
		args := make([]any, len(cols))
		for rows.Next() {
			raw := rows.RawValues()
			for i, v := range raw {
				switch {
				case v == nil:
					args[i] = nil
				case binary[i]:
					b := make([]byte, hex.DecodedLen(len(v)))
					if _, err := hex.Decode(b, v); err != nil {
						rows.Close()
						return err
					}
					args[i] = b
				default:
					args[i] = string(v)
				}
			}
			if _, err := stmt.ExecContext(ctx, args...); err != nil {
				rows.Close()
				return fmt.Errorf("insert into %s: %w", t.name, err)
			}
		}
		if err := rows.Err(); err != nil {
			return err
		}
		stmt.Close()
	}
	return tx.Commit()
}

// loadArtifact loads a fidelity artifact ("fixture" or "dest") into a new
// database.
func loadArtifact(d *database, artifact string) error {
	switch d.engine {
	case "sqlite":
		b, err := os.ReadFile(filepath.Join(fixtureDir, artifact+".sqlite3"))
		if err != nil {
			return err
		}
		return os.WriteFile(d.dsn, b, 0o644)
	case "postgres":
		out, err := exec.Command("psql", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-U", "postgres", "-d", d.name,
			"-f", filepath.Join(fixtureDir, artifact+".postgres.sql")).CombinedOutput()
		if err != nil {
			return fmt.Errorf("load %s into postgres: %v\n%s", artifact, err, out)
		}
	case "mysql":
		f, err := os.Open(filepath.Join(fixtureDir, artifact+".mysql.sql"))
		if err != nil {
			return err
		}
		defer f.Close()
		cmd := exec.Command("mariadb", "-h", "127.0.0.1", "-u", "root", d.name)
		cmd.Stdin = f
		if out, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("load %s into mysql: %v\n%s", artifact, err, out)
		}
	}
	return nil
}

// emptyFixtureTables empties the fixture's own tables (allfields_*) in a
// MySQL or SQLite source before the generated rows go in.
func emptyFixtureTables(ctx context.Context, d *database) error {
	db, err := sql.Open(d.driver, d.dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	conn, err := db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	list := `SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'allfields\_%' ESCAPE '\'`
	if d.engine == "mysql" {
		list = `SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name LIKE 'allfields\_%'`
		if _, err := conn.ExecContext(ctx, "SET FOREIGN_KEY_CHECKS = 0"); err != nil {
			return err
		}
	}
	rows, err := conn.QueryContext(ctx, list)
	if err != nil {
		return err
	}
	var names []string
	for rows.Next() {
		var s string
		rows.Scan(&s)
		names = append(names, s)
	}
	rows.Close()
	for _, n := range names {
		q := "DELETE FROM `" + n + "`"
		if d.engine == "sqlite" {
			q = `DELETE FROM "` + n + `"`
		}
		if _, err := conn.ExecContext(ctx, q); err != nil {
			return err
		}
	}
	return nil
}
