package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/rexdata/rex/sdk"
)

// tableMeta is one introspected table with what Read and the destination
// need beyond the [sdk.Table].
type tableMeta struct {
	sdk.Table
	// WithoutRowid is true for a WITHOUT ROWID table, read in key order.
	WithoutRowid bool
	// PK holds the primary key's columns in key order; empty for a table
	// keyed by its rowid alone.
	PK []string
	// RowidKeyed is true when the rows in key order are the rows in rowid
	// order: a rowid table keyed by its rowid alone or by an INTEGER
	// PRIMARY KEY, which is the rowid.
	RowidKeyed bool
}

// querier is what introspection needs of a connection.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

var (
	autoincrementRe = regexp.MustCompile(`(?i)\bAUTOINCREMENT\b`)
	withoutRowidRe  = regexp.MustCompile(`(?i)\)\s*WITHOUT\s+ROWID\b[^)]*$`)
	// typeRe splits a declared type into its name and up to two numbers:
	// "varchar(100)", "decimal(12, 2)", "integer unsigned".
	typeRe = regexp.MustCompile(`^([a-z][a-z0-9_ ]*?)\s*(?:\(\s*(\d{1,9})\s*(?:,\s*(\d{1,9})\s*)?\))?$`)
)

// introspect reads every table of the database except SQLite's own and
// returns them parents first. Run inside a transaction, it is the first read
// and so starts the snapshot.
func introspect(ctx context.Context, q querier) ([]*tableMeta, error) {
	type master struct{ name, sql string }
	var masters []master
	err := queryRows(ctx, q, func(r *sql.Rows) error {
		var m master
		var s sql.NullString
		if err := r.Scan(&m.name, &s); err != nil {
			return err
		}
		m.sql = s.String
		masters = append(masters, m)
		return nil
	}, `SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\_%' ESCAPE '\' ORDER BY name`)
	if err != nil {
		return nil, fmt.Errorf("list tables: %w", err)
	}

	tables := make([]*tableMeta, 0, len(masters))
	for _, m := range masters {
		if strings.HasPrefix(strings.ToUpper(strings.TrimSpace(m.sql)), "CREATE VIRTUAL") {
			continue // virtual tables are not Django models
		}
		t, err := describeTable(ctx, q, m.name, m.sql)
		if err != nil {
			return nil, fmt.Errorf("table %q: %w", m.name, err)
		}
		tables = append(tables, t)
	}

	// A foreign key without a target column references the parent's primary key.
	byName := make(map[string]*tableMeta, len(tables))
	for _, t := range tables {
		byName[t.Name] = t
	}
	for _, t := range tables {
		for i := range t.Fields {
			ref := t.Fields[i].References
			if ref == nil || ref.Field != "" {
				continue
			}
			if p := byName[ref.Table]; p != nil && len(p.PK) == 1 {
				ref.Field = p.PK[0]
			} else {
				ref.Field = "rowid"
			}
		}
	}
	return orderParentsFirst(tables), nil
}

// describeTable reads one table's columns, keys and unique indexes.
func describeTable(ctx context.Context, q querier, name, createSQL string) (*tableMeta, error) {
	t := &tableMeta{Table: sdk.Table{Name: name, Rows: -1}}
	t.WithoutRowid = withoutRowidRe.MatchString(createSQL)
	pkOrder := map[string]int{}
	err := queryRows(ctx, q, func(r *sql.Rows) error {
		var col, declared string
		var notNull, pk int
		if err := r.Scan(&col, &declared, &notNull, &pk); err != nil {
			return err
		}
		f := fieldOf(writtenType(createSQL, col, declared))
		f.Name = col
		f.Null = notNull == 0
		f.PrimaryKey = pk > 0
		if pk > 0 {
			pkOrder[col] = pk
		}
		t.Fields = append(t.Fields, f)
		return nil
	}, `SELECT name, type, "notnull", pk FROM pragma_table_info(?) ORDER BY cid`, name)
	if err != nil {
		return nil, fmt.Errorf("read columns: %w", err)
	}
	for col := range pkOrder {
		t.PK = append(t.PK, col)
	}
	sort.Slice(t.PK, func(i, j int) bool { return pkOrder[t.PK[i]] < pkOrder[t.PK[j]] })
	t.RowidKeyed = !t.WithoutRowid &&
		(len(t.PK) == 0 || len(t.PK) == 1 && strings.EqualFold(strings.TrimSpace(t.Field(t.PK[0]).DBType), "integer"))

	unique, err := uniqueColumns(ctx, q, name)
	if err != nil {
		return nil, err
	}
	refs, err := foreignKeys(ctx, q, name)
	if err != nil {
		return nil, err
	}
	autoinc := autoincrementRe.MatchString(createSQL)
	for i := range t.Fields {
		f := &t.Fields[i]
		f.Unique = unique[f.Name]
		switch {
		case f.Type == sdk.IntegerField && autoinc && f.PrimaryKey && len(t.PK) == 1:
			f.Type = sdk.AutoField
		case f.Type == sdk.TextField && strings.EqualFold(strings.TrimSpace(f.DBType), "text") && hasJSONCheck(createSQL, f.Name):
			f.Type = sdk.JSONField
		}
		if ref, ok := refs[f.Name]; ok {
			f.References = ref
			f.Type, f.MaxLength, f.MaxDigits, f.DecimalPlaces = sdk.ForeignKey, 0, 0, 0
			if f.Unique {
				f.Type = sdk.OneToOneField
			}
		}
	}
	return t, nil
}

