package validate

import (
	"fmt"
	"sort"
	"strings"

	"github.com/rexdata/rex/sdk"
)

// Move is one table the sync selected: source name, destination name (a
// rename when they differ), its write mode, and field renames (source
// column → destination column). Columns the map does not name keep their
// name.
type Move struct {
	Source, Destination string
	Mode                sdk.WriteMode
	Columns             map[string]string
}

// Input is everything [Check] compares.
type Input struct {
	Source, Destination *sdk.Schema
	Moves               []Move
	// Profiles of the source tables' data, by source table; nil when the
	// source cannot profile (then narrowing cannot be proven to fit: a
	// warning, not an error, saying so). It may hold only some tables, and
	// of those only some columns: those [NeedsData] names are all a verdict
	// reads.
	Profiles map[string]sdk.TableProfile
	// Applied Django migrations per app, from each side's django_migrations
	// (app → names); nil when that side has no django_migrations table.
	SourceMigrations, DestinationMigrations map[string][]string
}

// Verdict is how a finding, a table or a whole plan fares.
type Verdict string

// Verdicts, from best to worst.
const (
	OK      Verdict = "ok"
	Warning Verdict = "warning"
	Error   Verdict = "error"
)

// rank orders verdicts: higher is worse.
func (v Verdict) rank() int {
	switch v {
	case Error:
		return 2
	case Warning:
		return 1
	}
	return 0
}

// worst returns the worse of a and b.
func worst(a, b Verdict) Verdict {
	if b.rank() > a.rank() {
		return b
	}
	return a
}

// Finding is one verdict about a table, a field or an app's migrations,
// with a reason a person understands.
type Finding struct {
	Table string `json:"table,omitempty"` // destination table ("" for migrations)
	Field string `json:"field,omitempty"` // destination column ("" for the whole table)
	// App is the Django app of a migrations finding.
	App     string  `json:"app,omitempty"`
	Verdict Verdict `json:"verdict"`
	Reason  string  `json:"reason"`
}

// subject names what the finding is about: "shop_product.name",
// "shop_product", "app shop".
func (f Finding) subject() string {
	switch {
	case f.Table != "" && f.Field != "":
		return f.Table + "." + f.Field
	case f.Table != "":
		return f.Table
	case f.App != "":
		return "app " + f.App
	}
	return "migrations"
}

// TablePlan is the plan for one moved table.
type TablePlan struct {
	Source      string        `json:"source"`
	Destination string        `json:"destination"`
	Mode        sdk.WriteMode `json:"mode"`
	Rows        int64         `json:"rows"`       // -1 unknown
	RowsExact   bool          `json:"rows_exact"` // true when counted (profile), false when estimated
	Verdict     Verdict       `json:"verdict"`    // worst of Findings, OK when none
	Findings    []Finding     `json:"findings"`
}

// Report is the whole plan: every table in the order it moves, the
// migrations comparison, and the worst verdict of all.
type Report struct {
	Tables     []TablePlan `json:"tables"`
	Migrations []Finding   `json:"migrations"`
	Verdict    Verdict     `json:"verdict"`
}

// Check validates every move of in against the destination schema and
// compares the applied migrations. It never fails: what does not fit is a
// finding. See the package documentation for the rules.
func Check(in Input) *Report {
	r := &Report{Verdict: OK, Tables: make([]TablePlan, 0, len(in.Moves))}
	for _, m := range in.Moves {
		tp, _ := checkTable(in, m)
		r.Verdict = worst(r.Verdict, tp.Verdict)
		r.Tables = append(r.Tables, tp)
	}
	r.Migrations = checkMigrations(in.SourceMigrations, in.DestinationMigrations)
	for _, f := range r.Migrations {
		r.Verdict = worst(r.Verdict, f.Verdict)
	}
	return r
}

// Count returns how many findings of the report have verdict v.
func (r *Report) Count(v Verdict) int {
	n := 0
	for _, t := range r.Tables {
		for _, f := range t.Findings {
			if f.Verdict == v {
				n++
			}
		}
	}
	for _, f := range r.Migrations {
		if f.Verdict == v {
			n++
		}
	}
	return n
}

