package postgres

import (
	"context"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/jackc/pgx/v5"

	"github.com/rexdata/rex/sdk"
)

// profileDDL holds hand-made tables with edge values: emoji (one character,
// four bytes), NULLs, extreme integers, negative and 40-digit decimals,
// trailing zeros that numeric(40, 10) pads (not significant places), floats
// PostgreSQL prints with an exponent; an empty table; a composite
// key; a table without a primary key.
const profileDDL = `
CREATE TABLE "app_item" ("id" bigserial NOT NULL PRIMARY KEY, "name" varchar(20) NULL, "body" text NOT NULL, "data" bytea NULL,
	"qty" bigint NULL, "price" numeric(40, 10) NULL, "ratio" double precision NULL, "day" date NULL, "flag" boolean NULL,
	"uid" uuid NULL, "ip" inet NULL, "parent_id" bigint NULL);
INSERT INTO "app_item" VALUES
	(1, 'abc', '😀😀😀😀😀😀', '\x00ff', -5, 12.5, -1.5, '2024-01-01', true, NULL, '10.0.0.1', NULL),
	(2, NULL, 'hello', '\x0102030405', 9223372036854775807, -123456.789, 2.25, NULL, NULL, NULL, NULL, 1),
	(3, 'żółw🐢', '', NULL, NULL, 0.05, NULL, NULL, false, NULL, '2001:db8::1', 1),
	(4, 'x', 'b', '\x', -9223372036854775808, 123456789012345678901234567890.5, 1e21, NULL, false, NULL, NULL, 3);
CREATE TABLE "app_empty" ("id" serial NOT NULL PRIMARY KEY, "name" varchar(10) NOT NULL, "price" numeric(5, 2) NOT NULL);
CREATE TABLE "app_pair" ("a" integer NOT NULL, "b" varchar(5) NOT NULL, "note" text NULL, PRIMARY KEY ("a", "b"));
INSERT INTO "app_pair" VALUES (1, 'x', 'long note'), (2, 'y', NULL);
CREATE TABLE "app_log" ("line" text NULL);
INSERT INTO "app_log" VALUES ('one'), (NULL);
`

func TestSource_Profile_EdgeValues(t *testing.T) {
	t.Parallel()
	d := configured(t, newDatabase(t, profileDDL))
	got, err := d.Profile(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	s := func(kv ...string) map[string]string {
		m := map[string]string{}
		for i := 0; i < len(kv); i += 2 {
			m[kv[i]] = kv[i+1]
		}
		return m
	}
	want := map[string]sdk.TableProfile{
		"app_item": {Rows: 4, Columns: map[string]sdk.ColumnProfile{
			"id":   {Min: "1", Max: "4", Samples: s("min", "id=1", "max", "id=4")},
			"name": {Nulls: 1, MaxLength: 5, Samples: s("nulls", "id=2", "max_length", "id=3")},
			"body": {MaxLength: 6, Samples: s("max_length", "id=1")},
			"data": {Nulls: 1, MaxLength: 5, Samples: s("nulls", "id=3", "max_length", "id=2")},
			"qty":  {Nulls: 1, Min: "-9223372036854775808", Max: "9223372036854775807", Samples: s("nulls", "id=3", "min", "id=4", "max", "id=2")},
			"price": {Min: "-123456.7890000000", Max: "123456789012345678901234567890.5000000000", MaxIntegerDigits: 30, MaxScale: 3,
				Samples: s("min", "id=2", "max", "id=4", "digits", "id=4")},
			"ratio":     {Nulls: 1, Min: "-1.5", Max: "1000000000000000000000", Samples: s("nulls", "id=3", "min", "id=1", "max", "id=4")},
			"day":       {Nulls: 3, Samples: s("nulls", "id=2")},
			"flag":      {Nulls: 1, Samples: s("nulls", "id=2")},
			"uid":       {Nulls: 4, Samples: s("nulls", "id=1")},
			"ip":        {Nulls: 2, MaxLength: 11, Samples: s("nulls", "id=2", "max_length", "id=3")},
			"parent_id": {Nulls: 1, Min: "1", Max: "3", Samples: s("nulls", "id=1", "min", "id=2", "max", "id=4")},
		}},
		"app_empty": {Rows: 0, Columns: map[string]sdk.ColumnProfile{"id": {}, "name": {}, "price": {}}},
		"app_pair": {Rows: 2, Columns: map[string]sdk.ColumnProfile{
			"a":    {Min: "1", Max: "2", Samples: s("min", "a=1,b=x", "max", "a=2,b=y")},
			"b":    {MaxLength: 1, Samples: s("max_length", "a=1,b=x")},
			"note": {Nulls: 1, MaxLength: 9, Samples: s("nulls", "a=2,b=y", "max_length", "a=1,b=x")},
		}},
		"app_log": {Rows: 2, Columns: map[string]sdk.ColumnProfile{"line": {Nulls: 1, MaxLength: 3}}},
	}
	if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("Profile (-want +got):\n%s", diff)
	}
}

