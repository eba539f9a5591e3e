package validate

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/rexdata/rex/sdk"
)

// want is one expected finding: its field, verdict and a part of its reason.
type want struct {
	Field   string
	Verdict Verdict
	Reason  string
}

func got(fs []Finding) []want {
	out := make([]want, len(fs))
	for i, f := range fs {
		out[i] = want{f.Field, f.Verdict, f.Reason}
	}
	return out
}

// matches reports whether the findings are the wanted ones, in order, each
// reason containing the wanted text.
func matches(fs []Finding, ws []want) bool {
	if len(fs) != len(ws) {
		return false
	}
	for i, w := range ws {
		if fs[i].Field != w.Field || fs[i].Verdict != w.Verdict || !strings.Contains(fs[i].Reason, w.Reason) {
			return false
		}
	}
	return true
}

func pk(t sdk.FieldType) sdk.Field { return sdk.Field{Name: "id", Type: t, PrimaryKey: true} }

func fk(name, table string) sdk.Field {
	return sdk.Field{Name: name, Type: sdk.ForeignKey, References: &sdk.Reference{Table: table, Field: "id"}}
}

// schema is one table shop_product with an id and the given fields.
func schema(fields ...sdk.Field) *sdk.Schema {
	return &sdk.Schema{Tables: []sdk.Table{{Name: "shop_product", Rows: -1, Fields: append([]sdk.Field{pk(sdk.AutoField)}, fields...)}}}
}

// profile is a profile of shop_product with 10 rows and the column col.
func profile(col string, p sdk.ColumnProfile) map[string]sdk.TableProfile {
	return map[string]sdk.TableProfile{"shop_product": {Rows: 10, Columns: map[string]sdk.ColumnProfile{col: p}}}
}

func f(name string, t sdk.FieldType) sdk.Field { return sdk.Field{Name: name, Type: t} }

func char(name string, n int) sdk.Field {
	return sdk.Field{Name: name, Type: sdk.CharField, MaxLength: n}
}

func dec(name string, p, s int) sdk.Field {
	return sdk.Field{Name: name, Type: sdk.DecimalField, MaxDigits: p, DecimalPlaces: s}
}

