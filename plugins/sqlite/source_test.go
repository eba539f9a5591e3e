package sqlite

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rexdata/rex/sdk"
)

func TestSource_Read_QuickstartAllTables(t *testing.T) {
	t.Parallel()
	path := copyFixture(t, "shop.sqlite3")
	d := configured(t, path)
	s, err := d.Describe(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var c collector
	if err := d.Read(context.Background(), sdk.ReadRequest{BatchRows: 50}, &c); err != nil {
		t.Fatal(err)
	}
	if len(c.order) != len(s.Tables) {
		t.Fatalf("read %d tables, described %d", len(c.order), len(s.Tables))
	}
	for _, tab := range s.Tables {
		t.Run(tab.Name, func(t *testing.T) {
			want := countRows(t, path, tab.Name)
			if got := c.counts[tab.Name]; got != want {
				t.Errorf("StartTable rows = %d, COUNT(*) = %d", got, want)
			}
			cols, vals := c.values(tab.Name)
			if want > 0 && strings.Join(cols, ",") != strings.Join(tab.ColumnNames(), ",") {
				t.Errorf("columns %v, want %v", cols, tab.ColumnNames())
			}
			if got := int64(len(vals)); got != want*int64(len(tab.Fields)) {
				t.Errorf("%d values, want %d rows × %d columns", got, want, len(tab.Fields))
			}
			for _, v := range vals {
				switch v.Kind {
				case sdk.KindNull, sdk.KindInt, sdk.KindFloat, sdk.KindText, sdk.KindBytes:
				default:
					t.Fatalf("value %v of kind %s is not a storage kind", v, v.Kind)
				}
			}
		})
	}
}

func TestSource_Read_ValuesAsStored(t *testing.T) {
	t.Parallel()
	path := copyFixture(t, "shop.sqlite3")
	d := configured(t, path)
	var c collector
	req := sdk.ReadRequest{Tables: []string{"shop_product", "shop_order"}}
	if err := d.Read(context.Background(), req, &c); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		table, column string
		// query returns the column's stored value and type, in rowid order,
		// without the driver's parsing of date types.
		query string
	}{
		{"shop_product", "created_at", `SELECT typeof(created_at), created_at || '' FROM shop_product ORDER BY rowid`},
		{"shop_product", "launched_on", `SELECT typeof(launched_on), launched_on || '' FROM shop_product ORDER BY rowid`},
		{"shop_order", "placed_at", `SELECT typeof(placed_at), placed_at || '' FROM shop_order ORDER BY rowid`},
		{"shop_order", "shipped_at", `SELECT typeof(shipped_at), shipped_at || '' FROM shop_order ORDER BY rowid`},
	}
	for _, tt := range tests {
		t.Run(tt.table+"."+tt.column, func(t *testing.T) {
			cols, vals := c.values(tt.table)
			ci := indexOf(cols, tt.column)
			rows, err := openDB(t, path).Query(tt.query)
			if err != nil {
				t.Fatal(err)
			}
			defer rows.Close()
			r := 0
			for ; rows.Next(); r++ {
				var typ string
				var text *string
				if err := rows.Scan(&typ, &text); err != nil {
					t.Fatal(err)
				}
				got := vals[r*len(cols)+ci]
				switch typ {
				case "null":
					if !got.IsNull() {
						t.Errorf("row %d: %v, want NULL", r, got)
					}
				case "text":
					if got.Kind != sdk.KindText || got.AsString() != *text {
						t.Errorf("row %d: %v, want text %q exactly as stored", r, got, *text)
					}
				default:
					t.Errorf("row %d: stored as %s, fixture expected text", r, typ)
				}
			}
			if r*len(cols) != len(vals) {
				t.Errorf("compared %d rows of %d", r, len(vals)/len(cols))
			}
		})
	}

	// An empty blob stays an empty blob, not NULL.
	cols, vals := c.values("shop_product")
	ci := indexOf(cols, "thumbnail")
	empty := 0
	for r := 0; r*len(cols) < len(vals); r++ {
		if v := vals[r*len(cols)+ci]; v.Kind == sdk.KindBytes && len(v.Bytes) == 0 {
			empty++
		}
	}
	if empty != 1 {
		t.Errorf("%d empty thumbnails read, the fixture has 1", empty)
	}
}

