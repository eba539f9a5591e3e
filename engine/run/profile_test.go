package run

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/rexdata/rex/engine/validate"
	"github.com/rexdata/rex/sdk"
)

// source records what the sender asks of a source's profile. Only its
// profile methods are ever called.
type source struct {
	sdk.Dialect
	calls []string
}

func (s *source) Profile(_ context.Context, tables []string) (map[string]sdk.TableProfile, error) {
	s.calls = append(s.calls, "Profile")
	out := map[string]sdk.TableProfile{}
	for _, t := range tables {
		out[t] = sdk.TableProfile{Rows: 1, Columns: map[string]sdk.ColumnProfile{"*": {}}}
	}
	return out, nil
}

// columnSource profiles columns too.
type columnSource struct{ source }

func (s *columnSource) ProfileColumns(_ context.Context, columns map[string][]string) (map[string]sdk.TableProfile, error) {
	s.calls = append(s.calls, "ProfileColumns")
	out := map[string]sdk.TableProfile{}
	for t, cols := range columns {
		p := sdk.TableProfile{Rows: 1, Columns: map[string]sdk.ColumnProfile{}}
		for _, c := range cols {
			p.Columns[c] = sdk.ColumnProfile{}
		}
		out[t] = p
	}
	return out, nil
}

func TestSender_Profile_OnlyWhatValidationReads(t *testing.T) {
	t.Parallel()
	table := func(name string, fields ...sdk.Field) sdk.Table {
		return sdk.Table{Name: name, Rows: -1, Fields: append([]sdk.Field{{Name: "id", Type: sdk.AutoField, PrimaryKey: true}}, fields...)}
	}
	char := func(name string, n int) sdk.Field { return sdk.Field{Name: name, Type: sdk.CharField, MaxLength: n} }
	// shop_b's name is narrower in the destination: only it needs data.
	src := &sdk.Schema{Tables: []sdk.Table{table("shop_a", char("name", 50)), table("shop_b", char("name", 100), char("code", 10)), table("shop_c", char("name", 50))}}
	dst := &sdk.Schema{Tables: []sdk.Table{table("shop_a", char("name", 50)), table("shop_b", char("name", 50), char("code", 10)), table("shop_c", char("name", 50))}}
	tables := []string{"shop_a", "shop_b", "shop_c"}
	in := validate.Input{Source: src, Destination: dst}
	for _, t := range tables {
		in.Moves = append(in.Moves, validate.Move{Source: t, Destination: t})
	}
	same := validate.Input{Source: src, Destination: src, Moves: in.Moves}
	whole := map[string]sdk.ColumnProfile{"*": {}}
	tests := []struct {
		name   string
		plan   bool
		source sdk.Dialect
		in     validate.Input
		calls  []string
		want   map[string]sdk.TableProfile
	}{
		{"plan: every table, whole", true, &columnSource{}, in, []string{"Profile"},
			map[string]sdk.TableProfile{"shop_a": {Rows: 1, Columns: whole}, "shop_b": {Rows: 1, Columns: whole}, "shop_c": {Rows: 1, Columns: whole}}},
		{"run: the columns needed", false, &columnSource{}, in, []string{"ProfileColumns"},
			map[string]sdk.TableProfile{"shop_b": {Rows: 1, Columns: map[string]sdk.ColumnProfile{"name": {}}}}},
		{"run, a source without ProfileColumns: their tables, whole", false, &source{}, in, []string{"Profile"},
			map[string]sdk.TableProfile{"shop_b": {Rows: 1, Columns: whole}}},
		{"run, no verdict depends on data: nothing", false, &columnSource{}, same, nil, nil},
		{"run, a source without ProfileColumns, no verdict depends on data: nothing", false, &source{}, same, nil, nil},
		{"no profiler: nothing", false, struct{ sdk.Dialect }{}, in, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s := &Sender{PlanOnly: tt.plan}
			got, err := s.profile(context.Background(), tt.source, tt.in, tables)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("profile (-want +got):\n%s", diff)
			}
			var calls []string
			switch src := tt.source.(type) {
			case *columnSource:
				calls = src.calls
			case *source:
				calls = src.calls
			}
			if diff := cmp.Diff(tt.calls, calls); diff != "" {
				t.Errorf("calls (-want +got):\n%s", diff)
			}
		})
	}
}
