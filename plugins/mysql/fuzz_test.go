package mysql

import (
	"testing"
)

// FuzzParseTemporal feeds the parsers of the server's DATE, DATETIME and
// TIME text arbitrary bytes: they must never panic, and what they accept
// must format back to text that parses to the same value.
func FuzzParseTemporal(f *testing.F) {
	for _, s := range []string{
		"0001-01-01", "9999-12-31", "2024-02-29", "2023-02-29", "0000-00-00",
		"9999-12-31 23:59:59.999999", "1970-01-01 00:00:00", "2024-01-01 12:00:00.5",
		"00:00:00", "23:59:59.999999", "-838:59:59.000000", "838:59:59", "12:00:00.", "1:2:3",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		if days, err := parseDate(b); err == nil {
			out, err := appendDate(nil, days)
			if err != nil {
				t.Fatalf("parseDate(%q) = %d, which does not format: %v", b, days, err)
			}
			if back, err := parseDate(out); err != nil || back != days {
				t.Fatalf("parseDate(%q) = %d; formatted %q parses to %d, %v", b, days, out, back, err)
			}
		}
		if us, err := parseDateTime(b); err == nil {
			out, err := appendDateTime(nil, us)
			if err != nil {
				t.Fatalf("parseDateTime(%q) = %d, which does not format: %v", b, us, err)
			}
			if back, err := parseDateTime(out); err != nil || back != us {
				t.Fatalf("parseDateTime(%q) = %d; formatted %q parses to %d, %v", b, us, out, back, err)
			}
		}
		if us, err := parseTime(b); err == nil {
			out, err := appendTimeOfDay(nil, us)
			if err != nil {
				t.Fatalf("parseTime(%q) = %d, which does not format: %v", b, us, err)
			}
			if back, err := parseTime(out); err != nil || back != us {
				t.Fatalf("parseTime(%q) = %d; formatted %q parses to %d, %v", b, us, out, back, err)
			}
		}
	})
}