func TestCheck_Field_Rules(t *testing.T) {
	t.Parallel()
	nullable := func(fl sdk.Field) sdk.Field { fl.Null = true; return fl }
	unique := func(fl sdk.Field) sdk.Field { fl.Unique = true; return fl }
	for _, tc := range []struct {
		name     string
		src, dst sdk.Field
		profiles map[string]sdk.TableProfile
		want     []want
	}{
		// Same and widening types.
		{name: "same type", src: char("name", 100), dst: char("name", 100)},
		{name: "integer to big integer", src: f("n", sdk.IntegerField), dst: f("n", sdk.BigIntegerField),
			want: []want{{"n", OK, "IntegerField → BigIntegerField: widened"}}},
		{name: "small integer to integer", src: f("n", sdk.SmallIntegerField), dst: f("n", sdk.IntegerField),
			want: []want{{"n", OK, "SmallIntegerField → IntegerField: widened"}}},
		{name: "positive to signed", src: f("n", sdk.PositiveIntegerField), dst: f("n", sdk.IntegerField),
			want: []want{{"n", OK, "PositiveIntegerField → IntegerField: widened"}}},
		{name: "positive small to positive big", src: f("n", sdk.PositiveSmallIntegerField), dst: f("n", sdk.PositiveBigIntegerField),
			want: []want{{"n", OK, "widened"}}},
		{name: "auto to integer", src: f("n", sdk.AutoField), dst: f("n", sdk.IntegerField),
			want: []want{{"n", OK, "AutoField → IntegerField: same range"}}},
		{name: "char to longer char", src: char("s", 100), dst: char("s", 200),
			want: []want{{"s", OK, "CharField(100) → CharField(200): widened"}}},
		{name: "char to text", src: char("s", 100), dst: f("s", sdk.TextField),
			want: []want{{"s", OK, "CharField(100) → TextField: widened"}}},
		{name: "ip to generic ip", src: f("ip", sdk.IPAddressField), dst: f("ip", sdk.GenericIPAddressField),
			want: []want{{"ip", OK, "widened"}}},
		{name: "generic ip to char", src: f("ip", sdk.GenericIPAddressField), dst: char("ip", 39),
			want: []want{{"ip", OK, "GenericIPAddressField → CharField(39): same length"}}},
		{name: "decimal widened", src: dec("d", 8, 2), dst: dec("d", 10, 3),
			want: []want{{"d", OK, "DecimalField(8,2) → DecimalField(10,3): widened"}}},
		{name: "decimal into sqlite", src: dec("d", 8, 2), dst: dec("d", 0, 0),
			want: []want{{"d", OK, "DecimalField(8,2) → DecimalField: the destination records no digits"}}},
		{name: "decimal from sqlite without profile", src: dec("d", 0, 0), dst: dec("d", 8, 2),
			want: []want{{"d", OK, "the source records no digits, so they are not compared"}}},
		{name: "integer to decimal", src: f("n", sdk.IntegerField), dst: dec("n", 12, 2),
			want: []want{{"n", OK, "IntegerField → DecimalField(12,2): widened"}}},
		{name: "integer to float", src: f("n", sdk.IntegerField), dst: f("n", sdk.FloatField),
			want: []want{{"n", OK, "holds these integers exactly"}}},

		// Lossy and incompatible types.
		{name: "decimal to float", src: dec("d", 8, 2), dst: f("d", sdk.FloatField),
			want: []want{{"d", Warning, "DecimalField(8,2) → FloatField: loses exactness"}}},
		{name: "big integer to float without profile", src: f("n", sdk.BigIntegerField), dst: f("n", sdk.FloatField),
			want: []want{{"n", Warning, "cannot prove the data fits"}}},
		{name: "big integer to float beyond 2^53", src: f("n", sdk.BigIntegerField), dst: f("n", sdk.FloatField),
			profiles: profile("n", sdk.ColumnProfile{Min: "0", Max: "9007199254740993", Samples: map[string]string{"max": "id=5"}}),
			want:     []want{{"n", Warning, "loses exactness: the largest value is 9007199254740993 (row id=5)"}}},
		{name: "text to integer", src: f("n", sdk.TextField), dst: f("n", sdk.IntegerField),
			want: []want{{"n", Error, "TextField → IntegerField: incompatible types"}}},
		{name: "uuid to integer", src: f("n", sdk.UUIDField), dst: f("n", sdk.IntegerField),
			want: []want{{"n", Error, "UUIDField → IntegerField: incompatible types"}}},
		{name: "date to datetime", src: f("d", sdk.DateField), dst: f("d", sdk.DateTimeField),
			want: []want{{"d", Error, "DateField → DateTimeField: incompatible types"}}},
		{name: "float to decimal", src: f("d", sdk.FloatField), dst: dec("d", 8, 2),
			want: []want{{"d", Error, "incompatible types"}}},
		{name: "char to ip", src: char("ip", 39), dst: f("ip", sdk.GenericIPAddressField),
			want: []want{{"ip", Error, "accepts only IP addresses"}}},
		{name: "duration to big integer", src: f("d", sdk.DurationField), dst: f("d", sdk.BigIntegerField),
			want: []want{{"d", Error, "incompatible types"}}},

		// Narrowing integers.
		{name: "big integer to integer fits", src: f("n", sdk.BigIntegerField), dst: f("n", sdk.IntegerField),
			profiles: profile("n", sdk.ColumnProfile{Min: "1", Max: "9000"}),
			want:     []want{{"n", OK, "BigIntegerField → IntegerField: narrowed to -2147483648 to 2147483647; the values lie in 1 to 9000"}}},
		{name: "big integer to integer does not fit", src: f("n", sdk.BigIntegerField), dst: f("n", sdk.IntegerField),
			profiles: profile("n", sdk.ColumnProfile{Min: "1", Max: "3000000000", Samples: map[string]string{"max": "id=42"}}),
			want:     []want{{"n", Error, "BigIntegerField → IntegerField: the largest value is 3000000000 (row id=42), the destination allows -2147483648 to 2147483647"}}},
		{name: "big integer to integer without profile", src: f("n", sdk.BigIntegerField), dst: f("n", sdk.IntegerField),
			want: []want{{"n", Warning, "narrowed to -2147483648 to 2147483647; cannot prove the data fits"}}},
		{name: "signed to positive below zero", src: f("n", sdk.IntegerField), dst: f("n", sdk.PositiveIntegerField),
			profiles: profile("n", sdk.ColumnProfile{Min: "-5", Max: "7", Samples: map[string]string{"min": "id=3"}}),
			want:     []want{{"n", Error, "the smallest value is -5 (row id=3), the destination allows 0 to 2147483647"}}},
		{name: "signed to positive fits", src: f("n", sdk.SmallIntegerField), dst: f("n", sdk.PositiveSmallIntegerField),
			profiles: profile("n", sdk.ColumnProfile{Min: "0", Max: "7"}),
			want:     []want{{"n", OK, "the values lie in 0 to 7"}}},
		{name: "integer narrowing all null", src: f("n", sdk.BigIntegerField), dst: f("n", sdk.SmallIntegerField),
			profiles: profile("n", sdk.ColumnProfile{}),
			want:     []want{{"n", OK, "the column holds no values"}}},
		{name: "big integer to small decimal", src: f("n", sdk.BigIntegerField), dst: dec("n", 6, 2),
			profiles: profile("n", sdk.ColumnProfile{Min: "-12345", Max: "3", Samples: map[string]string{"min": "id=9"}}),
			want:     []want{{"n", Error, "the smallest value is -12345 (row id=9), the destination allows 4 digits before the point"}}},

		// Narrowing text.
		{name: "char narrowed fits", src: char("name", 200), dst: char("name", 100),
			profiles: profile("name", sdk.ColumnProfile{MaxLength: 37}),
			want:     []want{{"name", OK, "CharField(200) → CharField(100): narrowed from 200 to 100 characters; the longest value has 37"}}},
		{name: "char narrowed does not fit", src: char("name", 200), dst: char("name", 100),
			profiles: profile("name", sdk.ColumnProfile{MaxLength: 120, Samples: map[string]string{"max_length": "id=42"}}),
			want:     []want{{"name", Error, "CharField(200) → CharField(100): the longest value has 120 characters (row id=42), the destination allows 100"}}},
		{name: "char narrowed without profile", src: char("name", 200), dst: char("name", 100),
			want: []want{{"name", Warning, "narrowed from 200 to 100 characters; cannot prove the data fits"}}},
		{name: "text to char fits", src: f("name", sdk.TextField), dst: char("name", 100),
			profiles: profile("name", sdk.ColumnProfile{MaxLength: 99}),
			want:     []want{{"name", OK, "TextField → CharField(100): narrowed from unbounded text to 100 characters; the longest value has 99"}}},
		{name: "narrowing in an empty table", src: f("name", sdk.TextField), dst: char("name", 100),
			profiles: map[string]sdk.TableProfile{"shop_product": {Rows: 0}},
			want:     []want{{"name", OK, "the longest value has 0"}}},
		{name: "narrowing with the column not profiled", src: f("name", sdk.TextField), dst: char("name", 100),
			profiles: profile("other", sdk.ColumnProfile{}),
			want:     []want{{"name", Warning, "cannot prove the data fits"}}},

		// Narrowing decimals.
		{name: "decimal narrowed fits", src: dec("d", 10, 2), dst: dec("d", 8, 2),
			profiles: profile("d", sdk.ColumnProfile{MaxIntegerDigits: 4, MaxScale: 2}),
			want:     []want{{"d", OK, "narrowed from 8 to 6 digits before the point and from 2 to 2 after; the data fits: at most 4 digits before the point and 2 after"}}},
		{name: "decimal narrowed does not fit", src: dec("d", 10, 2), dst: dec("d", 8, 2),
			profiles: profile("d", sdk.ColumnProfile{MaxIntegerDigits: 7, Samples: map[string]string{"digits": "id=8"}}),
			want:     []want{{"d", Error, "a value has 7 digits before the point (row id=8), the destination allows 6"}}},
		{name: "decimal fewer places rounds", src: dec("d", 10, 4), dst: dec("d", 10, 2),
			profiles: profile("d", sdk.ColumnProfile{MaxIntegerDigits: 1, MaxScale: 3, Samples: map[string]string{"digits": "id=2"}}),
			want:     []want{{"d", Warning, "a value has 3 decimal places (row id=2), the destination keeps 2: it would be rounded"}}},
		{name: "decimal narrowed without profile", src: dec("d", 10, 2), dst: dec("d", 8, 2),
			want: []want{{"d", Warning, "cannot prove the data fits"}}},
		{name: "decimal from sqlite does not fit", src: dec("d", 0, 0), dst: dec("d", 5, 2),
			profiles: profile("d", sdk.ColumnProfile{MaxIntegerDigits: 4, MaxScale: 1}),
			want:     []want{{"d", Error, "a value has 4 digits before the point, the destination allows 3"}}},

		// Null.
		{name: "null into not null with nulls", src: nullable(f("note", sdk.TextField)), dst: f("note", sdk.TextField),
			profiles: profile("note", sdk.ColumnProfile{Nulls: 3, Samples: map[string]string{"nulls": "id=7"}}),
			want:     []want{{"note", Error, "3 rows are NULL (row id=7), and the destination column is NOT NULL"}}},
		{name: "null into not null without nulls", src: nullable(f("note", sdk.TextField)), dst: f("note", sdk.TextField),
			profiles: profile("note", sdk.ColumnProfile{}),
			want:     []want{{"note", OK, "the data has no NULL"}}},
		{name: "null into not null without profile", src: nullable(f("note", sdk.TextField)), dst: f("note", sdk.TextField),
			want: []want{{"note", Warning, "cannot prove the data has no NULL"}}},
		{name: "not null into null", src: f("note", sdk.TextField), dst: nullable(f("note", sdk.TextField))},

		// Unique and foreign keys.
		{name: "unique only in the destination", src: char("sku", 20), dst: unique(char("sku", 20)),
			want: []want{{"sku", Warning, "duplicates would fail the run"}}},
		{name: "unique on both sides", src: unique(char("sku", 20)), dst: unique(char("sku", 20))},
		{name: "foreign key to the same table", src: fk("category_id", "shop_category"), dst: fk("category_id", "shop_category")},
		{name: "foreign key to another table", src: fk("category_id", "shop_category"), dst: fk("category_id", "shop_brand"),
			want: []want{{"category_id", Error, "references shop_brand in the destination, but shop_category"}}},
		{name: "foreign key only in the destination", src: f("category_id", sdk.IntegerField), dst: fk("category_id", "shop_category"),
			want: []want{{"category_id", Warning, "every value must exist in shop_category"}}},
		{name: "foreign key only in the source", src: fk("category_id", "shop_category"), dst: f("category_id", sdk.BigIntegerField)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			r := Check(Input{
				Source:      schema(tc.src),
				Destination: schema(tc.dst),
				Moves:       []Move{{Source: "shop_product", Destination: "shop_product", Mode: sdk.Replace}},
				Profiles:    tc.profiles,
			})
			if !matches(r.Tables[0].Findings, tc.want) {
				t.Errorf("findings:\n%s", cmp.Diff(tc.want, got(r.Tables[0].Findings)))
			}
		})
	}
}

