package django

import (
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/rexdata/rex/sdk"
)

func uuidOf(hex string) sdk.Value {
	b, ok := appendUUID(nil, []byte(hex))
	if !ok {
		panic(hex)
	}
	return sdk.Value{Kind: sdk.KindUUID, Bytes: b}
}

// roundTrip is one value as Django stores it on SQLite and as it is natively.
type roundTrip struct {
	name   string
	field  sdk.Field
	stored sdk.Value // as Django 3.2 left it in SQLite
	native sdk.Value
	// written is what encode gives for native, when it differs from stored:
	// SQLite's column affinity then turns it into stored.
	written *sdk.Value
}

func ptr(v sdk.Value) *sdk.Value { return &v }

var (
	fInt      = sdk.Field{Type: sdk.BigIntegerField, DBType: "bigint"}
	fSmall    = sdk.Field{Type: sdk.SmallIntegerField, DBType: "smallint"}
	fBool     = sdk.Field{Type: sdk.BooleanField, DBType: "bool"}
	fFloat    = sdk.Field{Type: sdk.FloatField, DBType: "real"}
	fDecimal  = sdk.Field{Type: sdk.DecimalField, DBType: "decimal", MaxDigits: 12, DecimalPlaces: 2}
	fDecimal0 = sdk.Field{Type: sdk.DecimalField, DBType: "decimal"}
	fText     = sdk.Field{Type: sdk.TextField, DBType: "text"}
	fChar     = sdk.Field{Type: sdk.CharField, DBType: "varchar(200)", MaxLength: 200}
	fBytes    = sdk.Field{Type: sdk.BinaryField, DBType: "BLOB"}
	fDate     = sdk.Field{Type: sdk.DateField, DBType: "date"}
	fDateTime = sdk.Field{Type: sdk.DateTimeField, DBType: "datetime"}
	fTime     = sdk.Field{Type: sdk.TimeField, DBType: "time"}
	fDuration = sdk.Field{Type: sdk.DurationField, DBType: "bigint"}
	fUUID     = sdk.Field{Type: sdk.UUIDField, DBType: "char(32)"}
	fJSON     = sdk.Field{Type: sdk.JSONField, DBType: "text"}
	fIP       = sdk.Field{Type: sdk.GenericIPAddressField, DBType: "char(39)"}
)

