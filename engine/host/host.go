// Package host starts, configures and stops plugin processes: every stage
// of a pipeline runs as its own go-plugin subprocess, built-ins by
// re-executing the rex binary, external plugins from the path in the HCL
// or the search path (discover.go), each checked against its pins first.
package host

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"maps"
	"os"
	"os/exec"
	"regexp"
	"sort"
	"strings"
	"sync"

	"github.com/hashicorp/go-hclog"
	"github.com/hashicorp/go-plugin"
	"github.com/hashicorp/hcl/v2"

	"github.com/rexdata/rex/engine/pipeline"
	"github.com/rexdata/rex/sdk"
)

// Host starts plugins for the stages of loaded files.
type Host struct {
	// Self is the rex binary that serves the built-in plugins through
	// `rex plugin NAME`. Default: the running executable.
	Self string
	// Builtins maps each built-in plugin's name to the kinds it serves.
	Builtins map[string][]string
	Logger   hclog.Logger
	// Extra holds settings the host gives a block's plugin beyond the
	// block's own attributes, by block type: for example
	// sdk.ConfigUIUpstream for the listen block. A plugin that does not
	// know a setting ignores it.
	Extra map[string]sdk.Config
	// Procs is the GOMAXPROCS every plugin process starts with (see
	// [Procs]); 0 leaves it to the plugin and the environment.
	Procs int
}

// Plugin is one running plugin process.
type Plugin struct {
	Stage *pipeline.Stage
	Info  sdk.Info
	// Config is the block's decoded attributes, as the plugin received
	// them (without Extra).
	Config sdk.Config
	client *plugin.Client
	raw    any
}

// Dialect returns the plugin as a dialect (source or destination).
func (p *Plugin) Dialect() sdk.Dialect { return p.raw.(sdk.Dialect) }

// Transform returns the plugin as a transform.
func (p *Plugin) Transform() sdk.Transform { return p.raw.(sdk.Transform) }

// Cipher returns the plugin as a cipher.
func (p *Plugin) Cipher() sdk.Cipher { return p.raw.(sdk.Cipher) }

// Sink returns the plugin as a sink.
func (p *Plugin) Sink() sdk.Sink { return p.raw.(sdk.Sink) }

// Listener returns the plugin as a listener.
func (p *Plugin) Listener() sdk.Listener { return p.raw.(sdk.Listener) }

// Exited reports whether the process has ended.
func (p *Plugin) Exited() bool { return p.client.Exited() }

// Kill stops the process (gracefully, then by force). Safe to call twice.
func (p *Plugin) Kill() {
	if p != nil && p.client != nil {
		if c, ok := p.raw.(io.Closer); ok {
			c.Close() // the data channel's socket
		}
		p.client.Kill()
	}
}

// Set is the running plugins of one file, in flow order.
type Set struct {
	Plugins []*Plugin
}

// Get returns the plugin of a block type.
func (s *Set) Get(block string) *Plugin {
	for _, p := range s.Plugins {
		if p.Stage.Block == block {
			return p
		}
	}
	return nil
}

// Kill stops every process of the set.
func (s *Set) Kill() {
	if s == nil {
		return
	}
	var wg sync.WaitGroup
	for _, p := range s.Plugins {
		wg.Add(1)
		go func() { defer wg.Done(); p.Kill() }()
	}
	wg.Wait()
}

