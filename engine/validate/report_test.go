package validate

import (
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/rexdata/rex/sdk"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden with the current output")

func TestCheck_Migrations_Rules(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name     string
		src, dst map[string][]string
		want     []Finding
	}{
		{name: "neither side has django_migrations"},
		{name: "the same migrations",
			src: map[string][]string{"shop": {"0001_initial", "0002_price"}},
			dst: map[string][]string{"shop": {"0002_price", "0001_initial"}}},
		{name: "source without django_migrations", dst: map[string][]string{"shop": {"0001_initial"}},
			want: []Finding{{Verdict: Warning, Reason: "the source has no django_migrations table, so its migrations cannot be compared with the destination's"}}},
		{name: "destination without django_migrations", src: map[string][]string{"shop": {"0001_initial"}},
			want: []Finding{{Verdict: Warning, Reason: "the destination has no django_migrations table: run `manage.py migrate` on the destination, or its migrations cannot be compared with the source's"}}},
		{name: "source ahead",
			src: map[string][]string{"shop": {"0001_initial", "0004_rename", "0003_add_weight"}},
			dst: map[string][]string{"shop": {"0001_initial"}},
			want: []Finding{{App: "shop", Verdict: Error,
				Reason: "the source has applied 0003_add_weight, 0004_rename; the destination has not — run `manage.py migrate` on the destination"}}},
		{name: "destination ahead",
			src: map[string][]string{"shop": {"0001_initial"}},
			dst: map[string][]string{"shop": {"0001_initial", "0002_note"}},
			want: []Finding{{App: "shop", Verdict: Warning,
				Reason: "the destination has applied 0002_note; the source has not — the destination is ahead, so its tables may expect fields the source lacks"}}},
		{name: "both sides differ",
			src: map[string][]string{"shop": {"0001_initial", "0002_a"}},
			dst: map[string][]string{"shop": {"0001_initial", "0002_b"}},
			want: []Finding{{App: "shop", Verdict: Error,
				Reason: "the source has applied 0002_a; the destination has not — run `manage.py migrate` on the destination; the destination has applied 0002_b; the source has not — the destination is ahead, so its tables may expect fields the source lacks"}}},
		{name: "apps on one side only, sorted worst first",
			src: map[string][]string{"auth": {"0001_initial"}, "shop": {"0001_initial"}, "blog": {"0001_initial"}},
			dst: map[string][]string{"auth": {"0001_initial"}, "stats": {"0001_initial"}},
			want: []Finding{
				{App: "blog", Verdict: Error, Reason: "the source has applied 0001_initial; the destination has not — run `manage.py migrate` on the destination"},
				{App: "shop", Verdict: Error, Reason: "the source has applied 0001_initial; the destination has not — run `manage.py migrate` on the destination"},
				{App: "stats", Verdict: Warning, Reason: "the destination has applied 0001_initial; the source has not — the destination is ahead, so its tables may expect fields the source lacks"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			r := Check(Input{SourceMigrations: tc.src, DestinationMigrations: tc.dst})
			if diff := cmp.Diff(tc.want, r.Migrations); diff != "" {
				t.Errorf("migrations (-want +got):\n%s", diff)
			}
			wantVerdict := OK
			for _, f := range tc.want {
				wantVerdict = worst(wantVerdict, f.Verdict)
			}
			if r.Verdict != wantVerdict {
				t.Errorf("verdict %s, want %s", r.Verdict, wantVerdict)
			}
		})
	}
}

func TestCheck_Rows_CountedEstimatedUnknown(t *testing.T) {
	t.Parallel()
	src := &sdk.Schema{Tables: []sdk.Table{
		{Name: "a", Rows: 5, Fields: []sdk.Field{pk(sdk.AutoField)}},
		{Name: "b", Rows: 7, Fields: []sdk.Field{pk(sdk.AutoField)}},
		{Name: "c", Rows: -1, Fields: []sdk.Field{pk(sdk.AutoField)}},
	}}
	r := Check(Input{Source: src, Destination: src,
		Moves:    []Move{{Source: "a", Destination: "a"}, {Source: "b", Destination: "b"}, {Source: "c", Destination: "c"}},
		Profiles: map[string]sdk.TableProfile{"a": {Rows: 6}}})
	type rows struct {
		Rows  int64
		Exact bool
		Mode  sdk.WriteMode
	}
	var gotRows []rows
	for _, tp := range r.Tables {
		gotRows = append(gotRows, rows{tp.Rows, tp.RowsExact, tp.Mode})
	}
	want := []rows{{6, true, sdk.Replace}, {7, false, sdk.Replace}, {-1, false, sdk.Replace}}
	if diff := cmp.Diff(want, gotRows); diff != "" {
		t.Errorf("rows (-want +got):\n%s", diff)
	}
}