var roundTrips = []roundTrip{
	{"IntegerField/min", fInt, sdk.Int(math.MinInt64), sdk.Int(math.MinInt64), nil},
	{"IntegerField/max", fInt, sdk.Int(math.MaxInt64), sdk.Int(math.MaxInt64), nil},
	{"IntegerField/zero", fInt, sdk.Int(0), sdk.Int(0), nil},
	{"SmallIntegerField/min", fSmall, sdk.Int(-32768), sdk.Int(-32768), nil},
	{"BooleanField/true", fBool, sdk.Int(1), sdk.Bool(true), nil},
	{"BooleanField/false", fBool, sdk.Int(0), sdk.Bool(false), nil},
	{"FloatField/tenth", fFloat, sdk.Float(0.1), sdk.Float(0.1), nil},
	{"FloatField/huge negative", fFloat, sdk.Float(-1e300), sdk.Float(-1e300), nil},
	{"FloatField/tiny", fFloat, sdk.Float(1e-300), sdk.Float(1e-300), nil},
	{"DecimalField/cent", fDecimal, sdk.Float(0.01), sdk.Decimal("0.01"), ptr(sdk.Text("0.01"))},
	{"DecimalField/negative", fDecimal, sdk.Float(-5.5), sdk.Decimal("-5.50"), ptr(sdk.Text("-5.50"))},
	{"DecimalField/large", fDecimal, sdk.Float(9999999999.99), sdk.Decimal("9999999999.99"), ptr(sdk.Text("9999999999.99"))},
	{"DecimalField/zero", fDecimal, sdk.Int(0), sdk.Decimal("0.00"), ptr(sdk.Text("0.00"))},
	{"DecimalField/price", fDecimal, sdk.Float(855.57), sdk.Decimal("855.57"), ptr(sdk.Text("855.57"))},
	{"DecimalField/no places", fDecimal0, sdk.Float(4798.3), sdk.Decimal("4798.3"), ptr(sdk.Text("4798.3"))},
	{"DecimalField/no places integer", fDecimal0, sdk.Int(7), sdk.Decimal("7"), ptr(sdk.Text("7"))},
	{"TextField/emoji CJK RTL", fText, sdk.Text("🎉 日本語 שלום e\u0301"), sdk.Text("🎉 日本語 שלום e\u0301"), nil},
	{"TextField/quotes tabs CRLF", fText, sdk.Text("'\"\\\t\r\n"), sdk.Text("'\"\\\t\r\n"), nil},
	{"TextField/empty", fText, sdk.Text(""), sdk.Text(""), nil},
	{"CharField/ascii", fChar, sdk.Text("Widget"), sdk.Text("Widget"), nil},
	{"GenericIPAddressField/v6", fIP, sdk.Text("2001:db8::1"), sdk.Text("2001:db8::1"), nil},
	{"BinaryField/zeros", fBytes, sdk.Bytes([]byte{0, 1, 0, 0xff, 0}), sdk.Bytes([]byte{0, 1, 0, 0xff, 0}), nil},
	{"BinaryField/empty", fBytes, sdk.Bytes([]byte{}), sdk.Bytes([]byte{}), nil},
	{"DateField/min", fDate, sdk.Text("0001-01-01"), sdk.Date(minDate), nil},
	{"DateField/max", fDate, sdk.Text("9999-12-31"), sdk.Date(maxDate), nil},
	{"DateField/epoch", fDate, sdk.Text("1970-01-01"), sdk.Date(0), nil},
	{"DateField/leap day", fDate, sdk.Text("2000-02-29"), sdk.Date(11016), nil},
	{"DateTimeField/min", fDateTime, sdk.Text("0001-01-01 00:00:00"), sdk.DateTime(-62135596800000000), nil},
	{"DateTimeField/max", fDateTime, sdk.Text("9999-12-31 23:59:59.999999"), sdk.DateTime(253402300799999999), nil},
	{"DateTimeField/micros", fDateTime, sdk.Text("2023-08-07 10:36:15.123456"), sdk.DateTime(1691404575123456), nil},
	{"DateTimeField/one micro", fDateTime, sdk.Text("2023-08-07 10:36:15.000001"), sdk.DateTime(1691404575000001), nil},
	{"DateTimeField/half second", fDateTime, sdk.Text("2023-04-20 18:10:00.500000"), sdk.DateTime(1682014200500000), nil},
	{"DateTimeField/zero micros", fDateTime, sdk.Text("2023-08-07 10:36:15"), sdk.DateTime(1691404575000000), nil},
	{"DateTimeField/before epoch", fDateTime, sdk.Text("1969-12-31 23:59:59.999999"), sdk.DateTime(-1), nil},
	{"TimeField/midnight", fTime, sdk.Text("00:00:00"), sdk.Time(0), nil},
	{"TimeField/last micro", fTime, sdk.Text("23:59:59.999999"), sdk.Time(86399999999), nil},
	{"TimeField/afternoon", fTime, sdk.Text("16:15:00"), sdk.Time(58500000000), nil},
	{"DurationField/negative", fDuration, sdk.Int(-259199999995), sdk.Duration(-259199999995), nil},
	{"DurationField/minus one micro", fDuration, sdk.Int(-1), sdk.Duration(-1), nil},
	{"DurationField/zero", fDuration, sdk.Int(0), sdk.Duration(0), nil},
	{"DurationField/999999 days", fDuration, sdk.Int(86399913600000000), sdk.Duration(86399913600000000), nil},
	{"UUIDField/one", fUUID, sdk.Text("00000000000000000000000000000001"), uuidOf("00000000-0000-0000-0000-000000000001"), nil},
	{"UUIDField/all f", fUUID, sdk.Text("ffffffffffffffffffffffffffffffff"), uuidOf("ffffffffffffffffffffffffffffffff"), nil},
	{"UUIDField/mixed", fUUID, sdk.Text("25ec0a44e91a556bb3d9995ccd98cf5e"), uuidOf("25ec0a44-e91a-556b-b3d9-995ccd98cf5e"), nil},
	{"JSONField/nested unicode null", fJSON, sdk.Text(`{"a": [1, {"b": null}], "ü": "日本 🎉"}`), sdk.JSON(`{"a": [1, {"b": null}], "ü": "日本 🎉"}`), nil},
	{"JSONField/null", fJSON, sdk.Text(`null`), sdk.JSON(`null`), nil},
	{"JSONField/big integer", fJSON, sdk.Text(`[12345678901234567890123, 0.1000000000000000055511]`), sdk.JSON(`[12345678901234567890123, 0.1000000000000000055511]`), nil},
	{"JSONField/string", fJSON, sdk.Text(`"x"`), sdk.JSON(`"x"`), nil},
	{"ForeignKey/id", sdk.Field{Type: sdk.ForeignKey, DBType: "bigint", References: &sdk.Reference{Table: "t", Field: "id"}}, sdk.Int(42), sdk.Int(42), nil},
}

