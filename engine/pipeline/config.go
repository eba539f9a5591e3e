package pipeline

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
	"github.com/zclconf/go-cty/cty/function"

	"github.com/rexdata/rex/sdk"
)

// evalContext gives expressions the functions env("NAME") and
// file("path"), a path relative to dir.
func evalContext(dir string) *hcl.EvalContext {
	return &hcl.EvalContext{Functions: map[string]function.Function{
		"env": function.New(&function.Spec{
			Params: []function.Parameter{{Name: "name", Type: cty.String}},
			Type:   function.StaticReturnType(cty.String),
			Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
				name := args[0].AsString()
				v, ok := os.LookupEnv(name)
				if !ok {
					return cty.NilVal, fmt.Errorf("environment variable %s is not set; export it before running rex", name)
				}
				return cty.StringVal(v), nil
			},
		}),
		"file": function.New(&function.Spec{
			Params: []function.Parameter{{Name: "path", Type: cty.String}},
			Type:   function.StaticReturnType(cty.String),
			Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
				p := args[0].AsString()
				if !filepath.IsAbs(p) {
					p = filepath.Join(dir, p)
				}
				b, err := os.ReadFile(p)
				if err != nil {
					return cty.NilVal, fmt.Errorf("cannot read %s: %v", p, err)
				}
				if err := checkPrivateKeyMode(p, b); err != nil {
					return cty.NilVal, err
				}
				return cty.StringVal(string(b)), nil
			},
		}),
	}}
}

func decodeString(a *hcl.Attribute, ctx *hcl.EvalContext, out *string) hcl.Diagnostics {
	v, diags := a.Expr.Value(ctx)
	if diags.HasErrors() {
		return diags
	}
	v, err := convert.Convert(v, cty.String)
	if err != nil || v.IsNull() {
		return append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Incorrect attribute value type",
			Detail: fmt.Sprintf("%s must be a string.", a.Name), Subject: a.Expr.Range().Ptr()})
	}
	*out = v.AsString()
	return diags
}

// decodeInto evaluates an attribute as the given sdk type into a Go value
// (as sdk.Config holds them).
func decodeInto(a *hcl.Attribute, ctx *hcl.EvalContext, typ sdk.AttrType, out *any) hcl.Diagnostics {
	v, diags := a.Expr.Value(ctx)
	if diags.HasErrors() {
		return diags
	}
	want := ctyTypes[typ]
	v, err := convert.Convert(v, want)
	if err != nil || v.IsNull() {
		return append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Incorrect attribute value type",
			Detail: fmt.Sprintf("%s must be a %s.", a.Name, want.FriendlyName()), Subject: a.Expr.Range().Ptr()})
	}
	*out = goValue(v)
	return diags
}

// checkPrivateKeyMode refuses a private key file that others may read,
// as ssh does: a key that leaked is not a key.
func checkPrivateKeyMode(path string, content []byte) error {
	if !bytes.Contains(content, []byte("PRIVATE KEY-----")) {
		return nil
	}
	fi, err := os.Stat(path)
	if err != nil {
		return err
	}
	if mode := fi.Mode().Perm(); mode&0o077 != 0 {
		return fmt.Errorf("private key %s is readable by others (mode %04o); run `chmod 600 %s`, and make a new key pair if others may have read it", path, mode, path)
	}
	return nil
}

var ctyTypes = map[sdk.AttrType]cty.Type{
	sdk.TypeString:     cty.String,
	sdk.TypeNumber:     cty.Number,
	sdk.TypeBool:       cty.Bool,
	sdk.TypeStringList: cty.List(cty.String),
	sdk.TypeStringMap:  cty.Map(cty.String),
}

// Config is a stage's decoded configuration and where each attribute stood.
type Config struct {
	Values sdk.Config
	// Ranges maps attribute names to their ranges in the file.
	Ranges map[string]hcl.Range
	// Block is the range of the block's header.
	Block hcl.Range
}

