package mysql

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/rexdata/rex/sdk"
)

func TestDialect_Describe_DjangoTypes(t *testing.T) {
	t.Parallel()
	db := newDB(t, djangoDDL...)
	s, err := configured(t, db).Describe(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if s.Dialect != "mysql" {
		t.Errorf("Dialect = %q, want mysql", s.Dialect)
	}
	var order []string
	for _, tab := range s.Tables {
		order = append(order, tab.Name)
	}
	wantOrder := []string{"app_big", "app_parent", "app_every", "app_small", "app_tag", "app_tag_everys"}
	if diff := cmp.Diff(wantOrder, order); diff != "" {
		t.Errorf("table order, parents first (-want +got):\n%s", diff)
	}

	ref := func(table string) *sdk.Reference { return &sdk.Reference{Table: table, Field: "id"} }
	tests := []struct {
		table string
		want  []sdk.Field
	}{
		{"app_big", []sdk.Field{{Name: "id", Type: sdk.BigAutoField, DBType: "bigint(20)", PrimaryKey: true}}},
		{"app_small", []sdk.Field{{Name: "id", Type: sdk.SmallAutoField, DBType: "smallint(6)", PrimaryKey: true}}},
		{"app_every", []sdk.Field{
			{Name: "id", Type: sdk.AutoField, DBType: "int(11)", PrimaryKey: true},
			{Name: "f_int", Type: sdk.IntegerField, DBType: "int(11)"},
			{Name: "f_big", Type: sdk.BigIntegerField, DBType: "bigint(20)"},
			{Name: "f_small", Type: sdk.SmallIntegerField, DBType: "smallint(6)"},
			{Name: "f_pint", Type: sdk.PositiveIntegerField, DBType: "int(10) unsigned"},
			{Name: "f_pbig", Type: sdk.PositiveBigIntegerField, DBType: "bigint(20) unsigned"},
			{Name: "f_psmall", Type: sdk.PositiveSmallIntegerField, DBType: "smallint(5) unsigned"},
			{Name: "f_bool", Type: sdk.BooleanField, DBType: "tinyint(1)"},
			{Name: "f_nbool", Type: sdk.BooleanField, DBType: "tinyint(1)", Null: true},
			{Name: "f_char", Type: sdk.CharField, DBType: "varchar(200)", Null: true, MaxLength: 200},
			{Name: "f_text", Type: sdk.TextField, DBType: "longtext"},
			{Name: "f_date", Type: sdk.DateField, DBType: "date"},
			{Name: "f_dt", Type: sdk.DateTimeField, DBType: "datetime(6)"},
			{Name: "f_time", Type: sdk.TimeField, DBType: "time(6)"},
			{Name: "f_dur", Type: sdk.BigIntegerField, DBType: "bigint(20)"}, // DurationField is a bigint too
			{Name: "f_dec", Type: sdk.DecimalField, DBType: "decimal(30,10)", MaxDigits: 30, DecimalPlaces: 10},
			{Name: "f_float", Type: sdk.FloatField, DBType: "double"},
			{Name: "f_bin", Type: sdk.BinaryField, DBType: "longblob", Null: true},
			{Name: "f_uuid", Type: sdk.UUIDField, DBType: "char(32)"},
			{Name: "f_json", Type: sdk.JSONField, DBType: "longtext", Null: true},
			{Name: "f_ip", Type: sdk.GenericIPAddressField, DBType: "char(39)"},
			{Name: "f_slug", Type: sdk.CharField, DBType: "varchar(50)", MaxLength: 50},
			{Name: "f_email", Type: sdk.CharField, DBType: "varchar(254)", MaxLength: 254},
			{Name: "one_id", Type: sdk.OneToOneField, DBType: "bigint(20)", Null: true, Unique: true, References: ref("app_big")},
			{Name: "parent_id", Type: sdk.ForeignKey, DBType: "int(11)", Null: true, References: ref("app_parent")},
			{Name: "self_ref_id", Type: sdk.ForeignKey, DBType: "int(11)", Null: true, References: ref("app_every")},
		}},
		{"app_tag", []sdk.Field{
			{Name: "id", Type: sdk.AutoField, DBType: "int(11)", PrimaryKey: true},
			{Name: "name", Type: sdk.CharField, DBType: "varchar(50)", MaxLength: 50, Unique: true},
		}},
		{"app_tag_everys", []sdk.Field{
			{Name: "id", Type: sdk.AutoField, DBType: "int(11)", PrimaryKey: true},
			{Name: "tag_id", Type: sdk.ForeignKey, DBType: "int(11)", References: ref("app_tag")},
			{Name: "every_id", Type: sdk.ForeignKey, DBType: "int(11)", References: ref("app_every")},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.table, func(t *testing.T) {
			tab := s.Table(tt.table)
			if tab == nil {
				t.Fatalf("table %s not described", tt.table)
			}
			if tab.Rows != -1 {
				t.Errorf("Rows = %d, want -1", tab.Rows)
			}
			if diff := cmp.Diff(tt.want, tab.Fields); diff != "" {
				t.Errorf("fields (-want +got):\n%s", diff)
			}
		})
	}
}

// TestFieldOf_MySQL8 covers the spellings MySQL 8 reports (no display
// widths, a json type), which the MariaDB server here does not produce.
func TestFieldOf_MySQL8(t *testing.T) {
	t.Parallel()
	tests := []struct {
		dataType, colType string
		maxLen            int64
		want              sdk.FieldType
		store             storage
	}{
		{"int", "int", 0, sdk.IntegerField, storeInt},
		{"int", "int unsigned", 0, sdk.PositiveIntegerField, storeUint},
		{"bigint", "bigint unsigned", 0, sdk.PositiveBigIntegerField, storeUint},
		{"smallint", "smallint unsigned", 0, sdk.PositiveSmallIntegerField, storeUint},
		{"tinyint", "tinyint(1)", 0, sdk.BooleanField, storeInt},
		{"tinyint", "tinyint", 0, sdk.SmallIntegerField, storeInt},
		{"json", "json", 0, sdk.JSONField, storeJSON},
		{"char", "char(15)", 15, sdk.IPAddressField, storeText},
		{"char", "char(10)", 10, sdk.CharField, storeText},
		{"timestamp", "timestamp(6)", 0, sdk.DateTimeField, storeDateTime},
		{"year", "year", 0, sdk.IntegerField, storeInt},
		{"varbinary", "varbinary(16)", 16, sdk.BinaryField, storeBytes},
		{"enum", "enum('a','b')", 1, sdk.TextField, storeText},
		{"geometry", "geometry", 0, sdk.TextField, storeText},
	}
	for _, tt := range tests {
		t.Run(tt.colType, func(t *testing.T) {
			f, st := fieldOf(tt.dataType, tt.colType, tt.maxLen, 0, 0)
			if f.Type != tt.want || st != tt.store || f.DBType != tt.colType {
				t.Errorf("fieldOf(%q, %q) = %s %q store %d, want %s store %d", tt.dataType, tt.colType, f.Type, f.DBType, st, tt.want, tt.store)
			}
		})
	}
}