func TestSource_Read_BatchBounds(t *testing.T) {
	t.Parallel()
	path := copyFixture(t, "shop.sqlite3")
	tests := []struct {
		name    string
		req     sdk.ReadRequest
		maxRows int
		// maxSize bounds a batch's Size: the byte bound plus one row's worth.
		maxSize int
	}{
		{"rows", sdk.ReadRequest{BatchRows: 7}, 7, 1 << 20},
		{"bytes", sdk.ReadRequest{BatchRows: 10000, BatchBytes: 2000}, 10000, 2000 + 1500},
		{"defaults", sdk.ReadRequest{}, defaultBatchRows, defaultBatchBytes + 1500},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			d := configured(t, path)
			var c collector
			tt.req.Tables = []string{"shop_orderline", "shop_product"}
			if err := d.Read(context.Background(), tt.req, &c); err != nil {
				t.Fatal(err)
			}
			total := 0
			for _, b := range c.batches {
				if b.Len() == 0 || b.Len() > tt.maxRows || b.Size() > tt.maxSize {
					t.Errorf("batch of %s: %d rows, %d bytes; want 1..%d rows, at most %d bytes", b.Table, b.Len(), b.Size(), tt.maxRows, tt.maxSize)
				}
				total += b.Len()
			}
			if want := int(countRows(t, path, "shop_orderline") + countRows(t, path, "shop_product")); total != want {
				t.Errorf("%d rows read, want %d", total, want)
			}
		})
	}
}

func TestSource_Read_WithoutRowidInKeyOrder(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "wr.sqlite3")
	execAll(t, path,
		`CREATE TABLE "kv" ("k" text PRIMARY KEY, "v" integer) WITHOUT ROWID`,
		`INSERT INTO "kv" VALUES ('c', 3), ('a', 1), ('b', 2)`,
	)
	var c collector
	if err := configured(t, path).Read(context.Background(), sdk.ReadRequest{}, &c); err != nil {
		t.Fatal(err)
	}
	_, vals := c.values("kv")
	want := []sdk.Value{sdk.Text("a"), sdk.Int(1), sdk.Text("b"), sdk.Int(2), sdk.Text("c"), sdk.Int(3)}
	if fmt.Sprint(vals) != fmt.Sprint(want) {
		t.Errorf("values %v, want %v", vals, want)
	}
}

func TestSource_Read_Errors(t *testing.T) {
	t.Parallel()
	path := copyFixture(t, "shop.sqlite3")
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	tests := []struct {
		name string
		ctx  context.Context
		req  sdk.ReadRequest
		want string
		is   error
	}{
		{"unknown table", context.Background(), sdk.ReadRequest{Tables: []string{"shop_nope"}}, `table "shop_nope" does not exist`, nil},
		{"cancelled before start", cancelled, sdk.ReadRequest{}, "", context.Canceled},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var c collector
			err := configured(t, path).Read(tt.ctx, tt.req, &c)
			if err == nil {
				t.Fatal("Read succeeded")
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("error %v, want %v", err, tt.is)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not contain %q", err, tt.want)
			}
			if len(c.order) != 0 {
				t.Errorf("tables started: %v", c.order)
			}
		})
	}
}

func TestSource_Read_CancelStopsPromptly(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "big.sqlite3")
	execAll(t, path, `CREATE TABLE "big" ("id" integer PRIMARY KEY AUTOINCREMENT, "s" text NOT NULL)`,
		`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50000)
		 INSERT INTO "big" ("s") SELECT printf('row %d', i) FROM n`)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	c := collector{}
	c.onBatch = func() {
		if len(c.batches) == 1 {
			cancel()
		}
	}
	err := configured(t, path).Read(ctx, sdk.ReadRequest{BatchRows: 100}, &c)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Read returned %v, want context.Canceled", err)
	}
	if len(c.batches) != 1 {
		t.Errorf("%d batches sent, want none after the cancel", len(c.batches)-1)
	}
}

func indexOf(cols []string, name string) int {
	for i, c := range cols {
		if c == name {
			return i
		}
	}
	panic("no column " + name)
}

func TestSource_Read_OneSnapshot(t *testing.T) {
	t.Parallel()
	path := copyFixture(t, "shop.sqlite3")
	// In WAL mode a writer may commit while Read is under way; Read must not see it.
	execAll(t, path, "PRAGMA journal_mode = WAL")
	want := countRows(t, path, "shop_category")
	writer := openDB(t, path)
	c := collector{}
	c.onBatch = func() {
		if len(c.batches) == 1 {
			if _, err := writer.Exec(`INSERT INTO shop_category (name, slug, description, position, is_active) VALUES ('Late', 'late', '', 0, 1)`); err != nil {
				t.Errorf("concurrent insert: %v", err)
			}
		}
	}
	req := sdk.ReadRequest{Tables: []string{"shop_tag", "shop_category"}}
	if err := configured(t, path).Read(context.Background(), req, &c); err != nil {
		t.Fatal(err)
	}
	_, vals := c.values("shop_category")
	if got := c.counts["shop_category"]; got != want || int64(len(vals)) != want*7 {
		t.Errorf("shop_category: StartTable %d rows and %d values, want the snapshot's %d rows", got, len(vals), want)
	}
	if n := countRows(t, path, "shop_category"); n != want+1 {
		t.Errorf("the concurrent insert did not land: %d rows", n)
	}
}
