package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/rexdata/rex/sdk"
)

var _ sdk.ColumnProfiler = (*dialect)(nil)

// profileKind says which facts Profile gathers for a column beyond its NULLs.
type profileKind uint8

const (
	profileNulls   profileKind = iota // only NULLs: dates, times, booleans, JSON, UUIDs
	profileText                       // longest text in characters
	profileBinary                     // longest blob in bytes
	profileInt                        // smallest and largest
	profileFloat                      // smallest and largest
	profileDecimal                    // smallest, largest, integer digits and scale
)

// profileKindOf returns what Profile gathers for field f. A relation is
// profiled as the column type it is stored in.
func profileKindOf(f sdk.Field) profileKind {
	t := f.Type
	if t == sdk.ForeignKey || t == sdk.OneToOneField {
		t = fieldOf(f.DBType).Type
	}
	switch t {
	case sdk.CharField, sdk.TextField, sdk.GenericIPAddressField, sdk.IPAddressField:
		return profileText
	case sdk.BinaryField:
		return profileBinary
	case sdk.AutoField, sdk.BigAutoField, sdk.SmallAutoField, sdk.IntegerField, sdk.BigIntegerField,
		sdk.SmallIntegerField, sdk.PositiveIntegerField, sdk.PositiveBigIntegerField, sdk.PositiveSmallIntegerField:
		return profileInt
	case sdk.FloatField:
		return profileFloat
	case sdk.DecimalField:
		return profileDecimal
	}
	return profileNulls
}

// Profile gathers the facts of each table (every table when tables is
// empty) inside one read transaction on a read-only connection: one
// aggregate query per table, one query naming a row behind each fact, and
// for tables with decimal columns one scan that measures their digits
// (SQLite stores decimals as REAL, so digits come from the value's text as
// Django's converter writes it, 15 significant digits). It returns ctx's
// error once ctx is cancelled.
func (d *dialect) Profile(ctx context.Context, tables []string) (map[string]sdk.TableProfile, error) {
	return d.profile(ctx, tables, nil)
}

// ProfileColumns gathers, as Profile does, each table's row count and the
// facts of only the named columns: the aggregate query holds those
// columns' aggregates alone, and the digits scan runs only when a decimal
// column is named. A table naming no column is counted only.
func (d *dialect) ProfileColumns(ctx context.Context, columns map[string][]string) (map[string]sdk.TableProfile, error) {
	if len(columns) == 0 {
		return map[string]sdk.TableProfile{}, nil
	}
	return d.profile(ctx, slices.Sorted(maps.Keys(columns)), columns)
}

// profile profiles tables, whole when columns is nil, else only the
// columns it names of each.
func (d *dialect) profile(ctx context.Context, tables []string, columns map[string][]string) (map[string]sdk.TableProfile, error) {
	db, conn, err := d.open(ctx, "ro")
	if err != nil {
		return nil, fmt.Errorf("profile: %w", err)
	}
	defer db.Close()
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "BEGIN"); err != nil {
		return nil, ctxErrOr(ctx, fmt.Errorf("profile %q: begin read transaction: %w", d.path, err))
	}
	defer conn.ExecContext(context.WithoutCancel(ctx), "ROLLBACK") //nolint:errcheck // read only
	metas, err := introspect(ctx, conn)
	if err != nil {
		return nil, ctxErrOr(ctx, fmt.Errorf("profile %q: %w", d.path, err))
	}
	byName := make(map[string]*tableMeta, len(metas))
	for _, t := range metas {
		byName[t.Name] = t
	}
	if len(tables) == 0 {
		for _, t := range metas {
			tables = append(tables, t.Name)
		}
	}
	out := make(map[string]sdk.TableProfile, len(tables))
	for _, name := range tables {
		t := byName[name]
		if t == nil {
			return nil, fmt.Errorf("profile %q: table %q does not exist in the database; check the table list against Describe", d.path, name)
		}
		if columns != nil {
			if t, err = t.only(columns[name]); err != nil {
				return nil, fmt.Errorf("profile %q: table %q: %w", d.path, name, err)
			}
		}
		p, err := profileTable(ctx, conn, t)
		if err != nil {
			return nil, ctxErrOr(ctx, fmt.Errorf("profile %q: table %q: %w", d.path, name, err))
		}
		out[name] = p
	}
	d.logger().Debug("profiled", "path", d.path, "tables", len(out))
	return out, nil
}

// only returns t with only the named fields, in t's order (its key
// kept), for a profile of those columns alone.
func (t *tableMeta) only(names []string) (*tableMeta, error) {
	want := make(map[string]bool, len(names))
	for _, n := range names {
		if t.Field(n) == nil {
			return nil, fmt.Errorf("column %q does not exist; check the column list against Describe", n)
		}
		want[n] = true
	}
	r := *t
	r.Fields = nil
	for _, f := range t.Fields {
		if want[f.Name] {
			r.Fields = append(r.Fields, f)
		}
	}
	return &r, nil
}

