package django

import (
	"math"
	"strconv"
)

// Decimal text. The canonical form rex sends is plain notation:
// -?(0|[1-9][0-9]*)(\.[0-9]+)? — trailing fraction zeros are kept, as
// Python's Decimal keeps them ("5.50" is not "5.5").

// maxDecimalExponent bounds the exponent accepted in decimal text, so that
// "1e999999999" cannot expand into a gigabyte of zeros.
const maxDecimalExponent = 1000

// isCanonicalDecimal reports whether b is already in canonical form.
func isCanonicalDecimal(b []byte) bool {
	i := 0
	if i < len(b) && b[i] == '-' {
		i++
	}
	start := i
	for i < len(b) && b[i] >= '0' && b[i] <= '9' {
		i++
	}
	if i == start || (b[start] == '0' && i-start > 1) {
		return false
	}
	if i == len(b) {
		return true
	}
	if b[i] != '.' {
		return false
	}
	i++
	start = i
	for i < len(b) && b[i] >= '0' && b[i] <= '9' {
		i++
	}
	return i > start && i == len(b)
}

// appendDecimal appends the canonical form of the decimal text b:
// [+-]?(digits[.digits?]|.digits)([eE][+-]?digits)?. ok is false for
// anything else (Python's "NaN", "Infinity" and underscores included).
func appendDecimal(dst, b []byte) ([]byte, bool) {
	i := 0
	neg := false
	if i < len(b) && (b[i] == '+' || b[i] == '-') {
		neg = b[i] == '-'
		i++
	}
	intStart := i
	for i < len(b) && b[i] >= '0' && b[i] <= '9' {
		i++
	}
	intEnd := i
	fracStart, fracEnd := i, i
	if i < len(b) && b[i] == '.' {
		i++
		fracStart = i
		for i < len(b) && b[i] >= '0' && b[i] <= '9' {
			i++
		}
		fracEnd = i
	}
	if intEnd == intStart && fracEnd == fracStart {
		return dst, false
	}
	var exp int64
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		eneg := false
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			eneg = b[i] == '-'
			i++
		}
		start := i
		for i < len(b) && b[i] >= '0' && b[i] <= '9' {
			if exp <= maxDecimalExponent {
				exp = exp*10 + int64(b[i]-'0')
			}
			i++
		}
		if i == start || exp > maxDecimalExponent {
			return dst, false
		}
		if eneg {
			exp = -exp
		}
	}
	if i != len(b) {
		return dst, false
	}
	// All digits in order, and where the point falls among them.
	intDigits, fracDigits := b[intStart:intEnd], b[fracStart:fracEnd]
	point := int64(len(intDigits)) + exp
	total := int64(len(intDigits) + len(fracDigits))
	digit := func(k int64) byte {
		if k < int64(len(intDigits)) {
			return intDigits[k]
		}
		return fracDigits[k-int64(len(intDigits))]
	}
	if neg {
		dst = append(dst, '-')
	}
	// Integer part, without leading zeros.
	wrote := false
	for k := int64(0); k < point; k++ {
		c := byte('0')
		if k < total {
			c = digit(k)
		}
		if c == '0' && !wrote {
			continue
		}
		wrote = true
		dst = append(dst, c)
	}
	if !wrote {
		dst = append(dst, '0')
	}
	if point < total {
		dst = append(dst, '.')
		for k := point; k < total; k++ {
			if k < 0 {
				dst = append(dst, '0')
			} else {
				dst = append(dst, digit(k))
			}
		}
	}
	return dst, true
}

// appendQuantized appends the canonical decimal c with exactly places
// fraction digits, rounding half to even as Python's Decimal.quantize does
// in Django's default context. c must be canonical.
func appendQuantized(dst, c []byte, places int) []byte {
	start := len(dst)
	dot := len(c)
	for i, ch := range c {
		if ch == '.' {
			dot = i
			break
		}
	}
	frac := c[min(dot+1, len(c)):]
	if len(frac) <= places {
		dst = append(dst, c...)
		if dot == len(c) && places > 0 {
			dst = append(dst, '.')
		}
		for i := len(frac); i < places; i++ {
			dst = append(dst, '0')
		}
		return dst
	}
	keep := c[:dot+1+places]
	if places == 0 {
		keep = c[:dot]
	}
	dropped := frac[places:]
	up := dropped[0] > '5'
	if dropped[0] == '5' {
		up = true
		tie := true
		for _, ch := range dropped[1:] {
			if ch != '0' {
				tie = false
				break
			}
		}
		if tie { // half to even: up only when the last kept digit is odd
			last := keep[len(keep)-1]
			if last == '.' {
				last = keep[len(keep)-2]
			}
			up = (last-'0')%2 == 1
		}
	}
	dst = append(dst, keep...)
	if !up {
		return dst
	}
	// Add one unit in the last place, carrying leftwards.
	i := len(dst) - 1
	for ; i >= start; i-- {
		switch dst[i] {
		case '.':
			continue
		case '-':
		case '9':
			dst[i] = '0'
			continue
		default:
			dst[i]++
			return dst
		}
		break
	}
	// Carried past the first digit: insert a leading '1'.
	at := i + 1
	dst = append(dst, 0)
	copy(dst[at+1:], dst[at:])
	dst[at] = '1'
	return dst
}

// decimalDigits returns the number of significant digits in the canonical
// decimal c (Python's len(Decimal.as_tuple().digits), at least 1).
func decimalDigits(c []byte) int {
	n, lead := 0, true
	for _, ch := range c {
		if ch < '0' || ch > '9' || (lead && ch == '0') {
			continue
		}
		lead = false
		n++
	}
	if n == 0 {
		return 1
	}
	return n
}

// appendFloatDecimal appends the decimal Django's SQLite backend reads from
// a REAL: decimal.Context(prec=15).create_decimal_from_float. That is the
// shortest representation when it has at most 15 significant digits, else
// the value rounded to 15 significant digits (trailing zeros kept, as in
// Python). Python also keeps them after a short form ("855.570000000000");
// rex drops them there, which changes no value and quantizing to the field's
// decimal_places gives the same text. ok is false for NaN and infinities.
func appendFloatDecimal(dst []byte, f float64) ([]byte, bool) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return dst, false
	}
	var buf [32]byte
	s := strconv.AppendFloat(buf[:0], f, 'e', -1, 64)
	mant := 0
	for _, ch := range s {
		if ch == 'e' {
			break
		}
		if ch >= '0' && ch <= '9' {
			mant++
		}
	}
	// For a normal double the shortest form of at most 15 digits is that
	// rounding, trailing zeros dropped; a subnormal's shortest form may
	// be coarser, so it takes the rounding too.
	if mant > 15 || math.Abs(f) < 0x1p-1022 && f != 0 {
		s = strconv.AppendFloat(buf[:0], f, 'e', 14, 64)
	}
	return appendDecimal(dst, s)
}

// parseInt reads a base-10 int64 with an optional sign.
func parseInt(b []byte) (int64, bool) {
	i, neg := 0, false
	if len(b) > 0 && (b[0] == '+' || b[0] == '-') {
		neg = b[0] == '-'
		i++
	}
	if i == len(b) || len(b)-i > 19 {
		return 0, false
	}
	var u uint64
	for ; i < len(b); i++ {
		if b[i] < '0' || b[i] > '9' {
			return 0, false
		}
		u = u*10 + uint64(b[i]-'0')
	}
	if neg {
		if u > 1<<63 {
			return 0, false
		}
		return int64(-u), true
	}
	if u > math.MaxInt64 {
		return 0, false
	}
	return int64(u), true
}