func TestSource_Profile_Errors(t *testing.T) {
	t.Parallel()
	d := configured(t, newDatabase(t, profileDDL))
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	tests := []struct {
		name   string
		ctx    context.Context
		tables []string
		want   string
	}{
		{"unknown table", context.Background(), []string{"app_item", "app_nope"}, `table "app_nope" does not exist`},
		{"cancelled", cancelled, []string{"app_item"}, "context canceled"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := d.Profile(tt.ctx, tt.tables)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Profile error %v, want one containing %q", err, tt.want)
			}
		})
	}
}

func TestSource_ProfileColumns_AsTheWholeProfile(t *testing.T) {
	t.Parallel()
	d := configured(t, newDatabase(t, profileDDL))
	ctx := context.Background()
	whole, err := d.Profile(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		ask  map[string][]string
	}{
		{"one column", map[string][]string{"app_item": {"name"}}},
		{"numbers, and a composite key", map[string][]string{"app_item": {"ratio", "qty", "price"}, "app_pair": {"note"}}},
		{"every column", map[string][]string{"app_item": {"id", "name", "body", "data", "qty", "price", "ratio", "day", "flag", "uid", "ip", "parent_id"}}},
		{"rows only", map[string][]string{"app_item": nil, "app_log": {}}},
		{"an empty table", map[string][]string{"app_empty": {"price"}}},
		{"no primary key", map[string][]string{"app_log": {"line"}}},
		{"a column named twice", map[string][]string{"app_pair": {"b", "b"}}},
		{"nothing", map[string][]string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := d.ProfileColumns(ctx, tt.ask)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(onlyColumns(whole, tt.ask), got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("ProfileColumns(%v) (-the whole profile's +got):\n%s", tt.ask, diff)
			}
		})
	}
}

// onlyColumns keeps of a whole profile the tables and columns of ask.
func onlyColumns(whole map[string]sdk.TableProfile, ask map[string][]string) map[string]sdk.TableProfile {
	out := map[string]sdk.TableProfile{}
	for table, cols := range ask {
		p := sdk.TableProfile{Rows: whole[table].Rows, Columns: map[string]sdk.ColumnProfile{}}
		for _, c := range cols {
			p.Columns[c] = whole[table].Columns[c]
		}
		out[table] = p
	}
	return out
}

func TestSource_ProfileColumns_Errors(t *testing.T) {
	t.Parallel()
	d := configured(t, newDatabase(t, profileDDL))
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	tests := []struct {
		name string
		ctx  context.Context
		ask  map[string][]string
		want string
	}{
		{"unknown table", context.Background(), map[string][]string{"app_item": {"name"}, "app_nope": {"x"}}, `table "app_nope" does not exist`},
		{"unknown column", context.Background(), map[string][]string{"app_item": {"name", "nope"}}, `table "app_item": column "nope" does not exist`},
		{"cancelled", cancelled, map[string][]string{"app_item": {"name"}}, "context canceled"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := d.ProfileColumns(tt.ctx, tt.ask)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("ProfileColumns error %v, want one containing %q", err, tt.want)
			}
		})
	}
}

// modesDDL creates three tables a, b and c, each holding row 1 "old", and
// d, without a primary key.
const modesDDL = `
CREATE TABLE "a" ("id" integer NOT NULL PRIMARY KEY, "v" text NOT NULL);
CREATE TABLE "b" ("id" integer NOT NULL PRIMARY KEY, "v" text NOT NULL);
CREATE TABLE "c" ("id" integer NOT NULL PRIMARY KEY, "v" text NOT NULL);
CREATE TABLE "d" ("v" text NOT NULL);
INSERT INTO "a" VALUES (1, 'old');
INSERT INTO "b" VALUES (1, 'old');
INSERT INTO "c" VALUES (1, 'old');
`

