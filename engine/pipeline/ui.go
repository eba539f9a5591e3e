package pipeline

import (
	"fmt"
	"net"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/gocty"
)

// UI is a file's `ui` block: where the live page is served.
//
//	ui {
//	  address = "127.0.0.1:8080"  # default: the receiver's listen address; the sender serves none
//	  token   = env("REX_UI_TOKEN") # asked by the page when address is not loopback
//	  enabled = true
//	}
type UI struct {
	// Address is where the page is served; "" means on the listener's own
	// address and port (receiver), or nowhere (sender).
	Address string
	// Token is what the page asks for when it is reachable beyond
	// loopback; "" means the listen (or sink) block's token.
	Token   string
	Enabled bool
	Range   hcl.Range
}

var uiSchema = &hcl.BodySchema{
	Attributes: []hcl.AttributeSchema{{Name: "address"}, {Name: "token"}, {Name: "enabled"}},
}

func decodeUI(b *hcl.Block, ctx *hcl.EvalContext) (*UI, hcl.Diagnostics) {
	u := &UI{Enabled: true, Range: b.DefRange}
	content, diags := b.Body.Content(uiSchema)
	if a := content.Attributes["address"]; a != nil {
		diags = append(diags, decodeString(a, ctx, &u.Address)...)
		if u.Address != "" {
			if _, _, err := net.SplitHostPort(u.Address); err != nil {
				diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Invalid ui address",
					Detail:  fmt.Sprintf("address = %q is not host:port (%v); for example \"127.0.0.1:8080\".", u.Address, err),
					Subject: a.Expr.Range().Ptr()})
			}
		}
	}
	if a := content.Attributes["token"]; a != nil {
		diags = append(diags, decodeString(a, ctx, &u.Token)...)
	}
	if a := content.Attributes["enabled"]; a != nil {
		v, d := a.Expr.Value(ctx)
		diags = append(diags, d...)
		if !d.HasErrors() {
			if err := gocty.FromCtyValue(v, &u.Enabled); err != nil || v.Type() != cty.Bool {
				diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Invalid ui enabled",
					Detail: "enabled must be true or false.", Subject: a.Expr.Range().Ptr()})
			}
		}
	}
	return u, diags
}
