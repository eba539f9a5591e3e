package django

import (
	"errors"
	"strings"
	"time"

	"github.com/rexdata/rex/sdk"
)

// Conversions shared by the codecs of engines with native temporal types
// (postgres, mysql). Their dialects already hand over Date, DateTime and
// Time values; what is left is the range Python can hold and the wall clock
// of naive datetimes, which means one thing as read and another on the wire.

const (
	// minDateTime and maxDateTime are 0001-01-01 00:00:00 and
	// 9999-12-31 23:59:59.999999 in microseconds since 1970-01-01: Python's
	// datetime.min and datetime.max.
	minDateTime = minDate * microsPerDay
	maxDateTime = (maxDate+1)*microsPerDay - 1
)

var (
	errDateRange     = errors.New("outside the dates Python and so Django can hold (0001-01-01 to 9999-12-31)")
	errDateTimeRange = errors.New("outside the datetimes Python and so Django can hold (0001-01-01 00:00:00 to 9999-12-31 23:59:59.999999)")
	errTimeRange     = errors.New("not a time of day between 00:00:00 and 23:59:59.999999")
)

// nativeDecoder is the decoder of an engine with native temporal types.
// Dates and times are range-checked; a datetime is UTC already unless naive
// is true, when it is the wall clock Django wrote (UTC with USE_TZ, else
// TIME_ZONE's). Every other kind converts as on SQLite: native values pass,
// and the storage forms SQLite uses (0/1 booleans, integer microseconds,
// 32 hex digit UUIDs, JSON text) are the ones Django's MySQL backend uses
// too.
func nativeDecoder(o *options, col *column, naive bool) (converter, error) {
	switch col.kind {
	case sdk.KindDate:
		return converter{fn: func(v *sdk.Value, _ *arena) error { return toDate(v, col) }}, nil
	case sdk.KindTime:
		return converter{fn: func(v *sdk.Value, _ *arena) error { return toTimeOfDay(v, col) }}, nil
	case sdk.KindDateTime:
		return converter{fn: func(v *sdk.Value, _ *arena) error {
			switch v.Kind {
			case sdk.KindDateTime:
				if v.Int < minDateTime || v.Int > maxDateTime {
					return errDateTimeRange
				}
				if naive {
					us, err := o.wallToUTC(v.Int)
					if err != nil {
						return err
					}
					v.Int = us
				}
				return nil
			case sdk.KindText:
				return parseDateTimeText(v, o)
			}
			return errKind(v, col)
		}}, nil
	}
	return sqliteCodec{o: o}.decoder(col)
}

// nativeDateTimeEncoder turns a UTC DateTime into what a native datetime
// column stores: the same instant, or its wall clock when naive.
func nativeDateTimeEncoder(o *options, col *column, naive bool) converter {
	return converter{fn: func(v *sdk.Value, _ *arena) error {
		switch v.Kind {
		case sdk.KindDateTime:
		case sdk.KindText:
			if err := parseDateTimeText(v, o); err != nil {
				return err
			}
		default:
			return errKind(v, col)
		}
		if v.Int < minDateTime || v.Int > maxDateTime {
			return errDateTimeRange
		}
		if naive {
			v.Int = o.fromUTC(v.Int)
			if v.Int < minDateTime || v.Int > maxDateTime {
				return errDateTimeRange
			}
		}
		return nil
	}}
}

// parseDateTimeText reads a datetime written as text (Python's str()),
// as the SQLite codec does.
func parseDateTimeText(v *sdk.Value, o *options) error {
	var c civil
	if !parseDateTime(v.Bytes, &c) {
		return errNotDateTime
	}
	us, err := o.toUTC(&c)
	if err != nil {
		return err
	}
	*v = sdk.DateTime(us)
	return nil
}

func toDate(v *sdk.Value, col *column) error {
	switch v.Kind {
	case sdk.KindDate:
		if v.Int < minDate || v.Int > maxDate {
			return errDateRange
		}
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
}

func toTimeOfDay(v *sdk.Value, col *column) error {
	switch v.Kind {
	case sdk.KindTime:
		if v.Int < 0 || v.Int >= microsPerDay {
			return errTimeRange
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
}

// wallToUTC returns the UTC instant of a naive wall clock given as
// microseconds since 1970-01-01 00:00: itself with USE_TZ (Django writes
// naive UTC), else the instant of that wall clock in TIME_ZONE.
func (o *options) wallToUTC(us int64) (int64, error) {
	if o.useTZ || o.loc == time.UTC {
		return us, nil
	}
	days := us / microsPerDay
	rem := us % microsPerDay
	if rem < 0 {
		days--
		rem += microsPerDay
	}
	var c civil
	c.year, c.month, c.day = civilFromDays(days)
	s := rem / microsPerSecond
	c.hour, c.minute, c.second, c.micro = s/3600, s/60%60, s%60, rem%microsPerSecond
	return o.toUTC(&c)
}

// isSpecialDecimal reports whether b is one of the non-finite numeric
// values PostgreSQL prints and Python's Decimal reads back.
func isSpecialDecimal(b []byte) bool {
	switch string(b) {
	case "NaN", "Infinity", "-Infinity":
		return true
	}
	return false
}

// baseType returns an engine's column type in lower case, without the
// display width MySQL and MariaDB print after integer types ("bigint(20)
// unsigned" → "bigint unsigned").
func baseType(dbType string) string {
	t := strings.ToLower(strings.TrimSpace(dbType))
	for _, p := range []string{"tinyint", "smallint", "mediumint", "bigint", "int", "integer"} {
		if strings.HasPrefix(t, p+"(") {
			if end := strings.IndexByte(t, ')'); end > 0 && p != "tinyint" {
				return p + t[end+1:]
			}
		}
	}
	return t
}
