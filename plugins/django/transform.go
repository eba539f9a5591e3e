package django

import (
	"context"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/rexdata/rex/sdk"
)

// New returns the django transform. Configure it, Prepare it with the
// session's plan, then give it batches.
func New() sdk.Transform { return &transform{} }

type transform struct {
	opts *options
	dir  sdk.Direction
	// tables holds each table's column conversions, keyed by table name.
	tables map[string]*tablePlan
	// last and cols cache the previous batch's table and column order.
	last *tablePlan
	cols []*columnPlan
}

type tablePlan struct {
	name    string
	columns map[string]*columnPlan
}

type columnPlan struct {
	col  column
	conv converter
}

func defaultOptions() *options {
	return &options{useTZ: true, loc: time.UTC, fields: map[string]sdk.FieldType{}}
}

// Prepare decides each column's conversion from the plan's schemas: the
// source's when decoding, the destination's when encoding, the other
// schema settling columns whose declaration is ambiguous.
func (t *transform) Prepare(_ context.Context, plan sdk.TransformPlan) error {
	o := t.opts
	if o == nil {
		o = defaultOptions()
		t.opts = o
	}
	var own, other *sdk.Schema
	switch plan.Direction {
	case sdk.Decode:
		own, other = plan.Source, plan.Destination
	case sdk.Encode:
		own, other = plan.Destination, plan.Source
	default:
		return fmt.Errorf("prepare django transform: direction %q is neither %q nor %q", plan.Direction, sdk.Decode, sdk.Encode)
	}
	if own == nil {
		side := "source"
		if plan.Direction == sdk.Encode {
			side = "destination"
		}
		return fmt.Errorf("prepare django transform to %s: the plan has no %s schema", plan.Direction, side)
	}
	cd, err := codecFor(own, o)
	if err != nil {
		return fmt.Errorf("prepare django transform: %w", err)
	}
	r := resolver{o: o, cd: cd, own: own, other: other}
	tables := make(map[string]*tablePlan, len(own.Tables))
	used := 0
	for ti := range own.Tables {
		tbl := &own.Tables[ti]
		tp := &tablePlan{name: tbl.Name, columns: make(map[string]*columnPlan, len(tbl.Fields))}
		for fi := range tbl.Fields {
			f := &tbl.Fields[fi]
			if _, ok := o.fields[tbl.Name+"."+f.Name]; ok {
				used++
			}
			cp := &columnPlan{col: r.column(tbl, f)}
			if plan.Direction == sdk.Decode {
				cp.conv, err = cd.decoder(&cp.col)
			} else {
				cp.conv, err = cd.encoder(&cp.col)
			}
			if err != nil {
				return fmt.Errorf("prepare django transform: %w", err)
			}
			tp.columns[f.Name] = cp
		}
		tables[tbl.Name] = tp
	}
	if used < len(o.fields) {
		for key := range o.fields {
			tbl, col, _ := strings.Cut(key, ".")
			if own.Table(tbl) == nil || own.Table(tbl).Field(col) == nil {
				sdk.Logger().Warn("django transform: fields names a column the schema does not have", "column", key, "dialect", own.Dialect)
			}
		}
	}
	t.dir, t.tables, t.last, t.cols = plan.Direction, tables, nil, t.cols[:0]
	return nil
}

