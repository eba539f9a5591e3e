package postgres

import (
	"context"
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/rexdata/rex/sdk"
)

// Type OIDs rex reads and writes natively (pg_type.oid; fixed since PostgreSQL 7).
const (
	oidBool        = 16
	oidBytea       = 17
	oidInt8        = 20
	oidInt2        = 21
	oidInt4        = 23
	oidText        = 25
	oidJSON        = 114
	oidCIDR        = 650
	oidFloat4      = 700
	oidFloat8      = 701
	oidInet        = 869
	oidBPChar      = 1042
	oidVarchar     = 1043
	oidDate        = 1082
	oidTime        = 1083
	oidTimestamp   = 1114
	oidTimestamptz = 1184
	oidInterval    = 1186
	oidTimetz      = 1266
	oidNumeric     = 1700
	oidUUID        = 2950
	oidJSONB       = 3802
)

// tableMeta is one introspected table with what Read and the destination
// need beyond the [sdk.Table].
type tableMeta struct {
	sdk.Table
	// OID is the table's pg_class oid.
	OID uint32
	// PK holds the primary key's columns in key order, or is empty.
	PK []string
	// Cols is parallel to Fields.
	Cols []column
}

// column is what rex needs of a column beyond its [sdk.Field].
type column struct {
	// OID is the column's type, or a domain's base type.
	OID uint32
	// Sequence is the qualified name of the sequence that feeds the column
	// (serial or identity), or "".
	Sequence string
	// Generated is true for a GENERATED ALWAYS AS (...) STORED column, which
	// cannot be written.
	Generated bool
}

// querier is what introspection needs of a connection or transaction.
type querier interface {
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
}

// columnsQuery lists the columns of every ordinary or partitioned table
// visible on the search path, outside the system schemas, as Django's
// introspection sees them.
const columnsQuery = `
SELECT c.oid, c.relname, a.attnum, a.attname, format_type(a.atttypid, a.atttypmod),
	CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE a.atttypid END,
	CASE WHEN t.typtype = 'd' THEN t.typtypmod ELSE a.atttypmod END,
	NOT a.attnotnull,
	COALESCE(pg_get_expr(ad.adbin, ad.adrelid), ''),
	a.attidentity <> '',
	a.attgenerated <> '',
	COALESCE(CASE WHEN ad.adbin IS NOT NULL OR a.attidentity <> ''
		THEN pg_get_serial_sequence(quote_ident(n.nspname) || '.' || quote_ident(c.relname), a.attname) END, '')
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = c.oid AND ad.adnum = a.attnum
WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
	AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_toast%'
	AND pg_catalog.pg_table_is_visible(c.oid)
ORDER BY c.relname, a.attnum`

// indexesQuery lists the primary key and the complete, plain unique
// indexes of the given tables, with their columns in key order.
const indexesQuery = `
SELECT i.indrelid, i.indisprimary,
	i.indpred IS NULL AND i.indexprs IS NULL,
	ARRAY(SELECT a.attname FROM unnest(i.indkey::int2[]) WITH ORDINALITY k(attnum, n)
		JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.n)
FROM pg_catalog.pg_index i
WHERE (i.indisprimary OR i.indisunique) AND i.indrelid = ANY($1)`

// constraintsQuery lists the foreign keys and check constraints of the
// given tables.
const constraintsQuery = `
SELECT con.conrelid, con.contype = 'f',
	ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(attnum, n)
		JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.n),
	COALESCE(fc.relname, ''),
	ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(attnum, n)
		JOIN pg_catalog.pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.n),
	pg_catalog.pg_get_constraintdef(con.oid)
FROM pg_catalog.pg_constraint con
LEFT JOIN pg_catalog.pg_class fc ON fc.oid = con.confrelid
WHERE con.contype IN ('f', 'c') AND con.conrelid = ANY($1)`

// positiveCheckRe matches the check Django writes for a positive integer
// field, as pg_get_constraintdef prints it: CHECK ((pos >= 0)).
var positiveCheckRe = regexp.MustCompile(`^CHECK \(\((.+) >= 0\)\)$`)