// profileTable gathers the facts of one table.
func profileTable(ctx context.Context, conn *sql.Conn, t *tableMeta) (sdk.TableProfile, error) {
	kinds := make([]profileKind, len(t.Fields))
	for i, f := range t.Fields {
		kinds[i] = profileKindOf(f)
	}
	// An integer column that leads an index (a key, a foreign key) is
	// profiled through the index, without reading the table.
	indexed, err := indexedIntegers(ctx, conn, t, kinds)
	if err != nil {
		return sdk.TableProfile{}, err
	}
	var sel []string
	sel = append(sel, "COUNT(*)")
	for i, f := range t.Fields {
		if indexed[i] {
			continue
		}
		c := quote(f.Name)
		sel = append(sel, "COUNT(*) - COUNT("+c+")")
		switch kinds[i] {
		case profileText:
			sel = append(sel, "MAX(length("+c+"))")
		case profileBinary:
			sel = append(sel, "MAX(length(CAST("+c+" AS BLOB)))")
		case profileInt, profileFloat, profileDecimal:
			sel = append(sel, "MIN("+c+")", "MAX("+c+")")
		}
	}
	vals := make([]any, len(sel))
	ptrs := make([]any, len(sel))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	q := "SELECT " + strings.Join(sel, ", ") + " FROM " + quote(t.Name)
	if err := conn.QueryRowContext(ctx, q).Scan(ptrs...); err != nil {
		return sdk.TableProfile{}, fmt.Errorf("aggregate: %w", err)
	}
	p := sdk.TableProfile{Rows: asInt(vals[0]), Columns: make(map[string]sdk.ColumnProfile, len(t.Fields))}
	cols := make([]sdk.ColumnProfile, len(t.Fields))
	k := 1
	for i := range t.Fields {
		cp := &cols[i]
		if indexed[i] {
			if err := profileIndexed(ctx, conn, t, i, cp); err != nil {
				return sdk.TableProfile{}, err
			}
			continue
		}
		cp.Nulls = asInt(vals[k])
		k++
		switch kinds[i] {
		case profileText, profileBinary:
			cp.MaxLength = asInt(vals[k])
			k++
		case profileInt, profileFloat, profileDecimal:
			cp.Min, cp.Max = numberText(vals[k], kinds[i]), numberText(vals[k+1], kinds[i])
			k += 2
		}
	}
	if p.Rows > 0 {
		if err := measureDecimals(ctx, conn, t, kinds, cols); err != nil {
			return sdk.TableProfile{}, err
		}
		if err := sampleRows(ctx, conn, t, kinds, cols); err != nil {
			return sdk.TableProfile{}, err
		}
	}
	for i, f := range t.Fields {
		p.Columns[f.Name] = cols[i]
	}
	return p, nil
}

// keyExpr returns an SQL expression naming a row by its primary key, as
// "id=42" or "a=1,b=2"; by its rowid for a table keyed by rowid alone.
func keyExpr(t *tableMeta) string {
	if len(t.PK) == 0 {
		return "'rowid=' || rowid"
	}
	parts := make([]string, len(t.PK))
	for i, c := range t.PK {
		sep := ","
		if i == 0 {
			sep = ""
		}
		parts[i] = sqlString(sep+c+"=") + " || ifnull(CAST(" + quote(c) + " AS TEXT), 'NULL')"
	}
	return strings.Join(parts, " || ")
}

// sqlString returns s as an SQL string literal.
func sqlString(s string) string {
	return "'" + strings.ReplaceAll(s, "'", "''") + "'"
}

