package django

import (
	"math"
	"testing"

	"github.com/rexdata/rex/sdk"
)

// The fields as the mysql dialect describes Django 3.2's columns on
// MariaDB (django/db/backends/mysql/base.py data_types), with the display
// widths MariaDB prints.
var (
	myInt      = sdk.Field{Type: sdk.BigIntegerField, DBType: "bigint(20)"}
	mySmall    = sdk.Field{Type: sdk.SmallIntegerField, DBType: "smallint(6)"}
	myBool     = sdk.Field{Type: sdk.BooleanField, DBType: "tinyint(1)"}
	myFloat    = sdk.Field{Type: sdk.FloatField, DBType: "double"}
	myDecimal  = sdk.Field{Type: sdk.DecimalField, DBType: "decimal(12,2)", MaxDigits: 12, DecimalPlaces: 2}
	myWide     = sdk.Field{Type: sdk.DecimalField, DBType: "decimal(65,30)", MaxDigits: 65, DecimalPlaces: 30}
	myText     = sdk.Field{Type: sdk.TextField, DBType: "longtext"}
	myChar     = sdk.Field{Type: sdk.CharField, DBType: "varchar(200)", MaxLength: 200}
	myBytes    = sdk.Field{Type: sdk.BinaryField, DBType: "longblob"}
	myDate     = sdk.Field{Type: sdk.DateField, DBType: "date"}
	myDateTime = sdk.Field{Type: sdk.DateTimeField, DBType: "datetime(6)"}
	myTime     = sdk.Field{Type: sdk.TimeField, DBType: "time(6)"}
	myDuration = sdk.Field{Type: sdk.DurationField, DBType: "bigint(20)"}
	myUUID     = sdk.Field{Type: sdk.UUIDField, DBType: "char(32)"}
	myJSON     = sdk.Field{Type: sdk.JSONField, DBType: "longtext"}
	myJSON8    = sdk.Field{Type: sdk.JSONField, DBType: "json"}
	myIP       = sdk.Field{Type: sdk.GenericIPAddressField, DBType: "char(39)"}
)

