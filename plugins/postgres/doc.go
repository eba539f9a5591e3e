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
// all tables in one transaction with binary COPY, defers foreign keys to
// COMMIT, moves every serial sequence past the loaded keys, and leaves the
// database untouched on any failure; each table is replaced, appended to or
// upserted as the request's Mode, or its per-table Modes, says. Profile
// ([sdk.Profiler]) gathers the facts schema validation checks a destination
// against: NULLs, longest values, number ranges, decimal digits;
// ProfileColumns ([sdk.ColumnProfiler]) those of only the columns a run
// names, with each table's row count.
package postgres
