// Package validate checks, before a single row moves, that the source
// schema fits the receiver's destination schema, and renders the plan that
// `rex plan` prints; `rex run` stops on its errors.
//
// [Check] takes both schemas, the tables the sync selected ([Move]), the
// source's data profile when its dialect is a [sdk.Profiler], and the
// migrations applied on each side. It returns a [Report]: per table a
// [TablePlan] with its [Finding]s, each with a verdict — ok, warning or
// error — and a reason. [Report.Err] is nil unless some finding is an
// error; [Report.WriteText] and [Report.MarshalJSON] render the plan.
//
// # Rules
//
// Tables and columns. A destination table that does not exist is an
// error. Every source field fills the destination column of the same name,
// or the one the sync renames it to; a column that is not there is an
// error (migrate the destination project, or exclude or rename the field),
// and so are two source fields renamed onto one column and a rename of a
// column the source does not have. A destination column no source field
// fills is fine when it is nullable or an automatic key (AutoField,
// BigAutoField, SmallAutoField); a NOT NULL one is an error, because the
// schema does not say whether it has a database default and Django sets
// none unless the model uses db_default: the insert would fail.
//
// Types. ForeignKey and OneToOneField compare as the column they reference
// (an automatic key as its plain integer). The same type and width says
// nothing. A widening is ok, with the reason naming both types:
//
//   - integers whose range holds the source's: SmallIntegerField (−32768 to
//     32767) → IntegerField (−2³¹ to 2³¹−1) → BigIntegerField (int64);
//     Positive*Field (0 to the same maximum) into a signed or larger type;
//     an AutoField as its integer, so AutoField → BigAutoField;
//   - CharField(n) → CharField(m ≥ n) or TextField; IPAddressField →
//     GenericIPAddressField (IP fields are text of 15 and 39 characters);
//   - DecimalField(p,s) → DecimalField(p′,s′) with p′−s′ ≥ p−s and s′ ≥ s;
//     an integer into a decimal with room for its digits;
//   - an integer whose range a float holds exactly (below 2^53) → FloatField.
//
// DecimalField → FloatField is a warning (it loses exactness), and so is a
// BigIntegerField → FloatField whose values the profile does not show
// below 2^53. Any other pair of different types — DateField → DateTimeField,
// TextField → IntegerField, UUIDField → IntegerField, text into an IP field
// — is an error.
//
// Narrowing is checked against the source's data profile: a larger integer
// type into a smaller one, a signed one into a Positive*Field (whose minimum
// is 0), TextField → CharField(n), CharField(m) → CharField(n < m), a
// decimal with fewer digits before or after the point. When the data fits
// it is ok, saying so ("narrowed from 200 to 100 characters; the longest
// value has 37"); when it does not it is an error naming an offending row
// from the profile's samples ("the longest value has 120 characters (row
// id=42), the destination allows 100"). A decimal with more decimal places
// than the destination keeps is only a warning: Django rounds it (half
// even) rather than refusing it. Without a profile a narrowing is a warning
// that the data cannot be proven to fit. A width a side does not record
// (0: SQLite records no digits for a DecimalField, no TextField has a
// max_length) is never taken as a narrowing: a destination without a
// recorded width is not compared, and a source without one is compared
// only through its profile.
//
// Null. A nullable source field into a NOT NULL column is an error when the
// profile counts NULLs (naming a row), ok when it counts none, and a
// warning without a profile.
//
// Keys. Different primary key columns (after renames) are an error, and so
// is upsert into a table without a primary key. A column unique (or the
// primary key) in the destination but not in the source is a warning:
// duplicates would fail the run. When both sides' columns are foreign keys
// they must reference the same table, the source's target taken through
// the sync's table renames; otherwise it is an error. A foreign key only in
// the destination is a warning: every value must exist in its target.
//
// Migrations. The apps' applied migrations (from django_migrations) are
// compared app by app, one finding per app that differs: an error when the
// source has applied migrations the destination has not (the schemas
// likely differ: run `manage.py migrate` on the destination), a warning
// when only the destination is ahead. Nothing is said when neither side
// has a django_migrations table; a warning when only one side has.
//
// Order. [Report.Tables] are in the order of the moves; each table's
// findings, and the migrations', are sorted worst first, then by field
// (app). A table's verdict is the worst of its findings, ok when it has
// none; the report's is the worst of all.
//
// # The plan as text
//
//	$ rex plan pipeline.hcl
//	  + shop_category → shop_category  replace      12 rows (exact)      ok
//	  ! shop_product  → shop_product   upsert    1,234 rows (exact)      error
//	      error    name: CharField(200) → CharField(100): the longest value has 120 characters (row id=42), the destination allows 100
//	  + shop_order    → shop_order     append   ~5,000 rows (estimated)  ok
//
//	Migrations:
//	      warning  app shop: the destination has applied 0005_order_note; the source has not — the destination is ahead, …
//
//	Plan: 3 tables, ~6,246 rows to move; 1 error, 1 warning.
//	The run would stop before any data moves.
//
// A table marked "!" has an error; "+" moves. Row counts are exact when
// the profile counted them, estimated ("~") from the source schema
// otherwise, and "?" when unknown. [Report.MarshalJSON] writes the same
// plan as a JSON document with snake_case keys, for `rex plan -json`.
package validate
