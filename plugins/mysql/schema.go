package mysql

import (
	"context"
	"database/sql"
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/rexdata/rex/sdk"
)

// storage says how Read turns a column's text-protocol bytes into a value.
type storage uint8

const (
	storeText     storage = iota // Text: char, varchar, text, enum, set, anything unknown
	storeInt                     // Int from signed decimal text
	storeUint                    // Int from unsigned text; above int64 max is an error
	storeFloat                   // Float from the server's shortest round-trip text
	storeDecimal                 // Decimal text, verbatim
	storeBytes                   // Bytes: binary, varbinary, blobs, bit
	storeDate                    // Date from "YYYY-MM-DD"
	storeDateTime                // DateTime from "YYYY-MM-DD HH:MM:SS[.ffffff]", wall clock as UTC
	storeTime                    // Time from "HH:MM:SS[.ffffff]"; negative or ≥ 24h is an error
	storeJSON                    // JSON: MySQL 8's json type
)

// tableMeta is one introspected table with what Read and the destination
// need beyond the [sdk.Table].
type tableMeta struct {
	sdk.Table
	// PK holds the primary key's columns in key order.
	PK []string
	// Store holds how each field is read, in field order.
	Store []storage
	// FKs holds every single-column foreign key of the table.
	FKs []foreignKey
}

// foreignKey is one single-column foreign key.
type foreignKey struct {
	Name   string // constraint name
	Column string
	Ref    sdk.Reference
}

// querier is what introspection needs of a connection.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// introspect reads every base table of the connection's database and returns
// them parents first. Run inside a transaction, the later reads see the same
// snapshot.
func introspect(ctx context.Context, q querier) ([]*tableMeta, error) {
	var version string
	if err := queryRows(ctx, q, func(r *sql.Rows) error { return r.Scan(&version) }, "SELECT VERSION()"); err != nil {
		return nil, fmt.Errorf("read server version: %w", err)
	}
	mariadb := strings.Contains(strings.ToLower(version), "mariadb")

	byName := map[string]*tableMeta{}
	var tables []*tableMeta
	err := queryRows(ctx, q, func(r *sql.Rows) error {
		var name string
		if err := r.Scan(&name); err != nil {
			return err
		}
		t := &tableMeta{Table: sdk.Table{Name: name, Rows: -1}}
		byName[name] = t
		tables = append(tables, t)
		return nil
	}, `SELECT TABLE_NAME FROM information_schema.TABLES
		WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME`)
	if err != nil {
		return nil, fmt.Errorf("list tables: %w", err)
	}

	autoCols := map[[2]string]bool{} // (table, column) of AUTO_INCREMENT columns
	err = queryRows(ctx, q, func(r *sql.Rows) error {
		var table, col, dataType, colType, nullable, extra string
		var maxLen, precision, scale sql.NullInt64
		if err := r.Scan(&table, &col, &dataType, &colType, &nullable, &extra, &maxLen, &precision, &scale); err != nil {
			return err
		}
		t := byName[table]
		if t == nil {
			return nil // a view
		}
		f, st := fieldOf(dataType, colType, maxLen.Int64, precision.Int64, scale.Int64)
		f.Name = col
		f.Null = nullable == "YES"
		t.Fields = append(t.Fields, f)
		t.Store = append(t.Store, st)
		if strings.Contains(strings.ToLower(extra), "auto_increment") {
			autoCols[[2]string{table, col}] = true
		}
		return nil
	}, `SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, COLUMN_TYPE, IS_NULLABLE, EXTRA,
			CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION, NUMERIC_SCALE
		FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME, ORDINAL_POSITION`)
	if err != nil {
		return nil, fmt.Errorf("read columns: %w", err)
	}
	if err := readConstraints(ctx, q, byName); err != nil {
		return nil, err
	}
	if err := readChecks(ctx, q, byName, mariadb); err != nil {
		return nil, err
	}

	for _, t := range tables {
		for i := range t.Fields {
			f := &t.Fields[i]
			if autoCols[[2]string{t.Name, f.Name}] && f.PrimaryKey && len(t.PK) == 1 {
				switch f.Type {
				case sdk.IntegerField, sdk.PositiveIntegerField:
					f.Type = sdk.AutoField
				case sdk.BigIntegerField, sdk.PositiveBigIntegerField:
					f.Type = sdk.BigAutoField
				case sdk.SmallIntegerField, sdk.PositiveSmallIntegerField:
					f.Type = sdk.SmallAutoField
				}
			}
		}
		for _, fk := range t.FKs {
			f := t.Field(fk.Column)
			ref := fk.Ref
			f.References = &ref
			f.Type, f.MaxLength, f.MaxDigits, f.DecimalPlaces = sdk.ForeignKey, 0, 0, 0
			if f.Unique {
				f.Type = sdk.OneToOneField
			}
		}
	}
	return orderParentsFirst(tables), nil
}