// sampleRows names, in one query of scalar subqueries, the first row by
// key behind each fact found so far: a NULL, the longest value, the
// smallest and the largest number.
func sampleRows(ctx context.Context, conn *sql.Conn, t *tableMeta, kinds []profileKind, cols []sdk.ColumnProfile) error {
	type sample struct {
		col int
		key string
	}
	var sel []string
	var samples []sample
	key, from, byKey := keyExpr(t), " FROM "+quote(t.Name), "rowid"
	if len(t.PK) > 0 {
		quoted := make([]string, len(t.PK))
		for i, c := range t.PK {
			quoted[i] = quote(c)
		}
		byKey = strings.Join(quoted, ", ")
	}
	add := func(col int, k, where, order string) {
		if order != "" {
			order += ", "
		}
		sel = append(sel, "(SELECT "+key+from+" WHERE "+where+" ORDER BY "+order+byKey+" LIMIT 1)")
		samples = append(samples, sample{col, k})
	}
	for i, f := range t.Fields {
		c, cp := quote(f.Name), cols[i]
		if cp.Nulls > 0 {
			add(i, "nulls", c+" IS NULL", "")
		}
		switch kinds[i] {
		case profileText:
			if cp.MaxLength > 0 {
				add(i, "max_length", c+" IS NOT NULL", "length("+c+") DESC")
			}
		case profileBinary:
			if cp.MaxLength > 0 {
				add(i, "max_length", c+" IS NOT NULL", "length(CAST("+c+" AS BLOB)) DESC")
			}
		case profileInt, profileFloat, profileDecimal:
			if cp.Min != "" {
				add(i, "min", c+" IS NOT NULL", c)
				add(i, "max", c+" IS NOT NULL", c+" DESC")
			}
		}
	}
	if len(sel) == 0 {
		return nil
	}
	vals := make([]sql.NullString, len(sel))
	ptrs := make([]any, len(sel))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	if err := conn.QueryRowContext(ctx, "SELECT "+strings.Join(sel, ", ")).Scan(ptrs...); err != nil {
		return fmt.Errorf("find sample rows: %w", err)
	}
	for i, s := range samples {
		if vals[i].Valid {
			setSample(&cols[s.col], s.key, vals[i].String)
		}
	}
	return nil
}

// setSample records the row behind a fact.
func setSample(cp *sdk.ColumnProfile, fact, key string) {
	if cp.Samples == nil {
		cp.Samples = map[string]string{}
	}
	cp.Samples[fact] = key
}

// measureDecimals scans the decimal columns of t once and records the most
// integer digits and the largest scale any value has, with a row holding
// the most digits.
func measureDecimals(ctx context.Context, conn *sql.Conn, t *tableMeta, kinds []profileKind, cols []sdk.ColumnProfile) error {
	var idx []int
	sel := []string{keyExpr(t)}
	for i, k := range kinds {
		if k == profileDecimal && cols[i].Min != "" {
			idx = append(idx, i)
			// The unary + drops the declared type, so the driver returns the
			// stored value as is.
			sel = append(sel, "+"+quote(t.Fields[i].Name))
		}
	}
	if len(idx) == 0 {
		return nil
	}
	rows, err := conn.QueryContext(ctx, "SELECT "+strings.Join(sel, ", ")+" FROM "+quote(t.Name))
	if err != nil {
		return fmt.Errorf("measure decimals: %w", err)
	}
	defer rows.Close()
	vals := make([]any, len(sel))
	ptrs := make([]any, len(sel))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	var key string
	var n int
	for rows.Next() {
		if n++; n%ctxCheckRows == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		if err := rows.Scan(ptrs...); err != nil {
			return fmt.Errorf("measure decimals: %w", err)
		}
		for j, i := range idx {
			text := numberText(vals[j+1], profileDecimal)
			digits, scale, ok := decimalShape(text)
			if !ok {
				continue
			}
			cp := &cols[i]
			if digits > cp.MaxIntegerDigits {
				cp.MaxIntegerDigits = digits
				key, _ = vals[0].(string)
				setSample(cp, "digits", key)
			}
			cp.MaxScale = max(cp.MaxScale, scale)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("measure decimals: %w", err)
	}
	return nil
}

// asInt returns an integer the driver returned, or 0 for NULL.
func asInt(v any) int64 {
	n, _ := v.(int64)
	return n
}

// numberText returns a stored number as decimal text: an integer's digits;
// a float's shortest exact form, or for a decimal column the form Django's
// converter reads (15 significant digits); text as stored; "" for NULL.
func numberText(v any, kind profileKind) string {
	switch x := v.(type) {
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		if kind == profileDecimal {
			return floatDecimal(x)
		}
		return strconv.FormatFloat(x, 'f', -1, 64)
	case string:
		return x
	case []byte:
		return string(x)
	}
	return ""
}

// floatDecimal returns f in plain decimal notation rounded to 15
// significant digits, trailing zeros dropped: the Decimal Django's sqlite3
// backend makes of a REAL.
func floatDecimal(f float64) string {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return strconv.FormatFloat(f, 'f', -1, 64)
	}
	s := strconv.FormatFloat(f, 'e', -1, 64)
	mant, _, _ := strings.Cut(s, "e")
	if len(strings.Trim(mant, "-.")) > 15 {
		s = strconv.FormatFloat(f, 'e', 14, 64)
	}
	return plainDecimal(s)
}

