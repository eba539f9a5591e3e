package pipeline

import (
	"fmt"
	"path"
	"strings"

	"github.com/agext/levenshtein"
	"github.com/hashicorp/hcl/v2"

	"github.com/rexdata/rex/sdk"
)

// Sync is the pipeline's `sync` block: how the data lands and which tables
// move.
//
//	sync {
//	  mode    = "upsert"             # replace (default), append or upsert
//	  include = ["shop_*", "auth_*"] # globs; default every table
//	  exclude = ["django_session"]   # globs; django_migrations never moves
//	  table "shop_product" {         # per source table
//	    mode   = "append"
//	    rename = "store_product"     # the destination table's name
//	    fields = { weight = "weight_kg" }  # source column = destination column
//	  }
//	}
type Sync struct {
	Mode    sdk.WriteMode
	Include []string
	Exclude []string
	// Tables holds the per-table blocks by source table name.
	Tables map[string]*TableSync
}

// TableSync is one `table` block inside `sync`.
type TableSync struct {
	Mode   sdk.WriteMode
	Rename string
	Fields map[string]string
	Range  hcl.Range
}

var syncSchema = &hcl.BodySchema{
	Attributes: []hcl.AttributeSchema{{Name: "mode"}, {Name: "include"}, {Name: "exclude"}},
	Blocks:     []hcl.BlockHeaderSchema{{Type: "table", LabelNames: []string{"name"}}},
}

var tableSyncSchema = &hcl.BodySchema{
	Attributes: []hcl.AttributeSchema{{Name: "mode"}, {Name: "rename"}, {Name: "fields"}},
}

// DefaultSync is what a pipeline without a sync block does: replace every
// table but django_migrations.
func DefaultSync() *Sync {
	return &Sync{Mode: sdk.Replace, Include: []string{"*"}, Tables: map[string]*TableSync{}}
}

func decodeSync(b *hcl.Block, ctx *hcl.EvalContext) (*Sync, hcl.Diagnostics) {
	s := DefaultSync()
	content, diags := b.Body.Content(syncSchema)
	if a := content.Attributes["mode"]; a != nil {
		diags = append(diags, decodeMode(a, ctx, &s.Mode)...)
	}
	for name, dst := range map[string]*[]string{"include": &s.Include, "exclude": &s.Exclude} {
		if a := content.Attributes[name]; a != nil {
			var v any
			if d := decodeInto(a, ctx, "list(string)", &v); d.HasErrors() {
				diags = append(diags, d...)
				continue
			}
			*dst = v.([]string)
			for _, g := range *dst {
				if _, err := path.Match(g, ""); err != nil {
					diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Invalid table pattern",
						Detail: fmt.Sprintf("%q is not a valid glob (use * and ? as in shell patterns, e.g. \"shop_*\").", g), Subject: a.Expr.Range().Ptr()})
				}
			}
		}
	}
	for _, tb := range content.Blocks {
		name := tb.Labels[0]
		if prev := s.Tables[name]; prev != nil {
			diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Duplicate table block",
				Detail: fmt.Sprintf("Table %q already has a block at %s; merge the two.", name, prev.Range), Subject: tb.DefRange.Ptr()})
			continue
		}
		ts := &TableSync{Range: tb.DefRange}
		tc, d := tb.Body.Content(tableSyncSchema)
		diags = append(diags, d...)
		if a := tc.Attributes["mode"]; a != nil {
			diags = append(diags, decodeMode(a, ctx, &ts.Mode)...)
		}
		if a := tc.Attributes["rename"]; a != nil {
			diags = append(diags, decodeString(a, ctx, &ts.Rename)...)
		}
		if a := tc.Attributes["fields"]; a != nil {
			var v any
			if d := decodeInto(a, ctx, "map(string)", &v); d.HasErrors() {
				diags = append(diags, d...)
			} else {
				ts.Fields = v.(map[string]string)
			}
		}
		s.Tables[name] = ts
	}
	return s, diags
}

func decodeMode(a *hcl.Attribute, ctx *hcl.EvalContext, out *sdk.WriteMode) hcl.Diagnostics {
	var v string
	diags := decodeString(a, ctx, &v)
	if diags.HasErrors() {
		return diags
	}
	switch m := sdk.WriteMode(v); m {
	case sdk.Replace, sdk.Append, sdk.Upsert:
		*out = m
		return diags
	}
	detail := fmt.Sprintf("mode is %q; it must be \"replace\" (empty the tables, then load), \"append\" (insert only) or \"upsert\" (insert or update by primary key).", v)
	if s := Suggest(v, []string{"replace", "append", "upsert"}); s != "" {
		detail += fmt.Sprintf(" Did you mean %q?", s)
	}
	return append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Invalid sync mode", Detail: detail, Subject: a.Expr.Range().Ptr()})
}

// Move is one table the sync selected.
type Move struct {
	Source, Destination string
	Mode                sdk.WriteMode
	// Columns renames fields: source column → destination column.
	Columns map[string]string
}

// Select picks the source tables to move, in the source's order, with
// their destination names and modes. A table block that names no source
// table is an error: it is most likely a typo.
func (s *Sync) Select(src *sdk.Schema) ([]Move, error) {
	var moves []Move
	known := map[string]bool{}
	for _, t := range src.Tables {
		known[t.Name] = true
		if t.Name == "django_migrations" || !matchAny(s.Include, t.Name) || matchAny(s.Exclude, t.Name) {
			continue
		}
		m := Move{Source: t.Name, Destination: t.Name, Mode: s.Mode}
		if ts := s.Tables[t.Name]; ts != nil {
			if ts.Mode != "" {
				m.Mode = ts.Mode
			}
			if ts.Rename != "" {
				m.Destination = ts.Rename
			}
			m.Columns = ts.Fields
		}
		moves = append(moves, m)
	}
	var unknown []string
	for name, ts := range s.Tables {
		if !known[name] {
			unknown = append(unknown, fmt.Sprintf("%q (%s)", name, ts.Range))
		}
	}
	if len(unknown) > 0 {
		return nil, fmt.Errorf("sync names tables the source does not have: %s; check the names against the source database", strings.Join(unknown, ", "))
	}
	return moves, nil
}

func matchAny(globs []string, name string) bool {
	for _, g := range globs {
		if ok, _ := path.Match(g, name); ok {
			return true
		}
	}
	return false
}

// Suggest returns the name closest to a mistyped one (at most two edits
// away), for "Did you mean ...?", or "".
func Suggest(name string, names []string) string {
	best, bestD := "", 3
	for _, n := range names {
		if d := levenshtein.Distance(name, n, nil); d < bestD {
			best, bestD = n, d
		}
	}
	return best
}
