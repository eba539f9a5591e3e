package postgres

import (
	"context"
	"strconv"
	"testing"

	"github.com/rexdata/rex/sdk"
)

// benchRows is the size of the generated benchmark table.
const benchRows = 100_000

// benchTable is a Django-like model's table: bigserial key, text,
// timestamptz, numeric, double, bytea, bool, uuid, jsonb and a nullable column.
const benchTable = `CREATE TABLE "item" ("id" bigserial NOT NULL PRIMARY KEY, "name" varchar(100) NOT NULL,
	"created_at" timestamp with time zone NOT NULL, "price" numeric(12, 2) NOT NULL, "weight" double precision NULL,
	"data" bytea NULL, "active" boolean NOT NULL, "uid" uuid NOT NULL, "attrs" jsonb NOT NULL, "note" text NULL)`

// benchDB creates a database holding the benchmark table with rows
// generated rows and returns its DSN.
func benchDB(b *testing.B, rows int) string {
	b.Helper()
	stmts := []string{benchTable}
	if rows > 0 {
		stmts = append(stmts, `INSERT INTO "item" ("name", "created_at", "price", "weight", "data", "active", "uid", "attrs", "note")
			SELECT 'item number ' || i, timestamptz '2024-01-01 00:00:00+00' + i * interval '1.000001 second', i * 0.25, i / 7.0,
				sha256(i::text::bytea), i % 2 = 0, md5(i::text)::uuid, jsonb_build_object('i', i, 'tags', jsonb_build_array('a', 'b')),
				CASE WHEN i % 3 = 0 THEN NULL ELSE 'some note' END
			FROM generate_series(1, `+strconv.Itoa(rows)+`) i`)
	}
	return newDatabase(b, stmts...)
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
