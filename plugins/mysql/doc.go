// Package mysql is rex's MySQL 8 and MariaDB 10.11 dialect: it reads a Django
// project's MySQL or MariaDB database as a source and loads one as a destination.
//
// It is built on github.com/go-sql-driver/mysql. [New] returns the
// [sdk.Dialect] a plugin binary passes to [sdk.Serve]:
//
//	sdk.Serve(sdk.Plugins{Name: "mysql", Version: "0.1.0", Dialect: mysql.New()})
//
// Its block takes one attribute, `dsn`, a go-sql-driver DSN such as
// "root@tcp(127.0.0.1:3306)/shop". The plugin adds what it needs itself:
// raw temporal text (parseTime=false), loc=UTC, utf8mb4, no multi-statements,
// and on every connection time_zone '+00:00' and a sql_mode with
// STRICT_TRANS_TABLES and NO_AUTO_VALUE_ON_ZERO.
//
// Describe infers each column's Django field from information_schema, the way
// Django 3.2's mysql backend writes its types (data_types): on MariaDB a
// JSONField is a longtext with a json_valid check. Read emits values in the
// closest sdk kind (Int, Float, Decimal text, Text, Bytes, Date, DateTime as
// the wall clock in UTC, Time, and JSON for MySQL's json type) inside one
// consistent snapshot; the django transform turns them into Django-native
// values. The destination loads all tables in one transaction with foreign
// key checks off, checks every foreign key that touches a loaded table before
// COMMIT, and leaves the database untouched on any failure; each table is
// replaced, appended to or upserted as the request's Mode, or its per-table
// Modes, says. Profile ([sdk.Profiler]) gathers the facts schema validation
// checks a destination against: NULLs, longest values, number ranges,
// decimal digits; ProfileColumns ([sdk.ColumnProfiler]) those of only the
// columns a run names, with each table's row count.
package mysql
