package django

import (
	"bytes"
	"math"
	"math/big"
	"testing"
	"time"
)

func TestText_CivilDays_MatchesTimePackage(t *testing.T) {
	t.Parallel()
	for days := int64(minDate); days <= maxDate; days += 997 {
		y, m, d := civilFromDays(days)
		want := time.Unix(days*86400, 0).UTC()
		if y != int64(want.Year()) || m != int64(want.Month()) || d != int64(want.Day()) {
			t.Fatalf("civilFromDays(%d) = %d-%d-%d, want %s", days, y, m, d, want.Format(time.DateOnly))
		}
		if back := daysFromCivil(y, m, d); back != days {
			t.Fatalf("daysFromCivil(%d, %d, %d) = %d, want %d", y, m, d, back, days)
		}
	}
}

func TestText_ParseDateTime_Cases(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		in     string
		ok     bool
		micros int64 // UTC
	}{
		{"2023-08-07 10:36:15", true, 1691404575000000},
		{"2023-08-07T10:36:15.1", true, 1691404575100000},
		{"2023-08-07 10:36:15.123456+00:00", true, 1691404575123456},
		{"2023-08-07 11:36:15+01", true, 1691404575000000},
		{"2023-08-07 11:36:15+0100", true, 1691404575000000},
		{"2023-08-07 10:36:15,1", false, 0},
		{"2023-08-07 10:36", false, 0},
		{"2023-08-07 10:36:15.", false, 0},
		{"2023-08-07 10:36:15+1", false, 0},
		{"2023-08-07 10:36:15+24:00", false, 0},
		{"2023-08-07 10:36:15 ", false, 0},
		{"2023-8-07 10:36:15", false, 0},
		{"", false, 0},
	} {
		t.Run(tc.in, func(t *testing.T) {
			var c civil
			ok := parseDateTime([]byte(tc.in), &c)
			if ok != tc.ok {
				t.Fatalf("parseDateTime(%q) ok = %v, want %v", tc.in, ok, tc.ok)
			}
			if ok {
				if got := c.micros() - c.offset*microsPerSecond; got != tc.micros {
					t.Errorf("parseDateTime(%q) = %d, want %d", tc.in, got, tc.micros)
				}
			}
		})
	}
}

func TestDecimal_AppendQuantized_Cases(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		in     string
		places int
		want   string
	}{
		{"1", 2, "1.00"},
		{"1.5", 2, "1.50"},
		{"1.005", 2, "1.00"},
		{"1.015", 2, "1.02"},
		{"1.0051", 2, "1.01"},
		{"9.995", 2, "10.00"},
		{"-9.995", 2, "-10.00"},
		{"-0.001", 2, "-0.00"},
		{"0.5", 0, "0"},
		{"1.5", 0, "2"},
		{"99.5", 0, "100"},
		{"12.345", 3, "12.345"},
	} {
		if got := string(appendQuantized(nil, []byte(tc.in), tc.places)); got != tc.want {
			t.Errorf("quantize(%s, %d) = %s, want %s", tc.in, tc.places, got, tc.want)
		}
	}
}

func TestDecimal_AppendDecimal_Cases(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ in, want string }{
		{"0", "0"}, {"-0", "-0"}, {"+1", "1"}, {"007", "7"}, {".5", "0.5"}, {"5.", "5"}, {"5.50", "5.50"},
		{"1e3", "1000"}, {"1.5E-3", "0.0015"}, {"120e-1", "12.0"}, {"0.000e2", "0.0"}, {"-00.10", "-0.10"},
		{"", ""}, {".", ""}, {"1e", ""}, {"NaN", ""}, {"1_000", ""}, {" 1", ""}, {"1e1001", ""}, {"--1", ""},
	} {
		got, ok := appendDecimal(nil, []byte(tc.in))
		if (tc.want != "") != ok || string(got) != tc.want {
			t.Errorf("appendDecimal(%q) = %q, %v; want %q", tc.in, got, ok, tc.want)
		}
		if ok && !isCanonicalDecimal(got) {
			t.Errorf("appendDecimal(%q) = %q is not canonical", tc.in, got)
		}
	}
}

// FuzzParseDateTime checks that the datetime parser never panics and that
// every datetime it accepts is written back in a form that parses to the
// same instant, and identically when it was already Django's own form.
func FuzzParseDateTime(f *testing.F) {
	for _, s := range []string{"2023-08-07 10:36:15", "0001-01-01 00:00:00", "9999-12-31 23:59:59.999999",
		"2023-08-07T10:36:15.5Z", "2023-08-07 10:36:15-05:30", "2000-02-29 00:00:00.000001+0100", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var c civil
		if !parseDateTime([]byte(s), &c) {
			return
		}
		wall := c.micros()
		out, ok := appendWallClock(nil, wall)
		if !ok {
			t.Fatalf("accepted %q but cannot write its wall clock", s)
		}
		var c2 civil
		if !parseDateTime(out, &c2) || c2.micros() != wall || c2.hasOffset {
			t.Fatalf("%q → %q does not parse back to the same wall clock", s, out)
		}
		djangoForm := !c.hasOffset && s[10] == ' ' && (len(s) == 19 || len(s) == 26 && c.micro != 0)
		if djangoForm {
			if string(out) != s {
				t.Fatalf("Django's form %q written back as %q", s, out)
			}
		}
	})
}