func TestCheck_Verdict_WorstFirst(t *testing.T) {
	t.Parallel()
	src := schema(char("a", 10), sdk.Field{Name: "b", Type: sdk.TextField, Null: true}, f("c", sdk.IntegerField))
	dst := schema(char("a", 20), f("b", sdk.TextField), f("c", sdk.UUIDField))
	r := Check(Input{Source: src, Destination: dst, Moves: []Move{{Source: "shop_product", Destination: "shop_product"}}})
	var fields []string
	for _, fd := range r.Tables[0].Findings {
		fields = append(fields, string(fd.Verdict)+" "+fd.Field)
	}
	if diff := cmp.Diff([]string{"error c", "warning b", "ok a"}, fields); diff != "" {
		t.Errorf("order (-want +got):\n%s", diff)
	}
	if r.Tables[0].Verdict != Error || r.Verdict != Error {
		t.Errorf("verdicts %s, %s, want error", r.Tables[0].Verdict, r.Verdict)
	}
	if r.Count(Error) != 1 || r.Count(Warning) != 1 || r.Count(OK) != 1 {
		t.Errorf("counts %d errors, %d warnings, %d ok, want 1 each", r.Count(Error), r.Count(Warning), r.Count(OK))
	}
}

func TestReport_Err_MostImportantFirst(t *testing.T) {
	t.Parallel()
	if err := Check(Input{Source: shop(), Destination: shop(), Moves: []Move{{Source: "shop_product", Destination: "shop_product"}}}).Err(); err != nil {
		t.Fatalf("Err() = %v, want nil", err)
	}
	warnOnly := Check(Input{Source: schema(char("s", 10)), Destination: schema(char("s", 5)), Moves: []Move{{Source: "shop_product", Destination: "shop_product"}}})
	if warnOnly.Verdict != Warning || warnOnly.Err() != nil {
		t.Fatalf("a warning: verdict %s, Err() = %v, want warning and nil", warnOnly.Verdict, warnOnly.Err())
	}
	r := Check(Input{
		Source:                shop(f("weight", sdk.FloatField)),
		Destination:           &sdk.Schema{Tables: shop().Tables[1:]},
		Moves:                 []Move{{Source: "shop_product", Destination: "shop_product"}, {Source: "shop_category", Destination: "shop_category"}},
		SourceMigrations:      map[string][]string{"shop": {"0001_initial", "0002_weight"}},
		DestinationMigrations: map[string][]string{"shop": {"0001_initial"}},
	})
	err := r.Err()
	if !errors.Is(err, ErrMismatch) {
		t.Fatalf("Err() = %v, want ErrMismatch", err)
	}
	want := "the source does not fit the destination (3 errors):\n" +
		"  app shop: the source has applied 0002_weight; the destination has not — run `manage.py migrate` on the destination\n" +
		"  shop_category: the destination has no table shop_category: migrate the destination project, or exclude or rename the table\n" +
		"  shop_product.weight: not in the destination: migrate the destination project, or exclude or rename the field"
	if diff := cmp.Diff(want, err.Error()); diff != "" {
		t.Errorf("message (-want +got):\n%s", diff)
	}
	var me *MismatchError
	if !errors.As(err, &me) || len(me.Findings) != 3 {
		t.Errorf("errors.As: %v, want 3 findings", me)
	}
}

