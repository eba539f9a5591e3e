package pipeline

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclparse"

	"github.com/rexdata/rex/sdk"
)

// Role says which side of a transfer a file describes.
type Role int

const (
	// Sender files declare source, transform, encrypt and sink.
	Sender Role = iota + 1
	// Receiver files declare listen, decrypt, transform and destination.
	Receiver
)

func (r Role) String() string {
	if r == Receiver {
		return "receiver"
	}
	return "pipeline"
}

// Stage is one declared block.
type Stage struct {
	// Block is the block type ("source", "sink", ...).
	Block string
	// Name is the block's label: the plugin's name.
	Name string
	// Kind is the sdk plugin kind the block needs (sdk.KindDialect, ...).
	Kind string
	// Plugin is the external plugin binary's path (absolute), or "" for a
	// built-in.
	Plugin string
	// PluginSHA256, when set, pins the external binary's checksum.
	PluginSHA256 string
	// Body holds the plugin's own attributes; decode it with DecodeConfig.
	Body hcl.Body
	// DefRange is the block header's range, for diagnostics about the block.
	DefRange hcl.Range
}

// File is a loaded, structurally checked .hcl file.
type File struct {
	Path string
	// Dir is the file's folder: relative paths in the file, and the working
	// directory of every plugin it starts, are taken from here.
	Dir  string
	Role Role
	// Stages in flow order: source, transform, encrypt, sink for a sender;
	// listen, decrypt, transform, destination for a receiver.
	Stages []*Stage
	// Sync is the sender's sync block, or DefaultSync.
	Sync *Sync
	// UI is the file's ui block, or nil.
	UI *UI
	// Pins are the required_plugins entries by plugin name.
	Pins map[string]*Pin
	// Parser holds the parsed sources, for printing diagnostics with the
	// offending lines.
	Parser *hclparse.Parser
}

// Stage returns the stage of the given block type, or nil.
func (f *File) Stage(block string) *Stage {
	for _, s := range f.Stages {
		if s.Block == block {
			return s
		}
	}
	return nil
}

type blockRule struct {
	kind string
	role Role
}

var blocks = map[string]blockRule{
	"source":      {sdk.KindDialect, Sender},
	"encrypt":     {sdk.KindCipher, Sender},
	"sink":        {sdk.KindSink, Sender},
	"listen":      {sdk.KindListener, Receiver},
	"decrypt":     {sdk.KindCipher, Receiver},
	"destination": {sdk.KindDialect, Receiver},
	"transform":   {sdk.KindTransform, 0}, // both sides
}

var order = map[Role][]string{
	Sender:   {"source", "transform", "encrypt", "sink"},
	Receiver: {"listen", "decrypt", "transform", "destination"},
}

var fileSchema = func() *hcl.BodySchema {
	s := &hcl.BodySchema{Blocks: []hcl.BlockHeaderSchema{{Type: "sync"}, {Type: "ui"}, {Type: "required_plugins"}}}
	for _, name := range []string{"source", "transform", "encrypt", "sink", "listen", "decrypt", "destination"} {
		s.Blocks = append(s.Blocks, hcl.BlockHeaderSchema{Type: name, LabelNames: []string{"plugin"}})
	}
	return s
}()

var stageSchema = &hcl.BodySchema{
	Attributes: []hcl.AttributeSchema{{Name: "plugin"}, {Name: "plugin_sha256"}},
}

