package validate

import (
	"fmt"
	"math"
	"math/big"
	"strings"

	"github.com/rexdata/rex/sdk"
)

// column is a field with its relation resolved: a ForeignKey or
// OneToOneField compares as the column it references.
type column struct {
	f *sdk.Field
	// typ is the effective type: the field's own, or for a relation its
	// target's, an automatic key as its plain integer. It stays the
	// relation's type when the target is not in the schema.
	typ sdk.FieldType
	// w carries the widths (max_length, digits): f, or the target.
	w *sdk.Field
	// dialect is the engine of the schema the column is in.
	dialect string
}

// ambiguous lists, per engine, the declared column types that store more
// than one Django field (the django transform's codecs settle them with
// the other side's schema): on SQLite and MySQL a bigint may hold a
// DurationField's microseconds, a char(32) a UUIDField's hex, a text or
// longtext a JSONField.
var ambiguous = map[string]map[string]sdk.FieldType{
	"sqlite": {"bigint": sdk.DurationField, "char(32)": sdk.UUIDField, "text": sdk.JSONField},
	"mysql":  {"bigint": sdk.DurationField, "bigint(20)": sdk.DurationField, "char(32)": sdk.UUIDField, "longtext": sdk.JSONField},
}

// bridged reports whether a's column, as declared, may be the other
// side's field b (a bigint that is a DurationField).
func bridged(a, b column) bool {
	alt, ok := ambiguous[a.dialect][strings.ToLower(a.f.DBType)]
	return ok && alt == b.typ
}

func isRelation(t sdk.FieldType) bool { return t == sdk.ForeignKey || t == sdk.OneToOneField }

func isAuto(t sdk.FieldType) bool {
	return t == sdk.AutoField || t == sdk.BigAutoField || t == sdk.SmallAutoField
}

// resolve follows f's references (a OneToOneField primary key may itself
// reference a parent's) to the column that decides its type.
func resolve(s *sdk.Schema, f *sdk.Field) column {
	cur := f
	for i := 0; i < 8 && isRelation(cur.Type) && cur.References != nil; i++ {
		t := s.Table(cur.References.Table)
		if t == nil {
			break
		}
		tf := t.Field(cur.References.Field)
		if tf == nil {
			break
		}
		cur = tf
	}
	if isRelation(cur.Type) {
		return column{f: f, typ: f.Type, w: f, dialect: s.Dialect}
	}
	if !isRelation(f.Type) {
		return column{f: f, typ: f.Type, w: f, dialect: s.Dialect}
	}
	t := cur.Type
	switch t {
	case sdk.AutoField:
		t = sdk.IntegerField
	case sdk.BigAutoField:
		t = sdk.BigIntegerField
	case sdk.SmallAutoField:
		t = sdk.SmallIntegerField
	}
	return column{f: f, typ: t, w: cur, dialect: s.Dialect}
}

// base names the effective type with its widths: "CharField(200)",
// "DecimalField(8,2)", "IntegerField".
func (c column) base() string {
	switch c.typ {
	case sdk.CharField:
		if c.w.MaxLength > 0 {
			return fmt.Sprintf("CharField(%d)", c.w.MaxLength)
		}
	case sdk.DecimalField:
		if c.w.MaxDigits > 0 {
			return fmt.Sprintf("DecimalField(%d,%d)", c.w.MaxDigits, c.w.DecimalPlaces)
		}
	}
	return string(c.typ)
}

// label names the field as a person reads it: "ForeignKey(BigIntegerField)".
func (c column) label() string {
	if isRelation(c.f.Type) && c.typ != c.f.Type {
		return fmt.Sprintf("%s(%s)", c.f.Type, c.base())
	}
	return c.base()
}

// intRange returns the values an integer type holds, as Django's
// integer_field_ranges declare them. ok is false for a relation whose
// target is unknown.
func intRange(t sdk.FieldType) (lo, hi int64, ok bool) {
	switch t {
	case sdk.SmallIntegerField, sdk.SmallAutoField:
		return math.MinInt16, math.MaxInt16, true
	case sdk.IntegerField, sdk.AutoField:
		return math.MinInt32, math.MaxInt32, true
	case sdk.BigIntegerField, sdk.BigAutoField:
		return math.MinInt64, math.MaxInt64, true
	case sdk.PositiveSmallIntegerField:
		return 0, math.MaxInt16, true
	case sdk.PositiveIntegerField:
		return 0, math.MaxInt32, true
	case sdk.PositiveBigIntegerField:
		return 0, math.MaxInt64, true
	}
	return 0, 0, false
}

