package mysql

import (
	"errors"
	"fmt"
	"time"
)

// Microseconds per unit.
const (
	microsPerSecond = 1_000_000
	microsPerDay    = 86_400 * microsPerSecond
)

// parseDate parses a DATE as the server prints it, "YYYY-MM-DD", into days
// since 1970-01-01. The zero date and dates that do not exist (which MySQL
// keeps under ALLOW_INVALID_DATES) are errors: Python's date cannot hold them.
func parseDate(b []byte) (int64, error) {
	if len(b) != 10 || b[4] != '-' || b[7] != '-' {
		return 0, fmt.Errorf("date %q is not YYYY-MM-DD", b)
	}
	y, ok1 := digits(b[0:4])
	m, ok2 := digits(b[5:7])
	d, ok3 := digits(b[8:10])
	if !ok1 || !ok2 || !ok3 {
		return 0, fmt.Errorf("date %q is not YYYY-MM-DD", b)
	}
	return civilDays(y, m, d, b)
}

// civilDays returns the days since 1970-01-01 of a calendar day, which must
// exist and lie in years 1 to 9999.
func civilDays(y, m, d int, text []byte) (int64, error) {
	if y < 1 || m < 1 || m > 12 || d < 1 || d > 31 {
		return 0, fmt.Errorf("date %q is out of Python's range (0001-01-01 to 9999-12-31) or is a zero date", text)
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return 0, fmt.Errorf("date %q does not exist", text)
	}
	return t.Unix() / 86400, nil
}

// parseDateTime parses a DATETIME or TIMESTAMP as the server prints it,
// "YYYY-MM-DD HH:MM:SS" with 0 to 6 fractional digits, into microseconds
// since the Unix epoch, taking the wall clock as UTC.
func parseDateTime(b []byte) (int64, error) {
	if len(b) < 19 || b[10] != ' ' {
		return 0, fmt.Errorf("datetime %q is not YYYY-MM-DD HH:MM:SS[.ffffff]", b)
	}
	days, err := parseDate(b[:10])
	if err != nil {
		return 0, fmt.Errorf("datetime %q: %w", b, err)
	}
	us, err := parseClock(b[11:])
	if err != nil || us >= microsPerDay {
		return 0, fmt.Errorf("datetime %q is not YYYY-MM-DD HH:MM:SS[.ffffff]", b)
	}
	return days*microsPerDay + us, nil
}

// parseTime parses a TIME as the server prints it into microseconds since
// midnight. MySQL's TIME is a duration from -838:59:59 to 838:59:59; a value
// that is not a time of day is an error, since a TimeField cannot hold it.
func parseTime(b []byte) (int64, error) {
	if len(b) > 0 && b[0] == '-' {
		return 0, fmt.Errorf("time %q is negative: a TimeField holds a time of day (00:00:00 to 23:59:59.999999)", b)
	}
	us, err := parseClock(b)
	if err != nil {
		return 0, fmt.Errorf("time %q is not HH:MM:SS[.ffffff]", b)
	}
	if us >= microsPerDay {
		return 0, fmt.Errorf("time %q is 24 hours or more: a TimeField holds a time of day (00:00:00 to 23:59:59.999999)", b)
	}
	return us, nil
}

var errClock = errors.New("not H:MM:SS[.ffffff]")

// parseClock parses "H...H:MM:SS" with 0 to 6 fractional digits into
// microseconds; hours may have 2 or 3 digits.
func parseClock(b []byte) (int64, error) {
	colon := 0
	for colon < len(b) && b[colon] != ':' {
		colon++
	}
	if colon < 2 || colon > 3 || len(b) < colon+6 || b[colon+3] != ':' {
		return 0, errClock
	}
	h, ok1 := digits(b[:colon])
	m, ok2 := digits(b[colon+1 : colon+3])
	s, ok3 := digits(b[colon+4 : colon+6])
	if !ok1 || !ok2 || !ok3 || m > 59 || s > 59 {
		return 0, errClock
	}
	us := (int64(h)*3600 + int64(m)*60 + int64(s)) * microsPerSecond
	frac := b[colon+6:]
	if len(frac) == 0 {
		return us, nil
	}
	if frac[0] != '.' || len(frac) < 2 || len(frac) > 7 {
		return 0, errClock
	}
	f, ok := digits(frac[1:])
	if !ok {
		return 0, errClock
	}
	for range 7 - len(frac) {
		f *= 10
	}
	return us + int64(f), nil
}

// digits parses a short run of ASCII digits.
func digits(b []byte) (int, bool) {
	if len(b) == 0 {
		return 0, false
	}
	n := 0
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// appendDate appends days since 1970-01-01 as "YYYY-MM-DD"; years outside
// 1 to 9999 are an error (MySQL's DATE range).
func appendDate(dst []byte, days int64) ([]byte, error) {
	const minDays, maxDays = -719162, 2932896 // 0001-01-01, 9999-12-31
	if days < minDays || days > maxDays {
		return dst, fmt.Errorf("date %d days from 1970-01-01 is outside MySQL's range 0001-01-01 to 9999-12-31", days)
	}
	y, m, d := time.Unix(days*86400, 0).UTC().Date()
	dst = appendPadded(dst, y, 4)
	dst = append(dst, '-')
	dst = appendPadded(dst, int(m), 2)
	dst = append(dst, '-')
	return appendPadded(dst, d, 2), nil
}

// appendDateTime appends microseconds since the epoch as
// "YYYY-MM-DD HH:MM:SS.ffffff", the UTC wall clock.
func appendDateTime(dst []byte, micros int64) ([]byte, error) {
	days := micros / microsPerDay
	rest := micros % microsPerDay
	if rest < 0 {
		days--
		rest += microsPerDay
	}
	dst, err := appendDate(dst, days)
	if err != nil {
		return dst, fmt.Errorf("datetime: %w", err)
	}
	dst = append(dst, ' ')
	return appendClock(dst, rest), nil
}

// appendTimeOfDay appends microseconds since midnight as "HH:MM:SS.ffffff".
func appendTimeOfDay(dst []byte, micros int64) ([]byte, error) {
	if micros < 0 || micros >= microsPerDay {
		return dst, fmt.Errorf("time of day %d µs is outside 00:00:00 to 23:59:59.999999", micros)
	}
	return appendClock(dst, micros), nil
}

func appendClock(dst []byte, us int64) []byte {
	s := us / microsPerSecond
	dst = appendPadded(dst, int(s/3600), 2)
	dst = append(dst, ':')
	dst = appendPadded(dst, int(s/60%60), 2)
	dst = append(dst, ':')
	dst = appendPadded(dst, int(s%60), 2)
	dst = append(dst, '.')
	return appendPadded(dst, int(us%microsPerSecond), 6)
}

// appendPadded appends a non-negative n with at least width digits.
func appendPadded(dst []byte, n, width int) []byte {
	var buf [20]byte
	i := len(buf)
	for n > 0 || width > 0 {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
		width--
	}
	return append(dst, buf[i:]...)
}