// shop is a source or destination schema of two tables, a product
// referencing a category.
func shop(product ...sdk.Field) *sdk.Schema {
	return &sdk.Schema{Tables: []sdk.Table{
		{Name: "shop_category", Rows: 3, Fields: []sdk.Field{pk(sdk.AutoField), char("name", 50)}},
		{Name: "shop_product", Rows: 12, Fields: append([]sdk.Field{pk(sdk.AutoField), char("name", 100), fk("category_id", "shop_category")}, product...)},
	}}
}

func TestCheck_Table_Rules(t *testing.T) {
	t.Parallel()
	moves := []Move{{Source: "shop_category", Destination: "shop_category"}, {Source: "shop_product", Destination: "shop_product"}}
	renamed := func(dst *sdk.Schema, from, to string) *sdk.Schema {
		for i := range dst.Tables {
			if dst.Tables[i].Name == from {
				dst.Tables[i].Name = to
			}
			for j := range dst.Tables[i].Fields {
				if r := dst.Tables[i].Fields[j].References; r != nil && r.Table == from {
					r.Table = to
				}
			}
		}
		return dst
	}
	for _, tc := range []struct {
		name     string
		src, dst *sdk.Schema
		moves    []Move
		want     map[string][]want // destination table → findings
	}{
		{name: "identical", src: shop(), dst: shop(), moves: moves},
		{name: "destination table missing", src: shop(), dst: &sdk.Schema{Tables: shop().Tables[:1]}, moves: moves,
			want: map[string][]want{"shop_product": {{"", Error, "the destination has no table shop_product: migrate the destination project"}}}},
		{name: "source table missing", src: &sdk.Schema{Tables: shop().Tables[:1]}, dst: shop(), moves: moves,
			want: map[string][]want{"shop_product": {{"", Error, "the source has no table shop_product"}}}},
		{name: "no destination schema", src: shop(), moves: moves[:1],
			want: map[string][]want{"shop_category": {{"", Error, "the destination has no table shop_category"}}}},
		{name: "column missing", src: shop(dec("weight", 6, 2)), dst: shop(), moves: moves,
			want: map[string][]want{"shop_product": {{"weight", Error, "not in the destination: migrate the destination project, or exclude or rename the field"}}}},
		{name: "extra nullable destination column", src: shop(), dst: shop(sdk.Field{Name: "note", Type: sdk.TextField, Null: true}), moves: moves},
		{name: "extra not null destination column", src: shop(), dst: shop(f("stock", sdk.IntegerField)), moves: moves,
			want: map[string][]want{"shop_product": {{"stock", Error, "NOT NULL in the destination, and no source field fills it"}}}},
		{name: "column renamed", src: shop(f("qty", sdk.IntegerField)), dst: shop(f("stock", sdk.IntegerField)),
			moves: []Move{moves[0], {Source: "shop_product", Destination: "shop_product", Columns: map[string]string{"qty": "stock"}}}},
		{name: "column renamed onto a missing column", src: shop(f("qty", sdk.IntegerField)), dst: shop(),
			moves: []Move{moves[0], {Source: "shop_product", Destination: "shop_product", Columns: map[string]string{"qty": "stock"}}},
			want:  map[string][]want{"shop_product": {{"stock", Error, "not in the destination (renamed from qty)"}}}},
		{name: "rename of an unknown column", src: shop(), dst: shop(),
			moves: []Move{moves[0], {Source: "shop_product", Destination: "shop_product", Columns: map[string]string{"qty": "stock"}}},
			want:  map[string][]want{"shop_product": {{"", Error, "the sync renames column qty, which the source table shop_product does not have"}}}},
		{name: "two columns renamed onto one", src: shop(f("qty", sdk.IntegerField), f("stock", sdk.IntegerField)), dst: shop(f("stock", sdk.IntegerField)),
			moves: []Move{moves[0], {Source: "shop_product", Destination: "shop_product", Columns: map[string]string{"qty": "stock"}}},
			want:  map[string][]want{"shop_product": {{"stock", Error, "both source columns qty and stock would fill it"}}}},
		{name: "table renamed with its references", src: shop(), dst: renamed(shop(), "shop_category", "store_category"),
			moves: []Move{{Source: "shop_category", Destination: "store_category"}, moves[1]}},
		{name: "reference not renamed with its table", src: shop(),
			dst: func() *sdk.Schema {
				s := renamed(shop(), "shop_category", "store_category")
				s.Tables[1].Fields[2].References.Table = "shop_category"
				return s
			}(),
			moves: []Move{{Source: "shop_category", Destination: "store_category"}, moves[1]},
			want: map[string][]want{"shop_product": {
				{"category_id", Error, "references shop_category in the destination, but shop_category (moved to store_category) in the source"}}}},
		{name: "different primary key", src: shop(), dst: &sdk.Schema{Tables: []sdk.Table{
			{Name: "shop_category", Fields: []sdk.Field{f("id", sdk.AutoField), {Name: "name", Type: sdk.CharField, MaxLength: 50, PrimaryKey: true}}}}},
			moves: moves[:1],
			want: map[string][]want{"shop_category": {
				{"", Error, "the primary keys differ: the source's is id, the destination's is name"},
				{"name", Warning, "duplicates would fail the run"}}}},
		{name: "upsert without primary key", src: shop(), dst: &sdk.Schema{Tables: []sdk.Table{
			{Name: "shop_category", Fields: []sdk.Field{f("id", sdk.IntegerField), char("name", 50)}}}},
			moves: []Move{{Source: "shop_category", Destination: "shop_category", Mode: sdk.Upsert}},
			want: map[string][]want{"shop_category": {
				{"", Error, "the primary keys differ: the source's is id, the destination's is none"},
				{"", Error, "upsert needs a primary key"},
				{"id", OK, "AutoField → IntegerField: same range"}}}},
		{name: "foreign key follows its target's type", src: shop(),
			dst: func() *sdk.Schema { s := shop(); s.Tables[0].Fields[0].Type = sdk.BigAutoField; return s }(), moves: moves,
			want: map[string][]want{
				"shop_category": {{"id", OK, "AutoField → BigAutoField: widened"}},
				"shop_product":  {{"category_id", OK, "ForeignKey(IntegerField) → ForeignKey(BigIntegerField): widened"}}}},
		{name: "foreign key to a uuid", src: shop(),
			dst: func() *sdk.Schema { s := shop(); s.Tables[0].Fields[0].Type = sdk.UUIDField; return s }(), moves: moves,
			want: map[string][]want{
				"shop_category": {{"id", Error, "AutoField → UUIDField: incompatible types"}},
				"shop_product":  {{"category_id", Error, "ForeignKey(IntegerField) → ForeignKey(UUIDField): incompatible types"}}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			r := Check(Input{Source: tc.src, Destination: tc.dst, Moves: tc.moves})
			if len(r.Tables) != len(tc.moves) {
				t.Fatalf("got %d tables, want %d", len(r.Tables), len(tc.moves))
			}
			for i, tp := range r.Tables {
				if tp.Source != tc.moves[i].Source || tp.Destination != tc.moves[i].Destination {
					t.Errorf("table %d is %s → %s, want the moves' order", i, tp.Source, tp.Destination)
				}
				for _, fd := range tp.Findings {
					if fd.Table != tp.Destination {
						t.Errorf("finding %+v names table %q, want %q", fd, fd.Table, tp.Destination)
					}
				}
				if w := tc.want[tp.Destination]; !matches(tp.Findings, w) {
					t.Errorf("%s findings:\n%s", tp.Destination, cmp.Diff(w, got(tp.Findings)))
				}
			}
		})
	}
}