func TestSQLite_Decode_StoredToNative(t *testing.T) {
	t.Parallel()
	for _, tc := range roundTrips {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			tr := prepared(t, nil, sdk.Decode, withID(oneColumn(tc.field)), nil)
			got, err := convert(tr, tc.stored)
			if err != nil {
				t.Fatal(err)
			}
			if !got.Equal(tc.native) {
				t.Errorf("decode(%v) = %v (%s), want %v (%s)", tc.stored, got, got.Kind, tc.native, tc.native.Kind)
			}
			if null, err := convert(tr, sdk.Null); err != nil || !null.IsNull() {
				t.Errorf("decode(NULL) = %v, %v; want NULL", null, err)
			}
		})
	}
}

func TestSQLite_Encode_NativeToStored(t *testing.T) {
	t.Parallel()
	for _, tc := range roundTrips {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			enc := prepared(t, nil, sdk.Encode, withID(oneColumn(tc.field)), nil)
			dec := prepared(t, nil, sdk.Decode, withID(oneColumn(tc.field)), nil)
			want := tc.stored
			if tc.written != nil {
				want = *tc.written
			}
			got, err := convert(enc, tc.native)
			if err != nil {
				t.Fatal(err)
			}
			if !got.Equal(want) {
				t.Errorf("encode(%v) = %v (%s), want %v (%s)", tc.native, got, got.Kind, want, want.Kind)
			}
			back, err := convert(dec, got)
			if err != nil {
				t.Fatalf("decode(encode(native)): %v", err)
			}
			if !back.Equal(tc.native) {
				t.Errorf("decode(encode(%v)) = %v, want it unchanged", tc.native, back)
			}
			if null, err := convert(enc, sdk.Null); err != nil || !null.IsNull() {
				t.Errorf("encode(NULL) = %v, %v; want NULL", null, err)
			}
		})
	}
}

// TestSQLite_Encode_StoresAsDjango writes encode(decode(stored)) into a real
// SQLite column declared as Django declares it and reads back exactly what
// Django had stored, storage class included.
func TestSQLite_Encode_StoresAsDjango(t *testing.T) {
	t.Parallel()
	db := tempDB(t)
	for _, tc := range roundTrips {
		t.Run(tc.name, func(t *testing.T) {
			dec := prepared(t, nil, sdk.Decode, withID(oneColumn(tc.field)), nil)
			enc := prepared(t, nil, sdk.Encode, withID(oneColumn(tc.field)), nil)
			native, err := convert(dec, tc.stored)
			if err != nil {
				t.Fatal(err)
			}
			written, err := convert(enc, native)
			if err != nil {
				t.Fatal(err)
			}
			if got := storeAndLoad(t, db, tc.field.DBType, written); !got.Equal(tc.stored) {
				t.Errorf("SQLite kept %v (%s) for encode(decode(%v)) = %v; want it unchanged", got, got.Kind, tc.stored, written)
			}
		})
	}
}

// withID adds the "id" column a ForeignKey test case refers to.
func withID(s *sdk.Schema) *sdk.Schema {
	s.Tables[0].Fields = append(s.Tables[0].Fields, sdk.Field{Name: "id", Type: sdk.BigAutoField, DBType: "integer", PrimaryKey: true})
	return s
}

