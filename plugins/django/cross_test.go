package django

import (
	"math"
	"testing"

	"github.com/rexdata/rex/sdk"
)

// rep is how one dialect reads a column: its field as described and the
// value as read.
type rep struct {
	field sdk.Field
	read  sdk.Value
	// written is what encode gives when SQLite's affinity, not the codec,
	// turns it into read (decimals); nil when encode gives read.
	written *sdk.Value
}

// crossCase is one Django-native value and how each engine stores it.
type crossCase struct {
	name                    string
	cfg                     sdk.Config
	native                  sdk.Value
	sqlite, postgres, mysql rep
}

func (c *crossCase) on(dialect string) rep {
	switch dialect {
	case "sqlite":
		return c.sqlite
	case "postgres":
		return c.postgres
	}
	return c.mysql
}

var dialects = []string{"sqlite", "postgres", "mysql"}

const wide = "12345678901234567890123456789012345.123456789012345678901234567890"

var crossCases = []crossCase{
	{"int min", nil, sdk.Int(math.MinInt64), rep{fInt, sdk.Int(math.MinInt64), nil}, rep{pgInt, sdk.Int(math.MinInt64), nil}, rep{myInt, sdk.Int(math.MinInt64), nil}},
	{"int max", nil, sdk.Int(math.MaxInt64), rep{fInt, sdk.Int(math.MaxInt64), nil}, rep{pgInt, sdk.Int(math.MaxInt64), nil}, rep{myInt, sdk.Int(math.MaxInt64), nil}},
	{"smallint min", nil, sdk.Int(-32768), rep{fSmall, sdk.Int(-32768), nil}, rep{pgSmall, sdk.Int(-32768), nil}, rep{mySmall, sdk.Int(-32768), nil}},
	{"bool true", nil, sdk.Bool(true), rep{fBool, sdk.Int(1), nil}, rep{pgBool, sdk.Bool(true), nil}, rep{myBool, sdk.Int(1), nil}},
	{"bool false", nil, sdk.Bool(false), rep{fBool, sdk.Int(0), nil}, rep{pgBool, sdk.Bool(false), nil}, rep{myBool, sdk.Int(0), nil}},
	{"float tenth", nil, sdk.Float(0.1), rep{fFloat, sdk.Float(0.1), nil}, rep{pgFloat, sdk.Float(0.1), nil}, rep{myFloat, sdk.Float(0.1), nil}},
	{"float huge", nil, sdk.Float(-1e300), rep{fFloat, sdk.Float(-1e300), nil}, rep{pgFloat, sdk.Float(-1e300), nil}, rep{myFloat, sdk.Float(-1e300), nil}},
	{"decimal places", nil, sdk.Decimal("-5.50"), rep{fDecimal, sdk.Float(-5.5), ptr(sdk.Text("-5.50"))}, rep{pgDecimal, sdk.Decimal("-5.50"), nil}, rep{myDecimal, sdk.Decimal("-5.50"), nil}},
	{"decimal 65 digits", nil, sdk.Decimal(wide), rep{fDecimal0, sdk.Text(wide), nil}, rep{pgWide, sdk.Decimal(wide), nil}, rep{myWide, sdk.Decimal(wide), nil}},
	{"text emoji", nil, sdk.Text("🎉 日本語 שלום e\u0301"), rep{fText, sdk.Text("🎉 日本語 שלום e\u0301"), nil}, rep{pgText, sdk.Text("🎉 日本語 שלום e\u0301"), nil}, rep{myText, sdk.Text("🎉 日本語 שלום e\u0301"), nil}},
	{"text empty", nil, sdk.Text(""), rep{fChar, sdk.Text(""), nil}, rep{pgChar, sdk.Text(""), nil}, rep{myChar, sdk.Text(""), nil}},
	{"bytes zeros", nil, sdk.Bytes([]byte{0, 0, 1, 0}), rep{fBytes, sdk.Bytes([]byte{0, 0, 1, 0}), nil}, rep{pgBytes, sdk.Bytes([]byte{0, 0, 1, 0}), nil}, rep{myBytes, sdk.Bytes([]byte{0, 0, 1, 0}), nil}},
	{"bytes empty", nil, sdk.Bytes(nil), rep{fBytes, sdk.Bytes(nil), nil}, rep{pgBytes, sdk.Bytes(nil), nil}, rep{myBytes, sdk.Bytes(nil), nil}},
	{"date min", nil, sdk.Date(minDate), rep{fDate, sdk.Text("0001-01-01"), nil}, rep{pgDate, sdk.Date(minDate), nil}, rep{myDate, sdk.Date(minDate), nil}},
	{"date max", nil, sdk.Date(maxDate), rep{fDate, sdk.Text("9999-12-31"), nil}, rep{pgDate, sdk.Date(maxDate), nil}, rep{myDate, sdk.Date(maxDate), nil}},
	{"datetime min", nil, sdk.DateTime(minDateTime), rep{fDateTime, sdk.Text("0001-01-01 00:00:00"), nil}, rep{pgDateTime, sdk.DateTime(minDateTime), nil}, rep{myDateTime, sdk.DateTime(minDateTime), nil}},
	{"datetime max", nil, sdk.DateTime(maxDateTime), rep{fDateTime, sdk.Text("9999-12-31 23:59:59.999999"), nil}, rep{pgDateTime, sdk.DateTime(maxDateTime), nil}, rep{myDateTime, sdk.DateTime(maxDateTime), nil}},
	{"datetime micros", nil, sdk.DateTime(1691404575000001), rep{fDateTime, sdk.Text("2023-08-07 10:36:15.000001"), nil}, rep{pgDateTime, sdk.DateTime(1691404575000001), nil}, rep{myDateTime, sdk.DateTime(1691404575000001), nil}},
	{"datetime Paris summer", paris, sdk.DateTime(summerUTC), rep{fDateTime, sdk.Text("2023-08-07 12:36:15"), nil}, rep{pgDateTime, sdk.DateTime(summerUTC), nil}, rep{myDateTime, sdk.DateTime(summerUTC + 2*hour), nil}},
	{"datetime Paris winter", paris, sdk.DateTime(winterUTC), rep{fDateTime, sdk.Text("2023-01-07 11:36:15.000001"), nil}, rep{pgNaive, sdk.DateTime(winterUTC + hour), nil}, rep{myDateTime, sdk.DateTime(winterUTC + hour), nil}},
	{"time last micro", nil, sdk.Time(microsPerDay - 1), rep{fTime, sdk.Text("23:59:59.999999"), nil}, rep{pgTime, sdk.Time(microsPerDay - 1), nil}, rep{myTime, sdk.Time(microsPerDay - 1), nil}},
	{"time midnight", nil, sdk.Time(0), rep{fTime, sdk.Text("00:00:00"), nil}, rep{pgTime, sdk.Time(0), nil}, rep{myTime, sdk.Time(0), nil}},
	{"duration min", nil, sdk.Duration(math.MinInt64), rep{fDuration, sdk.Int(math.MinInt64), nil}, rep{pgDuration, sdk.Duration(math.MinInt64), nil}, rep{myDuration, sdk.Int(math.MinInt64), nil}},
	{"duration negative", nil, sdk.Duration(-259199999995), rep{fDuration, sdk.Int(-259199999995), nil}, rep{pgDuration, sdk.Duration(-259199999995), nil}, rep{myDuration, sdk.Int(-259199999995), nil}},
	{"duration huge", nil, sdk.Duration(86399913600000000), rep{fDuration, sdk.Int(86399913600000000), nil}, rep{pgDuration, sdk.Duration(86399913600000000), nil}, rep{myDuration, sdk.Int(86399913600000000), nil}},
	{"uuid", nil, uuidOf("25ec0a44e91a556bb3d9995ccd98cf5e"), rep{fUUID, sdk.Text("25ec0a44e91a556bb3d9995ccd98cf5e"), nil}, rep{pgUUIDF, uuidOf("25ec0a44e91a556bb3d9995ccd98cf5e"), nil}, rep{myUUID, sdk.Text("25ec0a44e91a556bb3d9995ccd98cf5e"), nil}},
	{"json nested", nil, sdk.JSON(`{"a": [1, {"b": null}], "ü": "🎉"}`), rep{fJSON, sdk.Text(`{"a": [1, {"b": null}], "ü": "🎉"}`), nil}, rep{pgJSON, sdk.JSON(`{"a": [1, {"b": null}], "ü": "🎉"}`), nil}, rep{myJSON, sdk.Text(`{"a": [1, {"b": null}], "ü": "🎉"}`), nil}},
	{"json null", nil, sdk.JSON(`null`), rep{fJSON, sdk.Text(`null`), nil}, rep{pgJSON, sdk.JSON(`null`), nil}, rep{myJSON8, sdk.JSON(`null`), nil}},
	{"ipv6", nil, sdk.Text("2001:db8::1"), rep{fIP, sdk.Text("2001:db8::1"), nil}, rep{pgIP, sdk.Text("2001:db8::1"), nil}, rep{myIP, sdk.Text("2001:db8::1"), nil}},
}

