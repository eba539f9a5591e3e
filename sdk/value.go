package sdk

import (
	"encoding/hex"
	"fmt"
	"math"
	"strconv"
	"time"
)

// Kind names the type of a [Value]. Kinds are Django-native: each is what a
// Django model field holds in Python once read from its database, so a value
// of one kind means the same thing on every engine.
//
// Dialects may also emit the storage kinds ([KindInt], [KindFloat], [KindText],
// [KindBytes]) for columns whose Django meaning needs the schema to decide
// (a SQLite text column holding a datetime); the django transform turns them
// into the kind the field wants.
type Kind uint8

// The kinds. The numbers are part of the batch encoding: never renumber.
const (
	KindNull     Kind = 0  // SQL NULL (not JSON null: that is KindJSON "null")
	KindBool     Kind = 1  // BooleanField
	KindInt      Kind = 2  // every integer field, 64-bit signed
	KindFloat    Kind = 3  // FloatField, IEEE 754 double (inf and nan allowed)
	KindDecimal  Kind = 4  // DecimalField, exact decimal text such as "-12.50"
	KindText     Kind = 5  // CharField, TextField and their relatives
	KindBytes    Kind = 6  // BinaryField
	KindDate     Kind = 7  // DateField: days since 1970-01-01
	KindDateTime Kind = 8  // DateTimeField: microseconds since 1970-01-01T00:00:00Z, UTC
	KindTime     Kind = 9  // TimeField: microseconds since midnight
	KindDuration Kind = 10 // DurationField: microseconds, may be negative
	KindUUID     Kind = 11 // UUIDField: 16 bytes
	KindJSON     Kind = 12 // JSONField: JSON text, exactly as stored
)

var kindNames = [...]string{"null", "bool", "int", "float", "decimal", "text", "bytes", "date", "datetime", "time", "duration", "uuid", "json"}

// String returns the kind's lower-case name, as used in messages.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind(" + strconv.Itoa(int(k)) + ")"
}

// Value is one field value. It is a small struct rather than an interface so
// that a batch of rows is a flat slice with no allocation per value.
//
// Which field carries the payload depends on Kind: Null has none; Bool, Int,
// Date, DateTime, Time and Duration use Int (Bool: 0 or 1); Float uses Int
// as the IEEE bits; Decimal, Text, Bytes, UUID and JSON use Bytes.
// Use the constructors and accessors rather than the fields.
type Value struct {
	// Kind is the value's kind.
	Kind Kind
	// Int is the payload of the integer-like kinds.
	Int int64
	// Bytes is the payload of the byte-like kinds.
	Bytes []byte
}

// Null is the SQL NULL value.
var Null = Value{}

// Bool returns a boolean value.
func Bool(b bool) Value {
	if b {
		return Value{Kind: KindBool, Int: 1}
	}
	return Value{Kind: KindBool}
}

// Int returns an integer value.
func Int(i int64) Value { return Value{Kind: KindInt, Int: i} }

// Float returns a float value.
func Float(f float64) Value { return Value{Kind: KindFloat, Int: int64(math.Float64bits(f))} }

// Decimal returns a decimal value from its exact text, such as "-12.50".
// The text is kept as given; the django transform checks it.
func Decimal(s string) Value { return Value{Kind: KindDecimal, Bytes: []byte(s)} }

// Text returns a text value.
func Text(s string) Value { return Value{Kind: KindText, Bytes: []byte(s)} }

// Bytes returns a binary value. The slice is kept, not copied.
func Bytes(b []byte) Value {
	if b == nil {
		b = []byte{}
	}
	return Value{Kind: KindBytes, Bytes: b}
}

// Date returns a date value from days since 1970-01-01.
func Date(days int64) Value { return Value{Kind: KindDate, Int: days} }

// DateTime returns a UTC datetime value from microseconds since the Unix epoch.
func DateTime(micros int64) Value { return Value{Kind: KindDateTime, Int: micros} }

// Time returns a time-of-day value from microseconds since midnight.
func Time(micros int64) Value { return Value{Kind: KindTime, Int: micros} }

// Duration returns a duration value in microseconds.
func Duration(micros int64) Value { return Value{Kind: KindDuration, Int: micros} }

// UUID returns a UUID value from its 16 bytes.
func UUID(b [16]byte) Value { return Value{Kind: KindUUID, Bytes: b[:]} }

// JSON returns a JSON value from its text. The text is kept as given.
func JSON(s string) Value { return Value{Kind: KindJSON, Bytes: []byte(s)} }

// IsNull reports whether v is SQL NULL.
func (v Value) IsNull() bool { return v.Kind == KindNull }

// AsBool returns the value of a Bool.
func (v Value) AsBool() bool { return v.Int != 0 }

// AsFloat returns the value of a Float.
func (v Value) AsFloat() float64 { return math.Float64frombits(uint64(v.Int)) }

// AsString returns the payload of a Decimal, Text or JSON value as a string.
func (v Value) AsString() string { return string(v.Bytes) }

// AsTime returns a Date or DateTime as a UTC time.Time.
func (v Value) AsTime() time.Time {
	switch v.Kind {
	case KindDate:
		return time.Unix(v.Int*86400, 0).UTC()
	default:
		return time.UnixMicro(v.Int).UTC()
	}
}

// DateOf returns the Date value of t's calendar day.
func DateOf(t time.Time) Value {
	y, m, d := t.Date()
	return Date(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

// DateTimeOf returns the DateTime value of t, truncated to microseconds.
func DateTimeOf(t time.Time) Value { return DateTime(t.UnixMicro()) }

// Equal reports whether a and b are the same value, kind and payload alike.
// Floats compare by bits, so NaN equals the same NaN.
func (v Value) Equal(o Value) bool {
	if v.Kind != o.Kind || v.Int != o.Int {
		return false
	}
	return string(v.Bytes) == string(o.Bytes)
}

// String formats the value for messages and tests: never for storage.
func (v Value) String() string {
	switch v.Kind {
	case KindNull:
		return "NULL"
	case KindBool:
		return strconv.FormatBool(v.AsBool())
	case KindInt:
		return strconv.FormatInt(v.Int, 10)
	case KindFloat:
		return strconv.FormatFloat(v.AsFloat(), 'g', -1, 64)
	case KindDecimal, KindText, KindJSON:
		return strconv.Quote(string(v.Bytes))
	case KindBytes:
		return "0x" + hex.EncodeToString(v.Bytes)
	case KindDate:
		return v.AsTime().Format("2006-01-02")
	case KindDateTime:
		return v.AsTime().Format("2006-01-02T15:04:05.000000Z")
	case KindTime:
		return FormatTimeOfDay(v.Int)
	case KindDuration:
		return (time.Duration(v.Int) * time.Microsecond).String()
	case KindUUID:
		return FormatUUID(v.Bytes)
	}
	return fmt.Sprintf("%s(%d,%x)", v.Kind, v.Int, v.Bytes)
}

// FormatTimeOfDay formats microseconds since midnight as HH:MM:SS[.ffffff],
// the way Python's time.isoformat does.
func FormatTimeOfDay(micros int64) string {
	s := micros / 1e6
	us := micros % 1e6
	out := fmt.Sprintf("%02d:%02d:%02d", s/3600, s/60%60, s%60)
	if us != 0 {
		out += fmt.Sprintf(".%06d", us)
	}
	return out
}

// FormatUUID formats 16 bytes in the canonical 8-4-4-4-12 form.
func FormatUUID(b []byte) string {
	if len(b) != 16 {
		return "invalid-uuid:" + hex.EncodeToString(b)
	}
	h := hex.EncodeToString(b)
	return h[0:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:32]
}
