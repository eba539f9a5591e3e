package sqlite

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"

	msqlite "modernc.org/sqlite"

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

// profileTable gathers the facts of one table in at most two scans: one
// aggregate query for the facts (with the decimal digits and the first NULL
// by key folded in), then one for the rows behind the facts it found.
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
	// In a table read in rowid order, the first row by key is the one with
	// the smallest rowid, which an aggregate finds in any scan order.
	byRowid := t.RowidKeyed
	rowArg := "NULL"
	if byRowid {
		rowArg = "rowid"
	}
	var sel []string
	sel = append(sel, "COUNT(*)")
	for i, f := range t.Fields {
		if indexed[i] {
			continue
		}
		c := quote(f.Name)
		sel = append(sel, "COUNT(*) - COUNT("+c+")")
		if byRowid && f.Null {
			sel = append(sel, "MIN(CASE WHEN "+c+" IS NULL THEN rowid END)")
		}
		switch kinds[i] {
		case profileText:
			sel = append(sel, "MAX(length("+c+"))")
		case profileBinary:
			sel = append(sel, "MAX(length(CAST("+c+" AS BLOB)))")
		case profileInt, profileFloat:
			sel = append(sel, "MIN("+c+")", "MAX("+c+")")
		case profileDecimal:
			// The unary + drops the declared type, so the function sees the
			// stored value as is.
			sel = append(sel, "MIN("+c+")", "MAX("+c+")", decimalsFunc+"(+"+c+", "+rowArg+")")
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
	// The smallest and largest numbers as stored, to find their rows by.
	lo, hi := make([]any, len(t.Fields)), make([]any, len(t.Fields))
	var facts []fact
	k := 1
	for i, f := range t.Fields {
		cp := &cols[i]
		if indexed[i] {
			if lo[i], hi[i], err = profileIndexed(ctx, conn, t, i, cp); err != nil {
				return sdk.TableProfile{}, err
			}
			continue
		}
		cp.Nulls = asInt(vals[k])
		k++
		if byRowid && f.Null {
			if row, ok := vals[k].(int64); ok {
				setSample(cp, "nulls", rowidKey(t, row))
			}
			k++
		}
		switch kinds[i] {
		case profileText, profileBinary:
			cp.MaxLength = asInt(vals[k])
			k++
		case profileInt, profileFloat, profileDecimal:
			lo[i], hi[i] = vals[k], vals[k+1]
			cp.Min, cp.Max = numberText(lo[i], kinds[i]), numberText(hi[i], kinds[i])
			k += 2
		}
		if kinds[i] == profileDecimal {
			shape, err := parseShapes(vals[k])
			if err != nil {
				return sdk.TableProfile{}, fmt.Errorf("measure the decimals of %q: %w", f.Name, err)
			}
			k++
			cp.MaxIntegerDigits, cp.MaxScale = shape.digits, shape.scale
			switch {
			case shape.digits == 0:
			case shape.row != nil:
				setSample(cp, "digits", rowidKey(t, *shape.row))
			default:
				facts = append(facts, fact{col: i, name: "digits", expr: digitsFunc + "(+" + quote(f.Name) + ")", arg: int64(shape.digits)})
			}
		}
	}
	// The facts whose rows are still to find.
	for i, f := range t.Fields {
		cp, c := &cols[i], quote(f.Name)
		if cp.Nulls > 0 && cp.Samples["nulls"] == "" {
			facts = append(facts, fact{col: i, name: "nulls", expr: c, indexed: indexed[i]})
		}
		switch kinds[i] {
		case profileText:
			if cp.MaxLength > 0 {
				facts = append(facts, fact{col: i, name: "max_length", expr: "length(" + c + ")", arg: cp.MaxLength})
			}
		case profileBinary:
			if cp.MaxLength > 0 {
				facts = append(facts, fact{col: i, name: "max_length", expr: "length(CAST(" + c + " AS BLOB))", arg: cp.MaxLength})
			}
		case profileInt, profileFloat, profileDecimal:
			if cp.Min != "" {
				facts = append(facts,
					fact{col: i, name: "min", expr: c, arg: lo[i], indexed: indexed[i]},
					fact{col: i, name: "max", expr: c, arg: hi[i], indexed: indexed[i]})
			}
		}
	}
	if p.Rows > 0 && len(facts) > 0 {
		if err := findSamples(ctx, conn, t, byRowid, facts, cols); err != nil {
			return sdk.TableProfile{}, err
		}
	}
	for i, f := range t.Fields {
		p.Columns[f.Name] = cols[i]
	}
	return p, nil
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
// column, with queries SQLite answers from the index alone. It returns the
// smallest and largest values as stored.
func profileIndexed(ctx context.Context, conn *sql.Conn, t *tableMeta, i int, cp *sdk.ColumnProfile) (lo, hi any, err error) {
	c, tab := quote(t.Fields[i].Name), quote(t.Name)
	if err := conn.QueryRowContext(ctx, "SELECT MIN("+c+") FROM "+tab).Scan(&lo); err != nil {
		return nil, nil, fmt.Errorf("smallest %s: %w", t.Fields[i].Name, err)
	}
	if err := conn.QueryRowContext(ctx, "SELECT MAX("+c+") FROM "+tab).Scan(&hi); err != nil {
		return nil, nil, fmt.Errorf("largest %s: %w", t.Fields[i].Name, err)
	}
	cp.Min, cp.Max = numberText(lo, profileInt), numberText(hi, profileInt)
	var nulls any
	if err := conn.QueryRowContext(ctx, "SELECT COUNT(*) FROM "+tab+" WHERE "+c+" IS NULL").Scan(&nulls); err != nil {
		return nil, nil, fmt.Errorf("NULLs of %s: %w", t.Fields[i].Name, err)
	}
	cp.Nulls = asInt(nulls)
	return lo, hi, nil
}

// fact is a fact of a column whose row is to be named: the rows where
// expr IS NULL (arg nil), or where expr = arg.
type fact struct {
	col     int
	name    string // the key in ColumnProfile.Samples
	expr    string
	arg     any
	indexed bool // an index on the column answers the condition
}

// where returns f's condition, its argument bound to parameter n.
func (f fact) where(n int) string {
	if f.arg == nil {
		return f.expr + " IS NULL"
	}
	return f.expr + " = ?" + strconv.Itoa(n)
}

// rowidKey names the row of a rowid-keyed table, as keyExpr would.
func rowidKey(t *tableMeta, rowid int64) string {
	name := "rowid"
	if len(t.PK) == 1 {
		name = t.PK[0]
	}
	return name + "=" + strconv.FormatInt(rowid, 10)
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

// findSamples names the first row by key behind each fact. In a
// rowid-keyed table it walks the rows in rowid order once, from one row
// behind a fact to the next, and stops at the last fact's first row: a
// query per step, each ended by SQLite at its first match. An indexed
// fact, or any fact of another table, is a query of its own that SQLite
// ends at its first row in key order (or answers from the column's index).
func findSamples(ctx context.Context, conn *sql.Conn, t *tableMeta, byRowid bool, facts []fact, cols []sdk.ColumnProfile) error {
	var walk, first []fact
	for _, f := range facts {
		if byRowid && !f.indexed {
			walk = append(walk, f)
		} else {
			first = append(first, f)
		}
	}
	after := int64(math.MinInt64)
	for len(walk) > 0 {
		// ?1 is the last row found; each fact's argument is ?2, ?3, ...
		args := []any{after}
		conds := make([]string, len(walk))
		for i, f := range walk {
			conds[i] = f.where(len(args) + 1)
			if f.arg != nil {
				args = append(args, f.arg)
			}
		}
		q := "SELECT rowid, " + strings.Join(conds, ", ") + " FROM " + quote(t.Name) +
			" WHERE rowid > ?1 AND (" + strings.Join(conds, " OR ") + ") ORDER BY rowid LIMIT 1"
		vals := make([]any, 1+len(walk))
		ptrs := make([]any, len(vals))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		err := conn.QueryRowContext(ctx, q, args...).Scan(ptrs...)
		if errors.Is(err, sql.ErrNoRows) {
			break // no row behind the facts left: the data does not have them
		}
		if err != nil {
			return fmt.Errorf("find sample rows: %w", err)
		}
		row, _ := vals[0].(int64)
		left := walk[:0]
		for i, f := range walk {
			if n, _ := vals[1+i].(int64); n != 0 {
				setSample(&cols[f.col], f.name, rowidKey(t, row))
			} else {
				left = append(left, f)
			}
		}
		if len(left) == len(walk) {
			return fmt.Errorf("find sample rows: row %d of %q matches none of the facts it was found by", row, t.Name)
		}
		walk, after = left, row
	}
	if len(first) == 0 {
		return nil
	}
	byKey := "rowid"
	if len(t.PK) > 0 {
		byKey = quoteList(t.PK)
	}
	key, from := keyExpr(t), " FROM "+quote(t.Name)
	sel := make([]string, len(first))
	var args []any
	for i, f := range first {
		sel[i] = "(SELECT " + key + from + " WHERE " + f.where(len(args)+1) + " ORDER BY " + byKey + " LIMIT 1)"
		if f.arg != nil {
			args = append(args, f.arg)
		}
	}
	keys := make([]sql.NullString, len(first))
	ptrs := make([]any, len(first))
	for i := range keys {
		ptrs[i] = &keys[i]
	}
	if err := conn.QueryRowContext(ctx, "SELECT "+strings.Join(sel, ", "), args...).Scan(ptrs...); err != nil {
		return fmt.Errorf("find sample rows: %w", err)
	}
	for i, f := range first {
		if keys[i].Valid {
			setSample(&cols[f.col], f.name, keys[i].String)
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

// The SQL functions that measure decimals inside SQLite, registered with
// the driver for every connection it opens.
const (
	// decimalsFunc(value, rowid) is an aggregate: the most integer digits
	// and the largest scale of the values, with the smallest rowid among
	// those with the most digits (rowid NULL: none), as "digits scale
	// [rowid]"; NULL when no value is a number.
	decimalsFunc = "rex_decimals"
	// digitsFunc(value) is a value's integer digits; NULL if no number.
	digitsFunc = "rex_integer_digits"
)

func init() {
	msqlite.MustRegisterFunction(decimalsFunc, &msqlite.FunctionImpl{
		NArgs: 2, Deterministic: true, VolatileArgs: true,
		MakeAggregate: func(msqlite.FunctionContext) (msqlite.AggregateFunction, error) {
			return &decimalShapes{}, nil
		},
	})
	msqlite.MustRegisterFunction(digitsFunc, &msqlite.FunctionImpl{
		NArgs: 1, Deterministic: true, VolatileArgs: true,
		Scalar: func(_ *msqlite.FunctionContext, args []driver.Value) (driver.Value, error) {
			digits, _, ok := storedShape(args[0])
			if !ok {
				return nil, nil
			}
			return int64(digits), nil
		},
	})
}

// decimalShapes is the state of decimalsFunc. It keeps nothing of the
// values it sees (the driver lends them only for the call).
type decimalShapes struct {
	seen          bool
	digits, scale int
	row           *int64 // the first row with the most digits, if known
}

// Step measures one value: its text as Django's converter reads a stored
// decimal (see numberText).
func (a *decimalShapes) Step(_ *msqlite.FunctionContext, args []driver.Value) error {
	digits, scale, ok := storedShape(args[0])
	if !ok {
		return nil
	}
	row, isRow := args[1].(int64)
	switch {
	case !a.seen || digits > a.digits:
		a.digits, a.row = digits, nil
		if isRow {
			a.row = &row
		}
	case digits == a.digits && isRow && (a.row == nil || row < *a.row):
		a.row = &row
	}
	a.seen = true
	a.scale = max(a.scale, scale)
	return nil
}

// WindowInverse is not supported: the function is not a window function.
func (a *decimalShapes) WindowInverse(*msqlite.FunctionContext, []driver.Value) error {
	return errors.New(decimalsFunc + " is not a window function")
}

// WindowValue returns the result, as decimalsFunc describes.
func (a *decimalShapes) WindowValue(*msqlite.FunctionContext) (driver.Value, error) {
	if !a.seen {
		return nil, nil
	}
	s := strconv.Itoa(a.digits) + " " + strconv.Itoa(a.scale)
	if a.row != nil {
		s += " " + strconv.FormatInt(*a.row, 10)
	}
	return s, nil
}

// Final has nothing to release.
func (a *decimalShapes) Final(*msqlite.FunctionContext) {}

// storedShape returns decimalShape(numberText(v, profileDecimal)) for a
// stored value v, without building the text of a number.
func storedShape(v any) (intDigits, scale int, ok bool) {
	switch x := v.(type) {
	case int64:
		for ; x != 0; x /= 10 {
			intDigits++
		}
		return intDigits, 0, true
	case float64:
		return floatShape(x)
	}
	return decimalShape(numberText(v, profileDecimal))
}

// floatShape returns decimalShape(floatDecimal(f)): the digits of f
// rounded to 15 significant digits, read from its exponent form.
func floatShape(f float64) (intDigits, scale int, ok bool) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0, 0, false
	}
	var buf [32]byte
	e := strconv.AppendFloat(buf[:0], f, 'e', -1, 64)
	mant, exp := splitExp(e)
	if len(mant) > 16 { // more than 15 digits and the point
		e = strconv.AppendFloat(buf[:0], f, 'e', 14, 64)
		mant, exp = splitExp(e)
	}
	digits := 0 // significant digits, trailing zeros dropped
	for i, c := range mant {
		if c >= '1' && c <= '9' {
			digits = i + 1
		}
	}
	if digits == 0 {
		return 0, 0, true // zero
	}
	if len(mant) > 1 {
		digits-- // the point, which follows the first digit
	}
	point := exp + 1
	return max(point, 0), max(digits-point, 0), true
}

// splitExp splits strconv's exponent form "-d.ddde+XX" into its mantissa
// without the sign ("d.ddd") and its exponent.
func splitExp(e []byte) (mant []byte, exp int) {
	if e[0] == '-' {
		e = e[1:]
	}
	i := 0
	for e[i] != 'e' {
		i++
	}
	mant = e[:i]
	neg := e[i+1] == '-'
	for _, c := range e[i+2:] {
		exp = exp*10 + int(c-'0')
	}
	if neg {
		exp = -exp
	}
	return mant, exp
}

// parseShapes reads decimalsFunc's result; NULL is no digits.
func parseShapes(v any) (decimalShapes, error) {
	var out decimalShapes
	var s string
	switch x := v.(type) {
	case nil:
		return out, nil
	case string:
		s = x
	case []byte:
		s = string(x)
	default:
		return out, fmt.Errorf("unexpected result %v", v)
	}
	parts := strings.Fields(s)
	if len(parts) < 2 || len(parts) > 3 {
		return out, fmt.Errorf("unexpected result %q", s)
	}
	var err error
	if out.digits, err = strconv.Atoi(parts[0]); err != nil {
		return out, fmt.Errorf("unexpected result %q", s)
	}
	if out.scale, err = strconv.Atoi(parts[1]); err != nil {
		return out, fmt.Errorf("unexpected result %q", s)
	}
	if len(parts) == 3 {
		row, err := strconv.ParseInt(parts[2], 10, 64)
		if err != nil {
			return out, fmt.Errorf("unexpected result %q", s)
		}
		out.row = &row
	}
	out.seen = true
	return out, nil
}