// TestCodecs_Transform_AllPairs moves every case between every pair of
// dialects as rex does: decode A's read value with A's codec, encode the
// native value with B's, and decode what B would store with B's again. The
// native value must be the case's each time, and B must be given exactly
// what its dialect reads.
func TestCodecs_Transform_AllPairs(t *testing.T) {
	t.Parallel()
	for _, a := range dialects {
		for _, b := range dialects {
			for _, tc := range crossCases {
				t.Run(a+"→"+b+"/"+tc.name, func(t *testing.T) {
					t.Parallel()
					ra, rb := tc.on(a), tc.on(b)
					sa, sb := oneColumnOn(a, ra.field), oneColumnOn(b, rb.field)
					native, err := convert(prepared(t, tc.cfg, sdk.Decode, sa, sb), ra.read)
					if err != nil {
						t.Fatalf("decode on %s: %v", a, err)
					}
					if !native.Equal(tc.native) {
						t.Fatalf("decode on %s: %v (%s), want %v (%s)", a, native, native.Kind, tc.native, tc.native.Kind)
					}
					stored, err := convert(prepared(t, tc.cfg, sdk.Encode, sb, sa), native)
					if err != nil {
						t.Fatalf("encode for %s: %v", b, err)
					}
					want := rb.read
					if rb.written != nil {
						want = *rb.written
					}
					if !stored.Equal(want) {
						t.Errorf("encode for %s: %v (%s), want %v (%s)", b, stored, stored.Kind, want, want.Kind)
					}
					back, err := convert(prepared(t, tc.cfg, sdk.Decode, sb, sa), stored)
					if err != nil {
						t.Fatalf("decode on %s: %v", b, err)
					}
					if !back.Equal(tc.native) {
						t.Errorf("decode on %s: %v, want %v", b, back, tc.native)
					}
				})
			}
		}
	}
}

