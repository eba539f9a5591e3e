package websocket

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/rexdata/rex/sdk"
)

// diagSummary is what the tests compare of a diagnostic.
type diagSummary struct {
	Severity  sdk.Severity
	Attribute string
	Summary   string
}

func summarize(d sdk.Diagnostics) []diagSummary {
	var out []diagSummary
	for _, x := range d {
		out = append(out, diagSummary{x.Severity, x.Attribute, x.Summary})
	}
	return out
}

func TestSink_Configure(t *testing.T) {
	t.Parallel()
	base := func(kv ...any) sdk.Config {
		c := sdk.Config{"url": "ws://receiver.example.com:8080/rex", "token": testToken}
		for i := 0; i < len(kv); i += 2 {
			c[kv[i].(string)] = kv[i+1]
		}
		return c
	}
	bad := func(attr, summary string) []diagSummary {
		return []diagSummary{{sdk.SeverityError, attr, summary}}
	}
	tests := []struct {
		name string
		cfg  sdk.Config
		want []diagSummary
	}{
		{"valid", base(), nil},
		{"wss with timeout", base("url", "wss://r.example.com/rex", "handshake_timeout", 2.5), nil},
		{"http scheme", base("url", "http://r.example.com/rex"), bad("url", "Invalid receiver URL")},
		{"no scheme", base("url", "r.example.com:8080"), bad("url", "Invalid receiver URL")},
		{"no host", base("url", "ws:///rex"), bad("url", "Invalid receiver URL")},
		{"user info", base("url", "ws://me:secret@r.example.com/rex"), bad("url", "Invalid receiver URL")},
		{"bad port", base("url", "ws://r.example.com:99999/rex"), bad("url", "Invalid receiver URL")},
		{"unparsable", base("url", "ws://r.example.com:80%zz"), bad("url", "Invalid receiver URL")},
		{"empty token", base("token", ""), bad("token", "Empty token")},
		{"short token", base("token", "abc"), []diagSummary{{sdk.SeverityWarning, "token", "Short token"}}},
		{"zero timeout", base("handshake_timeout", 0.0), bad("handshake_timeout", "Invalid timeout")},
		{"negative timeout", base("handshake_timeout", -1.0), bad("handshake_timeout", "Invalid timeout")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s := NewSink().(*sink)
			d := s.Configure(context.Background(), tt.cfg)
			if diff := cmp.Diff(tt.want, summarize(d)); diff != "" {
				t.Errorf("diagnostics (-want +got):\n%s", diff)
			}
			if configured := s.url != nil; configured == d.HasErrors() {
				t.Errorf("configured = %v with diagnostics %v", configured, d)
			}
		})
	}
}

func TestListener_Configure(t *testing.T) {
	t.Parallel()
	base := func(kv ...any) sdk.Config {
		c := sdk.Config{"address": ":8080", "token": testToken}
		for i := 0; i < len(kv); i += 2 {
			c[kv[i].(string)] = kv[i+1]
		}
		return c
	}
	bad := func(attr, summary string) []diagSummary {
		return []diagSummary{{sdk.SeverityError, attr, summary}}
	}
	tests := []struct {
		name string
		cfg  sdk.Config
		want []diagSummary
	}{
		{"valid", base(), nil},
		{"everything set", base("address", "127.0.0.1:0", "path", "/rex/v1/", "max_message_bytes", 1024.0, "handshake_timeout", 0.5, "idle_timeout", 30.0), nil},
		{"no port", base("address", "localhost"), bad("address", "Invalid listen address")},
		{"bad port", base("address", ":http"), bad("address", "Invalid listen address")},
		{"empty token", base("token", ""), bad("token", "Empty token")},
		{"relative path", base("path", "rex"), bad("path", "Invalid path")},
		{"root path", base("path", "/"), bad("path", "Invalid path")},
		{"pattern in path", base("path", "/{x}"), bad("path", "Invalid path")},
		{"space in path", base("path", "/a b"), bad("path", "Invalid path")},
		{"tiny limit", base("max_message_bytes", 100.0), bad("max_message_bytes", "Invalid message limit")},
		{"fractional limit", base("max_message_bytes", 2048.5), bad("max_message_bytes", "Invalid message limit")},
		{"zero idle", base("idle_timeout", 0.0), bad("idle_timeout", "Invalid timeout")},
		{"two problems", base("address", "", "idle_timeout", -3.0), []diagSummary{
			{sdk.SeverityError, "address", "Invalid listen address"},
			{sdk.SeverityError, "idle_timeout", "Invalid timeout"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			l := NewListener().(*listener)
			d := l.Configure(context.Background(), tt.cfg)
			if diff := cmp.Diff(tt.want, summarize(d)); diff != "" {
				t.Errorf("diagnostics (-want +got):\n%s", diff)
			}
			if l.configured == d.HasErrors() {
				t.Errorf("configured = %v with diagnostics %v", l.configured, d)
			}
		})
	}
}

func TestListener_Configure_Defaults(t *testing.T) {
	t.Parallel()
	l := NewListener().(*listener)
	if d := l.Configure(context.Background(), sdk.Config{"address": ":0", "token": testToken}); d.HasErrors() {
		t.Fatal(d.Err())
	}
	got := []any{l.path, l.maxMessage, l.handshakeTimeout, l.idleTimeout}
	want := []any{"/rex", int64(64 << 20), defaultHandshakeTimeout, defaultIdleTimeout}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("defaults (-want +got):\n%s", diff)
	}
}

func TestPlugin_ConfigSchema_Attributes(t *testing.T) {
	t.Parallel()
	type attr struct {
		Name      string
		Type      sdk.AttrType
		Required  bool
		Sensitive bool
	}
	list := func(s sdk.ConfigSchema) []attr {
		var out []attr
		for _, a := range s.Attributes {
			if a.Description == "" {
				t.Errorf("attribute %s has no description", a.Name)
			}
			out = append(out, attr{a.Name, a.Type, a.Required, a.Sensitive})
		}
		return out
	}
	tests := []struct {
		name string
		got  sdk.ConfigSchema
		want []attr
	}{
		{"sink", NewSink().ConfigSchema(), []attr{
			{"url", sdk.TypeString, true, false},
			{"token", sdk.TypeString, true, true},
			{"handshake_timeout", sdk.TypeNumber, false, false},
		}},
		{"listener", NewListener().ConfigSchema(), []attr{
			{"address", sdk.TypeString, true, false},
			{"token", sdk.TypeString, true, true},
			{"path", sdk.TypeString, false, false},
			{"max_message_bytes", sdk.TypeNumber, false, false},
			{"handshake_timeout", sdk.TypeNumber, false, false},
			{"idle_timeout", sdk.TypeNumber, false, false},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, list(tt.got)); diff != "" {
				t.Errorf("schema (-want +got):\n%s", diff)
			}
		})
	}
}
