// Package postgres is rex's PostgreSQL dialect: it reads a Django project's
// PostgreSQL database as a source and loads one as a destination, at both ends of the flow.
//
// It is built on github.com/jackc/pgx/v5 and speaks the binary protocol.
// [New] returns the [sdk.Dialect] a plugin binary passes to [sdk.Serve]:
//
//	sdk.Serve(sdk.Plugins{Name: "postgres", Version: "0.1.0", Dialect: postgres.New()})
//
// Its block takes one attribute, `dsn`, a connection string as pgx accepts
// it (a postgres:// URL or a keyword string such as "host=... dbname=...").
//
// Describe infers each column's Django field from the tables visible on the
// connection's search path, the way Django's postgresql backend creates them
// (serial keys, CHECK (col >= 0) for positive fields, deferrable foreign keys).
// Read streams every table from one REPEATABLE READ snapshot, each column in
// the closest [sdk.Kind] (numeric as its exact text, timestamps as UTC
// microseconds, uuid as 16 bytes, jsonb as its text). The destination loads
// all tables in one transaction with binary COPY, one COPY per table kept
// open across its batches, its rows encoded straight from the sdk values
// (see copyenc.go; through pgx for a column type the encoder does not
// write), moves every serial sequence past the loaded
// keys, and leaves the database untouched on any failure. A table that was
// empty at Begin and whose first batch is large has its plain indexes (not
// unique, not backing a constraint) dropped for the load and built again
// before COMMIT, a sort instead of one descent per row (see indexes.go);
// tables with rows keep theirs, so their readers keep reading the old rows
// until COMMIT; each table is
// replaced, appended to or upserted as the request's Mode, or its
// per-table Modes, says. Foreign keys are checked before COMMIT: when the
// role may set session_replication_role and no user trigger, rule,
// deferrable unique constraint or ON DELETE/UPDATE action needs the
// triggers, the writer turns them off for its transaction and checks each
// key that touches a written table with one anti-join (see fkcheck.go);
// otherwise PostgreSQL's own deferred triggers check them at COMMIT. Profile
// ([sdk.Profiler]) gathers the facts schema validation checks a destination
// against: NULLs, longest values, number ranges, decimal digits;
// ProfileColumns ([sdk.ColumnProfiler]) those of only the columns a run
// names, with each table's row count.
package postgres