// uniqueColumns returns the columns that a complete, single-column UNIQUE
// constraint or unique index covers. The primary key's own index does not
// count: PrimaryKey says that.
func uniqueColumns(ctx context.Context, q querier, table string) (map[string]bool, error) {
	var indexes []string
	err := queryRows(ctx, q, func(r *sql.Rows) error {
		var name, origin string
		var unique, partial int
		if err := r.Scan(&name, &unique, &origin, &partial); err != nil {
			return err
		}
		if unique == 1 && partial == 0 && origin != "pk" {
			indexes = append(indexes, name)
		}
		return nil
	}, `SELECT name, "unique", origin, partial FROM pragma_index_list(?)`, table)
	if err != nil {
		return nil, fmt.Errorf("read indexes: %w", err)
	}
	out := map[string]bool{}
	for _, idx := range indexes {
		var cols []sql.NullString
		err := queryRows(ctx, q, func(r *sql.Rows) error {
			var c sql.NullString
			if err := r.Scan(&c); err != nil {
				return err
			}
			cols = append(cols, c)
			return nil
		}, `SELECT name FROM pragma_index_info(?)`, idx)
		if err != nil {
			return nil, fmt.Errorf("read index %q: %w", idx, err)
		}
		if len(cols) == 1 && cols[0].Valid { // an expression index has no column name
			out[cols[0].String] = true
		}
	}
	return out, nil
}

// foreignKeys returns the table's single-column foreign keys by column.
// Composite foreign keys (Django never writes them) are left out.
func foreignKeys(ctx context.Context, q querier, table string) (map[string]*sdk.Reference, error) {
	type fk struct {
		from string
		ref  sdk.Reference
		cols int
	}
	byID := map[int]*fk{}
	err := queryRows(ctx, q, func(r *sql.Rows) error {
		var id int
		var parent, from string
		var to sql.NullString
		if err := r.Scan(&id, &parent, &from, &to); err != nil {
			return err
		}
		k := byID[id]
		if k == nil {
			k = &fk{from: from, ref: sdk.Reference{Table: parent, Field: to.String}}
			byID[id] = k
		}
		k.cols++
		return nil
	}, `SELECT id, "table", "from", "to" FROM pragma_foreign_key_list(?)`, table)
	if err != nil {
		return nil, fmt.Errorf("read foreign keys: %w", err)
	}
	out := map[string]*sdk.Reference{}
	for _, k := range byID {
		if k.cols == 1 {
			ref := k.ref
			out[k.from] = &ref
		}
	}
	return out, nil
}

// writtenType returns a column's declared type as the CREATE TABLE text
// spells it. PRAGMA table_info reports the standard names (INT, INTEGER,
// REAL, TEXT, BLOB, ANY) upper-cased whatever their spelling; Django writes
// them in lower case. Any other type is reported as written.
func writtenType(createSQL, col, reported string) string {
	switch reported {
	case "INT", "INTEGER", "REAL", "TEXT", "BLOB", "ANY":
	default:
		return reported
	}
	re, err := regexp.Compile(`(?i)[(,]\s*(?:"` + regexp.QuoteMeta(strings.ReplaceAll(col, `"`, `""`)) + `"|` +
		"`" + regexp.QuoteMeta(col) + "`" + `|\[` + regexp.QuoteMeta(col) + `\]|` + regexp.QuoteMeta(col) + `)\s+(` + reported + `)\b`)
	if err != nil {
		return reported
	}
	if m := re.FindStringSubmatch(createSQL); m != nil {
		return m[1]
	}
	return reported
}

// hasJSONCheck reports whether createSQL holds Django's JSONField check,
// JSON_VALID("col"), for the column.
func hasJSONCheck(createSQL, col string) bool {
	re, err := regexp.Compile(`(?i)JSON_VALID\s*\(\s*(?:"` + regexp.QuoteMeta(strings.ReplaceAll(col, `"`, `""`)) +
		`"|` + "`" + regexp.QuoteMeta(col) + "`" + `|\[` + regexp.QuoteMeta(col) + `\]|` + regexp.QuoteMeta(col) + `\b)\s*\)`)
	return err == nil && re.MatchString(createSQL)
}