// Transform converts b in place and returns it.
func (t *transform) Transform(ctx context.Context, b *sdk.Batch) (*sdk.Batch, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if t.tables == nil {
		return nil, fmt.Errorf("django transform: Transform called before Prepare")
	}
	tp := t.last
	if tp == nil || tp.name != b.Table {
		tp = t.tables[b.Table]
		if tp == nil {
			return nil, fmt.Errorf("django transform %s: table %q is not in the %s schema", t.dir, b.Table, t.side())
		}
		t.last = tp
	}
	n := len(b.Columns)
	if n == 0 {
		return b, nil
	}
	if len(b.Values)%n != 0 {
		return nil, fmt.Errorf("django transform %s: batch of table %q has %d values for %d columns", t.dir, b.Table, len(b.Values), n)
	}
	cols := t.cols[:0]
	size := 0
	for _, name := range b.Columns {
		cp := tp.columns[name]
		if cp == nil {
			return nil, fmt.Errorf("django transform %s: column %q of table %q is not in the %s schema", t.dir, name, b.Table, t.side())
		}
		cols = append(cols, cp)
		size += cp.conv.size
	}
	t.cols = cols
	rows := len(b.Values) / n
	a := &arena{}
	if size > 0 {
		a.buf = make([]byte, 0, size*rows)
	}
	vals := b.Values
	for j, cp := range cols {
		fn := cp.conv.fn
		for i := j; i < len(vals); i += n {
			v := &vals[i]
			if v.Kind == sdk.KindNull {
				continue
			}
			orig := *v
			if err := fn(v, a); err != nil {
				return nil, t.valueError(cp, i/n, orig, err)
			}
		}
	}
	return b, nil
}

func (t *transform) side() string {
	if t.dir == sdk.Encode {
		return "destination"
	}
	return "source"
}

// valueError names everything a user needs to find the bad value.
func (t *transform) valueError(cp *columnPlan, row int, v sdk.Value, reason error) error {
	s := v.String()
	if utf8.RuneCountInString(s) > 60 {
		r := []rune(s)
		s = string(r[:60]) + "…"
	}
	return fmt.Errorf("%w: %s %s.%s, row %d of the batch, value %s: %w (the column is read as a %s; if the model says otherwise, set fields = { %q = \"...\" } in the django transform block)",
		ErrValue, t.dir, cp.col.table, cp.col.name, row, s, reason, cp.col.typ, cp.col.table+"."+cp.col.name)
}

// resolver decides columns' effective Django field types.
type resolver struct {
	o          *options
	cd         codec
	own, other *sdk.Schema
}

// column returns f's conversion plan: its effective type, native kind and
// decimal precision.
func (r *resolver) column(tbl *sdk.Table, f *sdk.Field) column {
	c := column{table: tbl.Name, name: f.Name, dbType: f.DBType}
	c.typ = r.fieldType(tbl.Name, f)
	c.kind = r.kind(tbl.Name, f, c.typ, 0)
	if c.typ == sdk.DecimalField {
		c.places, c.digits = f.DecimalPlaces, f.MaxDigits
		if c.places == 0 && c.digits == 0 {
			if of := r.otherField(tbl.Name, f.Name); of != nil && of.Type == sdk.DecimalField {
				c.places, c.digits = of.DecimalPlaces, of.MaxDigits
			}
		}
	}
	return c
}

// fieldType is the effective type: the fields override, else the other
// side's type when f's declaration is ambiguous and the other side names
// one of its candidates, else f's own.
func (r *resolver) fieldType(table string, f *sdk.Field) sdk.FieldType {
	if ft, ok := r.o.fields[table+"."+f.Name]; ok {
		return ft
	}
	if cands := r.cd.candidates(f); cands != nil {
		if of := r.otherField(table, f.Name); of != nil {
			for _, c := range cands {
				if of.Type == c {
					return c
				}
			}
		}
	}
	return f.Type
}

// kind is the native kind of a column of type ft; a relation takes its
// target's, followed through at most a few hops.
func (r *resolver) kind(table string, f *sdk.Field, ft sdk.FieldType, depth int) sdk.Kind {
	if ft != sdk.ForeignKey && ft != sdk.OneToOneField {
		return ft.Kind()
	}
	if f.References == nil || depth > 8 {
		return sdk.KindInt
	}
	tt := r.own.Table(f.References.Table)
	if tt == nil {
		return sdk.KindInt
	}
	target := tt.Field(f.References.Field)
	if target == nil {
		return sdk.KindInt
	}
	return r.kind(tt.Name, target, r.fieldType(tt.Name, target), depth+1)
}

func (r *resolver) otherField(table, name string) *sdk.Field {
	if t := r.other.Table(table); t != nil {
		return t.Field(name)
	}
	return nil
}
