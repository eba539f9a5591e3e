package django

import (
	"errors"
	"fmt"
	"time"

	"github.com/rexdata/rex/sdk"
)

// codec is one dialect's storage rules: how Django's backend for that engine
// writes each field type and reads it back. Codecs are looked up by the
// schema's Dialect in [codecs]: sqliteCodec, postgresCodec, mysqlCodec.
type codec interface {
	// candidates returns the Django field types a column declared as f is
	// known to hold on this engine when its declaration cannot tell them
	// apart (SQLite's "bigint" is a BigIntegerField or a DurationField), or
	// nil when the declaration is not ambiguous.
	candidates(f *sdk.Field) []sdk.FieldType
	// decoder returns the converter from the engine's stored values of col
	// to col's Django-native kind.
	decoder(col *column) (converter, error)
	// encoder returns the converter from col's Django-native values to the
	// engine's stored values. It accepts stored kinds too, decoding them
	// first.
	encoder(col *column) (converter, error)
}

// codecs maps a dialect name to its codec's constructor.
var codecs = map[string]func(o *options) codec{
	"sqlite":   newSQLiteCodec,
	"postgres": newPostgresCodec,
	"mysql":    newMySQLCodec,
}

func codecFor(s *sdk.Schema, o *options) (codec, error) {
	if s.Native {
		return passCodec{}, nil
	}
	mk, ok := codecs[s.Dialect]
	if !ok {
		return nil, fmt.Errorf("%w: the django transform does not know dialect %q yet (it knows sqlite, postgres and mysql, and any dialect whose schema says it stores Django-native values)", ErrUnknownDialect, s.Dialect)
	}
	return mk(o), nil
}

// options are the transform's settings, as configured.
type options struct {
	// useTZ mirrors Django's USE_TZ: naive stored datetimes are UTC.
	useTZ bool
	// loc is TIME_ZONE: the zone of naive stored datetimes when !useTZ.
	loc *time.Location
	// fields maps "table.column" to a Django field type that overrides
	// both schemas.
	fields map[string]sdk.FieldType
}

// column is one column's conversion, decided once in Prepare.
type column struct {
	table, name string
	// typ is the effective Django field type; kind the native kind it holds
	// (for a relation, its target's).
	typ  sdk.FieldType
	kind sdk.Kind
	// dbType is the column's declared type on its engine, as the dialect
	// reported it ("timestamp without time zone", "json"): codecs whose
	// engine stores one kind several ways look at it.
	dbType string
	// places and digits are a DecimalField's decimal_places and max_digits,
	// 0 when unknown.
	places, digits int
}

// convertFunc converts one non-null value in place. Bytes it produces are
// appended to the batch's arena. It returns a short reason on failure; the
// caller adds table, column, row and value.
type convertFunc func(v *sdk.Value, a *arena) error

// converter is a column's conversion with the arena bytes one value may
// need, used to size the arena once per batch.
type converter struct {
	fn   convertFunc
	size int
}

// arena holds the bytes of every value a batch's conversion produces: one
// allocation per batch instead of one per value. Values keep slices of it,
// so a new arena is made for each batch.
type arena struct{ buf []byte }

// since returns the bytes appended since start, capped so that appending to
// the value cannot overwrite its neighbours.
func (a *arena) since(start int) []byte { return a.buf[start:len(a.buf):len(a.buf)] }

// errKind is the reason for a value whose kind the column cannot take.
func errKind(v *sdk.Value, col *column) error {
	return fmt.Errorf("a %s value does not fit a %s (%s)", v.Kind, col.typ, col.kind)
}

var (
	errNotIntegral = errors.New("not an integer in the int64 range")
	errNotBool     = errors.New("a boolean must be 0 or 1")
	errNotDecimal  = errors.New("not a decimal number")
	errNotDate     = errors.New("not a date of the form YYYY-MM-DD between 0001-01-01 and 9999-12-31")
	errNotDateTime = errors.New("not a datetime of the form YYYY-MM-DD HH:MM:SS[.ffffff][+HH:MM] between years 0001 and 9999")
	errNotTime     = errors.New("not a time of the form HH:MM:SS[.ffffff]")
	errNotUUID     = errors.New("not a UUID of 32 hex digits")
	errNotJSON     = errors.New("not valid JSON")
)

func errUnsupportedKind(col *column) error {
	return fmt.Errorf("column %s.%s: no conversion for Django field type %s (kind %s)", col.table, col.name, col.typ, col.kind)
}

func errDecimalDigits(col *column) error {
	return fmt.Errorf("more than max_digits=%d digits once rounded to decimal_places=%d", col.digits, col.places)
}

func errNoSuchWallClock(loc *time.Location) error {
	return fmt.Errorf("this wall-clock time does not exist in time zone %s (skipped by a daylight-saving change); set time_zone to the zone the data was written in, or \"UTC\" to keep wall clocks as they are", loc)
}
