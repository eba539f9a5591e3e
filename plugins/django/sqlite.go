package django

import (
	"encoding/json"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/rexdata/rex/sdk"
)

// sqliteCodec follows Django's SQLite backend (django/db/backends/sqlite3,
// operations.py and base.py): dates, datetimes and times are text as
// Python's str() writes them, durations integer microseconds, UUIDs 32 hex
// digits, booleans 0/1, JSON text, decimals text that the column's NUMERIC
// affinity turns into INTEGER or REAL.
type sqliteCodec struct{ o *options }

func newSQLiteCodec(o *options) codec { return sqliteCodec{o: o} }

func (sqliteCodec) candidates(f *sdk.Field) []sdk.FieldType {
	if f.References != nil {
		return nil
	}
	switch strings.ToLower(strings.TrimSpace(f.DBType)) {
	case "bigint":
		return []sdk.FieldType{sdk.BigIntegerField, sdk.DurationField}
	case "char(32)":
		return []sdk.FieldType{sdk.UUIDField, sdk.CharField}
	case "text":
		return []sdk.FieldType{sdk.TextField, sdk.JSONField}
	}
	return nil
}

func (s sqliteCodec) decoder(col *column) (converter, error) {
	switch col.kind {
	case sdk.KindInt:
		return converter{fn: func(v *sdk.Value, _ *arena) error { return toInt(v, col) }}, nil
	case sdk.KindBool:
		return converter{fn: func(v *sdk.Value, _ *arena) error { return toBool(v, col) }}, nil
	case sdk.KindFloat:
		return converter{fn: func(v *sdk.Value, _ *arena) error { return toFloat(v, col) }}, nil
	case sdk.KindDecimal:
		return converter{fn: func(v *sdk.Value, a *arena) error { return toDecimal(v, a, col) }, size: 24}, nil
	case sdk.KindText:
		return converter{fn: func(v *sdk.Value, a *arena) error { return toText(v, a, col) }}, nil
	case sdk.KindBytes:
		return converter{fn: func(v *sdk.Value, _ *arena) error {
			switch v.Kind {
			case sdk.KindBytes:
			case sdk.KindText:
				v.Kind = sdk.KindBytes
			default:
				return errKind(v, col)
			}
			return nil
		}}, nil
	case sdk.KindDate:
		return converter{fn: func(v *sdk.Value, _ *arena) error {
			switch v.Kind {
			case sdk.KindDate:
				return nil
			case sdk.KindText:
				d, ok := parseDate(v.Bytes)
				if !ok {
					return errNotDate
				}
				*v = sdk.Date(d)
				return nil
			}
			return errKind(v, col)
		}}, nil
	case sdk.KindDateTime:
		return converter{fn: func(v *sdk.Value, _ *arena) error {
			switch v.Kind {
			case sdk.KindDateTime:
				return nil
			case sdk.KindText:
				var c civil
				if !parseDateTime(v.Bytes, &c) {
					return errNotDateTime
				}
				us, err := s.o.toUTC(&c)
				if err != nil {
					return err
				}
				*v = sdk.DateTime(us)
				return nil
			}
			return errKind(v, col)
		}}, nil
	case sdk.KindTime:
		return converter{fn: func(v *sdk.Value, _ *arena) error {
			switch v.Kind {
			case sdk.KindTime:
				if v.Int < 0 || v.Int >= microsPerDay {
					return errNotTime
				}
				return nil
			case sdk.KindText:
				t, ok := parseTimeOfDay(v.Bytes)
				if !ok {
					return errNotTime
				}
				*v = sdk.Time(t)
				return nil
			}
			return errKind(v, col)
		}}, nil
	case sdk.KindDuration:
		return converter{fn: func(v *sdk.Value, _ *arena) error {
			switch v.Kind {
			case sdk.KindDuration:
				return nil
			case sdk.KindInt, sdk.KindFloat:
				if err := toInt(v, col); err != nil {
					return err
				}
				v.Kind = sdk.KindDuration
				return nil
			}
			return errKind(v, col)
		}}, nil
	case sdk.KindUUID:
		return converter{fn: func(v *sdk.Value, a *arena) error {
			switch v.Kind {
			case sdk.KindUUID:
				if len(v.Bytes) != 16 {
					return errNotUUID
				}
				return nil
			case sdk.KindBytes:
				if len(v.Bytes) != 16 {
					return errNotUUID
				}
				v.Kind = sdk.KindUUID
				return nil
			case sdk.KindText:
				start := len(a.buf)
				var ok bool
				if a.buf, ok = appendUUID(a.buf, v.Bytes); !ok {
					return errNotUUID
				}
				*v = sdk.Value{Kind: sdk.KindUUID, Bytes: a.since(start)}
				return nil
			}
			return errKind(v, col)
		}, size: 16}, nil
	case sdk.KindJSON:
		return converter{fn: func(v *sdk.Value, _ *arena) error {
			switch v.Kind {
			case sdk.KindJSON, sdk.KindText:
				if !json.Valid(v.Bytes) {
					return errNotJSON
				}
				v.Kind = sdk.KindJSON
				return nil
			}
			return errKind(v, col)
		}}, nil
	}
	return converter{}, errUnsupportedKind(col)
}

