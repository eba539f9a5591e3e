package sdk_test

import (
	"context"
	"fmt"
	"time"

	"github.com/rexdata/rex/sdk"
)

// A plugin's main does nothing but call Serve with what it offers.
func ExampleServe() {
	var d sdk.Dialect // your implementation
	sdk.Serve(sdk.Plugins{Name: "mydb", Version: "1.0.0", Dialect: d})
}

// Values are made with the constructor of their kind and print as they
// would read in a message.
func ExampleValue() {
	at := time.Date(2024, 2, 29, 12, 34, 56, 1000, time.UTC)
	for _, v := range []sdk.Value{
		sdk.Null,
		sdk.Bool(true),
		sdk.Int(-42),
		sdk.Decimal("-12.50"),
		sdk.Text("héllo"),
		sdk.Bytes([]byte{0xca, 0xfe}),
		sdk.DateOf(at),
		sdk.DateTimeOf(at),
		sdk.Time(13*3600e6 + 5e5),
		sdk.Duration(-90e6),
		sdk.UUID([16]byte{0x01, 0x23, 0xe4, 0x56, 0x89, 0xab, 0x4c, 0xde, 0x8f, 0x01, 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd}),
		sdk.JSON(`{"a": [1, null]}`),
	} {
		fmt.Printf("%-8s %s\n", v.Kind, v)
	}
	// Output:
	// null     NULL
	// bool     true
	// int      -42
	// decimal  "-12.50"
	// text     "héllo"
	// bytes    0xcafe
	// date     2024-02-29
	// datetime 2024-02-29T12:34:56.000001Z
	// time     13:00:00.500000
	// duration -1m30s
	// uuid     0123e456-89ab-4cde-8f01-23456789abcd
	// json     "{\"a\": [1, null]}"
}

// A batch holds rows of one table; it crosses process boundaries in its
// binary encoding.
func ExampleBatch() {
	b := &sdk.Batch{Table: "shop_product", Columns: []string{"id", "name"}}
	b.Append(sdk.Int(1), sdk.Text("tea"))
	b.Append(sdk.Int(2), sdk.Null)
	data, err := b.MarshalBinary()
	if err != nil {
		panic(err)
	}
	var got sdk.Batch
	if err := got.UnmarshalBinary(data); err != nil {
		panic(err)
	}
	for i := 0; i < got.Len(); i++ {
		fmt.Println(got.Table, got.Row(i))
	}
	// Output:
	// shop_product [1 "tea"]
	// shop_product [2 NULL]
}

// Configure reads its attributes with the Config accessors and reports
// problems as diagnostics naming the attribute.
func ExampleConfig() {
	cfg := sdk.Config{"path": "var/shop.sqlite3", "batch": float64(500)}
	var diags sdk.Diagnostics
	if cfg.String("path", "") == "" {
		diags = diags.Errorf("path", "Missing path", "Set path to the database file.")
	}
	if n := cfg.Int("batch", 1000); n > 100 {
		diags = diags.Errorf("batch", "Batch too large", "batch = %d; the most is 100.", n)
	}
	fmt.Println(cfg.Bool("readonly", true), diags.HasErrors())
	fmt.Println(diags.Err())
	// Output:
	// true true
	// batch: Batch too large: batch = 500; the most is 100.
}

// A schema names each column's Django field; the field type says which
// value kind the column holds.
func ExampleSchema() {
	s := &sdk.Schema{Dialect: "sqlite", Tables: []sdk.Table{{
		Name: "shop_order",
		Fields: []sdk.Field{
			{Name: "id", Type: sdk.BigAutoField, PrimaryKey: true},
			{Name: "customer_id", Type: sdk.ForeignKey, References: &sdk.Reference{Table: "shop_customer", Field: "id"}},
			{Name: "placed", Type: sdk.DateTimeField},
			{Name: "total", Type: sdk.DecimalField, MaxDigits: 12, DecimalPlaces: 2},
		},
	}}}
	t := s.Table("shop_order")
	for _, name := range t.ColumnNames() {
		f := t.Field(name)
		fmt.Println(name, f.Type, f.Type.Kind())
	}
	// Output:
	// id BigAutoField int
	// customer_id ForeignKey int
	// placed DateTimeField datetime
	// total DecimalField decimal
}

// memoryWriter collects what a Source reads.
type memoryWriter struct{ rows int }

func (w *memoryWriter) StartTable(table string, rows int64) error {
	fmt.Println("table", table, "rows", rows)
	return nil
}

func (w *memoryWriter) WriteBatch(b *sdk.Batch) error {
	w.rows += b.Len()
	return nil
}

// A host reads a source by giving it a BatchWriter; a plugin's Read calls
// StartTable, then WriteBatch for each batch.
func ExampleBatchWriter() {
	var src sdk.Source = staticSource{}
	w := &memoryWriter{}
	if err := src.Read(context.Background(), sdk.ReadRequest{Tables: []string{"t"}}, w); err != nil {
		panic(err)
	}
	fmt.Println("read", w.rows, "rows")
	// Output:
	// table t rows 3
	// read 3 rows
}

// staticSource is a Source of one table of three rows.
type staticSource struct{}

func (staticSource) ConfigSchema() sdk.ConfigSchema                        { return sdk.ConfigSchema{} }
func (staticSource) Configure(context.Context, sdk.Config) sdk.Diagnostics { return nil }
func (staticSource) Describe(context.Context) (*sdk.Schema, error)         { return &sdk.Schema{}, nil }
func (staticSource) Read(ctx context.Context, req sdk.ReadRequest, out sdk.BatchWriter) error {
	for _, table := range req.Tables {
		if err := out.StartTable(table, 3); err != nil {
			return err
		}
		b := &sdk.Batch{Table: table, Columns: []string{"id"}}
		for i := int64(1); i <= 3; i++ {
			b.Append(sdk.Int(i))
		}
		if err := out.WriteBatch(b); err != nil {
			return err
		}
	}
	return nil
}