// tableCheck gathers the findings of one table.
type tableCheck struct {
	in       Input
	move     Move
	src, dst *sdk.Table
	profile  *sdk.TableProfile
	findings []Finding
	// needsData lists the source columns, in the table's order, a verdict
	// of which depends on facts about their data.
	needsData []string
}

func (c *tableCheck) add(field string, v Verdict, format string, args ...any) {
	c.findings = append(c.findings, Finding{Table: c.move.Destination, Field: field, Verdict: v, Reason: fmt.Sprintf(format, args...)})
}

// column returns the profile of a source column, or nil when there is none.
func (c *tableCheck) column(name string) *sdk.ColumnProfile {
	if c.profile == nil {
		return nil
	}
	if p, ok := c.profile.Columns[name]; ok {
		return &p
	}
	if c.profile.Rows == 0 {
		// An empty table: every fact is "none".
		return &sdk.ColumnProfile{}
	}
	return nil
}

func checkTable(in Input, m Move) (TablePlan, []string) {
	if m.Mode == "" {
		m.Mode = sdk.Replace
	}
	tp := TablePlan{Source: m.Source, Destination: m.Destination, Mode: m.Mode, Rows: -1, Verdict: OK}
	c := &tableCheck{in: in, move: m, src: in.Source.Table(m.Source), dst: in.Destination.Table(m.Destination)}
	if p, ok := in.Profiles[m.Source]; ok {
		c.profile = &p
		tp.Rows, tp.RowsExact = p.Rows, true
	} else if c.src != nil && c.src.Rows >= 0 {
		tp.Rows = c.src.Rows
	}
	switch {
	case c.src == nil:
		c.add("", Error, "the source has no table %s: check the sync's table names", m.Source)
	case c.dst == nil:
		c.add("", Error, "the destination has no table %s: migrate the destination project, or exclude or rename the table", m.Destination)
	default:
		c.fields()
	}
	sortFindings(c.findings)
	tp.Findings = c.findings
	for _, f := range tp.Findings {
		tp.Verdict = worst(tp.Verdict, f.Verdict)
	}
	return tp, c.needsData
}

// NeedsData returns, by source table, the source columns of in whose
// verdicts depend on facts about their data (a narrower type, a NOT NULL
// column fed by a nullable one), in each table's column order: only these
// need a profile of the source (sdk.ColumnProfiler, or sdk.Profiler for
// their whole tables). Tables with no such column are left out; between two
// schemas made from the same models, usually every table is. The facts of
// other columns, and the row counts, change no verdict: a table's count
// only shows in its plan, exact when profiled, estimated otherwise.
func NeedsData(in Input) map[string][]string {
	in.Profiles = nil
	need := map[string][]string{}
	for _, m := range in.Moves {
		if _, cols := checkTable(in, m); len(cols) > 0 {
			need[m.Source] = cols
		}
	}
	return need
}

// needs records that a verdict of source column col depends on its data.
func (c *tableCheck) needs(col string) {
	if n := len(c.needsData); n == 0 || c.needsData[n-1] != col {
		c.needsData = append(c.needsData, col)
	}
}

// fields checks every source field against its destination column, then
// the destination columns no source field fills, then the primary key.
func (c *tableCheck) fields() {
	for from := range c.move.Columns {
		if c.src.Field(from) == nil {
			c.add("", Error, "the sync renames column %s, which the source table %s does not have", from, c.src.Name)
		}
	}
	filled := map[string]string{} // destination column → source column
	var srcKey, dstKey []string
	for i := range c.src.Fields {
		sf := &c.src.Fields[i]
		name := c.destName(sf.Name)
		if sf.PrimaryKey {
			srcKey = append(srcKey, name)
		}
		if prev, ok := filled[name]; ok {
			c.add(name, Error, "both source columns %s and %s would fill it: rename only one of them onto it", prev, sf.Name)
			continue
		}
		filled[name] = sf.Name
		df := c.dst.Field(name)
		if df == nil {
			from := ""
			if name != sf.Name {
				from = fmt.Sprintf(" (renamed from %s)", sf.Name)
			}
			c.add(name, Error, "not in the destination%s: migrate the destination project, or exclude or rename the field", from)
			continue
		}
		c.field(sf, df)
	}
	for i := range c.dst.Fields {
		df := &c.dst.Fields[i]
		if df.PrimaryKey {
			dstKey = append(dstKey, df.Name)
		}
		if _, ok := filled[df.Name]; ok || df.Null || isAuto(df.Type) {
			continue
		}
		c.add(df.Name, Error, "NOT NULL in the destination, and no source field fills it: the insert fails unless the column has a database default (Django sets one only with db_default); add the field to the source, rename a source field onto it, or make it nullable")
	}
	sort.Strings(srcKey)
	sort.Strings(dstKey)
	if strings.Join(srcKey, ",") != strings.Join(dstKey, ",") {
		c.add("", Error, "the primary keys differ: the source's is %s, the destination's is %s; rows cannot be matched, so the projects' models must agree first", keyList(srcKey), keyList(dstKey))
	}
	if c.move.Mode == sdk.Upsert && len(dstKey) == 0 {
		c.add("", Error, "upsert needs a primary key, and the destination table has none: use mode replace or append")
	}
}

