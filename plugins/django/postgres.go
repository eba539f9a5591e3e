package django

import (
	"strings"

	"github.com/rexdata/rex/sdk"
)

// postgresCodec follows Django's PostgreSQL backend
// (django/db/backends/postgresql, operations.py and base.py): every field
// type has a native column type, so values are Django-native as read.
// What is left: a DateTimeField is "timestamp with time zone" and read as
// UTC already, but a column declared "timestamp without time zone" (a
// legacy table, a fields override) holds Django's wall clock (UTC with
// USE_TZ, as Django sets the session time zone to UTC; else TIME_ZONE's);
// a numeric is quantized to the field's decimal_places and may be NaN or
// ±Infinity, which Python's Decimal holds and pass through; dates and
// datetimes must lie in Python's range.
type postgresCodec struct{ o *options }

func newPostgresCodec(o *options) codec { return postgresCodec{o: o} }

// candidates is nil: PostgreSQL declares every Django field type its own
// way (a UUIDField is uuid, a DurationField interval, a JSONField jsonb).
func (postgresCodec) candidates(*sdk.Field) []sdk.FieldType { return nil }

func (p postgresCodec) decoder(col *column) (converter, error) {
	if col.kind == sdk.KindDecimal {
		return converter{fn: func(v *sdk.Value, a *arena) error { return toPostgresDecimal(v, a, col) }, size: 24}, nil
	}
	return nativeDecoder(p.o, col, isNaiveTimestamp(col.dbType))
}

func (p postgresCodec) encoder(col *column) (converter, error) {
	if col.kind == sdk.KindDateTime {
		return nativeDateTimeEncoder(p.o, col, isNaiveTimestamp(col.dbType)), nil
	}
	// Every other kind is stored as it is native; decoding checks it (and
	// turns a stored form such as SQLite's hex UUID text into it).
	return p.decoder(col)
}

// toPostgresDecimal is toDecimal letting NaN and ±Infinity through.
func toPostgresDecimal(v *sdk.Value, a *arena, col *column) error {
	if (v.Kind == sdk.KindDecimal || v.Kind == sdk.KindText) && isSpecialDecimal(v.Bytes) {
		v.Kind = sdk.KindDecimal
		return nil
	}
	return toDecimal(v, a, col)
}

// isNaiveTimestamp reports whether a PostgreSQL column type is a timestamp
// without time zone, in any spelling PostgreSQL prints or accepts
// ("timestamp", "timestamp(3) without time zone"); timestamptz is not.
func isNaiveTimestamp(dbType string) bool {
	t := strings.ToLower(strings.TrimSpace(dbType))
	return strings.HasPrefix(t, "timestamp") && !strings.HasPrefix(t, "timestamptz") && !strings.Contains(t, "with time zone")
}