func TestReport_MarshalJSON_RoundTrip(t *testing.T) {
	t.Parallel()
	r := mixedReport()
	data, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	keys := func(m map[string]any) []string {
		var out []string
		for k := range m {
			out = append(out, k)
		}
		return out
	}
	sorted := cmpopts.SortSlices(func(a, b string) bool { return a < b })
	if diff := cmp.Diff([]string{"verdict", "errors", "warnings", "tables", "migrations"}, keys(doc), sorted); diff != "" {
		t.Errorf("report keys (-want +got):\n%s", diff)
	}
	table := doc["tables"].([]any)[1].(map[string]any)
	if diff := cmp.Diff([]string{"source", "destination", "mode", "rows", "rows_exact", "verdict", "findings"}, keys(table), sorted); diff != "" {
		t.Errorf("table keys (-want +got):\n%s", diff)
	}
	finding := table["findings"].([]any)[0].(map[string]any)
	if diff := cmp.Diff([]string{"table", "field", "verdict", "reason"}, keys(finding), sorted); diff != "" {
		t.Errorf("finding keys (-want +got):\n%s", diff)
	}
	migration := doc["migrations"].([]any)[0].(map[string]any)
	if diff := cmp.Diff([]string{"app", "verdict", "reason"}, keys(migration), sorted); diff != "" {
		t.Errorf("migration keys (-want +got):\n%s", diff)
	}
	if doc["errors"] != float64(r.Count(Error)) || doc["warnings"] != float64(r.Count(Warning)) {
		t.Errorf("counts %v errors, %v warnings", doc["errors"], doc["warnings"])
	}
	var back Report
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(r, &back, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	empty, err := json.Marshal(Check(Input{}))
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"verdict":"ok","errors":0,"warnings":0,"tables":[],"migrations":[]}`; string(empty) != want {
		t.Errorf("empty report = %s, want %s", empty, want)
	}
}

// mixedReport is a plan with a rename, all three row counts, every
// verdict and migrations that differ.
func mixedReport() *Report {
	src := &sdk.Schema{Dialect: "sqlite", Tables: []sdk.Table{
		{Name: "shop_category", Rows: 12, Fields: []sdk.Field{pk(sdk.AutoField), char("name", 50)}},
		{Name: "shop_product", Rows: 1200, Fields: []sdk.Field{pk(sdk.AutoField), char("name", 200), fk("category_id", "shop_category"),
			sdk.Field{Name: "note", Type: sdk.TextField, Null: true}, dec("price", 10, 2), f("weight", sdk.FloatField)}},
		{Name: "shop_order", Rows: -1, Fields: []sdk.Field{pk(sdk.AutoField), f("total", sdk.BigIntegerField), char("sku", 20)}},
	}}
	dst := &sdk.Schema{Dialect: "postgres", Tables: []sdk.Table{
		{Name: "store_category", Fields: []sdk.Field{pk(sdk.BigAutoField), char("title", 100)}},
		{Name: "shop_product", Fields: []sdk.Field{pk(sdk.AutoField), char("name", 100), fk("category_id", "store_category"),
			f("note", sdk.TextField), dec("price", 12, 2)}},
		{Name: "shop_order", Fields: []sdk.Field{pk(sdk.AutoField), f("total", sdk.IntegerField), sdk.Field{Name: "sku", Type: sdk.CharField, MaxLength: 20, Unique: true}}},
	}}
	return Check(Input{
		Source: src, Destination: dst,
		Moves: []Move{
			{Source: "shop_category", Destination: "store_category", Mode: sdk.Replace, Columns: map[string]string{"name": "title"}},
			{Source: "shop_product", Destination: "shop_product", Mode: sdk.Upsert},
			{Source: "shop_order", Destination: "shop_order", Mode: sdk.Append},
		},
		Profiles: map[string]sdk.TableProfile{"shop_product": {Rows: 1234, Columns: map[string]sdk.ColumnProfile{
			"name": {MaxLength: 120, Samples: map[string]string{"max_length": "id=42"}},
			"note": {Nulls: 2, Samples: map[string]string{"nulls": "id=7"}},
		}}},
		SourceMigrations:      map[string][]string{"shop": {"0001_initial", "0002_weight"}, "auth": {"0001_initial"}},
		DestinationMigrations: map[string][]string{"shop": {"0001_initial", "0003_order_sku"}, "auth": {"0001_initial"}},
	})
}

func TestReport_WriteText_Golden(t *testing.T) {
	t.Parallel()
	ok := &sdk.Schema{Tables: []sdk.Table{
		{Name: "auth_user", Rows: 640, Fields: []sdk.Field{pk(sdk.AutoField), char("username", 150)}},
		{Name: "shop_category", Rows: 3, Fields: []sdk.Field{pk(sdk.AutoField), char("name", 50)}},
		{Name: "shop_product", Rows: 1, Fields: []sdk.Field{pk(sdk.AutoField), char("name", 100), fk("category_id", "shop_category")}},
	}}
	migrations := map[string][]string{"auth": {"0001_initial"}, "shop": {"0001_initial"}}
	wide := &sdk.Schema{Tables: []sdk.Table{
		{Name: "auth_user", Fields: []sdk.Field{pk(sdk.BigAutoField), char("username", 150)}},
		{Name: "store_category", Fields: []sdk.Field{pk(sdk.AutoField), f("name", sdk.TextField)}},
		{Name: "shop_product", Fields: []sdk.Field{pk(sdk.AutoField), char("name", 80), fk("category_id", "store_category")}},
	}}
	for _, tc := range []struct {
		name string
		r    *Report
	}{
		{name: "all_ok", r: Check(Input{Source: ok, Destination: ok,
			Moves: []Move{
				{Source: "auth_user", Destination: "auth_user", Mode: sdk.Upsert},
				{Source: "shop_category", Destination: "shop_category", Mode: sdk.Replace},
				{Source: "shop_product", Destination: "shop_product", Mode: sdk.Replace},
			},
			Profiles:         map[string]sdk.TableProfile{"auth_user": {Rows: 1234}, "shop_product": {Rows: 1}},
			SourceMigrations: migrations, DestinationMigrations: migrations})},
		{name: "warnings_without_profile", r: Check(Input{Source: ok, Destination: wide,
			Moves: []Move{
				{Source: "auth_user", Destination: "auth_user", Mode: sdk.Upsert},
				{Source: "shop_category", Destination: "store_category", Mode: sdk.Replace},
				{Source: "shop_product", Destination: "shop_product", Mode: sdk.Append},
			},
			SourceMigrations: migrations})},
		{name: "errors", r: mixedReport()},
		{name: "empty", r: Check(Input{})},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			var b strings.Builder
			tc.r.WriteText(&b)
			path := filepath.Join("testdata", tc.name+".golden")
			if *update {
				if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("read golden file (run go test -update to create it): %v", err)
			}
			if diff := cmp.Diff(string(want), b.String()); diff != "" {
				t.Errorf("%s (-want +got):\n%s", path, diff)
			}
		})
	}
}