func isInt(t sdk.FieldType) bool {
	_, _, ok := intRange(t)
	return ok || isRelation(t)
}

// textWidth returns the most characters a text type holds, 0 for no limit.
func textWidth(c column) (int, bool) {
	switch c.typ {
	case sdk.CharField, sdk.TextField:
		return c.w.MaxLength, true
	case sdk.GenericIPAddressField:
		return 39, true
	case sdk.IPAddressField:
		return 15, true
	}
	return 0, false
}

func isIP(t sdk.FieldType) bool { return t == sdk.GenericIPAddressField || t == sdk.IPAddressField }

// cannotProfile ends a warning about a narrowing without a profile.
const cannotProfile = "cannot prove the data fits without a profile of the source's data"

// compareTypes judges moving values of s into d. An empty reason means
// there is nothing to say: the same type, or a difference reported
// elsewhere (a foreign key that becomes a plain column).
func compareTypes(s, d column, p *sdk.ColumnProfile) (Verdict, string) {
	if s.base() == d.base() {
		return OK, ""
	}
	pre := s.label() + " → " + d.label() + ": "
	if bridged(s, d) || bridged(d, s) {
		return OK, pre + "the same values: a " + s.f.DBType + " column on " + s.dialect + " and a " + d.f.DBType + " on " + d.dialect + " store this field alike"
	}
	var v Verdict
	var reason string
	switch {
	case isInt(s.typ) && isInt(d.typ):
		v, reason = compareInts(s, d, p)
	case isInt(s.typ) && d.typ == sdk.DecimalField:
		v, reason = intToDecimal(s, d, p)
	case isInt(s.typ) && d.typ == sdk.FloatField:
		v, reason = intToFloat(s, p)
	case s.typ == sdk.DecimalField && d.typ == sdk.DecimalField:
		v, reason = compareDecimals(s, d, p)
	case s.typ == sdk.DecimalField && d.typ == sdk.FloatField:
		v, reason = Warning, "loses exactness: a float keeps about 15 significant digits, a decimal all of them"
	case isIP(d.typ) && !isIP(s.typ):
		return Error, pre + "incompatible: the destination accepts only IP addresses; change the destination model, or exclude the field"
	default:
		if _, ok := textWidth(s); ok {
			if _, ok := textWidth(d); ok {
				v, reason = compareTexts(s, d, p)
				break
			}
		}
		return Error, pre + "incompatible types: Django cannot store one as the other; change the destination model, or exclude the field"
	}
	if reason == "" {
		return OK, ""
	}
	return v, pre + reason
}

func compareInts(s, d column, p *sdk.ColumnProfile) (Verdict, string) {
	slo, shi, sok := intRange(s.typ)
	dlo, dhi, dok := intRange(d.typ)
	if d.dialect == "sqlite" && dok {
		// SQLite stores every integer in 64 bits and Django enforces no
		// range there (its integer_field_range is (None, None)); only the
		// positive fields' CHECK (col >= 0) remains.
		dhi = math.MaxInt64
		if dlo < 0 {
			dlo = math.MinInt64
		}
	}
	switch {
	case !sok || !dok:
		return OK, "" // a relation to a table not described: nothing to compare
	case slo == dlo && shi == dhi:
		return OK, "same range"
	case slo >= dlo && shi <= dhi:
		return OK, "widened"
	}
	allows := fmt.Sprintf("%d to %d", dlo, dhi)
	return fitsRange(p, "narrowed to "+allows, big.NewInt(dlo), big.NewInt(dhi), func(what string, n *big.Int, row string) string {
		return fmt.Sprintf("the %s value is %s%s, the destination allows %s", what, n, row, allows)
	})
}

// fitsRange checks a profile's Min and Max against lo..hi (nil: no bound).
// bad words the error for a value out of range.
func fitsRange(p *sdk.ColumnProfile, narrowed string, lo, hi *big.Int, bad func(what string, n *big.Int, row string) string) (Verdict, string) {
	if p == nil {
		return Warning, narrowed + "; " + cannotProfile
	}
	if p.Min == "" && p.Max == "" {
		return OK, narrowed + "; the column holds no values"
	}
	mn, ok1 := new(big.Int).SetString(p.Min, 10)
	mx, ok2 := new(big.Int).SetString(p.Max, 10)
	if !ok1 || !ok2 {
		return Warning, narrowed + "; " + cannotProfile
	}
	if lo != nil && mn.Cmp(lo) < 0 {
		return Error, bad("smallest", mn, sample(p, "min"))
	}
	if hi != nil && mx.Cmp(hi) > 0 {
		return Error, bad("largest", mx, sample(p, "max"))
	}
	return OK, fmt.Sprintf("%s; the values lie in %s to %s", narrowed, mn, mx)
}

