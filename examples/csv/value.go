package main

import (
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/rexdata/rex/sdk"
)

// The encoding of each Django-native value kind in a CSV cell. Every
// encoding reads back to exactly the value written.
//
//	NULL      \N  (a cell of exactly backslash, N)
//	bool      true, false
//	int       decimal digits: -9223372036854775808
//	float     shortest text that reads back to the same bits: 0.1, 1e+308, +Inf, -Inf, NaN
//	decimal   the exact text: -12.50
//	text      as is; but a text that starts with a backslash or holds a carriage
//	          return (which CSV readers drop before a line feed) is a backslash
//	          and then the text as a Go-quoted string: \"line1\r\nline2", \"\\N"
//	bytes     standard base64 with padding: AAEC
//	date      YYYY-MM-DD: 2024-02-29
//	datetime  UTC with microseconds: 2024-02-29T12:34:56.000001Z
//	time      HH:MM:SS.ffffff: 23:59:59.999999
//	duration  microseconds as an integer: -1 (minus one microsecond)
//	uuid      8-4-4-4-12 lower-case hex
//	json      the JSON text as is, or quoted as text is when it holds a carriage return
//
// encoding/csv quotes cells holding commas, quotes or line breaks.

// nullCell is the cell of SQL NULL.
const nullCell = `\N`

const (
	dateLayout     = "2006-01-02"
	datetimeLayout = "2006-01-02T15:04:05.000000Z"
	microsPerDay   = 86400 * 1000000
)

// encode returns the cell of v.
func encode(v sdk.Value) string {
	switch v.Kind {
	case sdk.KindNull:
		return nullCell
	case sdk.KindBool:
		return strconv.FormatBool(v.AsBool())
	case sdk.KindInt, sdk.KindDuration:
		return strconv.FormatInt(v.Int, 10)
	case sdk.KindFloat:
		return strconv.FormatFloat(v.AsFloat(), 'g', -1, 64)
	case sdk.KindText, sdk.KindJSON:
		s := string(v.Bytes)
		if strings.HasPrefix(s, `\`) || strings.Contains(s, "\r") {
			return `\` + strconv.Quote(s)
		}
		return s
	case sdk.KindDecimal:
		return string(v.Bytes)
	case sdk.KindBytes:
		return base64.StdEncoding.EncodeToString(v.Bytes)
	case sdk.KindDate:
		return v.AsTime().Format(dateLayout)
	case sdk.KindDateTime:
		return v.AsTime().Format(datetimeLayout)
	case sdk.KindTime:
		return fmt.Sprintf("%02d:%02d:%02d.%06d", v.Int/3600e6, v.Int/60e6%60, v.Int/1e6%60, v.Int%1e6)
	case sdk.KindUUID:
		return sdk.FormatUUID(v.Bytes)
	}
	return ""
}

// decimalRE matches the text of a decimal number.
var decimalRE = regexp.MustCompile(`^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$`)

// errCell is the reason for a cell that does not hold its column's kind.
var errCell = errors.New("not a value of the column's kind")

// decode returns the value of a cell of a column of kind k.
func decode(cell string, k sdk.Kind) (sdk.Value, error) {
	if cell == nullCell {
		return sdk.Null, nil
	}
	bad := func(err error) (sdk.Value, error) {
		return sdk.Null, fmt.Errorf("%w (%s): %q: %v", errCell, k, cell, err)
	}
	switch k {
	case sdk.KindBool:
		b, err := strconv.ParseBool(cell)
		if err != nil {
			return bad(err)
		}
		return sdk.Bool(b), nil
	case sdk.KindInt, sdk.KindDuration:
		i, err := strconv.ParseInt(cell, 10, 64)
		if err != nil {
			return bad(err)
		}
		return sdk.Value{Kind: k, Int: i}, nil
	case sdk.KindFloat:
		f, err := strconv.ParseFloat(cell, 64)
		if err != nil && !math.IsInf(f, 0) {
			return bad(err)
		}
		return sdk.Float(f), nil
	case sdk.KindDecimal:
		if !decimalRE.MatchString(cell) {
			return bad(errors.New("not a decimal number"))
		}
		return sdk.Decimal(cell), nil
	case sdk.KindText, sdk.KindJSON:
		if strings.HasPrefix(cell, `\`) {
			u, err := strconv.Unquote(cell[1:])
			if err != nil {
				return bad(errors.New(`a cell starting with a backslash must be \N or a backslash and a quoted string`))
			}
			cell = u
		}
		return sdk.Value{Kind: k, Bytes: []byte(cell)}, nil
	case sdk.KindBytes:
		b, err := base64.StdEncoding.DecodeString(cell)
		if err != nil {
			return bad(err)
		}
		return sdk.Bytes(b), nil
	case sdk.KindDate:
		t, err := time.Parse(dateLayout, cell)
		if err != nil {
			return bad(err)
		}
		return sdk.DateOf(t), nil
	case sdk.KindDateTime:
		t, err := time.Parse(datetimeLayout, cell)
		if err != nil {
			return bad(err)
		}
		return sdk.DateTimeOf(t), nil
	case sdk.KindTime:
		t, err := time.Parse("15:04:05.000000", cell)
		if err != nil {
			return bad(err)
		}
		return sdk.Time(int64(t.Hour())*3600e6 + int64(t.Minute())*60e6 + int64(t.Second())*1e6 + int64(t.Nanosecond()/1000)), nil
	case sdk.KindUUID:
		var b [16]byte
		h, err := hex.DecodeString(strings.ReplaceAll(cell, "-", ""))
		if err != nil || len(h) != 16 {
			return bad(errors.New("not 32 hex digits"))
		}
		copy(b[:], h)
		return sdk.UUID(b), nil
	}
	return bad(errors.New("no encoding for this kind"))
}