// Load parses and checks the file at path. want is the role the command
// expects (0 accepts either). The returned diagnostics carry source ranges;
// print them with [WriteDiagnostics].
func Load(path string, want Role) (*File, hcl.Diagnostics) {
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	p := hclparse.NewParser()
	hf, diags := p.ParseHCLFile(path)
	f := &File{Path: path, Dir: filepath.Dir(abs), Parser: p}
	if diags.HasErrors() {
		return f, diags
	}
	content, d := hf.Body.Content(fileSchema)
	diags = append(diags, d...)
	if d.HasErrors() {
		return f, diags
	}
	ctx := evalContext(f.Dir)
	seen := map[string]*hcl.Block{}
	var senderAt, receiverAt *hcl.Block
	f.Sync = DefaultSync()
	for _, b := range content.Blocks {
		if b.Type == "ui" {
			if prev := seen[b.Type]; prev != nil {
				diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Duplicate ui block",
					Detail: fmt.Sprintf("A file has one ui block; the first is at %s.", prev.DefRange), Subject: b.DefRange.Ptr()})
				continue
			}
			seen[b.Type] = b
			u, d := decodeUI(b, ctx)
			diags = append(diags, d...)
			f.UI = u
			continue
		}
		if b.Type == "required_plugins" {
			if prev := seen[b.Type]; prev != nil {
				diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Duplicate required_plugins block",
					Detail: fmt.Sprintf("A file has one required_plugins block; the first is at %s.", prev.DefRange), Subject: b.DefRange.Ptr()})
				continue
			}
			seen[b.Type] = b
			pins, d := decodePins(b, ctx)
			diags = append(diags, d...)
			f.Pins = pins
			continue
		}
		if b.Type == "sync" {
			if prev := seen[b.Type]; prev != nil {
				diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Duplicate sync block",
					Detail: fmt.Sprintf("A pipeline has one sync block; the first is at %s.", prev.DefRange), Subject: b.DefRange.Ptr()})
				continue
			}
			seen[b.Type] = b
			if senderAt == nil {
				senderAt = b
			}
			s, d := decodeSync(b, ctx)
			diags = append(diags, d...)
			f.Sync = s
			continue
		}
		if prev := seen[b.Type]; prev != nil {
			diags = append(diags, &hcl.Diagnostic{
				Severity: hcl.DiagError,
				Summary:  "Duplicate " + b.Type + " block",
				Detail:   fmt.Sprintf("A file has one %s block; the first is at %s. Remove one of them.", b.Type, prev.DefRange),
				Subject:  b.DefRange.Ptr(),
			})
			continue
		}
		seen[b.Type] = b
		rule := blocks[b.Type]
		switch rule.role {
		case Sender:
			if senderAt == nil {
				senderAt = b
			}
		case Receiver:
			if receiverAt == nil {
				receiverAt = b
			}
		}
		st := &Stage{Block: b.Type, Name: b.Labels[0], Kind: rule.kind, DefRange: b.DefRange}
		pc, rest, d := b.Body.PartialContent(stageSchema)
		diags = append(diags, d...)
		st.Body = rest
		if a := pc.Attributes["plugin"]; a != nil {
			var v string
			diags = append(diags, decodeString(a, ctx, &v)...)
			if v != "" && !filepath.IsAbs(v) {
				v = filepath.Join(f.Dir, v)
			}
			st.Plugin = v
		}
		if a := pc.Attributes["plugin_sha256"]; a != nil {
			diags = append(diags, decodeString(a, ctx, &st.PluginSHA256)...)
		}
		f.Stages = append(f.Stages, st)
	}
	if senderAt != nil && receiverAt != nil {
		diags = append(diags, &hcl.Diagnostic{
			Severity: hcl.DiagError,
			Summary:  "Sender and receiver blocks in one file",
			Detail: fmt.Sprintf("A %s block (a receiver's) cannot stand beside a %s block (a pipeline's, at %s). "+
				"Put the pipeline (source, transform, encrypt, sink) and the receiver (listen, decrypt, transform, destination) in two files.",
				receiverAt.Type, senderAt.Type, senderAt.DefRange),
			Subject: receiverAt.DefRange.Ptr(),
		})
		return f, diags
	}
	switch {
	case receiverAt != nil:
		f.Role = Receiver
	case senderAt != nil:
		f.Role = Sender
	default:
		f.Role = want
	}
	if want != 0 && f.Role != want {
		cmd := "rex run"
		if f.Role == Receiver {
			cmd = "rex serve"
		}
		diags = append(diags, &hcl.Diagnostic{
			Severity: hcl.DiagError,
			Summary:  fmt.Sprintf("This file is a %s", f.Role),
			Detail:   fmt.Sprintf("It declares %s blocks; use it with `%s %s`.", f.Role, cmd, path),
			Subject:  hf.Body.MissingItemRange().Ptr(),
		})
		return f, diags
	}
	if f.Role == 0 {
		f.Role = Sender
	}
	// Every block of the role, in flow order.
	var ordered []*Stage
	for _, name := range order[f.Role] {
		var st *Stage
		for _, s := range f.Stages {
			if s.Block == name {
				st = s
			}
		}
		if st == nil {
			diags = append(diags, &hcl.Diagnostic{
				Severity: hcl.DiagError,
				Summary:  "Missing " + name + " block",
				Detail:   fmt.Sprintf("A %s needs the blocks %s. Add a %s block, for example: %s", f.Role, strings.Join(order[f.Role], ", "), name, example[name]),
				Subject:  hf.Body.MissingItemRange().Ptr(),
			})
			continue
		}
		ordered = append(ordered, st)
	}
	f.Stages = ordered
	return f, diags
}

var example = map[string]string{
	"source":      `source "sqlite" { path = "shop.sqlite3" }`,
	"transform":   `transform "django" {}`,
	"encrypt":     `encrypt "hpke" { recipient_key = file("keys/receiver.pub") ... }`,
	"sink":        `sink "websocket" { url = "ws://127.0.0.1:8765/rex" ... }`,
	"listen":      `listen "websocket" { address = "127.0.0.1:8765" ... }`,
	"decrypt":     `decrypt "hpke" { private_key = file("keys/receiver.key") ... }`,
	"destination": `destination "sqlite" { path = "dest.sqlite3" }`,
}
