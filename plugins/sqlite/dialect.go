package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/hashicorp/go-hclog"
	_ "modernc.org/sqlite" // registers the "sqlite" database/sql driver

	"github.com/rexdata/rex/sdk"
)

// busyTimeout is how long a statement waits for another process's lock on
// the file before failing with SQLITE_BUSY.
const busyTimeout = 5 * time.Second

// dialect is the SQLite [sdk.Dialect]. Source calls (Describe, Read) open
// their own read-only connection; the destination holds one read-write
// connection from Begin to Commit or Rollback.
type dialect struct {
	log  hclog.Logger // nil: sdk.Logger()
	path string

	mu sync.Mutex // guards tx
	tx *writeTx   // the open destination transaction, or nil
}

// New returns the SQLite dialect, unconfigured.
func New() sdk.Dialect {
	return &dialect{}
}

// logger returns the dialect's logger. sdk.Logger is fetched on first use,
// not in New, because it is not safe to call concurrently.
func (d *dialect) logger() hclog.Logger {
	if d.log == nil {
		d.log = sdk.Logger()
	}
	return d.log
}

// ConfigSchema declares the block's one attribute, path.
func (d *dialect) ConfigSchema() sdk.ConfigSchema {
	return sdk.ConfigSchema{Attributes: []sdk.Attribute{{
		Name:        "path",
		Type:        sdk.TypeString,
		Required:    true,
		Description: "SQLite database file",
	}}}
}

// sqliteHeader opens every SQLite 3 database file.
const sqliteHeader = "SQLite format 3\x00"

// Configure checks that path names an existing SQLite file. It does not
// open the database.
func (d *dialect) Configure(_ context.Context, cfg sdk.Config) sdk.Diagnostics {
	var diags sdk.Diagnostics
	path := cfg.String("path", "")
	if path == "" {
		return diags.Errorf("path", "Missing database path",
			"Set path to the SQLite database file, relative to the folder of the .hcl file.")
	}
	info, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return diags.Errorf("path", "Database file not found",
			"The SQLite database file %q does not exist (paths are relative to the folder of the .hcl file). "+
				"For a destination, create it first by running the Django project's `manage.py migrate` against it.", path)
	case err != nil:
		return diags.Errorf("path", "Database file not readable", "Checking %q failed: %v.", path, err)
	case info.IsDir():
		return diags.Errorf("path", "Database path is a folder",
			"%q is a folder; set path to the SQLite database file inside it.", path)
	}
	if err := checkHeader(path); err != nil {
		return diags.Errorf("path", "Not a SQLite database", "%v. Set path to the database file of the Django project.", err)
	}
	d.path = path
	return nil
}

// checkHeader reports an error if the file at path is not empty and does
// not start with the SQLite 3 header.
func checkHeader(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("opening %q failed: %w", path, err)
	}
	defer f.Close()
	buf := make([]byte, len(sqliteHeader))
	n, err := io.ReadFull(f, buf)
	if n == 0 && (err == io.EOF) {
		return nil // an empty file is an empty database
	}
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
		return fmt.Errorf("reading %q failed: %w", path, err)
	}
	if string(buf[:n]) != sqliteHeader {
		return fmt.Errorf("%q does not start with the SQLite 3 file header", path)
	}
	return nil
}

// dsn returns the driver's data source name for path: a SQLite URI with the
// given open mode ("ro" or "rw"; neither creates the file), the busy
// timeout and, read-only, a small page cache.
func dsn(path, mode string) string {
	esc := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23")
	d := fmt.Sprintf("file:%s?mode=%s&_pragma=busy_timeout(%d)", esc.Replace(path), mode, busyTimeout.Milliseconds())
	if mode == "ro" {
		// Reads scan tables once each (readCachePragma).
		d += "&_pragma=cache_size(-256)"
	}
	return d
}

// open opens the configured file with one connection and returns it; the
// caller closes both the connection and the pool.
func (d *dialect) open(ctx context.Context, mode string) (*sql.DB, *sql.Conn, error) {
	if d.path == "" {
		return nil, nil, errors.New("the sqlite dialect is not configured: Configure must run first")
	}
	db, err := sql.Open("sqlite", dsn(d.path, mode))
	if err != nil {
		return nil, nil, fmt.Errorf("open %q: %w", d.path, err)
	}
	db.SetMaxOpenConns(1)
	conn, err := db.Conn(ctx)
	if err != nil {
		db.Close()
		return nil, nil, fmt.Errorf("open %q: %w", d.path, err)
	}
	return db, conn, nil
}

// Describe introspects the database file.
func (d *dialect) Describe(ctx context.Context) (*sdk.Schema, error) {
	db, conn, err := d.open(ctx, "ro")
	if err != nil {
		return nil, fmt.Errorf("describe: %w", err)
	}
	defer db.Close()
	defer conn.Close()
	tables, err := introspect(ctx, conn)
	if err != nil {
		return nil, fmt.Errorf("describe %q: %w", d.path, err)
	}
	s := &sdk.Schema{Dialect: "sqlite", Tables: make([]sdk.Table, len(tables))}
	for i, t := range tables {
		s.Tables[i] = t.Table
	}
	return s, nil
}

// quote returns name as a quoted SQL identifier.
func quote(name string) string {
	return `"` + strings.ReplaceAll(name, `"`, `""`) + `"`
}

// quoteList returns names quoted and joined by ", ", for a column list.
func quoteList(names []string) string {
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = quote(n)
	}
	return strings.Join(quoted, ", ")
}
