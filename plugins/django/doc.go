// Package django converts batches between a database's stored values and Django-native values.
// It runs twice in the flow: decode on the sender (source → transform → wire), encode on the receiver (wire → transform → database).
//
// Only Django-native [sdk.Value] kinds cross the wire: a Date is days since
// 1970-01-01, a DateTime UTC microseconds, a Decimal exact text, whatever the
// engine. Each engine stores them its own way; a codec per dialect
// (sqlite.go, postgres.go, mysql.go) knows how, by following what Django's
// backend for that engine writes and reads. docs/fields.md lists every field.
//
// Which conversion a column gets is decided once, in Prepare, from its
// effective Django field type: the `fields` override, else the other side's
// schema when the column's own declaration is ambiguous on its dialect (a
// SQLite "bigint" may be a BigIntegerField or a DurationField), else the
// column's own type. A value that cannot be converted fails the batch with
// its table, column, row and value; nothing is dropped or guessed.
package django
