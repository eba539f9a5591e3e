package sqlite

import "testing"

// FuzzDecimalShape feeds the decimal text parser, which reads whatever text
// a SQLite decimal column holds, arbitrary strings: it must never panic,
// and what it accepts must keep its digits and scale through plainDecimal.
func FuzzDecimalShape(f *testing.F) {
	for _, s := range []string{"12.50", "-0.05", "0", "1e20", "1.2345e+02", "-5e-3", ".5", "5.", "+7", "1e1001", "abc", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		digits, scale, ok := decimalShape(s)
		if !ok {
			return
		}
		plain := plainDecimal(s)
		d2, s2, ok2 := decimalShape(plain)
		if !ok2 || d2 != digits || s2 != scale {
			t.Fatalf("decimalShape(%q) = %d, %d; its plain form %q gives %d, %d, %v", s, digits, scale, plain, d2, s2, ok2)
		}
		if plainDecimal(plain) != plain {
			t.Fatalf("plainDecimal is not idempotent on %q: %q", plain, plainDecimal(plain))
		}
	})
}
