package django

import (
	"errors"
	"math"

	"github.com/rexdata/rex/sdk"
)

// mysqlCodec follows Django's MySQL backend (django/db/backends/mysql,
// operations.py and base.py), for MySQL and MariaDB alike: booleans are
// tinyint(1) 0/1, durations bigint microseconds, UUIDs char(32) hex digits,
// JSON a json column on MySQL 8 and longtext with a json_valid check on
// MariaDB; dates, times and decimals are native; a datetime(6) holds a
// naive wall clock, UTC with USE_TZ (Django makes aware datetimes naive in
// the connection's zone, UTC) and TIME_ZONE's without it. MySQL cannot
// store a float's infinities or NaN.
type mysqlCodec struct{ o *options }

func newMySQLCodec(o *options) codec { return mysqlCodec{o: o} }

var (
	errMySQLFloat   = errors.New("MySQL and MariaDB cannot store infinity or NaN in a double column; change the value at the source or exclude the row")
	errMySQLDecimal = errors.New("MySQL and MariaDB cannot store NaN or Infinity in a decimal column; change the value at the source or exclude the row")
)

func (mysqlCodec) candidates(f *sdk.Field) []sdk.FieldType {
	if f.References != nil {
		return nil
	}
	switch baseType(f.DBType) {
	case "bigint":
		return []sdk.FieldType{sdk.BigIntegerField, sdk.DurationField}
	case "char(32)":
		return []sdk.FieldType{sdk.UUIDField, sdk.CharField}
	case "longtext":
		return []sdk.FieldType{sdk.TextField, sdk.JSONField}
	}
	return nil
}

func (m mysqlCodec) decoder(col *column) (converter, error) {
	return nativeDecoder(m.o, col, true)
}

func (m mysqlCodec) encoder(col *column) (converter, error) {
	if col.kind == sdk.KindDateTime {
		return nativeDateTimeEncoder(m.o, col, true), nil
	}
	dec, err := m.decoder(col)
	if err != nil {
		return converter{}, err
	}
	var enc convertFunc
	size := 0
	switch col.kind {
	case sdk.KindInt, sdk.KindText, sdk.KindBytes, sdk.KindDate, sdk.KindTime:
		return dec, nil // stored as they are
	case sdk.KindBool, sdk.KindDuration:
		enc = func(v *sdk.Value, _ *arena) error { v.Kind = sdk.KindInt; return nil }
	case sdk.KindFloat:
		enc = func(v *sdk.Value, _ *arena) error {
			if f := v.AsFloat(); math.IsInf(f, 0) || math.IsNaN(f) {
				return errMySQLFloat
			}
			return nil
		}
	case sdk.KindDecimal:
		// decode only lets canonical decimals through: NaN and Infinity
		// fail there, so say why here first.
		decode := dec.fn
		return converter{size: dec.size, fn: func(v *sdk.Value, a *arena) error {
			if (v.Kind == sdk.KindDecimal || v.Kind == sdk.KindText) && isSpecialDecimal(v.Bytes) {
				return errMySQLDecimal
			}
			return decode(v, a)
		}}, nil
	case sdk.KindJSON:
		if baseType(col.dbType) == "json" {
			return dec, nil // MySQL 8's json type: the dialect reads and writes JSON
		}
		enc = func(v *sdk.Value, _ *arena) error { v.Kind = sdk.KindText; return nil }
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
