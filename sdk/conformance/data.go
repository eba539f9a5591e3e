package conformance

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/rexdata/rex/sdk"
)

// The tables every check uses.
const (
	ParentTable = "conformance_parent"
	ChildTable  = "conformance_child"
	ValueTable  = "conformance_value"
)

// Schema returns the tables the kit asks NewStore to create: a parent, a
// child with a foreign key to it, and a table with one nullable column of
// every Django-native value kind. Each call returns a fresh copy.
func Schema() *sdk.Schema {
	id := sdk.Field{Name: "id", Type: sdk.AutoField, PrimaryKey: true}
	return &sdk.Schema{Tables: []sdk.Table{
		{Name: ParentTable, Rows: -1, Fields: []sdk.Field{
			id,
			{Name: "name", Type: sdk.CharField, MaxLength: 100},
		}},
		{Name: ChildTable, Rows: -1, Fields: []sdk.Field{
			id,
			{Name: "parent_id", Type: sdk.ForeignKey, References: &sdk.Reference{Table: ParentTable, Field: "id"}},
			{Name: "note", Type: sdk.TextField, Null: true},
		}},
		{Name: ValueTable, Rows: -1, Fields: []sdk.Field{
			id,
			{Name: "f_bool", Type: sdk.BooleanField, Null: true},
			{Name: "f_bigint", Type: sdk.BigIntegerField, Null: true},
			{Name: "f_int", Type: sdk.IntegerField, Null: true},
			{Name: "f_float", Type: sdk.FloatField, Null: true},
			{Name: "f_decimal", Type: sdk.DecimalField, MaxDigits: 12, DecimalPlaces: 2, Null: true},
			{Name: "f_char", Type: sdk.CharField, MaxLength: 100, Null: true},
			{Name: "f_text", Type: sdk.TextField, Null: true},
			{Name: "f_bytes", Type: sdk.BinaryField, Null: true},
			{Name: "f_date", Type: sdk.DateField, Null: true},
			{Name: "f_datetime", Type: sdk.DateTimeField, Null: true},
			{Name: "f_time", Type: sdk.TimeField, Null: true},
			{Name: "f_duration", Type: sdk.DurationField, Null: true},
			{Name: "f_uuid", Type: sdk.UUIDField, Null: true},
			{Name: "f_json", Type: sdk.JSONField, Null: true},
		}},
	}}
}

func dt(y int, m time.Month, d, h, min, s, us int) sdk.Value {
	return sdk.DateTime(time.Date(y, m, d, h, min, s, us*1000, time.UTC).UnixMicro())
}

func date(y int, m time.Month, d int) sdk.Value {
	return sdk.DateOf(time.Date(y, m, d, 0, 0, 0, 0, time.UTC))
}

func uuid(s string) sdk.Value {
	var b [16]byte
	h, err := hex.DecodeString(strings.ReplaceAll(s, "-", ""))
	if err != nil || len(h) != 16 {
		panic("conformance: bad UUID " + s)
	}
	copy(b[:], h)
	return sdk.UUID(b)
}

func allBytes() []byte {
	b := make([]byte, 256)
	for i := range b {
		b[i] = byte(i)
	}
	return b
}

