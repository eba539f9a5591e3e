package django

import (
	"context"
	"strings"
	"testing"

	"github.com/rexdata/rex/sdk"
)

// TestTransform_NativeSchema_PassesValuesAndChecksKinds: a schema that
// stores Django-native values (sdk.Schema.Native) is converted in neither
// direction; a value of another kind than its column's is an error.
func TestTransform_NativeSchema_PassesValuesAndChecksKinds(t *testing.T) {
	native := &sdk.Schema{Dialect: "csv", Native: true, Tables: []sdk.Table{{Name: "t", Fields: []sdk.Field{
		{Name: "id", Type: sdk.AutoField, PrimaryKey: true},
		{Name: "at", Type: sdk.DateTimeField, Null: true},
		{Name: "span", Type: sdk.DurationField},
	}}}}
	for _, dir := range []sdk.Direction{sdk.Decode, sdk.Encode} {
		t.Run(string(dir), func(t *testing.T) {
			tr := New()
			plan := sdk.TransformPlan{Direction: dir, Source: native, Destination: native}
			if err := tr.Prepare(context.Background(), plan); err != nil {
				t.Fatal(err)
			}
			b := &sdk.Batch{Table: "t", Columns: []string{"id", "at", "span"}}
			b.Append(sdk.Int(1), sdk.DateTime(-1), sdk.Duration(-5))
			b.Append(sdk.Int(2), sdk.Null, sdk.Duration(0))
			want := append([]sdk.Value(nil), b.Values...)
			got, err := tr.Transform(context.Background(), b)
			if err != nil {
				t.Fatal(err)
			}
			for i := range want {
				if !got.Values[i].Equal(want[i]) {
					t.Errorf("value %d: %s, want %s", i, got.Values[i], want[i])
				}
			}
			bad := &sdk.Batch{Table: "t", Columns: []string{"id", "at"}}
			bad.Append(sdk.Int(3), sdk.Text("2024-01-01 00:00:00"))
			if _, err := tr.Transform(context.Background(), bad); err == nil || !strings.Contains(err.Error(), "t.at") {
				t.Errorf("a text value in a DateTimeField: %v, want an error naming t.at", err)
			}
		})
	}
}