func (s sqliteCodec) encoder(col *column) (converter, error) {
	dec, err := s.decoder(col)
	if err != nil {
		return converter{}, err
	}
	var enc convertFunc
	size := 0
	switch col.kind {
	case sdk.KindInt, sdk.KindFloat, sdk.KindText, sdk.KindBytes:
		return dec, nil // stored as they are
	case sdk.KindBool, sdk.KindDuration:
		enc = func(v *sdk.Value, _ *arena) error { v.Kind = sdk.KindInt; return nil }
	case sdk.KindDecimal, sdk.KindJSON:
		// The decoder leaves a canonical, quantized decimal or valid JSON.
		enc = func(v *sdk.Value, _ *arena) error { v.Kind = sdk.KindText; return nil }
	case sdk.KindDate:
		size = 10
		enc = func(v *sdk.Value, a *arena) error {
			start := len(a.buf)
			var ok bool
			if a.buf, ok = appendDate(a.buf, v.Int); !ok {
				return errNotDate
			}
			*v = sdk.Value{Kind: sdk.KindText, Bytes: a.since(start)}
			return nil
		}
	case sdk.KindDateTime:
		size = 26
		enc = func(v *sdk.Value, a *arena) error {
			start := len(a.buf)
			var ok bool
			if a.buf, ok = appendWallClock(a.buf, s.o.fromUTC(v.Int)); !ok {
				return errNotDateTime
			}
			*v = sdk.Value{Kind: sdk.KindText, Bytes: a.since(start)}
			return nil
		}
	case sdk.KindTime:
		size = 15
		enc = func(v *sdk.Value, a *arena) error {
			start := len(a.buf)
			var ok bool
			if a.buf, ok = appendTimeOfDay(a.buf, v.Int); !ok {
				return errNotTime
			}
			*v = sdk.Value{Kind: sdk.KindText, Bytes: a.since(start)}
			return nil
		}
	case sdk.KindUUID:
		size = 32
		enc = func(v *sdk.Value, a *arena) error {
			start := len(a.buf)
			a.buf = appendUUIDHex(a.buf, v.Bytes)
			*v = sdk.Value{Kind: sdk.KindText, Bytes: a.since(start)}
			return nil
		}
	default:
		return converter{}, errUnsupportedKind(col)
	}
	decode := dec.fn
	return converter{size: max(size, dec.size), fn: func(v *sdk.Value, a *arena) error {
		if err := decode(v, a); err != nil {
			return err
		}
		return enc(v, a)
	}}, nil
}

// toInt turns a stored number into an Int.
func toInt(v *sdk.Value, col *column) error {
	switch v.Kind {
	case sdk.KindInt:
		return nil
	case sdk.KindBool:
		v.Kind = sdk.KindInt
		return nil
	case sdk.KindFloat:
		f := v.AsFloat()
		if f != math.Trunc(f) || f < -(1<<63) || f >= 1<<63 {
			return errNotIntegral
		}
		*v = sdk.Int(int64(f))
		return nil
	case sdk.KindText, sdk.KindDecimal:
		i, ok := parseInt(v.Bytes)
		if !ok {
			return errNotIntegral
		}
		*v = sdk.Int(i)
		return nil
	}
	return errKind(v, col)
}

// toBool follows convert_booleanfield_value: 0 and 1 are booleans.
func toBool(v *sdk.Value, col *column) error {
	switch v.Kind {
	case sdk.KindBool:
		if v.Int != 0 { // any payload but 0 is true (sdk.Value.AsBool); store 1
			v.Int = 1
		}
		return nil
	case sdk.KindInt:
		if v.Int != 0 && v.Int != 1 {
			return errNotBool
		}
	case sdk.KindFloat:
		f := v.AsFloat()
		if f != 0 && f != 1 {
			return errNotBool
		}
		v.Int = int64(f)
	default:
		return errKind(v, col)
	}
	v.Kind = sdk.KindBool
	return nil
}