// digits returns how many decimal digits the integer types' bounds have.
func intDigits(t sdk.FieldType) int {
	lo, hi, ok := intRange(t)
	if !ok {
		lo, hi = math.MinInt64, math.MaxInt64
	}
	a, b := len(fmt.Sprint(lo)), len(fmt.Sprint(hi))
	if lo < 0 {
		a--
	}
	return max(a, b)
}

func intToDecimal(s, d column, p *sdk.ColumnProfile) (Verdict, string) {
	if d.w.MaxDigits == 0 {
		return OK, "the destination records no digits, so they are not compared"
	}
	room := d.w.MaxDigits - d.w.DecimalPlaces
	if intDigits(s.typ) <= room {
		return OK, "widened"
	}
	// The largest integer with room digits, and its negative.
	hi := new(big.Int).Sub(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(room)), nil), big.NewInt(1))
	lo := new(big.Int).Neg(hi)
	return fitsRange(p, fmt.Sprintf("narrowed to %d digits", room), lo, hi, func(what string, n *big.Int, row string) string {
		return fmt.Sprintf("the %s value is %s%s, the destination allows %d digits before the point", what, n, row, room)
	})
}

func intToFloat(s column, p *sdk.ColumnProfile) (Verdict, string) {
	lo, hi, ok := intRange(s.typ)
	const exact = 1 << 53
	if ok && lo >= -exact && hi <= exact {
		return OK, "stored as a float, which holds these integers exactly"
	}
	v, reason := fitsRange(p, "a float holds integers exactly only up to 2^53", big.NewInt(-exact), big.NewInt(exact), func(what string, n *big.Int, row string) string {
		return fmt.Sprintf("loses exactness: the %s value is %s%s, beyond the 2^53 a float holds exactly", what, n, row)
	})
	if v == Error {
		v = Warning // as a decimal into a float: rounded, not refused
	}
	return v, reason
}

func compareDecimals(s, d column, p *sdk.ColumnProfile) (Verdict, string) {
	if d.w.MaxDigits == 0 {
		return OK, "the destination records no digits, so they are not compared"
	}
	droom, dscale := d.w.MaxDigits-d.w.DecimalPlaces, d.w.DecimalPlaces
	var narrowed string
	if s.w.MaxDigits == 0 {
		if p == nil {
			return OK, "the source records no digits, so they are not compared"
		}
		narrowed = "the source records no digits"
	} else {
		sroom, sscale := s.w.MaxDigits-s.w.DecimalPlaces, s.w.DecimalPlaces
		if droom >= sroom && dscale >= sscale {
			return OK, "widened"
		}
		narrowed = fmt.Sprintf("narrowed from %d to %d digits before the point and from %d to %d after", sroom, droom, sscale, dscale)
	}
	switch {
	case p == nil:
		return Warning, narrowed + "; " + cannotProfile
	case p.MaxIntegerDigits > droom:
		return Error, fmt.Sprintf("a value has %d digits before the point%s, the destination allows %d", p.MaxIntegerDigits, sample(p, "digits"), droom)
	case p.MaxScale > dscale:
		return Warning, fmt.Sprintf("a value has %d decimal places%s, the destination keeps %d: it would be rounded (half even, as Django rounds)", p.MaxScale, sample(p, "digits"), dscale)
	}
	return OK, fmt.Sprintf("%s; the data fits: at most %d digits before the point and %d after", narrowed, p.MaxIntegerDigits, p.MaxScale)
}

func compareTexts(s, d column, p *sdk.ColumnProfile) (Verdict, string) {
	sw, _ := textWidth(s)
	dw, _ := textWidth(d)
	switch {
	case dw == 0 && sw == 0:
		return OK, "no length limit on either side"
	case dw == 0 || (sw > 0 && sw < dw):
		return OK, "widened"
	case sw == dw:
		return OK, "same length"
	}
	from := "unbounded text"
	if sw > 0 {
		from = fmt.Sprintf("%d", sw)
	}
	narrowed := fmt.Sprintf("narrowed from %s to %d characters", from, dw)
	switch {
	case p == nil:
		return Warning, narrowed + "; " + cannotProfile
	case p.MaxLength > int64(dw):
		return Error, fmt.Sprintf("the longest value has %d characters%s, the destination allows %d", p.MaxLength, sample(p, "max_length"), dw)
	}
	return OK, fmt.Sprintf("%s; the longest value has %d", narrowed, p.MaxLength)
}
