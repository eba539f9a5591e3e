package mysql

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/go-sql-driver/mysql"
	"github.com/hashicorp/go-hclog"

	"github.com/rexdata/rex/sdk"
)

// dialTimeout bounds how long connecting to the server may take.
const dialTimeout = 10 * time.Second

// dialect is the MySQL/MariaDB [sdk.Dialect]. Source calls (Describe, Read)
// open their own connection; the destination holds one connection from
// Begin to Commit or Rollback.
type dialect struct {
	log hclog.Logger // nil: sdk.Logger()
	cfg *mysql.Config

	mu sync.Mutex // guards tx
	tx *writeTx   // the open destination transaction, or nil
}

// New returns the MySQL/MariaDB dialect, unconfigured.
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

// ConfigSchema declares the block's one attribute, dsn.
func (d *dialect) ConfigSchema() sdk.ConfigSchema {
	return sdk.ConfigSchema{Attributes: []sdk.Attribute{{
		Name:      "dsn",
		Type:      sdk.TypeString,
		Required:  true,
		Sensitive: true,
		Description: `go-sql-driver DSN of the Django database, such as "root@tcp(127.0.0.1:3306)/shop"; ` +
			"rex adds parseTime, loc, charset, time_zone and sql_mode itself",
	}}}
}

// Configure parses dsn and completes it with what rex needs. It does not
// connect.
func (d *dialect) Configure(_ context.Context, cfg sdk.Config) sdk.Diagnostics {
	var diags sdk.Diagnostics
	dsn := cfg.String("dsn", "")
	if dsn == "" {
		return diags.Errorf("dsn", "Missing DSN",
			`Set dsn to the Django database's go-sql-driver DSN, such as "user:password@tcp(127.0.0.1:3306)/shop".`)
	}
	c, err := parseDSN(dsn)
	if err != nil {
		return diags.Errorf("dsn", "Invalid DSN", "%v. Write it as go-sql-driver expects, such as \"user:password@tcp(127.0.0.1:3306)/shop\".", err)
	}
	d.cfg = c
	return nil
}

// parseDSN parses a user's DSN and sets what rex relies on: temporal types
// as text (parseTime=false) read and written in UTC, utf8mb4, placeholders
// sent to the server rather than interpolated, one statement per query, and
// per-connection session settings. A setting of the user's that conflicts
// is overridden.
func parseDSN(dsn string) (*mysql.Config, error) {
	c, err := mysql.ParseDSN(dsn)
	if err != nil {
		return nil, err
	}
	if c.DBName == "" {
		return nil, errors.New("the DSN names no database: end it with /NAME, the Django project's database")
	}
	c.Loc = time.UTC
	c.ParseTime = false
	c.InterpolateParams = false
	c.MultiStatements = false
	c.ClientFoundRows = false
	c.MaxAllowedPacket = 0 // ask the server, so long values are split where it expects
	if c.Timeout == 0 {
		c.Timeout = dialTimeout
	}
	if err := c.Apply(mysql.Charset("utf8mb4", "utf8mb4_general_ci")); err != nil {
		return nil, err
	}
	if c.Params == nil {
		c.Params = map[string]string{}
	}
	// The driver runs "SET k = v, ..." on every new connection.
	c.Params["time_zone"] = "'+00:00'"
	c.Params["sql_mode"] = "CONCAT(@@sql_mode, ',STRICT_TRANS_TABLES,NO_AUTO_VALUE_ON_ZERO')"
	return c, nil
}

// driverLogger sends the driver's own messages to hclog, never to stdout.
type driverLogger struct{ log hclog.Logger }

func (l driverLogger) Print(v ...any) {
	l.log.Warn("mysql driver", "message", strings.TrimSpace(fmt.Sprint(v...)))
}

// where names the configured database for messages, without credentials.
func (d *dialect) where() string {
	if d.cfg == nil {
		return "mysql"
	}
	return d.cfg.DBName + " at " + d.cfg.Addr
}

// open connects with one connection and returns it; the caller closes both
// the connection and the pool.
func (d *dialect) open(ctx context.Context) (*sql.DB, *sql.Conn, error) {
	if d.cfg == nil {
		return nil, nil, errors.New("the mysql dialect is not configured: Configure must run first")
	}
	c := d.cfg.Clone()
	c.Logger = driverLogger{d.logger()}
	conn, err := mysql.NewConnector(c)
	if err != nil {
		return nil, nil, fmt.Errorf("connect to %s: %w", d.where(), err)
	}
	db := sql.OpenDB(conn)
	db.SetMaxOpenConns(1)
	cn, err := db.Conn(ctx)
	if err != nil {
		db.Close()
		return nil, nil, fmt.Errorf("connect to %s: %w", d.where(), err)
	}
	return db, cn, nil
}

// Describe introspects the DSN's database.
func (d *dialect) Describe(ctx context.Context) (*sdk.Schema, error) {
	db, conn, err := d.open(ctx)
	if err != nil {
		return nil, fmt.Errorf("describe: %w", err)
	}
	defer db.Close()
	defer conn.Close()
	tables, err := introspect(ctx, conn)
	if err != nil {
		return nil, fmt.Errorf("describe %s: %w", d.where(), err)
	}
	s := &sdk.Schema{Dialect: "mysql", Tables: make([]sdk.Table, len(tables))}
	for i, t := range tables {
		s.Tables[i] = t.Table
	}
	return s, nil
}

// quote returns name as a quoted MySQL identifier.
func quote(name string) string {
	return "`" + strings.ReplaceAll(name, "`", "``") + "`"
}

// ctxErrOr returns ctx's error once ctx is done, so a cancelled call
// returns exactly ctx.Err(); otherwise err.
func ctxErrOr(ctx context.Context, err error) error {
	if ctx.Err() != nil {
		return ctx.Err()
	}
	return err
}
