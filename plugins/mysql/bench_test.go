package mysql

import (
	"context"
	"strconv"
	"testing"

	"github.com/rexdata/rex/sdk"
)

// benchRows is the size of the generated benchmark table.
const benchRows = 100_000

// benchTable is a Django-like table as Django 3.2 creates it on MariaDB:
// integer key, varchar, datetime(6), numeric, double, longblob, bool and a
// nullable longtext.
const benchTable = "CREATE TABLE `item` (`id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY, `name` varchar(100) NOT NULL, " +
	"`created_at` datetime(6) NOT NULL, `price` numeric(12, 2) NOT NULL, `weight` double precision NULL, `data` longblob NULL, " +
	"`active` bool NOT NULL, `note` longtext NULL)"

// benchDB creates a database holding the benchmark table with rows
// generated rows (MariaDB's seq_1_to_N sequence table).
func benchDB(b *testing.B, rows int) *testDB {
	b.Helper()
	stmts := []string{benchTable}
	if rows > 0 {
		stmts = append(stmts, "INSERT INTO `item` (`name`, `created_at`, `price`, `weight`, `data`, `active`, `note`) "+
			"SELECT CONCAT('item number ', seq), TIMESTAMPADD(MICROSECOND, seq * 1000003, '2024-01-01 00:00:00'), seq * 0.25, seq / 7e0, "+
			"RANDOM_BYTES(32), seq % 2, IF(seq % 3 = 0, NULL, 'some note') FROM seq_1_to_"+strconv.Itoa(rows))
	}
	return newDB(b, stmts...)
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