// fieldOf infers the Django field from a column's declared type, as Django's
// sqlite3 backend writes it (its data_types). A type Django does not write
// falls back on SQLite's affinity rules; fieldOf never fails.
func fieldOf(declared string) sdk.Field {
	f := sdk.Field{DBType: declared}
	norm := strings.ToLower(strings.Join(strings.Fields(declared), " "))
	if m := typeRe.FindStringSubmatch(norm); m != nil {
		a1, has1 := atoi(m[2])
		a2, _ := atoi(m[3])
		switch m[1] {
		case "integer":
			f.Type = sdk.IntegerField
			return f
		case "bigint":
			f.Type = sdk.BigIntegerField
			return f
		case "smallint":
			f.Type = sdk.SmallIntegerField
			return f
		case "integer unsigned":
			f.Type = sdk.PositiveIntegerField
			return f
		case "bigint unsigned":
			f.Type = sdk.PositiveBigIntegerField
			return f
		case "smallint unsigned":
			f.Type = sdk.PositiveSmallIntegerField
			return f
		case "bool":
			f.Type = sdk.BooleanField
			return f
		case "varchar":
			f.Type, f.MaxLength = sdk.CharField, a1
			return f
		case "char":
			switch {
			case has1 && a1 == 32:
				f.Type = sdk.UUIDField
				return f
			case has1 && a1 == 39:
				f.Type = sdk.GenericIPAddressField
				return f
			case has1 && a1 == 15:
				f.Type = sdk.IPAddressField
				return f
			}
		case "text":
			f.Type = sdk.TextField
			return f
		case "date":
			f.Type = sdk.DateField
			return f
		case "datetime":
			f.Type = sdk.DateTimeField
			return f
		case "time":
			f.Type = sdk.TimeField
			return f
		case "decimal":
			f.Type, f.MaxDigits, f.DecimalPlaces = sdk.DecimalField, a1, a2
			return f
		case "real":
			f.Type = sdk.FloatField
			return f
		case "blob":
			f.Type = sdk.BinaryField
			return f
		}
	}
	f.Type = affinityField(norm)
	return f
}

// affinityField maps a declared type Django does not write to a field by
// SQLite's column affinity rules (https://sqlite.org/datatype3.html 3.1).
func affinityField(norm string) sdk.FieldType {
	u := strings.ToUpper(norm)
	switch {
	case strings.Contains(u, "INT"):
		return sdk.IntegerField
	case strings.Contains(u, "CHAR"), strings.Contains(u, "CLOB"), strings.Contains(u, "TEXT"):
		return sdk.TextField
	case strings.Contains(u, "BLOB"), u == "":
		return sdk.BinaryField
	case strings.Contains(u, "REAL"), strings.Contains(u, "FLOA"), strings.Contains(u, "DOUB"):
		return sdk.FloatField
	}
	return sdk.TextField
}

func atoi(s string) (int, bool) {
	n, err := strconv.Atoi(s)
	return n, err == nil
}

// orderParentsFirst orders tables so that each comes after the tables its
// foreign keys reference. Among tables that are ready, the alphabetically
// first goes next; a cycle is broken at the table with the fewest parents
// still to come (then alphabetically). Self-references are ignored.
func orderParentsFirst(tables []*tableMeta) []*tableMeta {
	sort.Slice(tables, func(i, j int) bool { return tables[i].Name < tables[j].Name })
	idx := make(map[string]int, len(tables))
	for i, t := range tables {
		idx[t.Name] = i
	}
	waiting := make([]int, len(tables)) // parents not yet placed
	children := make([][]int, len(tables))
	for i, t := range tables {
		seen := map[int]bool{}
		for _, f := range t.Fields {
			if f.References == nil {
				continue
			}
			p, ok := idx[f.References.Table]
			if !ok || p == i || seen[p] {
				continue
			}
			seen[p] = true
			waiting[i]++
			children[p] = append(children[p], i)
		}
	}
	placed := make([]bool, len(tables))
	out := make([]*tableMeta, 0, len(tables))
	for len(out) < len(tables) {
		pick := -1
		for i := range tables {
			if !placed[i] && (pick < 0 || waiting[i] < waiting[pick]) {
				pick = i
			}
		}
		placed[pick] = true
		out = append(out, tables[pick])
		for _, c := range children[pick] {
			waiting[c]--
		}
	}
	return out
}

// queryRows runs query and calls each for every row.
func queryRows(ctx context.Context, q querier, each func(*sql.Rows) error, query string, args ...any) error {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := each(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}
