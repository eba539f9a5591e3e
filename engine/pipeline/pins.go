package pipeline

import (
	"encoding/hex"
	"fmt"
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
)

// Pin is one entry of a file's required_plugins block: what an external
// plugin must be before rex starts it.
//
//	required_plugins {
//	  csv = {
//	    version = "1.0.0"
//	    sha256  = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
//	  }
//	}
type Pin struct {
	// Name is the plugin's name, the label of the blocks it serves.
	Name string
	// Version, when set, is the version the plugin must report.
	Version string
	// SHA256, when set, is the binary's checksum as 64 lower-case hex
	// digits; a binary with another is refused before it runs.
	SHA256 string
	// Range is the entry's place in the file, for messages.
	Range hcl.Range
}

// pinAttrs are the attributes a required_plugins entry may hold.
var pinAttrs = []string{"version", "sha256"}

// decodePins reads a required_plugins block.
func decodePins(b *hcl.Block, ctx *hcl.EvalContext) (map[string]*Pin, hcl.Diagnostics) {
	attrs, diags := b.Body.JustAttributes()
	pins := map[string]*Pin{}
	names := make([]string, 0, len(attrs))
	for name := range attrs {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		a := attrs[name]
		pin := &Pin{Name: name, Range: a.Range}
		items, d := hcl.ExprMap(a.Expr)
		if d.HasErrors() {
			diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Invalid plugin requirement",
				Detail:  fmt.Sprintf("%s must be an object such as { version = \"1.0.0\", sha256 = \"…\" }.", name),
				Subject: a.Expr.Range().Ptr()})
			continue
		}
		for _, kv := range items {
			kval, d := kv.Key.Value(nil)
			if d.HasErrors() || kval.Type() != cty.String {
				// A bare word key such as version is a variable reference
				// to hcl; take its name.
				if tr, td := hcl.AbsTraversalForExpr(kv.Key); !td.HasErrors() && len(tr) == 1 {
					kval = cty.StringVal(tr.RootName())
				} else {
					diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Invalid plugin requirement",
						Detail: "Keys are version and sha256.", Subject: kv.Key.Range().Ptr()})
					continue
				}
			}
			key := kval.AsString()
			v, d := kv.Value.Value(ctx)
			diags = append(diags, d...)
			if d.HasErrors() {
				continue
			}
			sv, err := convert.Convert(v, cty.String)
			if err != nil || sv.IsNull() {
				diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Incorrect attribute value type",
					Detail: fmt.Sprintf("%s.%s must be a string.", name, key), Subject: kv.Value.Range().Ptr()})
				continue
			}
			switch key {
			case "version":
				pin.Version = sv.AsString()
			case "sha256":
				sum, d := checkSHA256(sv.AsString(), kv.Value.Range())
				diags = append(diags, d...)
				pin.SHA256 = sum
			default:
				detail := fmt.Sprintf("A plugin requirement holds %s.", strings.Join(pinAttrs, " and "))
				if s := Suggest(key, pinAttrs); s != "" {
					detail += fmt.Sprintf(" Did you mean %q?", s)
				}
				diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Unsupported argument",
					Detail: detail, Subject: kv.Key.Range().Ptr()})
			}
		}
		if pin.Version == "" && pin.SHA256 == "" {
			diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Empty plugin requirement",
				Detail:  fmt.Sprintf("Pin %s's version, its sha256, or both (`sha256sum` of the binary).", name),
				Subject: a.Range.Ptr()})
		}
		pins[name] = pin
	}
	return pins, diags
}

// checkSHA256 checks a checksum's form and returns it in lower case,
// without an optional "sha256:" prefix.
func checkSHA256(s string, rng hcl.Range) (string, hcl.Diagnostics) {
	s = strings.ToLower(strings.TrimPrefix(s, "sha256:"))
	if b, err := hex.DecodeString(s); err != nil || len(b) != 32 {
		return "", hcl.Diagnostics{{Severity: hcl.DiagError, Summary: "Invalid sha256",
			Detail:  "A checksum is the binary's SHA-256 as 64 hexadecimal digits, as `sha256sum PLUGIN` prints it.",
			Subject: rng.Ptr()}}
	}
	return s, nil
}
