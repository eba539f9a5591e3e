package conformance

import (
	"context"
	"testing"
	"time"

	"github.com/rexdata/rex/sdk"
)

// Plugin describes a plugin of any kind for [TestPlugin]: a transform, a
// cipher, a sink or a listener (a dialect has [TestDialect], which runs
// these checks too).
type Plugin struct {
	// Plugin starts the plugin binary. Required.
	Plugin Command
	// Name, when set, is the name the plugin must report.
	Name string
	// Kind is the kind under test ([sdk.KindTransform], ...). Required.
	Kind string
	// Config returns a valid configuration of the kind's block. Required.
	Config func(t *testing.T) sdk.Config
	// Invalid lists configurations Configure must refuse.
	Invalid []Invalid
	// Timeout bounds each check. Default: one minute.
	Timeout time.Duration
}

// Invalid is a configuration Configure must refuse with an error
// diagnostic naming Attribute ("" for the block as a whole).
type Invalid struct {
	// Name names the case in the subtest ("missing key").
	Name      string
	Config    sdk.Config
	Attribute string
}

// TestPlugin checks a plugin of any kind: the handshake and what the
// plugin says about itself, its configuration schema, that a valid
// configuration is taken and that each invalid one is refused as an error
// diagnostic naming its attribute, with the process serving on.
func TestPlugin(t *testing.T, p Plugin) {
	t.Helper()
	if p.Plugin.Path == "" || p.Kind == "" || p.Config == nil {
		t.Fatal("conformance: Plugin needs Plugin.Path, Kind and Config")
	}
	if p.Timeout <= 0 {
		p.Timeout = time.Minute
	}
	run := func(name string, f func(t *testing.T, ctx context.Context)) {
		t.Run(name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), p.Timeout)
			defer cancel()
			f(t, ctx)
		})
	}
	run("Handshake", func(t *testing.T, ctx context.Context) {
		handshake(t, ctx, p.Plugin, p.Kind, p.Name)
	})
	run("ConfigSchema", func(t *testing.T, ctx context.Context) {
		proc, err := start(t, p.Plugin, p.Kind)
		if err != nil {
			t.Fatal(err)
		}
		configSchema(t, ctx, proc.raw.(sdk.Configurable), p.Config(t))
	})
	for _, bad := range p.Invalid {
		run("Invalid/"+bad.Name, func(t *testing.T, ctx context.Context) {
			refuses(t, ctx, p.Plugin, p.Kind, bad)
		})
	}
}

// refuses checks that the plugin refuses bad's configuration with an error
// diagnostic naming its attribute, and serves on.
func refuses(t *testing.T, ctx context.Context, cmd Command, kind string, bad Invalid) {
	proc, err := start(t, cmd, kind)
	if err != nil {
		t.Fatal(err)
	}
	c := proc.raw.(sdk.Configurable)
	_ = c.ConfigSchema()
	diags := c.Configure(ctx, bad.Config)
	if !diags.HasErrors() {
		t.Fatalf("Configure(%v) reported no error", bad.Config)
	}
	named := false
	for _, d := range diags {
		if d.Severity == sdk.SeverityError && d.Attribute == bad.Attribute {
			named = true
		}
		if d.Summary == "" {
			t.Errorf("a diagnostic without a summary: %+v", d)
		}
	}
	if !named {
		t.Errorf("no error diagnostic names attribute %q: %v", bad.Attribute, diags.Err())
	}
	if _, err := proc.raw.(sdk.Stage).Info(ctx); err != nil {
		t.Errorf("the plugin stopped answering after a refused configuration: %v", err)
	}
}
