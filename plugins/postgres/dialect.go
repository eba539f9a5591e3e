package postgres

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/hashicorp/go-hclog"
	"github.com/jackc/pgx/v5"

	"github.com/rexdata/rex/sdk"
)

// dialect is the PostgreSQL [sdk.Dialect]. Source calls (Describe, Read)
// open their own connection; the destination holds one connection from
// Begin to Commit or Rollback.
type dialect struct {
	log hclog.Logger // nil: sdk.Logger()
	cfg *pgx.ConnConfig

	mu sync.Mutex // guards tx
	tx *writeTx   // the open destination transaction, or nil
}

// New returns the PostgreSQL dialect, unconfigured.
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
		Description: "PostgreSQL connection string, as a URL (postgres://user@host:5432/db?sslmode=disable) " +
			"or as keywords (host=... dbname=...)",
	}}}
}

// Configure parses dsn. It does not connect.
func (d *dialect) Configure(_ context.Context, cfg sdk.Config) sdk.Diagnostics {
	var diags sdk.Diagnostics
	dsn := cfg.String("dsn", "")
	if dsn == "" {
		return diags.Errorf("dsn", "Missing connection string",
			"Set dsn to the database's connection string, such as \"postgres://user@127.0.0.1:5432/shop?sslmode=disable\".")
	}
	pc, err := pgx.ParseConfig(dsn)
	if err != nil {
		// pgx's message hides the password.
		return diags.Errorf("dsn", "Invalid connection string",
			"The dsn does not parse: %v. Use a URL such as \"postgres://user@127.0.0.1:5432/shop?sslmode=disable\" "+
				"or keywords such as \"host=127.0.0.1 dbname=shop user=user\".", err)
	}
	if pc.Database == "" {
		return diags.Errorf("dsn", "Missing database name",
			"The dsn names no database; add it, as in \"postgres://user@127.0.0.1:5432/shop\" or \"dbname=shop\".")
	}
	if _, ok := pc.RuntimeParams["application_name"]; !ok {
		pc.RuntimeParams["application_name"] = "rex"
	}
	d.cfg = pc
	return nil
}

// name returns the database for messages: host/dbname, never the password.
func (d *dialect) name() string {
	if d.cfg == nil {
		return "postgres"
	}
	return d.cfg.Host + "/" + d.cfg.Database
}

// connect opens one connection to the configured database.
func (d *dialect) connect(ctx context.Context) (*pgx.Conn, error) {
	if d.cfg == nil {
		return nil, errors.New("the postgres dialect is not configured: Configure must run first")
	}
	conn, err := pgx.ConnectConfig(ctx, d.cfg.Copy())
	if err != nil {
		return nil, fmt.Errorf("connect to %s: %w", d.name(), err)
	}
	return conn, nil
}

// Describe introspects the tables visible on the connection's search path.
func (d *dialect) Describe(ctx context.Context) (*sdk.Schema, error) {
	conn, err := d.connect(ctx)
	if err != nil {
		return nil, fmt.Errorf("describe: %w", err)
	}
	defer conn.Close(context.WithoutCancel(ctx))
	tables, err := introspect(ctx, conn)
	if err != nil {
		return nil, ctxErrOr(ctx, fmt.Errorf("describe %s: %w", d.name(), err))
	}
	s := &sdk.Schema{Dialect: "postgres", Tables: make([]sdk.Table, len(tables))}
	for i, t := range tables {
		s.Tables[i] = t.Table
	}
	return s, nil
}

// ctxErrOr returns ctx's error once ctx is done, so a cancelled call
// returns exactly ctx.Err(); otherwise err.
func ctxErrOr(ctx context.Context, err error) error {
	if ctx.Err() != nil {
		return ctx.Err()
	}
	return err
}

// quote returns name as a quoted SQL identifier.
func quote(name string) string {
	return pgx.Identifier{name}.Sanitize()
}

// quoteList returns names quoted and joined by ", ", for a column list.
func quoteList(names []string) string {
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = quote(n)
	}
	return strings.Join(quoted, ", ")
}
