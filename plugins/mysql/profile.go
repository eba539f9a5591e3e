package mysql

import (
	"context"
	"database/sql"
	"encoding/hex"
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
	profileNulls   profileKind = iota // only NULLs: dates, times, booleans, durations, JSON, UUIDs
	profileText                       // longest text in characters
	profileBinary                     // longest binary value in bytes
	profileInt                        // smallest and largest
	profileFloat                      // smallest and largest
	profileDecimal                    // smallest, largest, integer digits and scale
)

// profileKindOf returns what Profile gathers for a column of field f read
// as st.
func profileKindOf(f sdk.Field, st storage) profileKind {
	switch f.Type {
	case sdk.BooleanField, sdk.DurationField, sdk.UUIDField, sdk.JSONField:
		return profileNulls
	}
	switch st {
	case storeText:
		return profileText
	case storeBytes:
		return profileBinary
	case storeInt, storeUint:
		return profileInt
	case storeFloat:
		return profileFloat
	case storeDecimal:
		return profileDecimal
	}
	return profileNulls
}

// Profile gathers the facts of each table (every table of the database
// when tables is empty) inside one consistent-snapshot, read-only
// transaction: per table one aggregate query and one query of subqueries
// naming a row behind each fact. Decimal scale counts significant places:
// 12.5 in a decimal(10,4) column, which MySQL writes "12.5000", has one.
// It returns ctx's error once ctx is cancelled.
func (d *dialect) Profile(ctx context.Context, tables []string) (map[string]sdk.TableProfile, error) {
	return d.profile(ctx, tables, nil)
}

// ProfileColumns gathers, as Profile does, each table's row count and the
// facts of only the named columns: the aggregate query holds those
// columns' aggregates alone. A table naming no column is counted only.
func (d *dialect) ProfileColumns(ctx context.Context, columns map[string][]string) (map[string]sdk.TableProfile, error) {
	if len(columns) == 0 {
		return map[string]sdk.TableProfile{}, nil
	}
	return d.profile(ctx, slices.Sorted(maps.Keys(columns)), columns)
}

// profile profiles tables, whole when columns is nil, else only the
// columns it names of each.
func (d *dialect) profile(ctx context.Context, tables []string, columns map[string][]string) (map[string]sdk.TableProfile, error) {
	db, conn, err := d.open(ctx)
	if err != nil {
		return nil, fmt.Errorf("profile: %w", err)
	}
	defer db.Close()
	defer conn.Close()
	for _, s := range []string{
		"SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ",
		"START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY",
	} {
		if _, err := conn.ExecContext(ctx, s); err != nil {
			return nil, ctxErrOr(ctx, fmt.Errorf("profile %s: %s: %w", d.where(), s, err))
		}
	}
	defer conn.ExecContext(context.WithoutCancel(ctx), "ROLLBACK") //nolint:errcheck // read only
	metas, err := introspect(ctx, conn)
	if err != nil {
		return nil, ctxErrOr(ctx, fmt.Errorf("profile %s: %w", d.where(), err))
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
			return nil, fmt.Errorf("profile %s: table %q does not exist in the database; check the table list against Describe", d.where(), name)
		}
		if columns != nil {
			if t, err = t.only(columns[name]); err != nil {
				return nil, fmt.Errorf("profile %s: table %q: %w", d.where(), name, err)
			}
		}
		p, err := profileTable(ctx, conn, t)
		if err != nil {
			return nil, ctxErrOr(ctx, fmt.Errorf("profile %s: table %q: %w", d.where(), name, err))
		}
		out[name] = p
	}
	d.logger().Debug("profiled", "database", d.where(), "tables", len(out))
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
	r.Fields, r.Store = nil, nil
	for i, f := range t.Fields {
		if want[f.Name] {
			r.Fields = append(r.Fields, f)
			r.Store = append(r.Store, t.Store[i])
		}
	}
	return &r, nil
}

// integerDigits is the SQL for the number of digits before the point of
// decimal column c: none for |c| < 1.
func integerDigits(c string) string {
	return "CASE WHEN TRUNCATE(ABS(" + c + "), 0) = 0 THEN 0 ELSE CHAR_LENGTH(CAST(TRUNCATE(ABS(" + c + "), 0) AS CHAR)) END"
}

// scaleExpr is the SQL for the places after the point of decimal column c
// in its text, trailing zeros not counted.
func scaleExpr(c string) string {
	s := "CAST(" + c + " AS CHAR)"
	return "CASE WHEN LOCATE('.', " + s + ") = 0 THEN 0 ELSE CHAR_LENGTH(TRIM(TRAILING '0' FROM " + s + ")) - LOCATE('.', " + s + ") END"
}

