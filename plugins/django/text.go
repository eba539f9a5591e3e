package django

// The ISO-like text forms Django writes for dates and times (Python's str()
// of date, datetime and time), parsed and formatted on bytes without
// allocating. They are shared by every codec whose engine stores these as
// text.

const (
	microsPerSecond = 1_000_000
	microsPerDay    = 86_400 * microsPerSecond

	// minDate and maxDate are 0001-01-01 and 9999-12-31 in days since
	// 1970-01-01: Python's date.min and date.max.
	minDate = -719_162
	maxDate = 2_932_896
)

// daysFromCivil returns the days since 1970-01-01 of a proleptic Gregorian
// date (Howard Hinnant's algorithm; valid for every int64-sized year here).
func daysFromCivil(y, m, d int64) int64 {
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146_097 + doe - 719_468
}

// civilFromDays is the inverse of daysFromCivil.
func civilFromDays(z int64) (y, m, d int64) {
	z += 719_468
	era := z / 146_097
	if z < 0 && z%146_097 != 0 {
		era--
	}
	doe := z - era*146_097
	yoe := (doe - doe/1460 + doe/36_524 - doe/146_096) / 365
	y = yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = doy - (153*mp+2)/5 + 1
	if mp < 10 {
		m = mp + 3
	} else {
		m = mp - 9
	}
	if m <= 2 {
		y++
	}
	return y, m, d
}