// myRoundTrips are values as the mysql dialect reads them from columns
// Django 3.2 wrote, with their Django-native values.
var myRoundTrips = []roundTrip{
	{"IntegerField/min", myInt, sdk.Int(math.MinInt64), sdk.Int(math.MinInt64), nil},
	{"IntegerField/max", myInt, sdk.Int(math.MaxInt64), sdk.Int(math.MaxInt64), nil},
	{"SmallIntegerField/min", mySmall, sdk.Int(-32768), sdk.Int(-32768), nil},
	{"BooleanField/true", myBool, sdk.Int(1), sdk.Bool(true), nil},
	{"BooleanField/false", myBool, sdk.Int(0), sdk.Bool(false), nil},
	{"FloatField/tenth", myFloat, sdk.Float(0.1), sdk.Float(0.1), nil},
	{"FloatField/huge negative", myFloat, sdk.Float(-1e300), sdk.Float(-1e300), nil},
	{"DecimalField/places kept", myDecimal, sdk.Decimal("12.50"), sdk.Decimal("12.50"), nil},
	{"DecimalField/zero", myDecimal, sdk.Decimal("0.00"), sdk.Decimal("0.00"), nil},
	{"DecimalField/negative cent", myDecimal, sdk.Decimal("-0.01"), sdk.Decimal("-0.01"), nil},
	{"DecimalField/65 digits", myWide, sdk.Decimal("-12345678901234567890123456789012345.123456789012345678901234567890"), sdk.Decimal("-12345678901234567890123456789012345.123456789012345678901234567890"), nil},
	{"TextField/emoji CJK RTL", myText, sdk.Text("🎉 日本語 שלום e\u0301"), sdk.Text("🎉 日本語 שלום e\u0301"), nil},
	{"TextField/zero byte", myText, sdk.Text("a\x00b"), sdk.Text("a\x00b"), nil},
	{"TextField/empty", myText, sdk.Text(""), sdk.Text(""), nil},
	{"CharField/quotes", myChar, sdk.Text(`'"\`), sdk.Text(`'"\`), nil},
	{"BinaryField/zeros", myBytes, sdk.Bytes([]byte{0, 1, 0, 0xff, 0}), sdk.Bytes([]byte{0, 1, 0, 0xff, 0}), nil},
	{"BinaryField/empty", myBytes, sdk.Bytes(nil), sdk.Bytes(nil), nil},
	{"DateField/min", myDate, sdk.Date(minDate), sdk.Date(minDate), nil},
	{"DateField/max", myDate, sdk.Date(maxDate), sdk.Date(maxDate), nil},
	{"DateTimeField/min", myDateTime, sdk.DateTime(minDateTime), sdk.DateTime(minDateTime), nil},
	{"DateTimeField/max", myDateTime, sdk.DateTime(maxDateTime), sdk.DateTime(maxDateTime), nil},
	{"DateTimeField/micros", myDateTime, sdk.DateTime(1691404575123456), sdk.DateTime(1691404575123456), nil},
	{"DateTimeField/before epoch", myDateTime, sdk.DateTime(-1), sdk.DateTime(-1), nil},
	{"TimeField/midnight", myTime, sdk.Time(0), sdk.Time(0), nil},
	{"TimeField/last micro", myTime, sdk.Time(microsPerDay - 1), sdk.Time(microsPerDay - 1), nil},
	{"DurationField/min", myDuration, sdk.Int(math.MinInt64), sdk.Duration(math.MinInt64), nil},
	{"DurationField/max", myDuration, sdk.Int(math.MaxInt64), sdk.Duration(math.MaxInt64), nil},
	{"DurationField/negative", myDuration, sdk.Int(-259199999995), sdk.Duration(-259199999995), nil},
	{"DurationField/zero", myDuration, sdk.Int(0), sdk.Duration(0), nil},
	{"UUIDField/mixed", myUUID, sdk.Text("25ec0a44e91a556bb3d9995ccd98cf5e"), uuidOf("25ec0a44-e91a-556b-b3d9-995ccd98cf5e"), nil},
	{"UUIDField/all f", myUUID, sdk.Text("ffffffffffffffffffffffffffffffff"), uuidOf("ffffffffffffffffffffffffffffffff"), nil},
	{"JSONField/MariaDB nested", myJSON, sdk.Text(`{"a": [1, {"b": null}], "ü": "日本 🎉"}`), sdk.JSON(`{"a": [1, {"b": null}], "ü": "日本 🎉"}`), nil},
	{"JSONField/MariaDB null", myJSON, sdk.Text(`null`), sdk.JSON(`null`), nil},
	{"JSONField/MySQL 8 json", myJSON8, sdk.JSON(`{"a": [1, 2.5]}`), sdk.JSON(`{"a": [1, 2.5]}`), nil},
	{"GenericIPAddressField/v6", myIP, sdk.Text("2001:db8::1"), sdk.Text("2001:db8::1"), nil},
	{"ForeignKey/id", sdk.Field{Type: sdk.ForeignKey, DBType: "bigint(20)", References: &sdk.Reference{Table: "t", Field: "id"}}, sdk.Int(42), sdk.Int(42), nil},
}

func TestMySQL_Decode_StoredToNative(t *testing.T) {
	t.Parallel()
	testDecode(t, "mysql", nil, myRoundTrips)
}

func TestMySQL_Encode_NativeToStored(t *testing.T) {
	t.Parallel()
	testEncode(t, "mysql", nil, myRoundTrips)
}

// TestMySQL_Transform_ForeignKeyToUUID: a ForeignKey to a UUIDField is a
// char(32) of hex digits too, decoded to and encoded from a UUID.
func TestMySQL_Transform_ForeignKeyToUUID(t *testing.T) {
	t.Parallel()
	s := &sdk.Schema{Dialect: "mysql", Tables: []sdk.Table{
		{Name: "parent", Fields: []sdk.Field{{Name: "id", Type: sdk.UUIDField, DBType: "char(32)", PrimaryKey: true}}},
		{Name: "t", Fields: []sdk.Field{{Name: "c", Type: sdk.ForeignKey, DBType: "char(32)", References: &sdk.Reference{Table: "parent", Field: "id"}}}},
	}}
	stored, native := sdk.Text("000000000000000000000000000000ff"), uuidOf("000000000000000000000000000000ff")
	got, err := convert(prepared(t, nil, sdk.Decode, s, nil), stored)
	if err != nil || !got.Equal(native) {
		t.Errorf("decode(%v) = %v, %v; want %v", stored, got, err, native)
	}
	got, err = convert(prepared(t, nil, sdk.Encode, s, nil), native)
	if err != nil || !got.Equal(stored) {
		t.Errorf("encode(%v) = %v, %v; want %v", native, got, err, stored)
	}
}

// myParis: a datetime(6) holds TIME_ZONE's wall clock when use_tz=false.
var myParis = []roundTrip{
	{"summer", myDateTime, sdk.DateTime(summerUTC + 2*hour), sdk.DateTime(summerUTC), nil},
	{"winter", myDateTime, sdk.DateTime(winterUTC + hour), sdk.DateTime(winterUTC), nil},
	{"timestamp column", sdk.Field{Type: sdk.DateTimeField, DBType: "timestamp"}, sdk.DateTime(summerUTC + 2*hour), sdk.DateTime(summerUTC), nil},
	{"min", myDateTime, sdk.DateTime(minDateTime + hour), sdk.DateTime(minDateTime + hour - 561*microsPerSecond), nil},
	{"date unchanged", myDate, sdk.Date(-1), sdk.Date(-1), nil},
}

func TestMySQL_Decode_TimeZone(t *testing.T) {
	t.Parallel()
	testDecode(t, "mysql", paris, myParis)
}

func TestMySQL_Encode_TimeZone(t *testing.T) {
	t.Parallel()
	testEncode(t, "mysql", paris, myParis)
	testDecode(t, "mysql", sdk.Config{"time_zone": "Europe/Paris"}, []roundTrip{
		{"use_tz ignores time_zone", myDateTime, sdk.DateTime(summerUTC), sdk.DateTime(summerUTC), nil},
	})
}

func TestMySQL_Transform_BadValues(t *testing.T) {
	t.Parallel()
	testBadValues(t, "mysql", []badValue{
		{"encode float infinity", sdk.Encode, nil, myFloat, sdk.Float(math.Inf(1)), "cannot store infinity or NaN"},
		{"encode float NaN", sdk.Encode, nil, myFloat, sdk.Float(math.NaN()), "cannot store infinity or NaN"},
		{"encode decimal NaN from PostgreSQL", sdk.Encode, nil, myDecimal, sdk.Decimal("NaN"), "cannot store NaN or Infinity"},
		{"encode decimal too many digits", sdk.Encode, nil, myDecimal, sdk.Decimal("12345678901.5"), "max_digits=12"},
		{"encode date after 9999", sdk.Encode, nil, myDate, sdk.Date(maxDate + 1), "outside the dates"},
		{"encode time of 24h", sdk.Encode, nil, myTime, sdk.Time(microsPerDay), "not a time of day"},
		{"encode wall clock after 9999", sdk.Encode, sdk.Config{"use_tz": false, "time_zone": "Asia/Tokyo"}, myDateTime, sdk.DateTime(maxDateTime), "outside the datetimes"},
		{"decode bool two", sdk.Decode, nil, myBool, sdk.Int(2), "0 or 1"},
		{"decode bad uuid", sdk.Decode, nil, myUUID, sdk.Text("25ec0a44e91a556bb3d9995ccd98cf5"), "not a UUID"},
		{"decode bad json", sdk.Decode, nil, myJSON, sdk.Text(`{"a":}`), "not valid JSON"},
		{"decode wall clock in a gap", sdk.Decode, paris, myDateTime, sdk.DateTime(1679797800000000), "does not exist in time zone Europe/Paris"},
		{"decode text as duration", sdk.Decode, nil, myDuration, sdk.Text("1 day"), "a text value does not fit a DurationField"},
	})
}

func TestMySQL_Prepare_AmbiguousColumns(t *testing.T) {
	t.Parallel()
	declared := func(ft sdk.FieldType, db string) sdk.Field { return sdk.Field{Type: ft, DBType: db} }
	for _, tc := range []struct {
		name     string
		dir      sdk.Direction
		own      sdk.Field
		other    *sdk.Schema
		in, want sdk.Value
	}{
		{"bigint alone is an integer", sdk.Decode, declared(sdk.BigIntegerField, "bigint(20)"), nil, sdk.Int(-5), sdk.Int(-5)},
		{"bigint and a PostgreSQL interval", sdk.Decode, declared(sdk.BigIntegerField, "bigint(20)"), oneColumnOn("postgres", pgDuration), sdk.Int(-5), sdk.Duration(-5)},
		{"bigint encodes a duration for a PostgreSQL interval", sdk.Encode, declared(sdk.BigIntegerField, "bigint"), oneColumnOn("postgres", pgDuration), sdk.Duration(-5), sdk.Int(-5)},
		{"bigint and a SQLite DurationField", sdk.Decode, declared(sdk.BigIntegerField, "bigint"), oneColumn(fDuration), sdk.Int(7), sdk.Duration(7)},
		{"bigint unsigned is not ambiguous", sdk.Decode, declared(sdk.PositiveBigIntegerField, "bigint(20) unsigned"), oneColumnOn("postgres", pgDuration), sdk.Int(7), sdk.Int(7)},
		{"char(32) and a PostgreSQL uuid", sdk.Decode, declared(sdk.CharField, "char(32)"), oneColumnOn("postgres", pgUUIDF), sdk.Text("25EC0A44E91A556BB3D9995CCD98CF5E"), uuidOf("25ec0a44e91a556bb3d9995ccd98cf5e")},
		{"char(32) encodes a uuid as hex", sdk.Encode, declared(sdk.CharField, "char(32)"), oneColumnOn("postgres", pgUUIDF), uuidOf("25ec0a44e91a556bb3d9995ccd98cf5e"), sdk.Text("25ec0a44e91a556bb3d9995ccd98cf5e")},
		{"char(32) and a CharField", sdk.Decode, declared(sdk.CharField, "char(32)"), oneColumnOn("postgres", sdk.Field{Type: sdk.CharField, DBType: "character varying(32)"}), sdk.Text("x"), sdk.Text("x")},
		{"longtext and a PostgreSQL jsonb", sdk.Decode, declared(sdk.TextField, "longtext"), oneColumnOn("postgres", pgJSON), sdk.Text(`[1]`), sdk.JSON(`[1]`)},
		{"longtext encodes JSON as text", sdk.Encode, declared(sdk.TextField, "LONGTEXT"), oneColumnOn("postgres", pgJSON), sdk.JSON(`[1]`), sdk.Text(`[1]`)},
		{"varchar is not ambiguous", sdk.Decode, declared(sdk.CharField, "varchar(32)"), oneColumnOn("postgres", pgUUIDF), sdk.Text("x"), sdk.Text("x")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			tr := prepared(t, nil, tc.dir, oneColumnOn("mysql", tc.own), tc.other)
			got, err := convert(tr, tc.in)
			if err != nil {
				t.Fatal(err)
			}
			if !got.Equal(tc.want) {
				t.Errorf("%s(%v) = %v (%s), want %v (%s)", tc.dir, tc.in, got, got.Kind, tc.want, tc.want.Kind)
			}
		})
	}
}

func TestMySQL_BaseType_DisplayWidth(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"bigint(20)":          "bigint",
		"BIGINT":              "bigint",
		"bigint(20) unsigned": "bigint unsigned",
		"int(11)":             "int",
		"tinyint(1)":          "tinyint(1)",
		"char(32)":            "char(32)",
		" LongText ":          "longtext",
		"decimal(12,2)":       "decimal(12,2)",
	} {
		if got := baseType(in); got != want {
			t.Errorf("baseType(%q) = %q, want %q", in, got, want)
		}
	}
}