// readConstraints sets primary keys, single-column unique constraints and
// single-column foreign keys from KEY_COLUMN_USAGE and TABLE_CONSTRAINTS.
func readConstraints(ctx context.Context, q querier, byName map[string]*tableMeta) error {
	type constraint struct {
		table, name, kind string
		cols              []string
		ref               sdk.Reference
	}
	var list []*constraint
	var cur *constraint
	err := queryRows(ctx, q, func(r *sql.Rows) error {
		var table, name, kind, col string
		var refTable, refCol sql.NullString
		if err := r.Scan(&table, &name, &kind, &col, &refTable, &refCol); err != nil {
			return err
		}
		if cur == nil || cur.table != table || cur.name != name {
			cur = &constraint{table: table, name: name, kind: kind}
			list = append(list, cur)
		}
		cur.cols = append(cur.cols, col)
		if refTable.Valid {
			cur.ref = sdk.Reference{Table: refTable.String, Field: refCol.String}
		}
		return nil
	}, `SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, c.CONSTRAINT_TYPE, k.COLUMN_NAME,
			k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME
		FROM information_schema.KEY_COLUMN_USAGE k
		JOIN information_schema.TABLE_CONSTRAINTS c ON c.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA
			AND c.TABLE_NAME = k.TABLE_NAME AND c.CONSTRAINT_NAME = k.CONSTRAINT_NAME
		WHERE k.TABLE_SCHEMA = DATABASE() AND c.TABLE_SCHEMA = DATABASE()
		ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION`)
	if err != nil {
		return fmt.Errorf("read keys: %w", err)
	}
	for _, c := range list {
		t := byName[c.table]
		if t == nil {
			continue
		}
		switch c.kind {
		case "PRIMARY KEY":
			t.PK = c.cols
			for _, col := range c.cols {
				if f := t.Field(col); f != nil {
					f.PrimaryKey = true
				}
			}
		case "UNIQUE":
			if len(c.cols) == 1 {
				if f := t.Field(c.cols[0]); f != nil {
					f.Unique = true
				}
			}
		case "FOREIGN KEY":
			if len(c.cols) == 1 && t.Field(c.cols[0]) != nil { // Django never writes composite foreign keys
				t.FKs = append(t.FKs, foreignKey{Name: c.name, Column: c.cols[0], Ref: c.ref})
			}
		}
	}
	return nil
}

// jsonCheckRe matches Django's (or MariaDB's own) JSONField check and
// captures the column.
var jsonCheckRe = regexp.MustCompile("(?i)^\\s*\\(?\\s*json_valid\\s*\\(\\s*`((?:[^`]|``)+)`\\s*\\)\\s*\\)?\\s*$")

