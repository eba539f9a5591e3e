package django

import (
	"errors"
	"math"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/rexdata/rex/sdk"
)

// oneColumnOn is oneColumn on another dialect.
func oneColumnOn(dialect string, f sdk.Field) *sdk.Schema {
	s := withID(oneColumn(f))
	s.Dialect = dialect
	return s
}

// The fields as the postgres dialect describes Django 3.2's columns
// (django/db/backends/postgresql/base.py data_types).
var (
	pgInt      = sdk.Field{Type: sdk.BigIntegerField, DBType: "bigint"}
	pgSmall    = sdk.Field{Type: sdk.SmallIntegerField, DBType: "smallint"}
	pgBool     = sdk.Field{Type: sdk.BooleanField, DBType: "boolean"}
	pgFloat    = sdk.Field{Type: sdk.FloatField, DBType: "double precision"}
	pgDecimal  = sdk.Field{Type: sdk.DecimalField, DBType: "numeric(12,2)", MaxDigits: 12, DecimalPlaces: 2}
	pgWide     = sdk.Field{Type: sdk.DecimalField, DBType: "numeric(65,30)", MaxDigits: 65, DecimalPlaces: 30}
	pgNumeric  = sdk.Field{Type: sdk.DecimalField, DBType: "numeric"}
	pgText     = sdk.Field{Type: sdk.TextField, DBType: "text"}
	pgChar     = sdk.Field{Type: sdk.CharField, DBType: "character varying(200)", MaxLength: 200}
	pgBytes    = sdk.Field{Type: sdk.BinaryField, DBType: "bytea"}
	pgDate     = sdk.Field{Type: sdk.DateField, DBType: "date"}
	pgDateTime = sdk.Field{Type: sdk.DateTimeField, DBType: "timestamp with time zone"}
	pgNaive    = sdk.Field{Type: sdk.DateTimeField, DBType: "timestamp without time zone"}
	pgTime     = sdk.Field{Type: sdk.TimeField, DBType: "time without time zone"}
	pgDuration = sdk.Field{Type: sdk.DurationField, DBType: "interval"}
	pgUUIDF    = sdk.Field{Type: sdk.UUIDField, DBType: "uuid"}
	pgJSON     = sdk.Field{Type: sdk.JSONField, DBType: "jsonb"}
	pgIP       = sdk.Field{Type: sdk.GenericIPAddressField, DBType: "inet"}
)