func TestSQLite_Decode_OtherStoredForms(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name   string
		field  sdk.Field
		cfg    map[string]any
		stored sdk.Value
		want   sdk.Value
	}{
		{"DateTimeField/T separator", fDateTime, nil, sdk.Text("2023-08-07T10:36:15.5"), sdk.DateTime(1691404575500000)},
		{"DateTimeField/Z", fDateTime, nil, sdk.Text("2023-08-07 10:36:15Z"), sdk.DateTime(1691404575000000)},
		{"DateTimeField/offset to UTC", fDateTime, nil, sdk.Text("2023-08-07 12:36:15+02:00"), sdk.DateTime(1691404575000000)},
		{"DateTimeField/negative offset", fDateTime, nil, sdk.Text("2023-08-07T05:36:15-0500"), sdk.DateTime(1691404575000000)},
		{"DateTimeField/naive in time_zone", fDateTime, map[string]any{"use_tz": false, "time_zone": "Europe/Paris"}, sdk.Text("2023-08-07 12:36:15"), sdk.DateTime(1691404575000000)},
		{"DateTimeField/naive winter in time_zone", fDateTime, map[string]any{"use_tz": false, "time_zone": "Europe/Paris"}, sdk.Text("2023-01-07 11:36:15"), sdk.DateTime(1673087775000000)},
		{"DateTimeField/naive ignores time_zone with use_tz", fDateTime, map[string]any{"time_zone": "Europe/Paris"}, sdk.Text("2023-08-07 10:36:15"), sdk.DateTime(1691404575000000)},
		{"TimeField/short fraction", fTime, nil, sdk.Text("00:00:00.5"), sdk.Time(500000)},
		{"UUIDField/dashed upper", fUUID, nil, sdk.Text("25EC0A44-E91A-556B-B3D9-995CCD98CF5E"), uuidOf("25ec0a44e91a556bb3d9995ccd98cf5e")},
		{"IntegerField/integral float", fInt, nil, sdk.Float(3), sdk.Int(3)},
		{"IntegerField/text", fInt, nil, sdk.Text("-12"), sdk.Int(-12)},
		{"FloatField/int", fFloat, nil, sdk.Int(3), sdk.Float(3)},
		{"DecimalField/text rounds half even", fDecimal, nil, sdk.Text("2.125"), sdk.Decimal("2.12")},
		{"DecimalField/text rounds up", fDecimal, nil, sdk.Text("2.135"), sdk.Decimal("2.14")},
		{"DecimalField/text carries", fDecimal, nil, sdk.Text("-99.999"), sdk.Decimal("-100.00")},
		{"DecimalField/exponent", fDecimal0, nil, sdk.Text("1.5E+3"), sdk.Decimal("1500")},
		{"DecimalField/float beyond 15 digits", fDecimal0, nil, sdk.Float(0.30000000000000004), sdk.Decimal("0.300000000000000")},
		{"DecimalField/float tiny", fDecimal0, nil, sdk.Float(1.5e-7), sdk.Decimal("0.00000015")},
		{"DecimalField/float tiny quantized", fDecimal, nil, sdk.Float(1e-300), sdk.Decimal("0.00")},
		{"BinaryField/text", fBytes, nil, sdk.Text("ab"), sdk.Bytes([]byte("ab"))},
		{"DurationField/native", fDuration, nil, sdk.Duration(5), sdk.Duration(5)},
		{"DateField/native", fDate, nil, sdk.Date(3), sdk.Date(3)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			tr := prepared(t, tc.cfg, sdk.Decode, oneColumn(tc.field), nil)
			got, err := convert(tr, tc.stored)
			if err != nil {
				t.Fatal(err)
			}
			if !got.Equal(tc.want) {
				t.Errorf("decode(%v) = %v (%s), want %v (%s)", tc.stored, got, got.Kind, tc.want, tc.want.Kind)
			}
		})
	}
}

func TestSQLite_Encode_TimeZone(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name   string
		cfg    map[string]any
		native sdk.Value
		want   string
	}{
		{"use_tz writes UTC", map[string]any{"time_zone": "Asia/Tokyo"}, sdk.DateTime(1691404575000000), "2023-08-07 10:36:15"},
		{"naive in Paris summer", map[string]any{"use_tz": false, "time_zone": "Europe/Paris"}, sdk.DateTime(1691404575000000), "2023-08-07 12:36:15"},
		{"naive in Paris winter", map[string]any{"use_tz": false, "time_zone": "Europe/Paris"}, sdk.DateTime(1673087775000001), "2023-01-07 11:36:15.000001"},
		{"naive in New York", map[string]any{"use_tz": false, "time_zone": "America/New_York"}, sdk.DateTime(1691404575000000), "2023-08-07 06:36:15"},
		{"stored text is decoded first", map[string]any{"use_tz": false, "time_zone": "Europe/Paris"}, sdk.Text("2023-08-07 10:36:15Z"), "2023-08-07 12:36:15"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			enc := prepared(t, tc.cfg, sdk.Encode, oneColumn(fDateTime), nil)
			dec := prepared(t, tc.cfg, sdk.Decode, oneColumn(fDateTime), nil)
			got, err := convert(enc, tc.native)
			if err != nil {
				t.Fatal(err)
			}
			if !got.Equal(sdk.Text(tc.want)) {
				t.Fatalf("encode(%v) = %v, want %q", tc.native, got, tc.want)
			}
			back, err := convert(dec, got)
			if err != nil {
				t.Fatal(err)
			}
			if tc.native.Kind == sdk.KindDateTime && !back.Equal(tc.native) {
				t.Errorf("decode(encode(%v)) = %v, want it unchanged", tc.native, back)
			}
		})
	}
}