// Start starts and configures the plugin of every given stage (all of the
// file's when blocks is empty), in parallel. Configuration mistakes come
// back as diagnostics at their place in the file; on any error every
// started process is stopped.
func (h *Host) Start(ctx context.Context, f *pipeline.File, blocks ...string) (*Set, hcl.Diagnostics) {
	var stages []*pipeline.Stage
	for _, st := range f.Stages {
		if len(blocks) == 0 || contains(blocks, st.Block) {
			stages = append(stages, st)
		}
	}
	set := &Set{Plugins: make([]*Plugin, len(stages))}
	diags := make([]hcl.Diagnostics, len(stages))
	var wg sync.WaitGroup
	for i, st := range stages {
		wg.Add(1)
		go func() {
			defer wg.Done()
			set.Plugins[i], diags[i] = h.startOne(ctx, f, st)
		}()
	}
	wg.Wait()
	var all hcl.Diagnostics
	for _, d := range diags {
		all = append(all, d...)
	}
	if all.HasErrors() {
		set.Kill()
		return nil, all
	}
	return set, all
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func (h *Host) logger() hclog.Logger {
	if h.Logger == nil {
		return hclog.NewNullLogger()
	}
	return h.Logger
}

func (h *Host) command(f *pipeline.File, st *pipeline.Stage) (*exec.Cmd, *plugin.SecureConfig, *hcl.Diagnostic) {
	path := st.Plugin
	pin := f.Pins[st.Name]
	if path == "" {
		if kinds, ok := h.Builtins[st.Name]; ok && contains(kinds, st.Kind) {
			if pin != nil {
				return nil, nil, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Pin of a built-in plugin",
					Detail:  fmt.Sprintf("%s is built into rex, and required_plugins pins external plugins only. Remove the entry, or add plugin = \"./path/to/binary\" to the %s block to use an external %s.", st.Name, st.Block, st.Name),
					Subject: pin.Range.Ptr()}
			}
			return h.builtin(st)
		}
		path = Find(st.Name, SearchPath(f.Dir))
		if path == "" {
			return nil, nil, h.unknown(f, st)
		}
	} else if _, err := os.Stat(path); err != nil {
		return nil, nil, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Plugin binary not found",
			Detail:  fmt.Sprintf("The %s block names the plugin binary %s, which cannot be used: %v. Build the plugin there or correct the path (relative paths are taken from the .hcl file's folder).", st.Block, path, err),
			Subject: st.DefRange.Ptr()}
	}
	want, where, subject := "", "", st.DefRange
	if st.PluginSHA256 != "" {
		sum, err := hex.DecodeString(strings.TrimPrefix(st.PluginSHA256, "sha256:"))
		if err != nil || len(sum) != sha256.Size {
			return nil, nil, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Invalid plugin_sha256",
				Detail: "plugin_sha256 must be the binary's SHA-256 as 64 hexadecimal digits (`sha256sum PLUGIN`).", Subject: st.DefRange.Ptr()}
		}
		want, where = hex.EncodeToString(sum), fmt.Sprintf("plugin_sha256 = %q", st.PluginSHA256)
	}
	if pin != nil && pin.SHA256 != "" {
		if want != "" && want != pin.SHA256 {
			return nil, nil, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Conflicting plugin checksums",
				Detail:  fmt.Sprintf("The %s block's plugin_sha256 is %s, and required_plugins pins %s to %s. Keep one.", st.Block, want, st.Name, pin.SHA256),
				Subject: pin.Range.Ptr()}
		}
		want, where, subject = pin.SHA256, fmt.Sprintf("required_plugins at %s:%d:%d", pin.Range.Filename, pin.Range.Start.Line, pin.Range.Start.Column), pin.Range
	}
	var sc *plugin.SecureConfig
	if want != "" {
		// Checked here to say what was found; go-plugin checks again as
		// it starts the binary, so a swap in between is caught too.
		got, err := FileSHA256(path)
		if err != nil {
			return nil, nil, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Plugin binary unreadable", Detail: err.Error(), Subject: subject.Ptr()}
		}
		if got != want {
			return nil, nil, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Plugin checksum mismatch",
				Detail: fmt.Sprintf("The plugin binary %s does not match %s: expected SHA-256 %s, found %s. It was changed or replaced, so rex did not start it. Check where it came from, then update the pin with its `sha256sum`.",
					path, where, want, got),
				Subject: subject.Ptr()}
		}
		sum, _ := hex.DecodeString(want)
		sc = &plugin.SecureConfig{Checksum: sum, Hash: sha256.New()}
	}
	return exec.Command(path), sc, nil
}

// builtin is the command serving a built-in plugin: the rex binary itself.
func (h *Host) builtin(st *pipeline.Stage) (*exec.Cmd, *plugin.SecureConfig, *hcl.Diagnostic) {
	self := h.Self
	if self == "" {
		var err error
		if self, err = os.Executable(); err != nil {
			return nil, nil, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Cannot find the rex binary", Detail: err.Error(), Subject: st.DefRange.Ptr()}
		}
	}
	return exec.Command(self, "plugin", st.Name), nil, nil
}

// unknown is the diagnostic of a plugin that is neither built in nor in
// the search path.
func (h *Host) unknown(f *pipeline.File, st *pipeline.Stage) *hcl.Diagnostic {
	var names []string
	for name, ks := range h.Builtins {
		if contains(ks, st.Kind) {
			names = append(names, name)
		}
	}
	for _, fd := range Discover(SearchPath(f.Dir)) {
		if !fd.Shadowed && !contains(names, fd.Name) {
			names = append(names, fd.Name)
		}
	}
	sort.Strings(names)
	detail := fmt.Sprintf("rex has no %s plugin named %q: it is not built in, and no %s%s is in %s. The %s plugins rex knows are: %s.",
		st.Kind, st.Name, BinaryPrefix, st.Name, strings.Join(SearchPath(f.Dir), " or "), st.Kind, strings.Join(names, ", "))
	if s := pipeline.Suggest(st.Name, names); s != "" {
		detail += fmt.Sprintf(" Did you mean %q?", s)
	}
	detail += ` To use a plugin of your own, put it in one of those folders as ` + BinaryPrefix + st.Name + `, or add plugin = "./path/to/binary" to the block.`
	return &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Unknown plugin", Detail: detail, Subject: st.DefRange.Ptr()}
}