func TestNeedsData(t *testing.T) {
	t.Parallel()
	nullable := func(fd sdk.Field) sdk.Field { fd.Null = true; return fd }
	one := []Move{{Source: "shop_product", Destination: "shop_product"}}
	both := []Move{{Source: "shop_category", Destination: "shop_category"}, {Source: "shop_product", Destination: "shop_product"}}
	bigCategory := func(s *sdk.Schema) *sdk.Schema { s.Tables[0].Fields[0].Type = sdk.BigAutoField; return s }
	tests := []struct {
		name     string
		src, dst *sdk.Schema
		moves    []Move
		want     map[string][]string
	}{
		{"same models", schema(char("name", 50), f("n", sdk.IntegerField)), schema(char("name", 50), f("n", sdk.IntegerField)), one, nil},
		{"widened", schema(char("name", 50), f("n", sdk.IntegerField)), schema(char("name", 100), f("n", sdk.BigIntegerField)), one, nil},
		{"narrower char", schema(char("name", 100)), schema(char("name", 50)), one, map[string][]string{"shop_product": {"name"}}},
		{"narrower integer", schema(f("n", sdk.BigIntegerField)), schema(f("n", sdk.IntegerField)), one, map[string][]string{"shop_product": {"n"}}},
		{"null into NOT NULL", schema(nullable(char("name", 50))), schema(char("name", 50)), one, map[string][]string{"shop_product": {"name"}}},
		{"null into null", schema(nullable(char("name", 50))), schema(nullable(char("name", 50))), one, nil},
		{"one column of three", schema(char("name", 50), f("n", sdk.BigIntegerField), dec("d", 10, 2)),
			schema(char("name", 100), f("n", sdk.IntegerField), dec("d", 10, 2)), one, map[string][]string{"shop_product": {"n"}}},
		{"nullable and narrower, named once", schema(nullable(char("name", 100))), schema(char("name", 50)), one,
			map[string][]string{"shop_product": {"name"}}},
		{"in the table's order", schema(nullable(f("note", sdk.TextField)), char("code", 10), dec("d", 0, 0)),
			schema(f("note", sdk.TextField), char("code", 10), dec("d", 8, 2)), one, map[string][]string{"shop_product": {"note", "d"}}},
		{"big integer into float", schema(f("n", sdk.BigIntegerField)), schema(f("n", sdk.FloatField)), one, map[string][]string{"shop_product": {"n"}}},
		{"decimal into float", schema(dec("d", 8, 2)), schema(f("d", sdk.FloatField)), one, nil},
		{"renamed column, by its source name", schema(f("qty", sdk.BigIntegerField)), schema(f("stock", sdk.SmallIntegerField)),
			[]Move{{Source: "shop_product", Destination: "shop_product", Columns: map[string]string{"qty": "stock"}}},
			map[string][]string{"shop_product": {"qty"}}},
		{"incompatible or missing columns", schema(f("n", sdk.TextField), char("gone", 10)), schema(f("n", sdk.IntegerField)), one, nil},
		{"one table of two", shop(f("n", sdk.BigIntegerField)), shop(f("n", sdk.IntegerField)), both, map[string][]string{"shop_product": {"n"}}},
		{"a key and the foreign key following it", bigCategory(shop()), shop(), both,
			map[string][]string{"shop_category": {"id"}, "shop_product": {"category_id"}}},
	}
	// Facts of every column of every source table: ones that fit any
	// destination, ones that fit none, and an empty table's.
	facts := map[string]func(*sdk.Schema) map[string]sdk.TableProfile{
		"fitting": func(s *sdk.Schema) map[string]sdk.TableProfile {
			return profileAll(s, 10, sdk.ColumnProfile{MaxLength: 3, Min: "0", Max: "5", MaxIntegerDigits: 1})
		},
		"not fitting": func(s *sdk.Schema) map[string]sdk.TableProfile {
			return profileAll(s, 10, sdk.ColumnProfile{Nulls: 7, MaxLength: 100000, Min: "-9223372036854775808", Max: "9223372036854775807",
				MaxIntegerDigits: 30, MaxScale: 9, Samples: map[string]string{"nulls": "id=1", "max_length": "id=2", "min": "id=3", "max": "id=4", "digits": "id=5"}})
		},
		"empty": func(s *sdk.Schema) map[string]sdk.TableProfile { return profileAll(s, 0, sdk.ColumnProfile{}) },
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			in := Input{Source: tt.src, Destination: tt.dst, Moves: tt.moves}
			need := NeedsData(in)
			if diff := cmp.Diff(tt.want, need, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("NeedsData (-want +got):\n%s", diff)
			}
			without := Check(in)
			for name, all := range facts {
				// The data of columns not profiled changes no verdict: a
				// profile of only the columns named gives the verdicts of a
				// profile of every column.
				in.Profiles = all(tt.src)
				whole := Check(in)
				in.Profiles = restrict(in.Profiles, need)
				if diff := cmp.Diff(verdicts(whole), verdicts(Check(in))); diff != "" {
					t.Errorf("%s data: a profile of only the columns NeedsData names gives other verdicts than one of every column (-every +named):\n%s", name, diff)
				}
			}
			// And each column named matters: its facts alone change a
			// verdict about it.
			for table, cols := range need {
				for _, col := range cols {
					in.Profiles = restrict(facts["fitting"](tt.src), map[string][]string{table: {col}})
					if cmp.Equal(verdicts(without), verdicts(Check(in))) {
						t.Errorf("NeedsData names %s.%s, but its data changes no verdict", table, col)
					}
				}
			}
		})
	}
}

