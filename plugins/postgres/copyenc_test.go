package postgres

import (
	"bytes"
	"context"
	"encoding/binary"
	"math"
	"testing"

	"github.com/jackc/pgx/v5/pgtype"

	"github.com/rexdata/rex/sdk"
)

// TestCopyEncoder_AsPgx checks that every value rex's binary COPY encoder
// writes has the bytes pgx writes for the same value and column type (the
// path it replaces), edge values included.
func TestCopyEncoder_AsPgx(t *testing.T) {
	t.Parallel()
	m := pgtype.NewMap()
	m.RegisterType(&pgtype.Type{Name: "numeric", OID: oidNumeric, Codec: numericCodec{}})
	u := sdk.Value{Kind: sdk.KindUUID, Bytes: []byte("0123456789abcdef")}
	tests := []struct {
		oid    uint32
		values []sdk.Value
	}{
		{oidBool, []sdk.Value{sdk.Bool(true), sdk.Bool(false)}},
		{oidInt2, []sdk.Value{sdk.Int(0), sdk.Int(-32768), sdk.Int(32767)}},
		{oidInt4, []sdk.Value{sdk.Int(-1), sdk.Int(math.MinInt32), sdk.Int(math.MaxInt32)}},
		{oidInt8, []sdk.Value{sdk.Int(math.MinInt64), sdk.Int(math.MaxInt64), sdk.Int(42)}},
		{oidFloat4, []sdk.Value{sdk.Float(1.5), sdk.Float(-0.1), sdk.Float(math.Inf(-1))}},
		{oidFloat8, []sdk.Value{sdk.Float(0.1 + 0.2), sdk.Float(math.Copysign(0, -1)), sdk.Float(math.NaN()), sdk.Float(math.MaxFloat64)}},
		{oidNumeric, []sdk.Value{sdk.Decimal("-12.50"), sdk.Decimal("0"), sdk.Decimal("0.00010"), sdk.Decimal("123456789012345678901234567890.123456789"),
			sdk.Decimal("NaN"), sdk.Decimal("Infinity"), sdk.Decimal("-Infinity"), sdk.Decimal("+7.0")}},
		{oidBytea, []sdk.Value{sdk.Bytes([]byte{0, 1, 255}), sdk.Bytes(nil)}},
		{oidDate, []sdk.Value{sdk.Date(0), sdk.Date(-719162), sdk.Date(2932896), sdk.Date(19000)}},
		{oidTimestamp, []sdk.Value{sdk.DateTime(0), sdk.DateTime(-62135596800000000), sdk.DateTime(253402300799999999), sdk.DateTime(1_700_000_000_123_456)}},
		{oidTimestamptz, []sdk.Value{sdk.DateTime(-1), sdk.DateTime(946684800000000)}},
		{oidTime, []sdk.Value{sdk.Time(0), sdk.Time(86399999999)}},
		{oidInterval, []sdk.Value{sdk.Duration(0), sdk.Duration(-1), sdk.Duration(86400_000_000*3 + 5), sdk.Duration(-86400_000_000*2 - 7), sdk.Duration(math.MaxInt64)}},
		{oidUUID, []sdk.Value{u}},
		{oidJSON, []sdk.Value{sdk.JSON(`{"a": [1, "é"]}`)}},
		{oidJSONB, []sdk.Value{sdk.JSON(`{"a": [1, "é"]}`), sdk.JSON(`null`)}},
		{oidText, []sdk.Value{sdk.Text(""), sdk.Text("héllo\t😀")}},
		{oidVarchar, []sdk.Value{sdk.Text("x")}},
		{oidBPChar, []sdk.Value{sdk.Text("ab  ")}},
		{oidInet, []sdk.Value{sdk.Text("192.168.0.1"), sdk.Text("10.1.2.3/24"), sdk.Text("::1"), sdk.Text("2001:db8::/32"), sdk.Text("::ffff:1.2.3.4")}},
		{oidCIDR, []sdk.Value{sdk.Text("10.0.0.0/8"), sdk.Text("2001:db8::/32")}},
	}
	for _, tt := range tests {
		for _, v := range tt.values {
			arg, err := toArg(v, kindOf(tt.oid), tt.oid)
			if err != nil {
				t.Fatalf("toArg(%v, oid %d): %v", v, tt.oid, err)
			}
			want, err := m.Encode(tt.oid, pgtype.BinaryFormatCode, arg, nil)
			if err != nil {
				t.Fatalf("pgx encode %v into oid %d: %v", v, tt.oid, err)
			}
			got, err := appendValue(nil, v, tt.oid)
			if err != nil {
				t.Fatalf("appendValue(%v, oid %d): %v", v, tt.oid, err)
			}
			if n := binary.BigEndian.Uint32(got); int(n) != len(got)-4 {
				t.Errorf("oid %d %v: length word %d, field of %d bytes", tt.oid, v, n, len(got)-4)
			}
			if tt.oid == oidCIDR && len(want) > 2 {
				want[2] = 1 // pgx leaves is_cidr 0; the server ignores it
			}
			if !bytes.Equal(got[4:], want) {
				t.Errorf("oid %d %v:\n rex % x\n pgx % x", tt.oid, v, got[4:], want)
			}
		}
	}
}

// TestCopyEncoder_Errors checks the values the encoder refuses, as toArg
// refuses them.
func TestCopyEncoder_Errors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		oid  uint32
		v    sdk.Value
		want string
	}{
		{oidInt2, sdk.Int(40000), "40000 is out of range for smallint"},
		{oidInt4, sdk.Int(-1 << 40), "out of range for integer"},
		{oidNumeric, sdk.Decimal("1.2.3"), `decimal "1.2.3" does not parse`},
		{oidUUID, sdk.Value{Kind: sdk.KindUUID, Bytes: []byte{1}}, "uuid of 1 bytes"},
		{oidInet, sdk.Text("300.1.1.1"), `address "300.1.1.1" does not parse`},
		{oidTimestamp, sdk.DateTime(math.MinInt64), "out of range"},
	}
	for _, tt := range tests {
		_, err := appendValue(nil, tt.v, tt.oid)
		if err == nil || !bytes.Contains([]byte(err.Error()), []byte(tt.want)) {
			t.Errorf("appendValue(%v, oid %d) = %v, want an error with %q", tt.v, tt.oid, err, tt.want)
		}
	}
}

// TestCopyEncoder_OtherTypesThroughPgx loads a table with a column of a
// type the encoder does not write (name) next to one it does: the table is
// copied through pgx, as before, and both values arrive.
func TestCopyEncoder_OtherTypesThroughPgx(t *testing.T) {
	t.Parallel()
	dst := newDatabase(t, `CREATE TABLE "named" ("id" bigint PRIMARY KEY, "n" name NOT NULL)`)
	d := configured(t, dst)
	if !encodable(&writePlan{oids: []uint32{oidInt8}}) || encodable(&writePlan{oids: []uint32{oidInt8, 19}}) {
		t.Fatal("encodable: want true for bigint alone, false with a name column")
	}
	b := &sdk.Batch{Table: "named", Columns: []string{"id", "n"}, Values: []sdk.Value{sdk.Int(7), sdk.Text("héllo")}}
	if err := load(context.Background(), d, sdk.Append, []string{"named"}, []*sdk.Batch{b}); err != nil {
		t.Fatal(err)
	}
	if n := queryInt(t, dst, `SELECT count(*) FROM "named" WHERE "id" = 7 AND "n" = 'héllo'`); n != 1 {
		t.Errorf("found %d rows (7, héllo), want 1", n)
	}
}