// readChecks turns a longtext column with a json_valid check into a
// JSONField: how MariaDB stores Django's JSONField. MySQL 8 has a json type.
func readChecks(ctx context.Context, q querier, byName map[string]*tableMeta, mariadb bool) error {
	// MariaDB's CHECK_CONSTRAINTS names the table; a column check is named
	// after its column, so names repeat across tables. MySQL's names the
	// constraint only, unique in the schema.
	query := `SELECT TABLE_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE()`
	if !mariadb {
		query = `SELECT t.TABLE_NAME, c.CHECK_CLAUSE FROM information_schema.TABLE_CONSTRAINTS t
			JOIN information_schema.CHECK_CONSTRAINTS c ON c.CONSTRAINT_SCHEMA = t.CONSTRAINT_SCHEMA AND c.CONSTRAINT_NAME = t.CONSTRAINT_NAME
			WHERE t.TABLE_SCHEMA = DATABASE() AND t.CONSTRAINT_TYPE = 'CHECK'`
	}
	err := queryRows(ctx, q, func(r *sql.Rows) error {
		var table, clause string
		if err := r.Scan(&table, &clause); err != nil {
			return err
		}
		t := byName[table]
		m := jsonCheckRe.FindStringSubmatch(clause)
		if t == nil || m == nil {
			return nil
		}
		f := t.Field(strings.ReplaceAll(m[1], "``", "`"))
		if f != nil && f.Type == sdk.TextField {
			f.Type = sdk.JSONField
		}
		return nil
	}, query)
	if err != nil {
		return fmt.Errorf("read check constraints: %w", err)
	}
	return nil
}

// fieldOf infers the Django field and the read conversion of a column from
// information_schema.COLUMNS, after Django 3.2's mysql data_types.
func fieldOf(dataType, colType string, maxLen, precision, scale int64) (sdk.Field, storage) {
	f := sdk.Field{DBType: colType}
	ct := strings.ToLower(colType)
	unsigned := strings.Contains(ct, "unsigned")
	ints := func(signed, positive sdk.FieldType) (sdk.Field, storage) {
		if unsigned {
			f.Type = positive
			return f, storeUint
		}
		f.Type = signed
		return f, storeInt
	}
	switch strings.ToLower(dataType) {
	case "int", "integer", "mediumint":
		return ints(sdk.IntegerField, sdk.PositiveIntegerField)
	case "bigint":
		return ints(sdk.BigIntegerField, sdk.PositiveBigIntegerField)
	case "smallint":
		return ints(sdk.SmallIntegerField, sdk.PositiveSmallIntegerField)
	case "tinyint":
		if strings.HasPrefix(ct, "tinyint(1)") {
			f.Type = sdk.BooleanField
			if unsigned {
				return f, storeUint
			}
			return f, storeInt
		}
		return ints(sdk.SmallIntegerField, sdk.PositiveSmallIntegerField)
	case "year":
		f.Type = sdk.IntegerField
		return f, storeInt
	case "bool", "boolean":
		f.Type = sdk.BooleanField
		return f, storeInt
	case "varchar":
		f.Type, f.MaxLength = sdk.CharField, int(maxLen)
		return f, storeText
	case "char":
		switch maxLen {
		case 32:
			f.Type = sdk.UUIDField
		case 39:
			f.Type = sdk.GenericIPAddressField
		case 15:
			f.Type = sdk.IPAddressField
		default:
			f.Type, f.MaxLength = sdk.CharField, int(maxLen)
		}
		return f, storeText
	case "tinytext", "text", "mediumtext", "longtext", "enum", "set":
		f.Type = sdk.TextField
		return f, storeText
	case "json":
		f.Type = sdk.JSONField
		return f, storeJSON
	case "date":
		f.Type = sdk.DateField
		return f, storeDate
	case "datetime", "timestamp":
		f.Type = sdk.DateTimeField
		return f, storeDateTime
	case "time":
		f.Type = sdk.TimeField
		return f, storeTime
	case "decimal", "numeric":
		f.Type, f.MaxDigits, f.DecimalPlaces = sdk.DecimalField, int(precision), int(scale)
		return f, storeDecimal
	case "double", "float", "real", "double precision":
		f.Type = sdk.FloatField
		return f, storeFloat
	case "binary", "varbinary", "tinyblob", "blob", "mediumblob", "longblob", "bit":
		f.Type = sdk.BinaryField
		return f, storeBytes
	}
	f.Type = sdk.TextField
	return f, storeText
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
		for _, fk := range t.FKs {
			p, ok := idx[fk.Ref.Table]
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
