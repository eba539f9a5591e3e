// Package sqlite is rex's SQLite dialect: it reads a Django project's SQLite
// file as a source and loads one as a destination, at both ends of the flow.
//
// It is built on modernc.org/sqlite (pure Go, no cgo). [New] returns the
// [sdk.Dialect] a plugin binary passes to [sdk.Serve]:
//
//	sdk.Serve(sdk.Plugins{Name: "sqlite", Version: "0.1.0", Dialect: sqlite.New()})
//
// Its block takes one attribute, `path`, the database file, relative to the
// .hcl file's folder (the host starts the plugin there).
//
// Describe infers each column's Django field from the declared types that
// Django's sqlite3 backend writes. Read emits values in their storage form
// (integer, real, text, blob, NULL) inside one read snapshot, taken
// through the C API on a connection of its own (see rawconn.go); the django
// transform turns them into Django-native values. The destination loads all
// tables in one transaction, on a connection of its own driven the same
// way, creates the plain indexes of a large Replace table after its rows
// (see indexes.go), checks every foreign key before COMMIT, and leaves the
// file untouched on any failure; each table is replaced, appended
// to or upserted as the request's Mode, or its per-table Modes, says.
// Profile ([sdk.Profiler]) gathers the facts schema validation checks a
// destination against: NULLs, longest values, number ranges, decimal digits;
// ProfileColumns ([sdk.ColumnProfiler]) those of only the columns a run
// names, with each table's row count.
package sqlite