func toFloat(v *sdk.Value, col *column) error {
	switch v.Kind {
	case sdk.KindFloat:
		return nil
	case sdk.KindInt:
		*v = sdk.Float(float64(v.Int))
		return nil
	case sdk.KindDecimal:
		f, err := strconv.ParseFloat(string(v.Bytes), 64)
		if err != nil {
			return errNotDecimal
		}
		*v = sdk.Float(f)
		return nil
	}
	return errKind(v, col)
}

// toDecimal turns a stored number into a canonical Decimal, quantized to
// the field's decimal_places when known, as get_decimalfield_converter does.
func toDecimal(v *sdk.Value, a *arena, col *column) error {
	start := len(a.buf)
	switch v.Kind {
	case sdk.KindDecimal, sdk.KindText:
		if !isCanonicalDecimal(v.Bytes) {
			var ok bool
			if a.buf, ok = appendDecimal(a.buf, v.Bytes); !ok {
				return errNotDecimal
			}
			v.Bytes = a.since(start)
		}
	case sdk.KindInt:
		a.buf = strconv.AppendInt(a.buf, v.Int, 10)
		v.Bytes = a.since(start)
	case sdk.KindFloat:
		var ok bool
		if a.buf, ok = appendFloatDecimal(a.buf, v.AsFloat()); !ok {
			return errNotDecimal
		}
		v.Bytes = a.since(start)
	default:
		return errKind(v, col)
	}
	v.Kind, v.Int = sdk.KindDecimal, 0
	if col.places > 0 {
		start = len(a.buf)
		a.buf = appendQuantized(a.buf, v.Bytes, col.places)
		v.Bytes = a.since(start)
	}
	if col.digits > 0 && decimalDigits(v.Bytes) > col.digits {
		return errDecimalDigits(col)
	}
	return nil
}

// toText keeps text; an integer in a text column becomes its digits, as
// SQLite's TEXT affinity would store it.
func toText(v *sdk.Value, a *arena, col *column) error {
	switch v.Kind {
	case sdk.KindText:
		return nil
	case sdk.KindInt:
		start := len(a.buf)
		a.buf = strconv.AppendInt(a.buf, v.Int, 10)
		*v = sdk.Value{Kind: sdk.KindText, Bytes: a.since(start)}
		return nil
	}
	return errKind(v, col)
}

// toUTC returns the UTC instant of a stored datetime: its own offset when it
// has one, else UTC when USE_TZ, else TIME_ZONE's wall clock.
func (o *options) toUTC(c *civil) (int64, error) {
	if c.hasOffset {
		return c.micros() - c.offset*microsPerSecond, nil
	}
	if o.useTZ || o.loc == time.UTC {
		return c.micros(), nil
	}
	// The wall clock w is w-off for an offset off the zone has around it
	// (transitions are more than a day apart), when the zone really has
	// that offset at w-off. None: w fell in a gap. Two: w is repeated when
	// clocks go back; take the later instant, the offset in force after
	// the change, as PostgreSQL does with TIME_ZONE as its session zone
	// (time.Date's choice differs between zones).
	w := c.micros()
	best, found := int64(0), false
	for _, probe := range [...]int64{w - microsPerDay, w, w + microsPerDay} {
		us := w - zoneOffset(probe, o.loc)
		if zoneOffset(us, o.loc) == w-us && (!found || us > best) {
			best, found = us, true
		}
	}
	if !found {
		return 0, errNoSuchWallClock(o.loc)
	}
	return best, nil
}

// zoneOffset returns loc's offset from UTC at the instant us, in
// microseconds.
func zoneOffset(us int64, loc *time.Location) int64 {
	_, off := time.UnixMicro(us).In(loc).Zone()
	return int64(off) * microsPerSecond
}

// fromUTC returns the naive wall clock, in microseconds since 1970-01-01
// 00:00, that Django stores for a UTC instant.
func (o *options) fromUTC(us int64) int64 {
	if o.useTZ || o.loc == time.UTC {
		return us
	}
	t := time.UnixMicro(us).In(o.loc)
	y, m, d := t.Date()
	h, mi, sec := t.Clock()
	return daysFromCivil(int64(y), int64(m), int64(d))*microsPerDay +
		int64((h*60+mi)*60+sec)*microsPerSecond + int64(t.Nanosecond()/1000)
}