func daysIn(y, m int64) int64 {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// digits reads exactly n ASCII digits at b[i:].
func digits(b []byte, i, n int) (int64, bool) {
	if i+n > len(b) {
		return 0, false
	}
	var v int64
	for _, c := range b[i : i+n] {
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + int64(c-'0')
	}
	return v, true
}

// civil is a wall-clock date and time, as written in text.
type civil struct {
	year, month, day     int64
	hour, minute, second int64
	micro                int64
	offset               int64 // seconds east of UTC, when hasOffset
	hasOffset            bool
}

// days returns the date part as days since 1970-01-01.
func (c *civil) days() int64 { return daysFromCivil(c.year, c.month, c.day) }

// micros returns the wall clock as microseconds since 1970-01-01 00:00,
// ignoring any offset.
func (c *civil) micros() int64 {
	return c.days()*microsPerDay + ((c.hour*60+c.minute)*60+c.second)*microsPerSecond + c.micro
}

// parseDate reads "YYYY-MM-DD" (Python's date.isoformat) into days since
// 1970-01-01. The year runs from 0001 to 9999, as in Python.
func parseDate(b []byte) (int64, bool) {
	var c civil
	if len(b) != 10 || !parseDatePart(b, &c) {
		return 0, false
	}
	return c.days(), true
}

func parseDatePart(b []byte, c *civil) bool {
	if len(b) < 10 || b[4] != '-' || b[7] != '-' {
		return false
	}
	var ok1, ok2, ok3 bool
	c.year, ok1 = digits(b, 0, 4)
	c.month, ok2 = digits(b, 5, 2)
	c.day, ok3 = digits(b, 8, 2)
	return ok1 && ok2 && ok3 && c.year >= 1 && c.month >= 1 && c.month <= 12 &&
		c.day >= 1 && c.day <= daysIn(c.year, c.month)
}

// parseClock reads "HH:MM:SS" with an optional fraction of 1 to 6 digits
// and returns how many bytes it used.
func parseClock(b []byte, c *civil) (int, bool) {
	if len(b) < 8 || b[2] != ':' || b[5] != ':' {
		return 0, false
	}
	var ok1, ok2, ok3 bool
	c.hour, ok1 = digits(b, 0, 2)
	c.minute, ok2 = digits(b, 3, 2)
	c.second, ok3 = digits(b, 6, 2)
	if !ok1 || !ok2 || !ok3 || c.hour > 23 || c.minute > 59 || c.second > 59 {
		return 0, false
	}
	n := 8
	c.micro = 0
	if n < len(b) && b[n] == '.' {
		n++
		start := n
		for n < len(b) && n-start < 6 && b[n] >= '0' && b[n] <= '9' {
			c.micro = c.micro*10 + int64(b[n]-'0')
			n++
		}
		if n == start {
			return 0, false
		}
		for i := n - start; i < 6; i++ {
			c.micro *= 10
		}
	}
	return n, true
}

// parseTimeOfDay reads "HH:MM:SS[.f]" (Python's time.isoformat, fraction of
// 1 to 6 digits) into microseconds since midnight.
func parseTimeOfDay(b []byte) (int64, bool) {
	var c civil
	n, ok := parseClock(b, &c)
	if !ok || n != len(b) {
		return 0, false
	}
	return ((c.hour*60+c.minute)*60+c.second)*microsPerSecond + c.micro, true
}

// parseDateTime reads "YYYY-MM-DD HH:MM:SS[.f]" ('T' also separates; the
// fraction has 1 to 6 digits), optionally followed by "Z", "+HH:MM",
// "+HHMM" or "+HH" (or '-').
func parseDateTime(b []byte, c *civil) bool {
	if len(b) < 19 || !parseDatePart(b, c) || (b[10] != ' ' && b[10] != 'T') {
		return false
	}
	n, ok := parseClock(b[11:], c)
	if !ok {
		return false
	}
	rest := b[11+n:]
	c.hasOffset, c.offset = false, 0
	switch {
	case len(rest) == 0:
		return true
	case len(rest) == 1 && rest[0] == 'Z':
		c.hasOffset = true
		return true
	case rest[0] != '+' && rest[0] != '-':
		return false
	}
	h, ok := digits(rest, 1, 2)
	if !ok || h > 23 {
		return false
	}
	var m int64
	switch len(rest) {
	case 3:
	case 5:
		m, ok = digits(rest, 3, 2)
	case 6:
		ok = rest[3] == ':'
		if ok {
			m, ok = digits(rest, 4, 2)
		}
	default:
		return false
	}
	if !ok || m > 59 {
		return false
	}
	c.offset = (h*60 + m) * 60
	if rest[0] == '-' {
		c.offset = -c.offset
	}
	c.hasOffset = true
	return true
}

func append2(dst []byte, v int64) []byte { return append(dst, byte('0'+v/10), byte('0'+v%10)) }

func appendDateParts(dst []byte, y, m, d int64) []byte {
	dst = append(dst, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-')
	dst = append2(dst, m)
	dst = append(dst, '-')
	return append2(dst, d)
}

// appendDate appends Python's str(date) of a date in days since 1970-01-01;
// ok is false outside 0001-01-01 … 9999-12-31.
func appendDate(dst []byte, days int64) ([]byte, bool) {
	if days < minDate || days > maxDate {
		return dst, false
	}
	y, m, d := civilFromDays(days)
	return appendDateParts(dst, y, m, d), true
}

// appendClock appends "HH:MM:SS" and ".ffffff" when the microseconds are
// not zero, as Python's str(time) does.
func appendClock(dst []byte, micros int64) []byte {
	s := micros / microsPerSecond
	us := micros % microsPerSecond
	dst = append2(dst, s/3600)
	dst = append(dst, ':')
	dst = append2(dst, s/60%60)
	dst = append(dst, ':')
	dst = append2(dst, s%60)
	if us != 0 {
		dst = append(dst, '.',
			byte('0'+us/100000), byte('0'+us/10000%10), byte('0'+us/1000%10),
			byte('0'+us/100%10), byte('0'+us/10%10), byte('0'+us%10))
	}
	return dst
}

// appendTimeOfDay appends Python's str(time) of microseconds since
// midnight; ok is false outside a day.
func appendTimeOfDay(dst []byte, micros int64) ([]byte, bool) {
	if micros < 0 || micros >= microsPerDay {
		return dst, false
	}
	return appendClock(dst, micros), true
}

// appendWallClock appends Python's str(datetime) of a naive wall clock
// given as microseconds since 1970-01-01 00:00; ok is false outside the
// years 0001 … 9999.
func appendWallClock(dst []byte, micros int64) ([]byte, bool) {
	days := micros / microsPerDay
	rem := micros % microsPerDay
	if rem < 0 {
		days--
		rem += microsPerDay
	}
	dst, ok := appendDate(dst, days)
	if !ok {
		return dst, false
	}
	dst = append(dst, ' ')
	return appendClock(dst, rem), true
}