// EdgeValues returns, for each column of the value table, the values the
// RoundTrip check writes and expects back exactly: the limits of each
// kind, empty and long values, and text that trips up encoders (quotes,
// separators, line breaks, characters outside the Basic Multilingual
// Plane). JSON comes back equal in meaning: engines may reformat it.
func EdgeValues() map[string][]sdk.Value {
	return map[string][]sdk.Value{
		"f_bool":   {sdk.Bool(true), sdk.Bool(false)},
		"f_bigint": {sdk.Int(math.MinInt64), sdk.Int(math.MaxInt64), sdk.Int(0), sdk.Int(-1), sdk.Int(1)},
		"f_int":    {sdk.Int(math.MinInt32), sdk.Int(math.MaxInt32), sdk.Int(0)},
		"f_float": {sdk.Float(0), sdk.Float(1.5), sdk.Float(0.1), sdk.Float(-2.5e-300), sdk.Float(math.MaxFloat64),
			sdk.Float(-math.MaxFloat64), sdk.Float(math.SmallestNonzeroFloat64), sdk.Float(123456789.123456789)},
		"f_decimal": {sdk.Decimal("0.00"), sdk.Decimal("-9999999999.99"), sdk.Decimal("9999999999.99"),
			sdk.Decimal("0.01"), sdk.Decimal("-0.01"), sdk.Decimal("123.40")},
		"f_char": {sdk.Text(""), sdk.Text("plain"), sdk.Text("héllo wörld ✓ 𝄞 中文"), sdk.Text("line1\nline2\r\nline3\ttab"),
			sdk.Text(`comma, "double" 'single' \back\slash`), sdk.Text("  leading and trailing  "),
			sdk.Text(strings.Repeat("ü", 100)), sdk.Text("NULL"), sdk.Text(`\N`), sdk.Text(`\leading backslash`)},
		"f_text":  {sdk.Text(""), sdk.Text(strings.Repeat("long text ✓\n", 6000)), sdk.Text("\"\"\n,")},
		"f_bytes": {sdk.Bytes([]byte{}), sdk.Bytes([]byte{0}), sdk.Bytes(allBytes()), sdk.Bytes(bytes.Repeat(allBytes(), 256))},
		"f_date":  {date(1, 1, 1), date(9999, 12, 31), date(1970, 1, 1), date(1969, 12, 31), date(2000, 2, 29)},
		"f_datetime": {dt(1970, 1, 1, 0, 0, 0, 0), dt(9999, 12, 31, 23, 59, 59, 999999), dt(1969, 12, 31, 23, 59, 59, 999999),
			dt(2024, 2, 29, 12, 34, 56, 1), dt(1000, 1, 1, 0, 0, 0, 0)},
		"f_time":     {sdk.Time(0), sdk.Time(86399999999), sdk.Time(43200000001)},
		"f_duration": {sdk.Duration(0), sdk.Duration(-1), sdk.Duration(1), sdk.Duration(86400000001), sdk.Duration(1e15), sdk.Duration(-1e15)},
		"f_uuid": {uuid("00000000-0000-0000-0000-000000000000"), uuid("ffffffff-ffff-ffff-ffff-ffffffffffff"),
			uuid("0123e456-89ab-4cde-8f01-23456789abcd")},
		"f_json": {sdk.JSON(`{"a": [1, 2.5, "x", true, null], "b": {"c": "ü"}}`), sdk.JSON(`"text"`), sdk.JSON(`null`),
			sdk.JSON(`[]`), sdk.JSON(`{}`), sdk.JSON(`12345678901234567890`), sdk.JSON(`"line\nbreak, \"quoted\""`)},
	}
}

// valueRows returns the value table's rows: row i holds each column's
// i-th edge value (NULL past the end of the list), and a last row is NULL
// in every column but id.
func valueRows() *sdk.Batch {
	tbl := Schema().Table(ValueTable)
	edges := EdgeValues()
	n := 0
	for _, vs := range edges {
		n = max(n, len(vs))
	}
	b := &sdk.Batch{Table: ValueTable, Columns: tbl.ColumnNames()}
	for r := 0; r <= n; r++ {
		row := make([]sdk.Value, len(b.Columns))
		row[0] = sdk.Int(int64(r + 1))
		for j, col := range b.Columns[1:] {
			if vs := edges[col]; r < len(vs) {
				row[j+1] = vs[r]
			}
		}
		b.Append(row...)
	}
	return b
}

// parents returns parent rows with ids from..to.
func parents(from, to int) *sdk.Batch {
	b := &sdk.Batch{Table: ParentTable, Columns: []string{"id", "name"}}
	for i := from; i <= to; i++ {
		b.Append(sdk.Int(int64(i)), sdk.Text(fmt.Sprintf("parent %d", i)))
	}
	return b
}

// children returns child rows with ids from..to, each pointing at parent.
func children(from, to int, parent int64) *sdk.Batch {
	b := &sdk.Batch{Table: ChildTable, Columns: []string{"id", "parent_id", "note"}}
	for i := from; i <= to; i++ {
		note := sdk.Null
		if i%2 == 0 {
			note = sdk.Text(fmt.Sprintf("child %d", i))
		}
		b.Append(sdk.Int(int64(i)), sdk.Int(parent), note)
	}
	return b
}

// same reports whether got is want: the same kind and payload, JSON equal
// in meaning.
func same(want, got sdk.Value) bool {
	if want.Kind == sdk.KindJSON && got.Kind == sdk.KindJSON {
		var a, b any
		da := json.NewDecoder(bytes.NewReader(want.Bytes))
		da.UseNumber()
		db := json.NewDecoder(bytes.NewReader(got.Bytes))
		db.UseNumber()
		if da.Decode(&a) != nil || db.Decode(&b) != nil {
			return false
		}
		ja, _ := json.Marshal(a)
		jb, _ := json.Marshal(b)
		return string(ja) == string(jb)
	}
	return want.Equal(got)
}

// short formats a value for a message, cut to a readable length.
func short(v sdk.Value) string {
	s := v.String()
	if len(s) > 80 {
		s = s[:80] + fmt.Sprintf("… (%d bytes)", len(v.Bytes))
	}
	return s
}