// pgRoundTrips are values as the postgres dialect reads them from columns
// Django 3.2 wrote, with their Django-native values. Encode gives stored
// back: the dialect writes exactly the kinds it reads.
var pgRoundTrips = []roundTrip{
	{"IntegerField/min", pgInt, sdk.Int(math.MinInt64), sdk.Int(math.MinInt64), nil},
	{"IntegerField/max", pgInt, sdk.Int(math.MaxInt64), sdk.Int(math.MaxInt64), nil},
	{"SmallIntegerField/min", pgSmall, sdk.Int(-32768), sdk.Int(-32768), nil},
	{"BooleanField/true", pgBool, sdk.Bool(true), sdk.Bool(true), nil},
	{"BooleanField/false", pgBool, sdk.Bool(false), sdk.Bool(false), nil},
	{"FloatField/tenth", pgFloat, sdk.Float(0.1), sdk.Float(0.1), nil},
	{"FloatField/infinity", pgFloat, sdk.Float(math.Inf(-1)), sdk.Float(math.Inf(-1)), nil},
	{"FloatField/NaN", pgFloat, sdk.Float(math.NaN()), sdk.Float(math.NaN()), nil},
	{"DecimalField/places kept", pgDecimal, sdk.Decimal("12.50"), sdk.Decimal("12.50"), nil},
	{"DecimalField/negative cent", pgDecimal, sdk.Decimal("-0.01"), sdk.Decimal("-0.01"), nil},
	{"DecimalField/max", pgDecimal, sdk.Decimal("9999999999.99"), sdk.Decimal("9999999999.99"), nil},
	{"DecimalField/65 digits", pgWide, sdk.Decimal("12345678901234567890123456789012345.123456789012345678901234567890"), sdk.Decimal("12345678901234567890123456789012345.123456789012345678901234567890"), nil},
	{"DecimalField/unconstrained tiny", pgNumeric, sdk.Decimal("0.000000000000000000001"), sdk.Decimal("0.000000000000000000001"), nil},
	{"DecimalField/NaN", pgNumeric, sdk.Decimal("NaN"), sdk.Decimal("NaN"), nil},
	{"DecimalField/-Infinity", pgNumeric, sdk.Decimal("-Infinity"), sdk.Decimal("-Infinity"), nil},
	{"TextField/emoji CJK RTL", pgText, sdk.Text("🎉 日本語 שלום e\u0301"), sdk.Text("🎉 日本語 שלום e\u0301"), nil},
	{"TextField/empty", pgText, sdk.Text(""), sdk.Text(""), nil},
	{"CharField/quotes", pgChar, sdk.Text(`'"\`), sdk.Text(`'"\`), nil},
	{"BinaryField/zeros", pgBytes, sdk.Bytes([]byte{0, 1, 0, 0xff, 0}), sdk.Bytes([]byte{0, 1, 0, 0xff, 0}), nil},
	{"BinaryField/empty", pgBytes, sdk.Bytes(nil), sdk.Bytes(nil), nil},
	{"DateField/min", pgDate, sdk.Date(minDate), sdk.Date(minDate), nil},
	{"DateField/max", pgDate, sdk.Date(maxDate), sdk.Date(maxDate), nil},
	{"DateField/leap day", pgDate, sdk.Date(11016), sdk.Date(11016), nil},
	{"DateTimeField/min", pgDateTime, sdk.DateTime(minDateTime), sdk.DateTime(minDateTime), nil},
	{"DateTimeField/max", pgDateTime, sdk.DateTime(maxDateTime), sdk.DateTime(maxDateTime), nil},
	{"DateTimeField/micros", pgDateTime, sdk.DateTime(1691404575123456), sdk.DateTime(1691404575123456), nil},
	{"DateTimeField/before epoch", pgDateTime, sdk.DateTime(-1), sdk.DateTime(-1), nil},
	{"DateTimeField/naive is UTC with use_tz", pgNaive, sdk.DateTime(1691404575000001), sdk.DateTime(1691404575000001), nil},
	{"TimeField/midnight", pgTime, sdk.Time(0), sdk.Time(0), nil},
	{"TimeField/last micro", pgTime, sdk.Time(microsPerDay - 1), sdk.Time(microsPerDay - 1), nil},
	{"DurationField/min", pgDuration, sdk.Duration(math.MinInt64), sdk.Duration(math.MinInt64), nil},
	{"DurationField/max", pgDuration, sdk.Duration(math.MaxInt64), sdk.Duration(math.MaxInt64), nil},
	{"DurationField/minus one micro", pgDuration, sdk.Duration(-1), sdk.Duration(-1), nil},
	{"UUIDField/mixed", pgUUIDF, uuidOf("25ec0a44-e91a-556b-b3d9-995ccd98cf5e"), uuidOf("25ec0a44-e91a-556b-b3d9-995ccd98cf5e"), nil},
	{"JSONField/nested", pgJSON, sdk.JSON(`{"a": [1, {"b": null}], "ü": "日本 🎉"}`), sdk.JSON(`{"a": [1, {"b": null}], "ü": "日本 🎉"}`), nil},
	{"JSONField/null", pgJSON, sdk.JSON(`null`), sdk.JSON(`null`), nil},
	{"JSONField/big number", pgJSON, sdk.JSON(`12345678901234567890123.5`), sdk.JSON(`12345678901234567890123.5`), nil},
	{"GenericIPAddressField/v4", pgIP, sdk.Text("192.168.0.1"), sdk.Text("192.168.0.1"), nil},
	{"GenericIPAddressField/v6", pgIP, sdk.Text("2001:db8::1"), sdk.Text("2001:db8::1"), nil},
	{"ForeignKey/id", sdk.Field{Type: sdk.ForeignKey, DBType: "bigint", References: &sdk.Reference{Table: "t", Field: "id"}}, sdk.Int(42), sdk.Int(42), nil},
}

func TestPostgres_Decode_StoredToNative(t *testing.T) {
	t.Parallel()
	testDecode(t, "postgres", nil, pgRoundTrips)
}

func TestPostgres_Encode_NativeToStored(t *testing.T) {
	t.Parallel()
	testEncode(t, "postgres", nil, pgRoundTrips)
}

// testDecode checks that decoding each case's stored value on dialect gives
// its native value, and NULL stays NULL.
func testDecode(t *testing.T, dialect string, cfg sdk.Config, cases []roundTrip) {
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			tr := prepared(t, cfg, sdk.Decode, oneColumnOn(dialect, tc.field), nil)
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

// testEncode checks that encoding each case's native value for dialect gives
// its stored value, which decodes to the native value again.
func testEncode(t *testing.T, dialect string, cfg sdk.Config, cases []roundTrip) {
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			enc := prepared(t, cfg, sdk.Encode, oneColumnOn(dialect, tc.field), nil)
			dec := prepared(t, cfg, sdk.Decode, oneColumnOn(dialect, tc.field), nil)
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

// paris is use_tz=false with a time zone an hour or two east of UTC.
var paris = sdk.Config{"use_tz": false, "time_zone": "Europe/Paris"}

const (
	summerUTC = 1691404575000000 // 2023-08-07 10:36:15 UTC, 12:36:15 in Paris
	winterUTC = 1673087775000001 // 2023-01-07 10:36:15.000001 UTC, 11:36:15.000001 in Paris
	hour      = 3600 * microsPerSecond
)

// pgParis are the cases whose meaning depends on use_tz=false and
// TIME_ZONE: only timestamp without time zone columns hold a wall clock.
var pgParis = []roundTrip{
	{"naive summer", pgNaive, sdk.DateTime(summerUTC + 2*hour), sdk.DateTime(summerUTC), nil},
	{"naive winter", pgNaive, sdk.DateTime(winterUTC + hour), sdk.DateTime(winterUTC), nil},
	{"naive timestamp(3)", sdk.Field{Type: sdk.DateTimeField, DBType: "timestamp(3) without time zone"}, sdk.DateTime(summerUTC + 2*hour), sdk.DateTime(summerUTC), nil},
	{"naive short spelling", sdk.Field{Type: sdk.DateTimeField, DBType: "timestamp"}, sdk.DateTime(summerUTC + 2*hour), sdk.DateTime(summerUTC), nil},
	{"naive day before epoch", pgNaive, sdk.DateTime(-microsPerDay + hour), sdk.DateTime(-microsPerDay), nil},
	{"naive min", pgNaive, sdk.DateTime(minDateTime + hour), sdk.DateTime(minDateTime + hour - 561*microsPerSecond), nil}, // Paris mean time, +00:09:21
	{"timestamptz is UTC", pgDateTime, sdk.DateTime(summerUTC), sdk.DateTime(summerUTC), nil},
	{"timestamptz spelled short", sdk.Field{Type: sdk.DateTimeField, DBType: "timestamptz"}, sdk.DateTime(summerUTC), sdk.DateTime(summerUTC), nil},
	{"date unchanged", pgDate, sdk.Date(0), sdk.Date(0), nil},
	{"time unchanged", pgTime, sdk.Time(hour), sdk.Time(hour), nil},
}

func TestPostgres_Decode_TimeZone(t *testing.T) {
	t.Parallel()
	testDecode(t, "postgres", paris, pgParis)
}

func TestPostgres_Encode_TimeZone(t *testing.T) {
	t.Parallel()
	testEncode(t, "postgres", paris, pgParis)
}

// TestPostgres_Decode_WallClockMatchesPostgreSQL asks a real PostgreSQL what
// instant a naive timestamp is in a zone (as Django's connection with
// TIME_ZONE and USE_TZ=False would store it in a timestamptz) and which
// wall clock an instant shows, and compares the codec's answers, repeated
// wall clocks and odd offsets included.
func TestPostgres_Decode_WallClockMatchesPostgreSQL(t *testing.T) {
	t.Parallel()
	dsn := os.Getenv("REX_TEST_POSTGRES")
	if dsn == "" {
		dsn = "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"
	}
	conn, err := pgx.Connect(t.Context(), dsn)
	if err != nil {
		t.Fatalf("no PostgreSQL at %s (start it, or set REX_TEST_POSTGRES): %v", dsn, err)
	}
	defer conn.Close(t.Context())
	for _, tc := range []struct{ zone, wall string }{
		{"Europe/Paris", "2023-08-07 12:36:15.123456"},
		{"Europe/Paris", "2023-10-29 02:30:00"}, // repeated: PostgreSQL takes CET
		{"Europe/Paris", "2023-10-29 01:59:59.999999"},
		{"Europe/Paris", "2023-10-29 03:00:00"},
		{"America/New_York", "2023-11-05 01:30:00"}, // repeated: EST, though time.Date picks EDT
		{"America/New_York", "2023-03-12 03:00:00"},
		{"Australia/Lord_Howe", "2023-04-02 01:45:00"}, // a half-hour change
		{"Asia/Kathmandu", "2023-08-07 00:00:00"},
		{"Pacific/Kiritimati", "9999-12-30 23:59:59.999999"},
		{"America/Sao_Paulo", "1970-01-01 00:00:00"},
	} {
		t.Run(tc.zone+" "+tc.wall, func(t *testing.T) {
			cfg := sdk.Config{"use_tz": false, "time_zone": tc.zone}
			var c civil
			if !parseDateTime([]byte(tc.wall), &c) {
				t.Fatalf("bad wall clock %q", tc.wall)
			}
			var instant time.Time
			if err := conn.QueryRow(t.Context(), `SELECT $1::timestamp AT TIME ZONE $2`, tc.wall, tc.zone).Scan(&instant); err != nil {
				t.Fatal(err)
			}
			dec := prepared(t, cfg, sdk.Decode, oneColumnOn("postgres", pgNaive), nil)
			got, err := convert(dec, sdk.DateTime(c.micros()))
			if err != nil {
				t.Fatal(err)
			}
			if want := sdk.DateTimeOf(instant); !got.Equal(want) {
				t.Errorf("decode(%s in %s) = %v, PostgreSQL says %v", tc.wall, tc.zone, got, want)
			}
			var wall time.Time
			if err := conn.QueryRow(t.Context(), `SELECT $1::timestamptz AT TIME ZONE $2`, instant, tc.zone).Scan(&wall); err != nil {
				t.Fatal(err)
			}
			enc := prepared(t, cfg, sdk.Encode, oneColumnOn("postgres", pgNaive), nil)
			back, err := convert(enc, sdk.DateTimeOf(instant))
			if err != nil {
				t.Fatal(err)
			}
			if want := sdk.DateTimeOf(time.Date(wall.Year(), wall.Month(), wall.Day(), wall.Hour(), wall.Minute(), wall.Second(), wall.Nanosecond(), time.UTC)); !back.Equal(want) {
				t.Errorf("encode(%v) = %v, PostgreSQL shows %v in %s", instant, back, want, tc.zone)
			}
		})
	}
}

func TestPostgres_Transform_BadValues(t *testing.T) {
	t.Parallel()
	testBadValues(t, "postgres", []badValue{
		{"decode date after 9999", sdk.Decode, nil, pgDate, sdk.Date(maxDate + 1), "outside the dates"},
		{"decode datetime before 0001", sdk.Decode, nil, pgDateTime, sdk.DateTime(minDateTime - 1), "outside the datetimes"},
		{"decode time of 24h", sdk.Decode, nil, pgTime, sdk.Time(microsPerDay), "not a time of day"},
		{"decode bad json", sdk.Decode, nil, pgJSON, sdk.JSON(`{"a":`), "not valid JSON"},
		{"decode short uuid", sdk.Decode, nil, pgUUIDF, sdk.Value{Kind: sdk.KindUUID, Bytes: []byte{1}}, "not a UUID"},
		{"decode decimal too many digits", sdk.Decode, nil, pgDecimal, sdk.Decimal("12345678901.5"), "max_digits=12"},
		{"decode naive wall clock in a gap", sdk.Decode, paris, pgNaive, sdk.DateTime(1679797800000000), "does not exist in time zone Europe/Paris"}, // 2023-03-26 02:30
		{"encode naive wall clock after 9999", sdk.Encode, sdk.Config{"use_tz": false, "time_zone": "Asia/Tokyo"}, pgNaive, sdk.DateTime(maxDateTime), "outside the datetimes"},
		{"encode duration into int", sdk.Encode, nil, pgInt, sdk.Duration(1), "a duration value does not fit a BigIntegerField"},
		{"encode text into date", sdk.Encode, nil, pgDate, sdk.Text("2023-02-29"), "not a date"},
	})
}

type badValue struct {
	name  string
	dir   sdk.Direction
	cfg   sdk.Config
	field sdk.Field
	v     sdk.Value
	want  string
}

// testBadValues checks that each value fails its batch with an ErrValue
// naming table, column, row and the reason.
func testBadValues(t *testing.T, dialect string, cases []badValue) {
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			tr := prepared(t, tc.cfg, tc.dir, oneColumnOn(dialect, tc.field), nil)
			b := &sdk.Batch{Table: "t", Columns: []string{"c"}, Values: []sdk.Value{sdk.Null, tc.v}}
			_, err := tr.Transform(t.Context(), b)
			if err == nil {
				t.Fatalf("%s(%v) succeeded, want an error", tc.dir, tc.v)
			}
			for _, want := range []string{"t.c", "row 1", tc.want} {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("error %q does not contain %q", err, want)
				}
			}
			if !errors.Is(err, ErrValue) {
				t.Errorf("error %v does not wrap ErrValue", err)
			}
		})
	}
}
