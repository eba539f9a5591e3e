package postgres

import (
	"context"
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/rexdata/rex/sdk"
)

var _ sdk.ColumnProfiler = (*dialect)(nil)

// profileKind says which facts Profile gathers for a column beyond its NULLs.
type profileKind uint8

const (
	profileNulls   profileKind = iota // only NULLs: dates, times, booleans, JSON, UUIDs
	profileText                       // longest text in characters
	profileBinary                     // longest bytea in bytes
	profileInt                        // smallest and largest
	profileFloat                      // smallest and largest
	profileDecimal                    // smallest, largest, integer digits and scale
)

// profileKindOf returns what Profile gathers for a column of field f and
// type oid (a domain's base type).
func profileKindOf(f sdk.Field, oid uint32) profileKind {
	switch oid {
	case oidInt2, oidInt4, oidInt8:
		return profileInt
	case oidFloat4, oidFloat8:
		return profileFloat
	case oidNumeric:
		return profileDecimal
	case oidBytea:
		return profileBinary
	case oidBool, oidDate, oidTime, oidTimetz, oidTimestamp, oidTimestamptz, oidInterval, oidUUID, oidJSON, oidJSONB:
		return profileNulls
	}
	switch f.Type.Kind() {
	case sdk.KindText, sdk.KindInt: // a relation's column type is decided above
		return profileText
	}
	return profileNulls
}

// Profile gathers the facts of each table (every table on the search path
// when tables is empty) inside one REPEATABLE READ, READ ONLY transaction:
// per table one aggregate query and one query of subqueries naming a row
// behind each fact. Decimal scale counts significant places (min_scale,
// from PostgreSQL 13): 12.50 stored in a numeric(10,4) column has one.
// On cancel pgx interrupts the query and Profile returns ctx.Err().
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
	conn, err := d.connect(ctx)
	if err != nil {
		return nil, ctxErrOr(ctx, fmt.Errorf("profile: %w", err))
	}
	defer conn.Close(context.WithoutCancel(ctx))
	tx, err := conn.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	if err != nil {
		return nil, ctxErrOr(ctx, fmt.Errorf("profile %s: begin read transaction: %w", d.name(), err))
	}
	defer tx.Rollback(context.WithoutCancel(ctx)) //nolint:errcheck // read only
	metas, err := introspect(ctx, tx)
	if err != nil {
		return nil, ctxErrOr(ctx, fmt.Errorf("profile %s: %w", d.name(), err))
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
	minScale := serverVersion(conn) >= 13
	out := make(map[string]sdk.TableProfile, len(tables))
	for _, name := range tables {
		t := byName[name]
		if t == nil {
			return nil, fmt.Errorf("profile %s: table %q does not exist on the search path; check the table list against Describe", d.name(), name)
		}
		if columns != nil {
			if t, err = t.only(columns[name]); err != nil {
				return nil, fmt.Errorf("profile %s: table %q: %w", d.name(), name, err)
			}
		}
		p, err := profileTable(ctx, tx, t, minScale)
		if err != nil {
			return nil, ctxErrOr(ctx, fmt.Errorf("profile %s: table %q: %w%s", d.name(), name, err, pgDetail(err)))
		}
		out[name] = p
	}
	d.logger().Debug("profiled", "database", d.name(), "tables", len(out))
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
	r.Fields, r.Cols = nil, nil
	for i, f := range t.Fields {
		if want[f.Name] {
			r.Fields = append(r.Fields, f)
			r.Cols = append(r.Cols, t.Cols[i])
		}
	}
	return &r, nil
}

// serverVersion returns the server's major version, or 0 if unknown.
func serverVersion(conn *pgx.Conn) int {
	v := conn.PgConn().ParameterStatus("server_version")
	end := strings.IndexFunc(v, func(r rune) bool { return r < '0' || r > '9' })
	if end >= 0 {
		v = v[:end]
	}
	n, _ := strconv.Atoi(v)
	return n
}

// integerDigits is the SQL for the number of digits before the point of
// numeric column c: none for |c| < 1, NULL for NaN.
func integerDigits(c string) string {
	return "CASE WHEN " + c + " = 'NaN' THEN NULL WHEN trunc(abs(" + c + ")) = 0 THEN 0 ELSE length(trunc(abs(" + c + "))::text) END"
}

// textLength is the SQL for the length in characters of column c of type
// oid: of its text as Read emits it (the type's output, so an inet host
// has no /32).
func textLength(c string, oid uint32) string {
	switch oid {
	case oidText, oidVarchar, oidBPChar:
		return "char_length(" + c + ")"
	}
	return "char_length(format('%s', " + c + "))"
}

// scaleExpr is the SQL for the places after the point of numeric column c,
// trailing zeros not counted.
func scaleExpr(c string, minScale bool) string {
	if minScale {
		return "min_scale(" + c + ")"
	}
	t := c + "::text"
	return "CASE WHEN position('.' in " + t + ") = 0 THEN 0 ELSE length(rtrim(" + t + ", '0')) - position('.' in " + t + ") END"
}