// profileAll returns a profile of every column of every table of s, each
// with the facts p, the tables with rows rows.
func profileAll(s *sdk.Schema, rows int64, p sdk.ColumnProfile) map[string]sdk.TableProfile {
	out := map[string]sdk.TableProfile{}
	for _, tbl := range s.Tables {
		tp := sdk.TableProfile{Rows: rows, Columns: map[string]sdk.ColumnProfile{}}
		for _, fd := range tbl.Fields {
			tp.Columns[fd.Name] = p
		}
		out[tbl.Name] = tp
	}
	return out
}

// restrict keeps of profiles the tables and columns of need, each table's
// row count with them, as a column profiler returns them.
func restrict(profiles map[string]sdk.TableProfile, need map[string][]string) map[string]sdk.TableProfile {
	out := map[string]sdk.TableProfile{}
	for table, cols := range need {
		p, ok := profiles[table]
		if !ok {
			continue
		}
		tp := sdk.TableProfile{Rows: p.Rows, Columns: map[string]sdk.ColumnProfile{}}
		for _, c := range cols {
			if cp, ok := p.Columns[c]; ok {
				tp.Columns[c] = cp
			}
		}
		out[table] = tp
	}
	return out
}

// verdicts is what a report decides, without its row counts (exact only
// for the tables profiled).
func verdicts(r *Report) any {
	type table struct {
		Verdict  Verdict
		Findings []Finding
	}
	out := []table{}
	for _, tp := range r.Tables {
		out = append(out, table{tp.Verdict, tp.Findings})
	}
	return struct {
		Verdict Verdict
		Tables  []table
	}{r.Verdict, out}
}