func TestSQLite_Decode_NonexistentWallClock(t *testing.T) {
	t.Parallel()
	tr := prepared(t, map[string]any{"use_tz": false, "time_zone": "Europe/Paris"}, sdk.Decode, oneColumn(fDateTime), nil)
	_, err := convert(tr, sdk.Text("2023-03-26 02:30:00"))
	if !errors.Is(err, ErrValue) || !strings.Contains(err.Error(), "does not exist in time zone Europe/Paris") {
		t.Errorf("err = %v, want a nonexistent wall clock error", err)
	}
}

func TestSQLite_Transform_BadValues(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("x", 100)
	for _, tc := range []struct {
		name  string
		dir   sdk.Direction
		field sdk.Field
		v     sdk.Value
		want  string
	}{
		{"decode bad date", sdk.Decode, fDate, sdk.Text("2023-02-29"), "not a date"},
		{"decode year zero", sdk.Decode, fDate, sdk.Text("0000-01-01"), "not a date"},
		{"decode bad datetime", sdk.Decode, fDateTime, sdk.Text("2023-08-07 24:00:00"), "not a datetime"},
		{"decode datetime seven digits", sdk.Decode, fDateTime, sdk.Text("2023-08-07 10:00:00.1234567"), "not a datetime"},
		{"decode bad time", sdk.Decode, fTime, sdk.Text("12:60:00"), "not a time"},
		{"decode bad uuid", sdk.Decode, fUUID, sdk.Text("xyz"), "not a UUID"},
		{"decode bad json", sdk.Decode, fJSON, sdk.Text("{"), "not valid JSON"},
		{"decode bool two", sdk.Decode, fBool, sdk.Int(2), "0 or 1"},
		{"decode fractional int", sdk.Decode, fInt, sdk.Float(1.5), "not an integer"},
		{"decode int text", sdk.Decode, fInt, sdk.Text("12a"), "not an integer"},
		{"decode bad decimal", sdk.Decode, fDecimal, sdk.Text("NaN"), "not a decimal"},
		{"decode decimal inf", sdk.Decode, fDecimal, sdk.Float(math.Inf(1)), "not a decimal"},
		{"decode decimal too many digits", sdk.Decode, fDecimal, sdk.Text("12345678901.5"), "max_digits=12"},
		{"decode blob as text", sdk.Decode, fText, sdk.Bytes([]byte{1}), "a bytes value does not fit a TextField"},
		{"decode text as duration", sdk.Decode, fDuration, sdk.Text("1 day"), "a text value does not fit a DurationField"},
		{"decode long text truncated", sdk.Decode, fDate, sdk.Text(long), `value "` + strings.Repeat("x", 59) + "…"},
		{"encode date out of range", sdk.Encode, fDate, sdk.Date(maxDate + 1), "not a date"},
		{"encode datetime out of range", sdk.Encode, fDateTime, sdk.DateTime(-62135596800000001), "not a datetime"},
		{"encode time out of range", sdk.Encode, fTime, sdk.Time(microsPerDay), "not a time"},
		{"encode duration into int", sdk.Encode, fSmall, sdk.Duration(1), "a duration value does not fit a SmallIntegerField"},
		{"encode bad stored text", sdk.Encode, fDateTime, sdk.Text("yesterday"), "not a datetime"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			tr := prepared(t, nil, tc.dir, oneColumn(tc.field), nil)
			b := &sdk.Batch{Table: "t", Columns: []string{"c"}, Values: []sdk.Value{sdk.Null, tc.v}}
			_, err := tr.Transform(t.Context(), b)
			if err == nil {
				t.Fatalf("%s(%v) succeeded, want an error", tc.dir, tc.v)
			}
			msg := err.Error()
			for _, want := range []string{"t.c", "row 1", tc.want} {
				if !strings.Contains(msg, want) {
					t.Errorf("error %q does not contain %q", msg, want)
				}
			}
			if !errors.Is(err, ErrValue) {
				t.Errorf("error %v does not wrap ErrValue", err)
			}
		})
	}
}