// profileTable gathers the facts of one table.
func profileTable(ctx context.Context, tx pgx.Tx, t *tableMeta, minScale bool) (sdk.TableProfile, error) {
	kinds := make([]profileKind, len(t.Fields))
	sel := []string{"count(*)"}
	for i, f := range t.Fields {
		kinds[i] = profileKindOf(f, t.Cols[i].OID)
		c := quote(f.Name)
		sel = append(sel, "count(*) - count("+c+")")
		switch kinds[i] {
		case profileText:
			sel = append(sel, "max("+textLength(c, t.Cols[i].OID)+")")
		case profileBinary:
			sel = append(sel, "max(octet_length("+c+"))")
		case profileInt, profileFloat:
			sel = append(sel, "min("+c+")::text", "max("+c+")::text")
		case profileDecimal:
			sel = append(sel, "min("+c+")::text", "max("+c+")::text", "max("+integerDigits(c)+")", "max("+scaleExpr(c, minScale)+")")
		}
	}
	vals := make([]any, len(sel))
	ptrs := make([]any, len(sel))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	if err := tx.QueryRow(ctx, "SELECT "+strings.Join(sel, ", ")+" FROM "+quote(t.Name)).Scan(ptrs...); err != nil {
		return sdk.TableProfile{}, fmt.Errorf("aggregate: %w", err)
	}
	p := sdk.TableProfile{Rows: asInt(vals[0]), Columns: make(map[string]sdk.ColumnProfile, len(t.Fields))}
	cols := make([]sdk.ColumnProfile, len(t.Fields))
	k := 1
	for i := range t.Fields {
		cp := &cols[i]
		cp.Nulls = asInt(vals[k])
		k++
		switch kinds[i] {
		case profileText, profileBinary:
			cp.MaxLength = asInt(vals[k])
			k++
		case profileInt, profileDecimal:
			cp.Min, cp.Max = asText(vals[k]), asText(vals[k+1])
			k += 2
		case profileFloat:
			cp.Min, cp.Max = floatText(asText(vals[k])), floatText(asText(vals[k+1]))
			k += 2
		}
		if kinds[i] == profileDecimal {
			cp.MaxIntegerDigits, cp.MaxScale = int(asInt(vals[k])), int(asInt(vals[k+1]))
			k += 2
		}
	}
	if p.Rows > 0 && len(t.PK) > 0 {
		if err := sampleRows(ctx, tx, t, kinds, cols); err != nil {
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
func sampleRows(ctx context.Context, tx pgx.Tx, t *tableMeta, kinds []profileKind, cols []sdk.ColumnProfile) error {
	parts := make([]string, len(t.PK))
	for i, c := range t.PK {
		sep := ","
		if i == 0 {
			sep = ""
		}
		parts[i] = sqlString(sep+c+"=") + " || coalesce(" + quote(c) + "::text, 'NULL')"
	}
	key, from, byKey := strings.Join(parts, " || "), " FROM "+quote(t.Name), quoteList(t.PK)
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
				add(i, "max_length", c+" IS NOT NULL", textLength(c, t.Cols[i].OID)+" DESC")
			}
		case profileBinary:
			if cp.MaxLength > 0 {
				add(i, "max_length", c+" IS NOT NULL", "octet_length("+c+") DESC")
			}
		case profileInt, profileFloat, profileDecimal:
			if cp.Min != "" {
				add(i, "min", c+" IS NOT NULL", c)
				add(i, "max", c+" IS NOT NULL", c+" DESC")
			}
			if cp.MaxIntegerDigits > 0 {
				add(i, "digits", c+" IS NOT NULL", integerDigits(c)+" DESC NULLS LAST")
			}
		}
	}
	if len(sel) == 0 {
		return nil
	}
	vals := make([]*string, len(sel))
	ptrs := make([]any, len(sel))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	if err := tx.QueryRow(ctx, "SELECT "+strings.Join(sel, ", ")).Scan(ptrs...); err != nil {
		return fmt.Errorf("find sample rows: %w", err)
	}
	for i, s := range samples {
		if vals[i] == nil {
			continue
		}
		cp := &cols[s.col]
		if cp.Samples == nil {
			cp.Samples = map[string]string{}
		}
		cp.Samples[s.fact] = *vals[i]
	}
	return nil
}

// sqlString returns s as an SQL string literal.
func sqlString(s string) string {
	return "'" + strings.ReplaceAll(s, "'", "''") + "'"
}

// asInt returns an integer pgx returned, or 0 for NULL.
func asInt(v any) int64 {
	switch x := v.(type) {
	case int64:
		return x
	case int32:
		return int64(x)
	}
	return 0
}

// asText returns a text pgx returned, or "" for NULL.
func asText(v any) string {
	s, _ := v.(string)
	return s
}

// floatText rewrites PostgreSQL's float text ("1e+300") in plain decimal
// notation; NaN and infinities are kept as PostgreSQL writes them.
func floatText(s string) string {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
		return s
	}
	return strconv.FormatFloat(f, 'f', -1, 64)
}