// DecodeConfig decodes a stage's body against the plugin's schema:
// unknown attributes, missing required ones and wrong types are
// diagnostics at their place in the file.
func (f *File) DecodeConfig(st *Stage, schema sdk.ConfigSchema) (*Config, hcl.Diagnostics) {
	bs := &hcl.BodySchema{}
	for _, a := range schema.Attributes {
		bs.Attributes = append(bs.Attributes, hcl.AttributeSchema{Name: a.Name, Required: a.Required})
	}
	content, diags := st.Body.Content(bs)
	cfg := &Config{Values: sdk.Config{}, Ranges: map[string]hcl.Range{}, Block: st.DefRange}
	ctx := evalContext(f.Dir)
	for _, a := range schema.Attributes {
		attr := content.Attributes[a.Name]
		if attr == nil {
			continue
		}
		cfg.Ranges[a.Name] = attr.Range
		v, d := attr.Expr.Value(ctx)
		diags = append(diags, d...)
		if d.HasErrors() {
			continue
		}
		want, ok := ctyTypes[a.Type]
		if !ok {
			want = cty.DynamicPseudoType
		}
		v, err := convert.Convert(v, want)
		if err != nil {
			diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Incorrect attribute value type",
				Detail: fmt.Sprintf("Inappropriate value for attribute %q: %s is required.", a.Name, want.FriendlyName()), Subject: attr.Expr.Range().Ptr()})
			continue
		}
		if v.IsNull() {
			continue
		}
		cfg.Values[a.Name] = goValue(v)
	}
	return cfg, diags
}

// goValue turns a known cty value of a schema type into the JSON-friendly
// Go value sdk.Config holds.
func goValue(v cty.Value) any {
	t := v.Type()
	switch {
	case t == cty.String:
		return v.AsString()
	case t == cty.Bool:
		return v.True()
	case t == cty.Number:
		f, _ := v.AsBigFloat().Float64()
		return f
	case t.IsListType() || t.IsSetType() || t.IsTupleType():
		out := []string{}
		for it := v.ElementIterator(); it.Next(); {
			_, e := it.Element()
			if e.Type() == cty.String && !e.IsNull() {
				out = append(out, e.AsString())
			}
		}
		return out
	case t.IsMapType() || t.IsObjectType():
		out := map[string]string{}
		for it := v.ElementIterator(); it.Next(); {
			k, e := it.Element()
			if !e.IsNull() {
				out[k.AsString()] = e.AsString()
			}
		}
		return out
	}
	return nil
}

// PluginDiagnostics places a plugin's configuration diagnostics at the
// attribute they name, or at the block.
func (c *Config) PluginDiagnostics(st *Stage, ds sdk.Diagnostics) hcl.Diagnostics {
	var out hcl.Diagnostics
	for _, d := range ds {
		sev := hcl.DiagError
		if d.Severity == sdk.SeverityWarning {
			sev = hcl.DiagWarning
		}
		subject := c.Block
		if r, ok := c.Ranges[d.Attribute]; ok {
			subject = r
		}
		summary := d.Summary
		if summary == "" {
			summary = "Invalid " + st.Block + " configuration"
		}
		out = append(out, &hcl.Diagnostic{Severity: sev, Summary: summary,
			Detail: fmt.Sprintf("%s (%s %q)", d.Detail, st.Block, st.Name), Subject: subject.Ptr()})
	}
	return out
}

// WriteDiagnostics prints each diagnostic as a compiler does, a first line
// "file:line:col: error: summary", then hcl's rendering of the offending
// source line and the detail.
func (f *File) WriteDiagnostics(w io.Writer, diags hcl.Diagnostics) {
	files := map[string]*hcl.File{}
	if f != nil && f.Parser != nil {
		files = f.Parser.Files()
	}
	wr := hcl.NewDiagnosticTextWriter(w, files, 100, false)
	for _, d := range diags {
		sev := "error"
		if d.Severity == hcl.DiagWarning {
			sev = "warning"
		}
		if d.Subject != nil {
			fmt.Fprintf(w, "%s:%d:%d: %s: %s\n", d.Subject.Filename, d.Subject.Start.Line, d.Subject.Start.Column, sev, d.Summary)
		} else {
			fmt.Fprintf(w, "%s: %s\n", sev, d.Summary)
		}
		wr.WriteDiagnostic(d)
	}
}