// introspect reads every table visible on the search path and returns them
// parents first. Inside a transaction, it is the first query and so starts
// the snapshot.
func introspect(ctx context.Context, q querier) ([]*tableMeta, error) {
	byOID := map[uint32]*tableMeta{}
	var tables []*tableMeta
	var oids []uint32
	type colInfo struct {
		def      string
		identity bool
		typmod   int32
	}
	infos := map[uint32][]colInfo{}
	err := queryRows(ctx, q, func(r pgx.Rows) error {
		var (
			oid, base             uint32
			table, name, typ, def string
			seq                   string
			attnum                int16
			typmod                int32
			null, ident, gen      bool
		)
		if err := r.Scan(&oid, &table, &attnum, &name, &typ, &base, &typmod, &null, &def, &ident, &gen, &seq); err != nil {
			return err
		}
		t := byOID[oid]
		if t == nil {
			t = &tableMeta{Table: sdk.Table{Name: table, Rows: -1}, OID: oid}
			byOID[oid] = t
			tables = append(tables, t)
			oids = append(oids, oid)
		}
		f := fieldOf(base, typmod)
		f.Name, f.DBType, f.Null = name, typ, null
		t.Fields = append(t.Fields, f)
		t.Cols = append(t.Cols, column{OID: base, Sequence: seq, Generated: gen})
		infos[oid] = append(infos[oid], colInfo{def: def, identity: ident, typmod: typmod})
		return nil
	}, columnsQuery)
	if err != nil {
		return nil, fmt.Errorf("list columns: %w", err)
	}
	if len(tables) == 0 {
		return nil, nil
	}

	err = queryRows(ctx, q, func(r pgx.Rows) error {
		var oid uint32
		var primary, plain bool
		var cols []string
		if err := r.Scan(&oid, &primary, &plain, &cols); err != nil {
			return err
		}
		t := byOID[oid]
		switch {
		case t == nil:
		case primary:
			t.PK = cols
			if len(cols) == 1 {
				if f := t.Field(cols[0]); f != nil {
					f.PrimaryKey = true
				}
			} else {
				for _, c := range cols {
					if f := t.Field(c); f != nil {
						f.PrimaryKey = true
					}
				}
			}
		case plain && len(cols) == 1:
			if f := t.Field(cols[0]); f != nil {
				f.Unique = true
			}
		}
		return nil
	}, indexesQuery, oids)
	if err != nil {
		return nil, fmt.Errorf("list keys and unique indexes: %w", err)
	}

	positive := map[uint32]map[string]bool{}
	err = queryRows(ctx, q, func(r pgx.Rows) error {
		var oid uint32
		var fk bool
		var cols, refCols []string
		var refTable, def string
		if err := r.Scan(&oid, &fk, &cols, &refTable, &refCols, &def); err != nil {
			return err
		}
		t := byOID[oid]
		if t == nil || len(cols) != 1 {
			return nil // composite keys and table checks: Django writes neither for a field
		}
		f := t.Field(cols[0])
		if f == nil {
			return nil
		}
		if fk {
			if len(refCols) == 1 {
				f.References = &sdk.Reference{Table: refTable, Field: refCols[0]}
			}
			return nil
		}
		if m := positiveCheckRe.FindStringSubmatch(def); m != nil && unquoteIdent(m[1]) == cols[0] {
			if positive[oid] == nil {
				positive[oid] = map[string]bool{}
			}
			positive[oid][cols[0]] = true
		}
		return nil
	}, constraintsQuery, oids)
	if err != nil {
		return nil, fmt.Errorf("list foreign keys and checks: %w", err)
	}

	for _, oid := range oids {
		t := byOID[oid]
		for i := range t.Fields {
			f, info := &t.Fields[i], infos[oid][i]
			auto := f.PrimaryKey && len(t.PK) == 1 && (info.identity || strings.HasPrefix(info.def, "nextval("))
			switch {
			case f.References != nil:
				f.Type = sdk.ForeignKey
				if f.Unique {
					f.Type = sdk.OneToOneField
				}
				f.MaxLength, f.MaxDigits, f.DecimalPlaces = 0, 0, 0
			case auto:
				f.Type = autoField(f.Type)
			case positive[oid][f.Name]:
				f.Type = positiveField(f.Type)
			}
		}
	}
	return orderParentsFirst(tables), nil
}

// fieldOf infers the Django field from a column's type OID and modifier, as
// Django's postgresql backend maps them (introspection.data_types_reverse).
// A type Django does not write is a TextField; fieldOf never fails.
func fieldOf(oid uint32, typmod int32) sdk.Field {
	var f sdk.Field
	switch oid {
	case oidBool:
		f.Type = sdk.BooleanField
	case oidBytea:
		f.Type = sdk.BinaryField
	case oidInt8:
		f.Type = sdk.BigIntegerField
	case oidInt2:
		f.Type = sdk.SmallIntegerField
	case oidInt4:
		f.Type = sdk.IntegerField
	case oidFloat4, oidFloat8:
		f.Type = sdk.FloatField
	case oidInet:
		f.Type = sdk.GenericIPAddressField
	case oidBPChar, oidVarchar:
		f.Type = sdk.CharField
		if typmod > 4 {
			f.MaxLength = int(typmod - 4)
		}
	case oidDate:
		f.Type = sdk.DateField
	case oidTime, oidTimetz:
		f.Type = sdk.TimeField
	case oidTimestamp, oidTimestamptz:
		f.Type = sdk.DateTimeField
	case oidInterval:
		f.Type = sdk.DurationField
	case oidNumeric:
		f.Type = sdk.DecimalField
		if typmod >= 4 {
			f.MaxDigits = int((typmod - 4) >> 16 & 0xffff)
			f.DecimalPlaces = int((typmod - 4) & 0xffff)
		}
	case oidUUID:
		f.Type = sdk.UUIDField
	case oidJSON, oidJSONB:
		f.Type = sdk.JSONField
	default:
		f.Type = sdk.TextField
	}
	return f
}

// autoField returns the auto-incrementing field of an integer field.
func autoField(t sdk.FieldType) sdk.FieldType {
	switch t {
	case sdk.IntegerField:
		return sdk.AutoField
	case sdk.BigIntegerField:
		return sdk.BigAutoField
	case sdk.SmallIntegerField:
		return sdk.SmallAutoField
	}
	return t
}

// positiveField returns the positive field of an integer field.
func positiveField(t sdk.FieldType) sdk.FieldType {
	switch t {
	case sdk.IntegerField:
		return sdk.PositiveIntegerField
	case sdk.BigIntegerField:
		return sdk.PositiveBigIntegerField
	case sdk.SmallIntegerField:
		return sdk.PositiveSmallIntegerField
	}
	return t
}

// unquoteIdent returns an identifier as pg_get_constraintdef prints it
// ("integer" or pos) as the plain name.
func unquoteIdent(s string) string {
	if len(s) >= 2 && s[0] == '"' && s[len(s)-1] == '"' {
		return strings.ReplaceAll(s[1:len(s)-1], `""`, `"`)
	}
	return s
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
func queryRows(ctx context.Context, q querier, each func(pgx.Rows) error, query string, args ...any) error {
	rows, err := q.Query(ctx, query, args...)
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