func keyList(cols []string) string {
	if len(cols) == 0 {
		return "none"
	}
	return strings.Join(cols, ", ")
}

// destName returns the destination column a source column fills.
func (c *tableCheck) destName(src string) string {
	if to, ok := c.move.Columns[src]; ok && to != "" {
		return to
	}
	return src
}

// destTable returns the destination table a source table moves into.
func (in Input) destTable(src string) string {
	for _, m := range in.Moves {
		if m.Source == src {
			return m.Destination
		}
	}
	return src
}

// field checks one source field against its destination column.
func (c *tableCheck) field(sf, df *sdk.Field) {
	name := df.Name
	prof := c.column(sf.Name)
	s := resolve(c.in.Source, sf)
	d := resolve(c.in.Destination, df)
	if v, reason := compareTypes(s, d, prof); reason != "" {
		c.add(name, v, "%s", reason)
	}
	if prof == nil {
		// Whether the verdict would change with facts about the data.
		v1, r1 := compareTypes(s, d, nil)
		v2, r2 := compareTypes(s, d, &sdk.ColumnProfile{})
		if v1 != v2 || r1 != r2 {
			c.needs(sf.Name)
		}
	}
	if sf.Null && !df.Null {
		c.needs(sf.Name)
		switch {
		case prof == nil:
			c.add(name, Warning, "nullable in the source, NOT NULL in the destination; cannot prove the data has no NULL without a profile of the source's data")
		case prof.Nulls > 0:
			c.add(name, Error, "%s NULL%s, and the destination column is NOT NULL: fill them in the source, or make the destination field null=True", rowsLabel(prof.Nulls), sample(prof, "nulls"))
		default:
			c.add(name, OK, "NOT NULL in the destination; the data has no NULL")
		}
	}
	srcUnique := sf.Unique || sf.PrimaryKey
	if (df.Unique || df.PrimaryKey) && !srcUnique {
		c.add(name, Warning, "unique in the destination but not in the source: duplicates would fail the run")
	}
	switch {
	case sf.References != nil && df.References != nil:
		want := c.in.destTable(sf.References.Table)
		if df.References.Table != want {
			c.add(name, Error, "references %s in the destination, but %s (moved to %s) in the source: the models' foreign keys must agree", df.References.Table, sf.References.Table, want)
		}
	case df.References != nil:
		c.add(name, Warning, "a foreign key to %s in the destination but not in the source: every value must exist in %s or the commit fails", df.References.Table, df.References.Table)
	}
}

// rowsLabel says "1 row is" or "3 rows are".
func rowsLabel(n int64) string {
	if n == 1 {
		return "1 row is"
	}
	return fmt.Sprintf("%d rows are", n)
}

// sample names the row behind one fact of a profile: " (row id=42)".
func sample(p *sdk.ColumnProfile, fact string) string {
	if s := p.Samples[fact]; s != "" {
		return " (row " + s + ")"
	}
	return ""
}

// sortFindings orders findings by severity, worst first, then by field.
func sortFindings(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		if a, b := fs[i].Verdict.rank(), fs[j].Verdict.rank(); a != b {
			return a > b
		}
		if fs[i].App != fs[j].App {
			return fs[i].App < fs[j].App
		}
		return fs[i].Field < fs[j].Field
	})
}