// TestCodecs_Transform_AmbiguousSettledByPostgres declares the SQLite and
// MySQL columns as their introspection alone would (a bigint is a
// BigIntegerField) and lets the PostgreSQL schema on the other side settle
// them, in both directions.
func TestCodecs_Transform_AmbiguousSettledByPostgres(t *testing.T) {
	t.Parallel()
	declared := map[string]map[sdk.FieldType]sdk.Field{
		"sqlite": {
			sdk.DurationField: {Type: sdk.BigIntegerField, DBType: "bigint"},
			sdk.UUIDField:     {Type: sdk.CharField, DBType: "char(32)", MaxLength: 32},
			sdk.JSONField:     {Type: sdk.TextField, DBType: "text"},
		},
		"mysql": {
			sdk.DurationField: {Type: sdk.BigIntegerField, DBType: "bigint(20)"},
			sdk.UUIDField:     {Type: sdk.CharField, DBType: "char(32)", MaxLength: 32},
			sdk.JSONField:     {Type: sdk.TextField, DBType: "longtext"},
		},
	}
	for _, tc := range crossCases {
		for _, other := range []string{"sqlite", "mysql"} {
			d, ok := declared[other][tc.on(other).field.Type]
			if !ok {
				continue
			}
			amb := tc.on(other)
			amb.field = d
			if amb.read.Kind == sdk.KindJSON { // MySQL 8's json type: as longtext it is text
				amb.read.Kind = sdk.KindText
			}
			for _, pair := range [][2]string{{other, "postgres"}, {"postgres", other}} {
				t.Run(pair[0]+"→"+pair[1]+"/"+tc.name, func(t *testing.T) {
					t.Parallel()
					rep := map[string]rep{other: amb, "postgres": tc.postgres}
					ra, rb := rep[pair[0]], rep[pair[1]]
					sa, sb := oneColumnOn(pair[0], ra.field), oneColumnOn(pair[1], rb.field)
					native, err := convert(prepared(t, tc.cfg, sdk.Decode, sa, sb), ra.read)
					if err != nil || !native.Equal(tc.native) {
						t.Fatalf("decode on %s: %v, %v; want %v", pair[0], native, err, tc.native)
					}
					stored, err := convert(prepared(t, tc.cfg, sdk.Encode, sb, sa), native)
					if err != nil || !stored.Equal(rb.read) {
						t.Fatalf("encode for %s: %v, %v; want %v", pair[1], stored, err, rb.read)
					}
				})
			}
		}
	}
}