// profileTable gathers the facts of one table.
func profileTable(ctx context.Context, conn *sql.Conn, t *tableMeta) (sdk.TableProfile, error) {
	kinds := make([]profileKind, len(t.Fields))
	sel := []string{"COUNT(*)"}
	for i, f := range t.Fields {
		kinds[i] = profileKindOf(f, t.Store[i])
		c := quote(f.Name)
		sel = append(sel, "COUNT(*) - COUNT("+c+")")
		switch kinds[i] {
		case profileText:
			sel = append(sel, "MAX(CHAR_LENGTH("+c+"))")
		case profileBinary:
			sel = append(sel, "MAX(LENGTH("+c+"))")
		case profileInt, profileFloat:
			sel = append(sel, "MIN("+c+")", "MAX("+c+")")
		case profileDecimal:
			sel = append(sel, "MIN("+c+")", "MAX("+c+")", "MAX("+integerDigits(c)+")", "MAX("+scaleExpr(c)+")")
		}
	}
	vals := make([]sql.NullString, len(sel))
	ptrs := make([]any, len(sel))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	if err := conn.QueryRowContext(ctx, "SELECT "+strings.Join(sel, ", ")+" FROM "+quote(t.Name)).Scan(ptrs...); err != nil {
		return sdk.TableProfile{}, fmt.Errorf("aggregate: %w", err)
	}
	num := func(i int) int64 {
		n, _ := strconv.ParseInt(vals[i].String, 10, 64)
		return n
	}
	p := sdk.TableProfile{Rows: num(0), Columns: make(map[string]sdk.ColumnProfile, len(t.Fields))}
	cols := make([]sdk.ColumnProfile, len(t.Fields))
	k := 1
	for i := range t.Fields {
		cp := &cols[i]
		cp.Nulls = num(k)
		k++
		switch kinds[i] {
		case profileText, profileBinary:
			cp.MaxLength = num(k)
			k++
		case profileInt, profileDecimal:
			cp.Min, cp.Max = vals[k].String, vals[k+1].String
			k += 2
		case profileFloat:
			cp.Min, cp.Max = floatText(vals[k].String), floatText(vals[k+1].String)
			k += 2
		}
		if kinds[i] == profileDecimal {
			cp.MaxIntegerDigits, cp.MaxScale = int(num(k)), int(num(k+1))
			k += 2
		}
	}
	if p.Rows > 0 && len(t.PK) > 0 {
		if err := sampleRows(ctx, conn, t, kinds, cols); err != nil {
			return sdk.TableProfile{}, err
		}
	}
	for i, f := range t.Fields {
		p.Columns[f.Name] = cols[i]
	}
	return p, nil
}

// sampleRows names, in one query of scalar subqueries, the first row by
// key behind each fact found: a NULL, the longest value, the smallest and
// the largest number, the most integer digits. Rows are named by primary
// key, "id=42" or "a=1,b=2".
func sampleRows(ctx context.Context, conn *sql.Conn, t *tableMeta, kinds []profileKind, cols []sdk.ColumnProfile) error {
	parts := make([]string, len(t.PK))
	for i, c := range t.PK {
		sep := ","
		if i == 0 {
			sep = ""
		}
		parts[i] = sqlString(sep+c+"=") + ", COALESCE(CAST(" + quote(c) + " AS CHAR), 'NULL')"
	}
	quoted := make([]string, len(t.PK))
	for i, c := range t.PK {
		quoted[i] = quote(c)
	}
	key, from, byKey := "CONCAT("+strings.Join(parts, ", ")+")", " FROM "+quote(t.Name), strings.Join(quoted, ", ")
	type sample struct {
		col  int
		fact string
	}
	var sel []string
	var samples []sample
	add := func(col int, fact, where, order string) {
		if order != "" {
			order += ", "
		}
		sel = append(sel, "(SELECT "+key+from+" WHERE "+where+" ORDER BY "+order+byKey+" LIMIT 1)")
		samples = append(samples, sample{col, fact})
	}
	for i, f := range t.Fields {
		c, cp := quote(f.Name), cols[i]
		if cp.Nulls > 0 {
			add(i, "nulls", c+" IS NULL", "")
		}
		switch kinds[i] {
		case profileText:
			if cp.MaxLength > 0 {
				add(i, "max_length", c+" IS NOT NULL", "CHAR_LENGTH("+c+") DESC")
			}
		case profileBinary:
			if cp.MaxLength > 0 {
				add(i, "max_length", c+" IS NOT NULL", "LENGTH("+c+") DESC")
			}
		case profileInt, profileFloat, profileDecimal:
			if cp.Min != "" {
				add(i, "min", c+" IS NOT NULL", c)
				add(i, "max", c+" IS NOT NULL", c+" DESC")
			}
			if cp.MaxIntegerDigits > 0 {
				add(i, "digits", c+" IS NOT NULL", integerDigits(c)+" DESC")
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
		if !vals[i].Valid {
			continue
		}
		cp := &cols[s.col]
		if cp.Samples == nil {
			cp.Samples = map[string]string{}
		}
		cp.Samples[s.fact] = vals[i].String
	}
	return nil
}

// sqlString returns s as an SQL string literal, in hexadecimal when it
// holds a quote or a backslash, whose escaping depends on sql_mode.
func sqlString(s string) string {
	if strings.ContainsAny(s, `'\`) {
		return "_utf8mb4 X'" + hex.EncodeToString([]byte(s)) + "'"
	}
	return "'" + s + "'"
}

// floatText rewrites the server's float text ("1e21") in plain decimal
// notation.
func floatText(s string) string {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
		return s
	}
	return strconv.FormatFloat(f, 'f', -1, 64)
}