// decimalParts splits decimal text, in plain or exponent notation, into its
// sign, its significant digits and the place of the point among them (which
// may lie outside them). Leading and trailing zeros are dropped; zero has
// no digits. ok is false for text that is not a number.
func decimalParts(s string) (neg bool, digits string, point int, ok bool) {
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg, s = s[0] == '-', s[1:]
	}
	mant, exp := s, 0
	if i := strings.IndexAny(s, "eE"); i >= 0 {
		e, err := strconv.Atoi(s[i+1:])
		if err != nil || e > 1000 || e < -1000 {
			return false, "", 0, false
		}
		mant, exp = s[:i], e
	}
	intPart, frac, _ := strings.Cut(mant, ".")
	digits = intPart + frac
	if digits == "" || strings.Trim(digits, "0123456789") != "" {
		return false, "", 0, false
	}
	point = len(intPart) + exp
	for digits != "" && digits[0] == '0' {
		digits, point = digits[1:], point-1
	}
	digits = strings.TrimRight(digits, "0")
	if digits == "" {
		point = 0
	}
	return neg, digits, point, true
}

// decimalShape returns how many digits decimal text s has before the point
// (none for |s| < 1) and after it, trailing zeros not counted.
func decimalShape(s string) (intDigits, scale int, ok bool) {
	_, digits, point, ok := decimalParts(s)
	if !ok {
		return 0, 0, false
	}
	return max(point, 0), max(len(digits)-point, 0), true
}

// plainDecimal rewrites decimal text in plain notation without needless
// zeros: "1.25e+02" is "125", "-5e-3" is "-0.005". Other text is returned
// as is.
func plainDecimal(s string) string {
	neg, digits, point, ok := decimalParts(s)
	if !ok {
		return s
	}
	if digits == "" {
		return "0"
	}
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	switch {
	case point <= 0:
		b.WriteString("0.")
		b.WriteString(strings.Repeat("0", -point))
		b.WriteString(digits)
	case point >= len(digits):
		b.WriteString(digits)
		b.WriteString(strings.Repeat("0", point-len(digits)))
	default:
		b.WriteString(digits[:point])
		b.WriteByte('.')
		b.WriteString(digits[point:])
	}
	return b.String()
}

// indexedIntegers reports which of t's integer columns lead an index or
// are the rowid (an INTEGER PRIMARY KEY): SQLite finds their smallest and
// largest values and their NULLs in the index.
func indexedIntegers(ctx context.Context, conn *sql.Conn, t *tableMeta, kinds []profileKind) ([]bool, error) {
	out := make([]bool, len(t.Fields))
	lead := map[string]bool{}
	rows, err := conn.QueryContext(ctx, `SELECT ii.name FROM pragma_index_list(?) il JOIN pragma_index_info(il.name) ii WHERE ii.seqno = 0`, t.Name)
	if err != nil {
		return nil, fmt.Errorf("list indexes: %w", err)
	}
	for rows.Next() {
		var name sql.NullString
		if err := rows.Scan(&name); err != nil {
			rows.Close()
			return nil, fmt.Errorf("list indexes: %w", err)
		}
		lead[name.String] = true
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list indexes: %w", err)
	}
	var pk []string
	var pkType string
	rows, err = conn.QueryContext(ctx, `SELECT name, type FROM pragma_table_info(?) WHERE pk > 0`, t.Name)
	if err != nil {
		return nil, fmt.Errorf("list key columns: %w", err)
	}
	for rows.Next() {
		var name, typ string
		if err := rows.Scan(&name, &typ); err != nil {
			rows.Close()
			return nil, fmt.Errorf("list key columns: %w", err)
		}
		pk, pkType = append(pk, name), typ
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list key columns: %w", err)
	}
	if len(pk) == 1 && strings.EqualFold(pkType, "integer") {
		lead[pk[0]] = true // the rowid
	}
	for i, f := range t.Fields {
		out[i] = kinds[i] == profileInt && lead[f.Name]
	}
	return out, nil
}

// profileIndexed gathers the facts of column i of t, an indexed integer
// column, with queries SQLite answers from the index alone.
func profileIndexed(ctx context.Context, conn *sql.Conn, t *tableMeta, i int, cp *sdk.ColumnProfile) error {
	c, tab := quote(t.Fields[i].Name), quote(t.Name)
	var lo, hi any
	if err := conn.QueryRowContext(ctx, "SELECT MIN("+c+") FROM "+tab).Scan(&lo); err != nil {
		return fmt.Errorf("smallest %s: %w", t.Fields[i].Name, err)
	}
	if err := conn.QueryRowContext(ctx, "SELECT MAX("+c+") FROM "+tab).Scan(&hi); err != nil {
		return fmt.Errorf("largest %s: %w", t.Fields[i].Name, err)
	}
	cp.Min, cp.Max = numberText(lo, profileInt), numberText(hi, profileInt)
	var nulls any
	if err := conn.QueryRowContext(ctx, "SELECT COUNT(*) FROM "+tab+" WHERE "+c+" IS NULL").Scan(&nulls); err != nil {
		return fmt.Errorf("NULLs of %s: %w", t.Fields[i].Name, err)
	}
	cp.Nulls = asInt(nulls)
	return nil
}
