package sqlite

import (
	"context"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/rexdata/rex/sdk"
)

// benchRows is the size of the generated benchmark table.
const benchRows = 100_000

// benchTable is a Django-like table: integer key, text, datetime text,
// decimal, float, blob, bool and a nullable column.
const benchTable = `CREATE TABLE "item" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(100) NOT NULL,
	"created_at" datetime NOT NULL, "price" decimal NOT NULL, "weight" real NULL, "data" BLOB NULL, "active" bool NOT NULL, "note" text NULL)`

// benchDB creates a database file holding the benchmark table, with rows
// generated rows, and returns its path.
func benchDB(b *testing.B, rows int) string {
	b.Helper()
	path := filepath.Join(b.TempDir(), "bench.sqlite3")
	stmts := []string{benchTable}
	if rows > 0 {
		stmts = append(stmts, `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < `+strconv.Itoa(rows)+`)
			INSERT INTO "item" ("name", "created_at", "price", "weight", "data", "active", "note")
			SELECT printf('item number %d', i), printf('2024-01-01 12:%02d:%02d.%06d', i / 60 % 60, i % 60, i),
				i * 0.25, i / 7.0, randomblob(32), i % 2, CASE WHEN i % 3 = 0 THEN NULL ELSE 'some note' END FROM n`)
	}
	execAll(b, path, stmts...)
	return path
}

func BenchmarkSource_Read(b *testing.B) {
	d := configured(b, benchDB(b, benchRows))
	ctx := context.Background()
	req := sdk.ReadRequest{Tables: []string{"item"}}
	b.ReportAllocs()
	b.ResetTimer()
	var total int64
	for b.Loop() {
		var out discard
		if err := d.Read(ctx, req, &out); err != nil {
			b.Fatal(err)
		}
		if out.rows != benchRows {
			b.Fatalf("read %d rows, want %d", out.rows, benchRows)
		}
		total += out.rows
	}
	b.ReportMetric(float64(total)/b.Elapsed().Seconds(), "rows/s")
}

func BenchmarkDestination_Write(b *testing.B) {
	var c collector
	if err := configured(b, benchDB(b, benchRows)).Read(context.Background(), sdk.ReadRequest{Tables: []string{"item"}}, &c); err != nil {
		b.Fatal(err)
	}
	d := configured(b, benchDB(b, 0))
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	var total int64
	for b.Loop() {
		if err := d.Begin(ctx, sdk.WriteRequest{Tables: []string{"item"}, Mode: sdk.Replace}); err != nil {
			b.Fatal(err)
		}
		for _, batch := range c.batches {
			if err := d.Write(ctx, batch); err != nil {
				b.Fatal(err)
			}
			total += int64(batch.Len())
		}
		if err := d.Commit(ctx); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(total)/b.Elapsed().Seconds(), "rows/s")
}

func BenchmarkSource_Profile(b *testing.B) {
	d := configured(b, benchDB(b, benchRows))
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		p, err := d.Profile(ctx, []string{"item"})
		if err != nil {
			b.Fatal(err)
		}
		if p["item"].Rows != benchRows {
			b.Fatalf("profiled %d rows, want %d", p["item"].Rows, benchRows)
		}
	}
	b.ReportMetric(float64(benchRows)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
}