// rowsOf returns table's rows as "id:v", in id order.
func rowsOf(t *testing.T, dsn, table string) []string {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	rows, err := conn.Query(ctx, `SELECT id || ':' || v FROM `+quote(table)+` ORDER BY id`)
	if err != nil {
		t.Fatal(err)
	}
	out, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestDestination_Begin_PerTableModes(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		req   sdk.WriteRequest
		write map[string][]int32 // ids written as "new" per table
		want  map[string][]string
	}{
		{"replace append upsert", sdk.WriteRequest{Tables: []string{"a", "b", "c"}, Mode: sdk.Append,
			Modes: map[string]sdk.WriteMode{"a": sdk.Replace, "c": sdk.Upsert}},
			map[string][]int32{"a": {2}, "b": {2}, "c": {1, 3}},
			map[string][]string{"a": {"2:new"}, "b": {"1:old", "2:new"}, "c": {"1:new", "3:new"}}},
		{"default replace with overrides", sdk.WriteRequest{Tables: []string{"a", "b", "c"},
			Modes: map[string]sdk.WriteMode{"b": sdk.Append, "c": sdk.Upsert}},
			map[string][]int32{"a": {1}, "b": {3}, "c": {1}},
			map[string][]string{"a": {"1:new"}, "b": {"1:old", "3:new"}, "c": {"1:new"}}},
		{"mode alone", sdk.WriteRequest{Tables: []string{"a", "b"}, Mode: sdk.Upsert},
			map[string][]int32{"a": {1}, "b": {2}},
			map[string][]string{"a": {"1:new"}, "b": {"1:old", "2:new"}, "c": {"1:old"}}},
		{"override of a table outside Tables", sdk.WriteRequest{Tables: []string{"a"},
			Modes: map[string]sdk.WriteMode{"c": sdk.Upsert}},
			map[string][]int32{"a": {2}, "c": {1}},
			map[string][]string{"a": {"2:new"}, "b": {"1:old"}, "c": {"1:new"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			dsn := newDatabase(t, modesDDL)
			d := configured(t, dsn)
			ctx := context.Background()
			if err := d.Begin(ctx, tt.req); err != nil {
				t.Fatal(err)
			}
			for _, table := range []string{"a", "b", "c"} {
				b := &sdk.Batch{Table: table, Columns: []string{"id", "v"}}
				for _, id := range tt.write[table] {
					b.Append(sdk.Int(int64(id)), sdk.Text("new"))
				}
				if err := d.Write(ctx, b); err != nil {
					d.Rollback(ctx) //nolint:errcheck
					t.Fatalf("Write %s: %v", table, err)
				}
			}
			if err := d.Commit(ctx); err != nil {
				t.Fatal(err)
			}
			for table, want := range tt.want {
				if diff := cmp.Diff(want, rowsOf(t, dsn, table), cmpopts.EquateEmpty()); diff != "" {
					t.Errorf("table %s (-want +got):\n%s", table, diff)
				}
			}
		})
	}
}

func TestDestination_Begin_PerTableModeErrors(t *testing.T) {
	t.Parallel()
	dsn := newDatabase(t, modesDDL)
	tests := []struct {
		name string
		req  sdk.WriteRequest
		want string
	}{
		{"unknown mode", sdk.WriteRequest{Tables: []string{"a"}, Modes: map[string]sdk.WriteMode{"a": "merge"}}, `unknown write mode "merge" for table "a"`},
		{"upsert without key", sdk.WriteRequest{Tables: []string{"a", "d"}, Modes: map[string]sdk.WriteMode{"d": sdk.Upsert}}, `table "d" has no primary key`},
		{"unknown table", sdk.WriteRequest{Tables: []string{"a"}, Modes: map[string]sdk.WriteMode{"zz": sdk.Append}}, `table "zz" does not exist`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := configured(t, dsn)
			err := d.Begin(context.Background(), tt.req)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Begin error %v, want one containing %q", err, tt.want)
			}
			if err := d.Rollback(context.Background()); err != nil {
				t.Error(err)
			}
			if diff := cmp.Diff([]string{"1:old"}, rowsOf(t, dsn, "a")); diff != "" {
				t.Errorf("a failed Begin changed table a (-want +got):\n%s", diff)
			}
		})
	}
}
