package postgres

import (
	"context"
	"math/big"
	"testing"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgtype"

	"github.com/rexdata/rex/sdk"
)

func TestNumeric_Write_PrintsAsGiven(t *testing.T) {
	t.Parallel()
	dsn := newDatabase(t, `CREATE TABLE "n" ("id" serial PRIMARY KEY, "v" numeric NULL)`)
	tests := []struct{ in, want string }{
		{"0", "0"}, {"-0", "0"}, {"0.000", "0.000"}, {"-0.000", "0.000"}, {"12.50", "12.50"}, {"+7", "7"},
		{"10000", "10000"}, {"9999.9999", "9999.9999"}, {"100000000.00000001", "100000000.00000001"},
		{"0.0001", "0.0001"}, {"0.00001", "0.00001"}, {"-123456789012345678901234567890.123456789012345678901234567890", "-123456789012345678901234567890.123456789012345678901234567890"},
		{"007.0700", "7.0700"}, {".5", "0.5"}, {"5.", "5"}, {"NaN", "NaN"}, {"Infinity", "Infinity"}, {"-Infinity", "-Infinity"},
	}
	b := &sdk.Batch{Table: "n", Columns: []string{"id", "v"}}
	for i, tt := range tests {
		b.Append(sdk.Int(int64(i+1)), sdk.Decimal(tt.in))
	}
	if err := load(context.Background(), configured(t, dsn), sdk.Replace, []string{"n"}, []*sdk.Batch{b}); err != nil {
		t.Fatal(err)
	}
	rows := read(t, dsn, "n").rows("n")
	for i, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := rows[i]["v"]; !got.Equal(sdk.Decimal(tt.want)) {
				t.Errorf("wrote %q, read %s, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// FuzzAppendNumeric checks that appendNumeric's binary form means the
// number pgx parses from the same text.
func FuzzAppendNumeric(f *testing.F) {
	for _, s := range []string{"0", "-0.000", "12.50", "NaN", "-Infinity", "1e5", "", ".", "-", "00001.00001000", "99999999.9999"} {
		f.Add(s)
	}
	m := pgtype.NewMap()
	f.Fuzz(func(t *testing.T, s string) {
		bin, err := appendNumeric(nil, []byte(s))
		if plain := isPlainDecimal([]byte(s)); plain != (err == nil) {
			t.Fatalf("isPlainDecimal(%q) = %v, appendNumeric error %v", s, plain, err)
		}
		if err != nil {
			return
		}
		var got pgtype.Numeric
		if err := m.Scan(pgtype.NumericOID, pgtype.BinaryFormatCode, bin, &got); err != nil {
			t.Fatalf("binary of %q does not decode: %v", s, err)
		}
		switch s {
		case "NaN":
			if !got.NaN {
				t.Fatalf("%q decodes to %+v", s, got)
			}
			return
		case "Infinity", "-Infinity":
			want := pgtype.Infinity
			if s[0] == '-' {
				want = pgtype.NegativeInfinity
			}
			if got.InfinityModifier != want {
				t.Fatalf("%q decodes to %+v", s, got)
			}
			return
		}
		want, ok := new(big.Rat).SetString(s)
		if !ok {
			t.Fatalf("big.Rat does not parse %q, appendNumeric did", s)
		}
		if rat(got).Cmp(want) != 0 {
			t.Fatalf("%q encodes %v, want %v", s, rat(got), want)
		}
	})
}

func rat(n pgtype.Numeric) *big.Rat {
	r := new(big.Rat).SetInt(n.Int)
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(max(n.Exp, -n.Exp))), nil)
	if n.Exp >= 0 {
		return r.Mul(r, new(big.Rat).SetInt(p))
	}
	return r.Quo(r, new(big.Rat).SetInt(p))
}

// FuzzDecode checks that no bytes from the server make decode panic.
func FuzzDecode(f *testing.F) {
	for _, s := range [][]byte{nil, {}, {1}, {0, 0, 0, 1}, make([]byte, 8), make([]byte, 16), {0x7f, 0xff, 0xff, 0xff}} {
		f.Add(s)
	}
	oids := []uint32{oidBool, oidBytea, oidInt8, oidInt2, oidInt4, oidText, oidJSON, oidFloat4, oidFloat8, oidInet,
		oidDate, oidTime, oidTimestamp, oidTimestamptz, oidInterval, oidNumeric, oidUUID, oidJSONB, 999999}
	f.Fuzz(func(t *testing.T, src []byte) {
		for _, oid := range oids {
			for _, format := range []int16{pgtype.TextFormatCode, pgtype.BinaryFormatCode} {
				fd := pgconnField(oid, format)
				v, _, err := decode(&fd, src, make([]byte, 0, 8))
				if err == nil && src != nil && v.IsNull() {
					t.Fatalf("oid %d format %d: %x decoded to NULL without an error", oid, format, src)
				}
			}
		}
	})
}

func pgconnField(oid uint32, format int16) pgconn.FieldDescription {
	return pgconn.FieldDescription{DataTypeOID: oid, Format: format}
}
