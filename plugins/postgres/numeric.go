package postgres

import (
	"encoding/binary"
	"errors"

	"github.com/jackc/pgx/v5/pgtype"
)

// decimalText is a Decimal value's exact text, as PostgreSQL prints numeric
// ("-12.50", "NaN"). numericCodec encodes it in binary without big.Int.
type decimalText []byte

// numericCodec is pgx's numeric codec that also encodes decimalText.
type numericCodec struct{ pgtype.NumericCodec }

// PlanEncode plans decimalText itself and leaves the rest to pgx.
func (c numericCodec) PlanEncode(m *pgtype.Map, oid uint32, format int16, value any) pgtype.EncodePlan {
	if _, ok := value.(decimalText); ok && format == pgtype.BinaryFormatCode {
		return encodeDecimalText{}
	}
	return c.NumericCodec.PlanEncode(m, oid, format, value)
}

// encodeDecimalText appends a decimalText in numeric's binary form.
type encodeDecimalText struct{}

func (encodeDecimalText) Encode(value any, buf []byte) ([]byte, error) {
	return appendNumeric(buf, value.(decimalText))
}

// errNotPlain means a decimal text is not in PostgreSQL's plain notation;
// pgx's own parser gets it, and refuses what is not a number.
var errNotPlain = errors.New("not a plain decimal")

// isPlainDecimal reports whether appendNumeric takes s.
func isPlainDecimal(s []byte) bool {
	switch string(s) {
	case "NaN", "Infinity", "-Infinity":
		return true
	}
	if len(s) > 0 && (s[0] == '-' || s[0] == '+') {
		s = s[1:]
	}
	digits, frac, dot := 0, 0, false
	for _, c := range s {
		switch {
		case c == '.' && !dot:
			dot = true
		case c >= '0' && c <= '9':
			digits++
			if dot {
				frac++
			}
		default:
			return false
		}
	}
	return digits > 0 && frac <= 16383 && digits < 4*32767-8
}

// Numeric sign words of the binary form.
const (
	numericPos    = 0x0000
	numericNeg    = 0x4000
	numericNaN    = 0xC000
	numericPosInf = 0xD000
	numericNegInf = 0xF000
)

// appendNumeric appends s, a plain decimal ("-123.4500"), "NaN",
// "Infinity" or "-Infinity", in numeric's binary form: ndigits, weight,
// sign and dscale as 16-bit words, then base-10000 digits, most
// significant first. The display scale is the number of digits after the
// point, so "12.50" stays "12.50".
func appendNumeric(buf, s []byte) ([]byte, error) {
	special := func(sign uint16) []byte {
		buf = binary.BigEndian.AppendUint16(buf, 0)
		buf = binary.BigEndian.AppendUint16(buf, 0)
		buf = binary.BigEndian.AppendUint16(buf, sign)
		return binary.BigEndian.AppendUint16(buf, 0)
	}
	switch string(s) {
	case "NaN":
		return special(numericNaN), nil
	case "Infinity":
		return special(numericPosInf), nil
	case "-Infinity":
		return special(numericNegInf), nil
	}
	sign := uint16(numericPos)
	if len(s) > 0 && (s[0] == '-' || s[0] == '+') {
		if s[0] == '-' {
			sign = numericNeg
		}
		s = s[1:]
	}
	intPart, frac := s, []byte(nil)
	for i, c := range s {
		if c == '.' {
			intPart, frac = s[:i], s[i+1:]
			break
		}
	}
	if len(intPart)+len(frac) == 0 || len(frac) > 16383 {
		return nil, errNotPlain
	}
	for _, part := range [][]byte{intPart, frac} {
		for _, c := range part {
			if c < '0' || c > '9' {
				return nil, errNotPlain
			}
		}
	}
	for len(intPart) > 0 && intPart[0] == '0' {
		intPart = intPart[1:]
	}
	// Digit i of the number, counted from the first integer digit of the
	// integer part padded on the left to a multiple of 4.
	lead := (4 - len(intPart)%4) % 4
	intGroups := (lead + len(intPart)) / 4
	fracGroups := (len(frac) + 3) / 4
	if intGroups+fracGroups > 32767 {
		return nil, errNotPlain
	}
	digit := func(i int) int {
		i -= lead
		switch {
		case i < 0:
			return 0
		case i < len(intPart):
			return int(intPart[i] - '0')
		case i-len(intPart) < len(frac):
			return int(frac[i-len(intPart)] - '0')
		}
		return 0
	}
	group := func(g int) uint16 {
		n := 0
		for k := range 4 {
			n = n*10 + digit(4*g+k)
		}
		return uint16(n)
	}
	first, last := 0, intGroups+fracGroups // the non-zero groups are [first, last)
	for first < last && group(first) == 0 {
		first++
	}
	for last > first && group(last-1) == 0 {
		last--
	}
	weight := intGroups - 1 - first
	if first == last {
		weight, sign = 0, numericPos // zero has no sign
	}
	buf = binary.BigEndian.AppendUint16(buf, uint16(last-first))
	buf = binary.BigEndian.AppendUint16(buf, uint16(int16(weight)))
	buf = binary.BigEndian.AppendUint16(buf, sign)
	buf = binary.BigEndian.AppendUint16(buf, uint16(len(frac)))
	for g := first; g < last; g++ {
		buf = binary.BigEndian.AppendUint16(buf, group(g))
	}
	return buf, nil
}
