package django

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"
	_ "time/tzdata" // time_zone must load on hosts without a zoneinfo database

	"github.com/rexdata/rex/sdk"
)

// fieldTypes are the Django field types the `fields` attribute accepts.
var fieldTypes = []sdk.FieldType{
	sdk.AutoField, sdk.BigAutoField, sdk.SmallAutoField,
	sdk.IntegerField, sdk.BigIntegerField, sdk.SmallIntegerField,
	sdk.PositiveIntegerField, sdk.PositiveBigIntegerField, sdk.PositiveSmallIntegerField,
	sdk.BooleanField, sdk.CharField, sdk.TextField,
	sdk.DateField, sdk.DateTimeField, sdk.TimeField, sdk.DurationField,
	sdk.DecimalField, sdk.FloatField, sdk.BinaryField, sdk.UUIDField, sdk.JSONField,
	sdk.GenericIPAddressField, sdk.IPAddressField, sdk.ForeignKey, sdk.OneToOneField,
}

// ConfigSchema declares the transform's attributes.
func (t *transform) ConfigSchema() sdk.ConfigSchema {
	return sdk.ConfigSchema{Attributes: []sdk.Attribute{
		{Name: "use_tz", Type: sdk.TypeBool, Description: "Django's USE_TZ: naive datetimes stored by the database are UTC. Default true."},
		{Name: "time_zone", Type: sdk.TypeString, Description: "Django's TIME_ZONE, an IANA name: the zone of naive stored datetimes when use_tz is false. Default \"UTC\"."},
		{Name: "fields", Type: sdk.TypeStringMap, Description: "Django field types of columns neither schema can tell, as \"table.column\" = \"DurationField\". Overrides both schemas."},
	}}
}

// Configure reads and checks the attributes.
func (t *transform) Configure(_ context.Context, cfg sdk.Config) sdk.Diagnostics {
	var diags sdk.Diagnostics
	o := &options{useTZ: cfg.Bool("use_tz", true), fields: map[string]sdk.FieldType{}}

	tz := cfg.String("time_zone", "UTC")
	loc, err := time.LoadLocation(tz)
	if err != nil || tz == "" || strings.EqualFold(tz, "local") {
		diags = diags.Errorf("time_zone", "Unknown time zone",
			"%q is not an IANA time zone name. Use the TIME_ZONE of the Django project's settings, such as \"UTC\" or \"Europe/Paris\".", tz)
	}
	o.loc = loc

	keys := make([]string, 0)
	fields := cfg.StringMap("fields")
	for k := range fields {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, key := range keys {
		name := fields[key]
		table, col, ok := strings.Cut(key, ".")
		if !ok || table == "" || col == "" || strings.Contains(col, ".") {
			diags = diags.Errorf("fields", "Invalid column name",
				"The key %q in fields must name a column as \"table.column\", such as \"shop_order.delivery_window\".", key)
			continue
		}
		ft, ok := knownFieldType(name)
		if !ok {
			detail := fmt.Sprintf("fields[%q] = %q is not a Django field type rex knows.", key, name)
			if s := suggestFieldType(name); s != "" {
				detail += fmt.Sprintf(" Did you mean %q?", s)
			} else {
				detail += " Use the model field's class name, such as \"DurationField\" or \"UUIDField\"."
			}
			diags = diags.Errorf("fields", "Unknown field type", "%s", detail)
			continue
		}
		o.fields[key] = ft
	}
	if !diags.HasErrors() {
		t.opts = o
	}
	return diags
}

func knownFieldType(name string) (sdk.FieldType, bool) {
	for _, ft := range fieldTypes {
		if string(ft) == name {
			return ft, true
		}
	}
	return "", false
}

// suggestFieldType returns the known field type nearest to name, or "" when
// none is close (HCL's didyoumean: an edit distance under 3, or the same
// name in another case or without "Field").
func suggestFieldType(name string) string {
	low := strings.ToLower(name)
	best, bestDist := "", 3
	for _, ft := range fieldTypes {
		s := string(ft)
		ls := strings.ToLower(s)
		if ls == low || ls == low+"field" {
			return s
		}
		if d := editDistance(low, ls); d < bestDist {
			best, bestDist = s, d
		}
	}
	return best
}

// editDistance is the Levenshtein distance between a and b, by bytes.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
