package main

import (
	"math"
	"testing"

	"github.com/rexdata/rex/sdk"
)

// TestEncode_Cells: each kind's cell, as the table in value.go documents
// it, and back.
func TestEncode_Cells(t *testing.T) {
	uuid := [16]byte{0x01, 0x23, 0xe4, 0x56, 0x89, 0xab, 0x4c, 0xde, 0x8f, 0x01, 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd}
	for _, tc := range []struct {
		v    sdk.Value
		cell string
	}{
		{sdk.Null, `\N`},
		{sdk.Bool(true), "true"},
		{sdk.Int(math.MinInt64), "-9223372036854775808"},
		{sdk.Float(0.1), "0.1"},
		{sdk.Float(math.Inf(-1)), "-Inf"},
		{sdk.Decimal("-12.50"), "-12.50"},
		{sdk.Text(""), ""},
		{sdk.Text(`\N`), `\"\\N"`},
		{sdk.Text("a\r\nb"), `\"a\r\nb"`},
		{sdk.Text("a,\"b\"\n"), "a,\"b\"\n"},
		{sdk.Bytes([]byte{0, 1, 2}), "AAEC"},
		{sdk.Date(-1), "1969-12-31"},
		{sdk.DateTime(1), "1970-01-01T00:00:00.000001Z"},
		{sdk.Time(86399999999), "23:59:59.999999"},
		{sdk.Duration(-1), "-1"},
		{sdk.UUID(uuid), "0123e456-89ab-4cde-8f01-23456789abcd"},
		{sdk.JSON(`{"a": [1, null]}`), `{"a": [1, null]}`},
	} {
		t.Run(tc.v.Kind.String()+" "+tc.cell, func(t *testing.T) {
			if got := encode(tc.v); got != tc.cell {
				t.Errorf("encode(%s) = %q, want %q", tc.v, got, tc.cell)
			}
			kind := tc.v.Kind
			if kind == sdk.KindNull {
				kind = sdk.KindText
			}
			got, err := decode(tc.cell, kind)
			if err != nil || !got.Equal(tc.v) {
				t.Errorf("decode(%q) = %s, %v; want %s", tc.cell, got, err, tc.v)
			}
		})
	}
}

// TestDecode_BadCells: a cell that does not hold its column's kind is an
// error naming the kind and the cell.
func TestDecode_BadCells(t *testing.T) {
	for _, tc := range []struct {
		cell string
		kind sdk.Kind
	}{
		{"yes?", sdk.KindBool}, {"1.5", sdk.KindInt}, {"12,5", sdk.KindDecimal}, {"2024-02-30", sdk.KindDate},
		{"2024-02-29 12:00:00", sdk.KindDateTime}, {"24:00:00.000000", sdk.KindTime}, {"abc", sdk.KindUUID},
		{"!!", sdk.KindBytes}, {`\x`, sdk.KindText},
	} {
		if v, err := decode(tc.cell, tc.kind); err == nil {
			t.Errorf("decode(%q, %s) = %s, want an error", tc.cell, tc.kind, v)
		}
	}
}

// FuzzDecode: no cell makes decode panic, and every value decode returns
// encodes to a cell that decodes to the same value.
func FuzzDecode(f *testing.F) {
	for _, s := range []string{`\N`, "true", "-1", "0.1", "NaN", "12.50", `\"a\r\n"`, "AAEC", "1969-12-31",
		"1970-01-01T00:00:00.000001Z", "23:59:59.999999", "0123e456-89ab-4cde-8f01-23456789abcd", `{"a":1}`} {
		for k := sdk.KindBool; k <= sdk.KindJSON; k++ {
			f.Add(s, uint8(k))
		}
	}
	f.Fuzz(func(t *testing.T, cell string, k uint8) {
		kind := sdk.Kind(k%uint8(sdk.KindJSON)) + 1
		v, err := decode(cell, kind)
		if err != nil {
			return
		}
		again, err := decode(encode(v), kind)
		if err != nil || !again.Equal(v) && !(kind == sdk.KindFloat && math.IsNaN(v.AsFloat())) {
			t.Fatalf("decode(%q) = %s; encoded %q decodes to %s, %v", cell, v, encode(v), again, err)
		}
	})
}