// pluginVersionRE finds the plugin's protocol version in go-plugin's
// handshake error ("Plugin version: 2, Client versions: [1]").
var pluginVersionRE = regexp.MustCompile(`Plugin version: (\d+)`)

func (h *Host) startOne(ctx context.Context, f *pipeline.File, st *pipeline.Stage) (*Plugin, hcl.Diagnostics) {
	cmd, secure, d := h.command(f, st)
	if d != nil {
		return nil, hcl.Diagnostics{d}
	}
	cmd.Dir = f.Dir
	cmd.Env = pluginEnv(h.Procs) // go-plugin appends the host's environment
	setDeathSignal(cmd)
	log := h.logger().Named(st.Block + "." + st.Name)
	client := plugin.NewClient(&plugin.ClientConfig{
		HandshakeConfig:  sdk.Handshake,
		Plugins:          sdk.ClientPlugins(),
		Cmd:              cmd,
		SecureConfig:     secure,
		AllowedProtocols: []plugin.Protocol{plugin.ProtocolGRPC},
		GRPCDialOptions:  sdk.DialOptions(),
		Logger:           log,
		Managed:          true,
	})
	p := &Plugin{Stage: st, client: client}
	fail := func(summary string, err error) (*Plugin, hcl.Diagnostics) {
		client.Kill()
		detail := err.Error()
		switch {
		case strings.Contains(detail, "incompatible API version"):
			theirs := "another version"
			if m := pluginVersionRE.FindStringSubmatch(detail); m != nil {
				theirs = "protocol " + m[1]
			}
			summary = "Plugin protocol version mismatch"
			detail = fmt.Sprintf("%v: the plugin speaks %s; this rex speaks protocol %d. Rebuild the plugin against the rex sdk of this rex's version (rex version prints it), or use the rex its sdk came from. (%s)",
				sdk.ErrProtocolVersion, theirs, sdk.ProtocolMajor, err)
		case strings.Contains(detail, "checksums did not match"):
			detail = fmt.Sprintf("The plugin binary %s changed as it was started: it no longer matches its pinned SHA-256. Check where it came from, then update the pin with its `sha256sum`.", cmd.Path)
		}
		return nil, hcl.Diagnostics{{Severity: hcl.DiagError, Summary: summary, Detail: detail, Subject: st.DefRange.Ptr()}}
	}
	rpc, err := client.Client()
	if err != nil {
		return fail("Plugin failed to start", err)
	}
	raw, err := rpc.Dispense(st.Kind)
	if err != nil {
		return fail("Plugin does not serve "+st.Kind, err)
	}
	p.raw = raw
	if p.Info, err = raw.(sdk.Stage).Info(ctx); err != nil {
		return fail("Plugin does not describe itself", err)
	}
	if pin := f.Pins[st.Name]; pin != nil && pin.Version != "" && p.Info.Version != pin.Version {
		client.Kill()
		return nil, hcl.Diagnostics{{Severity: hcl.DiagError, Summary: "Plugin version mismatch",
			Detail: fmt.Sprintf("required_plugins pins %s to version %s, and the plugin %s reports version %s. Install version %s, or update the pin (and its sha256) to the plugin you mean to run.",
				st.Name, pin.Version, cmd.Path, p.Info.Version, pin.Version),
			Subject: pin.Range.Ptr()}}
	}
	if !contains(p.Info.Kinds, st.Kind) {
		return fail("Plugin does not serve "+st.Kind, fmt.Errorf("plugin %q serves %s, and a %s block needs a %s plugin", p.Info.Name, strings.Join(p.Info.Kinds, ", "), st.Block, st.Kind))
	}
	log.Debug("plugin started", "pid", p.Info.PID, "version", p.Info.Version, "protocol", fmt.Sprintf("%d.%d", p.Info.ProtocolMajor, p.Info.ProtocolMinor))
	conf := raw.(sdk.Configurable)
	schema := conf.ConfigSchema()
	cfg, diags := f.DecodeConfig(st, schema)
	if diags.HasErrors() {
		client.Kill()
		return nil, diags
	}
	p.Config = cfg.Values
	values := cfg.Values
	if extra := h.Extra[st.Block]; len(extra) > 0 {
		values = make(sdk.Config, len(cfg.Values)+len(extra))
		maps.Copy(values, cfg.Values)
		maps.Copy(values, extra)
	}
	diags = append(diags, cfg.PluginDiagnostics(st, conf.Configure(ctx, values))...)
	if diags.HasErrors() {
		client.Kill()
		return nil, diags
	}
	return p, diags
}