// FuzzParseDate checks the date parser round-trips what it accepts.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"0001-01-01", "9999-12-31", "2000-02-29", "1900-02-29", "2023-13-01", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, ok := parseDate([]byte(s))
		if !ok {
			return
		}
		out, ok := appendDate(nil, d)
		if !ok || string(out) != s {
			t.Fatalf("parseDate(%q) = %d, written back as %q, %v", s, d, out, ok)
		}
	})
}

// FuzzParseTimeOfDay checks the time parser round-trips what it accepts.
func FuzzParseTimeOfDay(f *testing.F) {
	for _, s := range []string{"00:00:00", "23:59:59.999999", "12:30:00.5", "24:00:00", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		us, ok := parseTimeOfDay([]byte(s))
		if !ok {
			return
		}
		out, ok := appendTimeOfDay(nil, us)
		if !ok {
			t.Fatalf("parseTimeOfDay(%q) = %d, out of the day", s, us)
		}
		back, ok := parseTimeOfDay(out)
		if !ok || back != us {
			t.Fatalf("%q → %d → %q → %d, %v", s, us, out, back, ok)
		}
		if len(s) == 8 || len(s) == 15 {
			if string(out) != s && !(len(s) == 15 && us%microsPerSecond == 0) {
				t.Fatalf("Python's form %q written back as %q", s, out)
			}
		}
	})
}

// FuzzDecimal checks the decimal parser: canonical output is a fixed point
// with the same value, and quantizing never panics and stays canonical.
func FuzzDecimal(f *testing.F) {
	for _, s := range []string{"0", "-5.50", "9999999999.99", "1e-3", ".5", "+007.10E+2", "1e1000", "NaN", "x"} {
		f.Add(s, uint8(2))
	}
	f.Fuzz(func(t *testing.T, s string, places uint8) {
		out, ok := appendDecimal(nil, []byte(s))
		if !ok {
			return
		}
		if !isCanonicalDecimal(out) {
			t.Fatalf("appendDecimal(%q) = %q, not canonical", s, out)
		}
		again, ok := appendDecimal(nil, out)
		if !ok || !bytes.Equal(again, out) {
			t.Fatalf("canonical %q parses to %q, %v", out, again, ok)
		}
		want, okr := new(big.Rat).SetString(s)
		got, okg := new(big.Rat).SetString(string(out))
		if okr && (!okg || want.Cmp(got) != 0) {
			t.Fatalf("appendDecimal(%q) = %q changes the value", s, out)
		}
		q := appendQuantized(nil, out, int(places%20))
		if !isCanonicalDecimal(q) {
			t.Fatalf("quantize(%q, %d) = %q, not canonical", out, places%20, q)
		}
	})
}

// FuzzAppendFloatDecimal checks Django's float → decimal reading keeps at
// most 15 significant digits and the float's value to that precision.
func FuzzAppendFloatDecimal(f *testing.F) {
	for _, x := range []float64{0, 0.1, 855.57, -1e300, 1e-300, 0.30000000000000004, math.MaxFloat64, math.SmallestNonzeroFloat64} {
		f.Add(x)
	}
	f.Fuzz(func(t *testing.T, x float64) {
		out, ok := appendFloatDecimal(nil, x)
		if !ok {
			if !math.IsNaN(x) && !math.IsInf(x, 0) {
				t.Fatalf("%v refused", x)
			}
			return
		}
		if !isCanonicalDecimal(out) || decimalDigits(bytes.TrimRight(out, "0.")) > 15 {
			t.Fatalf("%v → %q", x, out)
		}
		back, ok := new(big.Float).SetPrec(200).SetString(string(out))
		if !ok {
			t.Fatalf("%v → %q does not parse", x, out)
		}
		want := new(big.Float).SetPrec(200).SetFloat64(x)
		diff := new(big.Float).Sub(back, want)
		if x != 0 {
			diff.Quo(diff, want)
		}
		if d, _ := diff.Float64(); math.Abs(d) > 1e-14 {
			t.Fatalf("%v → %q is off by %g", x, out, d)
		}
	})
}

// FuzzParseUUID checks the UUID parser round-trips what it accepts.
func FuzzParseUUID(f *testing.F) {
	for _, s := range []string{"00000000000000000000000000000001", "25EC0A44-E91A-556B-B3D9-995CCD98CF5E", "ffffffffffffffffffffffffffffffff", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		u, ok := appendUUID(nil, []byte(s))
		if !ok {
			return
		}
		if len(u) != 16 {
			t.Fatalf("appendUUID(%q) gave %d bytes", s, len(u))
		}
		hex := appendUUIDHex(nil, u)
		back, ok := appendUUID(nil, hex)
		if !ok || !bytes.Equal(back, u) {
			t.Fatalf("%q → %x → %q → %x", s, u, hex, back)
		}
		if len(s) == 32 && !bytes.Equal(hex, bytes.ToLower([]byte(s))) {
			t.Fatalf("%q written back as %q", s, hex)
		}
	})
}
