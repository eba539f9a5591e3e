package sqlite

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/rexdata/rex/sdk"
)

func TestDialect_Describe_QuickstartColumns(t *testing.T) {
	t.Parallel()
	d := configured(t, copyFixture(t, "shop.sqlite3"))
	s, err := d.Describe(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	ref := func(table, field string) *sdk.Reference { return &sdk.Reference{Table: table, Field: field} }
	tests := []struct {
		table string
		want  sdk.Field
	}{
		{"shop_product", sdk.Field{Name: "id", Type: sdk.AutoField, DBType: "integer", PrimaryKey: true}},
		{"shop_product", sdk.Field{Name: "sku", Type: sdk.UUIDField, DBType: "char(32)", Unique: true}},
		{"shop_product", sdk.Field{Name: "name", Type: sdk.CharField, DBType: "varchar(200)", MaxLength: 200}},
		{"shop_product", sdk.Field{Name: "description", Type: sdk.TextField, DBType: "text"}},
		{"shop_product", sdk.Field{Name: "price", Type: sdk.DecimalField, DBType: "decimal"}},
		{"shop_product", sdk.Field{Name: "weight_kg", Type: sdk.FloatField, DBType: "real", Null: true}},
		{"shop_product", sdk.Field{Name: "stock", Type: sdk.IntegerField, DBType: "integer"}},
		{"shop_product", sdk.Field{Name: "reorder_level", Type: sdk.SmallIntegerField, DBType: "smallint"}},
		{"shop_product", sdk.Field{Name: "units_sold", Type: sdk.BigIntegerField, DBType: "bigint"}},
		{"shop_product", sdk.Field{Name: "view_count", Type: sdk.PositiveIntegerField, DBType: "integer unsigned"}},
		{"shop_product", sdk.Field{Name: "attributes", Type: sdk.JSONField, DBType: "text"}},
		{"shop_product", sdk.Field{Name: "thumbnail", Type: sdk.BinaryField, DBType: "BLOB", Null: true}},
		{"shop_product", sdk.Field{Name: "launched_on", Type: sdk.DateField, DBType: "date", Null: true}},
		{"shop_product", sdk.Field{Name: "created_at", Type: sdk.DateTimeField, DBType: "datetime"}},
		{"shop_product", sdk.Field{Name: "is_published", Type: sdk.BooleanField, DBType: "bool"}},
		{"shop_product", sdk.Field{Name: "category_id", Type: sdk.ForeignKey, DBType: "integer", References: ref("shop_category", "id")}},
		{"shop_category", sdk.Field{Name: "position", Type: sdk.PositiveSmallIntegerField, DBType: "smallint unsigned"}},
		{"shop_category", sdk.Field{Name: "slug", Type: sdk.CharField, DBType: "varchar(100)", MaxLength: 100, Unique: true}},
		{"shop_category", sdk.Field{Name: "parent_id", Type: sdk.ForeignKey, DBType: "integer", Null: true, References: ref("shop_category", "id")}},
		{"shop_customer", sdk.Field{Name: "user_id", Type: sdk.OneToOneField, DBType: "integer", Null: true, Unique: true, References: ref("auth_user", "id")}},
		{"shop_customer", sdk.Field{Name: "last_login_ip", Type: sdk.GenericIPAddressField, DBType: "char(39)", Null: true}},
		{"shop_customer", sdk.Field{Name: "loyalty_points", Type: sdk.PositiveBigIntegerField, DBType: "bigint unsigned"}},
		{"shop_customer", sdk.Field{Name: "preferred_contact_time", Type: sdk.TimeField, DBType: "time", Null: true}},
		{"shop_customer", sdk.Field{Name: "preferences", Type: sdk.JSONField, DBType: "text"}},
		{"shop_customer", sdk.Field{Name: "notes", Type: sdk.TextField, DBType: "text"}},
		{"shop_order", sdk.Field{Name: "delivery_window", Type: sdk.BigIntegerField, DBType: "bigint", Null: true}},
		{"shop_order", sdk.Field{Name: "metadata", Type: sdk.JSONField, DBType: "text", Null: true}},
		{"shop_order", sdk.Field{Name: "customer_id", Type: sdk.ForeignKey, DBType: "bigint", References: ref("shop_customer", "id")}},
		{"shop_orderline", sdk.Field{Name: "line_no", Type: sdk.PositiveSmallIntegerField, DBType: "smallint unsigned"}},
		{"shop_orderline", sdk.Field{Name: "discount", Type: sdk.DecimalField, DBType: "decimal", Null: true}},
		{"shop_product_tags", sdk.Field{Name: "tag_id", Type: sdk.ForeignKey, DBType: "smallint", References: ref("shop_tag", "id")}},
		{"django_session", sdk.Field{Name: "session_key", Type: sdk.CharField, DBType: "varchar(40)", MaxLength: 40, PrimaryKey: true}},
	}
	for _, tt := range tests {
		t.Run(tt.table+"."+tt.want.Name, func(t *testing.T) {
			tab := s.Table(tt.table)
			if tab == nil {
				t.Fatalf("table %s missing", tt.table)
			}
			got := tab.Field(tt.want.Name)
			if got == nil {
				t.Fatalf("column %s missing", tt.want.Name)
			}
			if diff := cmp.Diff(tt.want, *got); diff != "" {
				t.Errorf("field (-want +got):\n%s", diff)
			}
		})
	}
}

func TestDialect_Describe_QuickstartTables(t *testing.T) {
	t.Parallel()
	d := configured(t, copyFixture(t, "shop.sqlite3"))
	s, err := d.Describe(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if s.Dialect != "sqlite" {
		t.Errorf("Dialect = %q, want sqlite", s.Dialect)
	}
	pos := map[string]int{}
	for i, tab := range s.Tables {
		pos[tab.Name] = i
		if strings.HasPrefix(tab.Name, "sqlite_") {
			t.Errorf("internal table %s described", tab.Name)
		}
		if tab.Rows != -1 {
			t.Errorf("table %s: Rows = %d, want -1", tab.Name, tab.Rows)
		}
	}
	if len(s.Tables) != 17 {
		t.Errorf("%d tables, want 17", len(s.Tables))
	}
	// The quickstart has no cycle besides a self-reference: every parent
	// must come first.
	for _, tab := range s.Tables {
		for _, f := range tab.Fields {
			if f.References != nil && f.References.Table != tab.Name && pos[f.References.Table] > pos[tab.Name] {
				t.Errorf("table %s comes before its parent %s", tab.Name, f.References.Table)
			}
		}
	}
	// Ties are alphabetical: the first tables have no parents.
	if got := s.Tables[0].Name; got != "auth_group" {
		t.Errorf("first table %s, want auth_group", got)
	}
}

func TestDialect_Describe_OtherSchemas(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "other.sqlite3")
	execAll(t, path,
		`CREATE TABLE "b" ("id" integer PRIMARY KEY, "a_id" integer REFERENCES "a")`,
		`CREATE TABLE "a" ("id" integer PRIMARY KEY, "b_id" integer REFERENCES "b" ("id"))`,
		`CREATE TABLE "c" ("x" integer NOT NULL REFERENCES "b" ("id"), "code" varchar(8) NOT NULL, PRIMARY KEY ("code", "x")) WITHOUT ROWID`,
		`CREATE TABLE "odd" ("n" NUMERIC, "d" DOUBLE PRECISION, "v" VARYING CHARACTER(3), "none", "amount" decimal(10, 2), "j" text CHECK (json_valid(j)), "u" varchar(5), "e" text)`,
		`CREATE UNIQUE INDEX "odd_u" ON "odd" ("u")`,
		`CREATE UNIQUE INDEX "odd_e" ON "odd" ("e") WHERE "e" IS NOT NULL`,
		`CREATE UNIQUE INDEX "odd_nd" ON "odd" ("n", "d")`,
	)
	d := configured(t, path)
	s, err := d.Describe(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, tab := range s.Tables {
		names = append(names, tab.Name)
	}
	// odd has no parents, so it comes before the cycle of a and b, which is
	// broken alphabetically; c follows its parent b.
	if diff := cmp.Diff([]string{"odd", "a", "b", "c"}, names); diff != "" {
		t.Errorf("table order (-want +got):\n%s", diff)
	}
	tests := []struct {
		table string
		want  sdk.Field
	}{
		{"b", sdk.Field{Name: "a_id", Type: sdk.ForeignKey, DBType: "integer", Null: true, References: &sdk.Reference{Table: "a", Field: "id"}}},
		{"b", sdk.Field{Name: "id", Type: sdk.IntegerField, DBType: "integer", Null: true, PrimaryKey: true}},
		{"c", sdk.Field{Name: "x", Type: sdk.ForeignKey, DBType: "integer", PrimaryKey: true, References: &sdk.Reference{Table: "b", Field: "id"}}},
		{"odd", sdk.Field{Name: "n", Type: sdk.TextField, DBType: "NUMERIC", Null: true}},
		{"odd", sdk.Field{Name: "d", Type: sdk.FloatField, DBType: "DOUBLE PRECISION", Null: true}},
		{"odd", sdk.Field{Name: "v", Type: sdk.TextField, DBType: "VARYING CHARACTER(3)", Null: true}},
		{"odd", sdk.Field{Name: "none", Type: sdk.BinaryField, Null: true}},
		{"odd", sdk.Field{Name: "amount", Type: sdk.DecimalField, DBType: "decimal(10, 2)", Null: true, MaxDigits: 10, DecimalPlaces: 2}},
		{"odd", sdk.Field{Name: "j", Type: sdk.JSONField, DBType: "text", Null: true}},
		{"odd", sdk.Field{Name: "u", Type: sdk.CharField, DBType: "varchar(5)", Null: true, MaxLength: 5, Unique: true}},
		{"odd", sdk.Field{Name: "e", Type: sdk.TextField, DBType: "text", Null: true}},
	}
	for _, tt := range tests {
		t.Run(tt.table+"."+tt.want.Name, func(t *testing.T) {
			got := s.Table(tt.table).Field(tt.want.Name)
			if got == nil {
				t.Fatalf("column missing")
			}
			if diff := cmp.Diff(tt.want, *got); diff != "" {
				t.Errorf("field (-want +got):\n%s", diff)
			}
		})
	}
}

func TestFieldOf_DeclaredTypes(t *testing.T) {
	t.Parallel()
	tests := []struct {
		declared string
		want     sdk.FieldType
		maxLen   int
		digits   [2]int
	}{
		{"integer", sdk.IntegerField, 0, [2]int{}},
		{"INTEGER", sdk.IntegerField, 0, [2]int{}},
		{"integer  unsigned", sdk.PositiveIntegerField, 0, [2]int{}},
		{"bigint unsigned", sdk.PositiveBigIntegerField, 0, [2]int{}},
		{"smallint unsigned", sdk.PositiveSmallIntegerField, 0, [2]int{}},
		{"varchar(254)", sdk.CharField, 254, [2]int{}},
		{"varchar ( 7 )", sdk.CharField, 7, [2]int{}},
		{"varchar", sdk.CharField, 0, [2]int{}},
		{"char(32)", sdk.UUIDField, 0, [2]int{}},
		{"char(39)", sdk.GenericIPAddressField, 0, [2]int{}},
		{"char(15)", sdk.IPAddressField, 0, [2]int{}},
		{"char(10)", sdk.TextField, 0, [2]int{}},
		{"decimal(12,2)", sdk.DecimalField, 0, [2]int{12, 2}},
		{"decimal(5)", sdk.DecimalField, 0, [2]int{5, 0}},
		{"real", sdk.FloatField, 0, [2]int{}},
		{"BLOB", sdk.BinaryField, 0, [2]int{}},
		{"", sdk.BinaryField, 0, [2]int{}},
		{"FLOATING POINT", sdk.IntegerField, 0, [2]int{}}, // "INT" wins, as in SQLite
		{"CLOB", sdk.TextField, 0, [2]int{}},
		{"timestamp", sdk.TextField, 0, [2]int{}},
		{"varchar(99999999999999)", sdk.TextField, 0, [2]int{}},
		{"weird(", sdk.TextField, 0, [2]int{}},
	}
	for _, tt := range tests {
		t.Run(tt.declared, func(t *testing.T) {
			t.Parallel()
			f := fieldOf(tt.declared)
			if f.Type != tt.want || f.MaxLength != tt.maxLen || f.MaxDigits != tt.digits[0] || f.DecimalPlaces != tt.digits[1] {
				t.Errorf("fieldOf(%q) = %s max_length %d decimal(%d,%d), want %s %d (%d,%d)", tt.declared,
					f.Type, f.MaxLength, f.MaxDigits, f.DecimalPlaces, tt.want, tt.maxLen, tt.digits[0], tt.digits[1])
			}
			if f.DBType != tt.declared {
				t.Errorf("DBType = %q, want %q", f.DBType, tt.declared)
			}
		})
	}
}

// FuzzFieldOf checks that any declared type, which comes from an untrusted
// file, yields a known field type and never panics.
func FuzzFieldOf(f *testing.F) {
	for _, s := range []string{"integer", "varchar(100)", "decimal(12, 2)", "char(32)", "bigint unsigned", "", "VARYING CHARACTER(3)", "x(1,2,3)"} {
		f.Add(s)
	}
	known := []sdk.FieldType{sdk.IntegerField, sdk.BigIntegerField, sdk.SmallIntegerField, sdk.PositiveIntegerField,
		sdk.PositiveBigIntegerField, sdk.PositiveSmallIntegerField, sdk.BooleanField, sdk.CharField, sdk.UUIDField,
		sdk.GenericIPAddressField, sdk.IPAddressField, sdk.TextField, sdk.DateField, sdk.DateTimeField, sdk.TimeField,
		sdk.DecimalField, sdk.FloatField, sdk.BinaryField}
	f.Fuzz(func(t *testing.T, declared string) {
		got := fieldOf(declared)
		if !slices.Contains(known, got.Type) {
			t.Fatalf("fieldOf(%q).Type = %q", declared, got.Type)
		}
		if got.DBType != declared || got.MaxLength < 0 || got.MaxDigits < 0 || got.DecimalPlaces < 0 {
			t.Fatalf("fieldOf(%q) = %+v", declared, got)
		}
	})
}