// fuzzFields are one field of each kind per dialect, for FuzzCodecs.
var fuzzFields = map[string][]sdk.Field{
	"sqlite":   {fInt, fBool, fFloat, fDecimal, fDecimal0, fText, fBytes, fDate, fDateTime, fTime, fDuration, fUUID, fJSON},
	"postgres": {pgInt, pgBool, pgFloat, pgDecimal, pgNumeric, pgText, pgBytes, pgDate, pgDateTime, pgTime, pgDuration, pgUUIDF, pgJSON, pgNaive},
	"mysql":    {myInt, myBool, myFloat, myDecimal, myWide, myText, myBytes, myDate, myDateTime, myTime, myDuration, myUUID, myJSON, myJSON8},
}

// FuzzCodecs_Transform_CrossEngine feeds arbitrary values to one dialect's
// decoder and the native result through another's encoder and decoder:
// nothing may panic, and a value B's encoder accepts must decode to the
// same native value on B. The receiver's encoder sees values from the wire,
// which a peer controls.
func FuzzCodecs_Transform_CrossEngine(f *testing.F) {
	f.Add(uint8(0), uint8(1), uint8(0), uint8(sdk.KindInt), int64(-1), []byte(nil))
	f.Add(uint8(2), uint8(0), uint8(3), uint8(sdk.KindDecimal), int64(0), []byte("-12.345"))
	f.Add(uint8(1), uint8(2), uint8(8), uint8(sdk.KindDateTime), int64(maxDateTime), []byte(nil))
	f.Add(uint8(2), uint8(0), uint8(11), uint8(sdk.KindText), int64(0), []byte("25EC0A44-E91A-556B-B3D9-995CCD98CF5E"))
	f.Add(uint8(0), uint8(2), uint8(12), uint8(sdk.KindText), int64(0), []byte(`{"a": [1e400]}`))
	f.Add(uint8(1), uint8(2), uint8(1), uint8(sdk.KindBool), int64(5), []byte(nil))
	f.Add(uint8(1), uint8(0), uint8(3), uint8(sdk.KindDecimal), int64(0), []byte("NaN"))
	f.Fuzz(func(t *testing.T, da, db, fi, kind uint8, i int64, b []byte) {
		a, d := dialects[int(da)%3], dialects[int(db)%3]
		fa := fuzzFields[a][int(fi)%len(fuzzFields[a])]
		fb := fuzzFields[d][int(fi)%len(fuzzFields[d])]
		if fa.Type.Kind() != fb.Type.Kind() {
			return
		}
		sa, sb := oneColumnOn(a, fa), oneColumnOn(d, fb)
		// A value as the batch encoding carries it: Int or Bytes, not both.
		v := sdk.Value{Kind: sdk.Kind(kind % 13), Int: i}
		switch v.Kind {
		case sdk.KindNull:
			v.Int = 0
		case sdk.KindDecimal, sdk.KindText, sdk.KindBytes, sdk.KindUUID, sdk.KindJSON:
			v.Int, v.Bytes = 0, append([]byte{}, b...)
		}
		native, err := convert(prepared(t, nil, sdk.Decode, sa, sb), v)
		if err != nil {
			return
		}
		native = cloneValue(native)
		stored, err := convert(prepared(t, nil, sdk.Encode, sb, sa), native)
		if err != nil {
			return
		}
		back, err := convert(prepared(t, nil, sdk.Decode, sb, sa), stored)
		if err != nil {
			t.Fatalf("%s %s: %v decoded to %v, %s encoded it to %v, which it cannot decode: %v", a, fa.Type, v, native, d, stored, err)
		}
		want := native
		if native.Kind == sdk.KindDecimal && fb.MaxDigits > 0 && isCanonicalDecimal(native.Bytes) {
			// A field with declared places (a numeric without them keeps
			// what it is given) quantizes to its decimal_places, rounding
			// half to even as Django does when it saves: 0.001 from MySQL's
			// decimal(65,30) is 0.00 in a 2-place field, and 0.00 is 0 with
			// 30 zeros the other way. Validation warns of the rounding
			// before a run (engine/validate, compareDecimals).
			want.Bytes = appendQuantized(nil, native.Bytes, fb.DecimalPlaces)
		}
		if !back.Equal(want) {
			t.Fatalf("%s %s: %v decoded to %v; through %s it came back as %v, want %v", a, fa.Type, v, native, d, back, want)
		}
	})
}

func cloneValue(v sdk.Value) sdk.Value {
	if v.Bytes != nil {
		v.Bytes = append([]byte{}, v.Bytes...)
	}
	return v
}
