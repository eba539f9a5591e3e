package django

import (
	"context"
	"testing"

	"github.com/rexdata/rex/sdk"
)

// benchSchema is a table of mixed types, as Django stores them on SQLite.
var benchSchema = &sdk.Schema{Dialect: "sqlite", Tables: []sdk.Table{{Name: "t", Rows: -1, Fields: []sdk.Field{
	{Name: "id", Type: sdk.BigAutoField, DBType: "integer"},
	{Name: "ref", Type: sdk.UUIDField, DBType: "char(32)"},
	{Name: "name", Type: sdk.CharField, DBType: "varchar(200)"},
	{Name: "price", Type: sdk.DecimalField, DBType: "decimal", MaxDigits: 12, DecimalPlaces: 2},
	{Name: "weight", Type: sdk.FloatField, DBType: "real"},
	{Name: "born", Type: sdk.DateField, DBType: "date"},
	{Name: "at", Type: sdk.DateTimeField, DBType: "datetime"},
	{Name: "slot", Type: sdk.TimeField, DBType: "time"},
	{Name: "window", Type: sdk.DurationField, DBType: "bigint"},
	{Name: "ok", Type: sdk.BooleanField, DBType: "bool"},
	{Name: "meta", Type: sdk.JSONField, DBType: "text"},
}}}}

var benchRow = []sdk.Value{
	sdk.Int(12345), sdk.Text("25ec0a44e91a556bb3d9995ccd98cf5e"), sdk.Text("Widget 🎉"), sdk.Float(855.57),
	sdk.Float(1.937), sdk.Text("1979-12-18"), sdk.Text("2023-08-07 10:36:15.400011"), sdk.Text("16:15:00"),
	sdk.Int(7200000000), sdk.Int(1), sdk.Text(`{"source": "phone", "coupon": null}`),
}

func benchBatch() *sdk.Batch {
	b := &sdk.Batch{Table: "t", Columns: benchSchema.Tables[0].ColumnNames()}
	for range 1000 {
		b.Append(benchRow...)
	}
	return b
}

func BenchmarkTransform_Decode(b *testing.B) {
	tr := prepared(b, nil, sdk.Decode, benchSchema, nil)
	src := benchBatch()
	work := &sdk.Batch{Table: src.Table, Columns: src.Columns, Values: make([]sdk.Value, len(src.Values))}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		copy(work.Values, src.Values)
		if _, err := tr.Transform(context.Background(), work); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)*1000/b.Elapsed().Seconds(), "rows/s")
}

func BenchmarkTransform_Encode(b *testing.B) {
	dec := prepared(b, nil, sdk.Decode, benchSchema, nil)
	tr := prepared(b, nil, sdk.Encode, benchSchema, nil)
	src := benchBatch()
	if _, err := dec.Transform(context.Background(), src); err != nil {
		b.Fatal(err)
	}
	work := &sdk.Batch{Table: src.Table, Columns: src.Columns, Values: make([]sdk.Value, len(src.Values))}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		copy(work.Values, src.Values)
		if _, err := tr.Transform(context.Background(), work); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)*1000/b.Elapsed().Seconds(), "rows/s")
}
