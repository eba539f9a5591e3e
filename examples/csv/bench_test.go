package main

import (
	"context"
	"testing"

	"github.com/rexdata/rex/sdk"
	"github.com/rexdata/rex/sdk/conformance"
)

// benchRows is a batch of n rows of the kit's value table, every column of
// every kind filled: the edge values again and again.
func benchRows(n int) *sdk.Batch {
	edges := conformance.EdgeValues()
	tbl := conformance.Schema().Table(conformance.ValueTable)
	b := &sdk.Batch{Table: tbl.Name, Columns: tbl.ColumnNames()}
	for r := 0; r < n; r++ {
		row := make([]sdk.Value, len(b.Columns))
		row[0] = sdk.Int(int64(r + 1))
		for j, col := range b.Columns[1:] {
			vs := edges[col]
			v := vs[r%len(vs)]
			if v.Kind == sdk.KindText && len(v.Bytes) > 1000 || v.Kind == sdk.KindBytes && len(v.Bytes) > 1000 {
				v = vs[0] // keep rows small: this measures the per-value cost
			}
			row[j+1] = v
		}
		b.Append(row...)
	}
	return b
}

// BenchmarkWriteCommit: rows/s written into a transaction and committed.
func BenchmarkWriteCommit(b *testing.B) {
	const n = 10000
	rows := benchRows(n)
	ctx := context.Background()
	d := open(b, "")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := d.Begin(ctx, sdk.WriteRequest{Tables: []string{rows.Table}}); err != nil {
			b.Fatal(err)
		}
		if err := d.Write(ctx, rows); err != nil {
			b.Fatal(err)
		}
		if err := d.Commit(ctx); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "rows/s")
}

// BenchmarkRead: rows/s read back, decoded, in batches of 1000.
func BenchmarkRead(b *testing.B) {
	const n = 10000
	rows := benchRows(n)
	ctx := context.Background()
	d := open(b, "")
	if err := d.Begin(ctx, sdk.WriteRequest{Tables: []string{rows.Table}}); err != nil {
		b.Fatal(err)
	}
	if err := d.Write(ctx, rows); err != nil {
		b.Fatal(err)
	}
	if err := d.Commit(ctx); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c := &rowCounter{}
		if err := d.Read(ctx, sdk.ReadRequest{Tables: []string{rows.Table}, BatchRows: 1000}, c); err != nil {
			b.Fatal(err)
		}
		if c.rows != n {
			b.Fatalf("read %d rows, want %d", c.rows, n)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "rows/s")
}
