package websocket

import (
	"context"
	"strings"
	"testing"
	"time"

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
		c := sdk.Config{"url": "wss://receiver.example.com:8080/rex", "token": testToken}
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
		{"ws to 127.0.0.1", base("url", "ws://127.0.0.1:8080/rex"), nil},
		{"ws to 127.1.2.3", base("url", "ws://127.1.2.3:8080/rex"), nil},
		{"ws to ::1", base("url", "ws://[::1]:8080/rex"), nil},
		{"ws to localhost", base("url", "ws://LocalHost:8080/rex"), nil},
		{"ws to a remote IP", base("url", "ws://10.0.0.1:8080/rex"), bad("url", "Unencrypted remote URL")},
		{"ws to a remote name", base("url", "ws://receiver.example.com/rex"), bad("url", "Unencrypted remote URL")},
		{"ws to a name like localhost", base("url", "ws://localhost.example.com/rex"), bad("url", "Unencrypted remote URL")},
		{"ws to a remote IP, insecure", base("url", "ws://10.0.0.1:8080/rex", "insecure_transport", true), nil},
		{"insecure false", base("url", "ws://10.0.0.1:8080/rex", "insecure_transport", false), bad("url", "Unencrypted remote URL")},
		{"pin", base("pin_sha256", "AB:"+strings.Repeat("ab", 31)), nil},
		{"pin lower-case hex", base("pin_sha256", strings.Repeat("0f", 32)), nil},
		{"short pin", base("pin_sha256", strings.Repeat("ab", 31)), bad("pin_sha256", "Invalid certificate pin")},
		{"pin not hex", base("pin_sha256", strings.Repeat("zz", 32)), bad("pin_sha256", "Invalid certificate pin")},
		{"pin with ws", base("url", "ws://127.0.0.1:8080/rex", "pin_sha256", strings.Repeat("ab", 32)), bad("pin_sha256", "Certificate check without TLS")},
		{"ca_file with ws", base("url", "ws://127.0.0.1:8080/rex", "ca_file", "ca.pem"), bad("ca_file", "Certificate check without TLS")},
		{"missing ca_file", base("ca_file", "testdata/no-such-ca.pem"), bad("ca_file", "Unreadable CA file")},
		{"ca_file not PEM", base("ca_file", "config_test.go"), bad("ca_file", "Invalid CA file")},
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
	dir := t.TempDir()
	certFile, keyFile := writeCert(t, dir, "a")
	_, otherKeyFile := writeCert(t, dir, "b")
	base := func(kv ...any) sdk.Config {
		c := sdk.Config{"address": "127.0.0.1:8080", "token": testToken}
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
		{"everything set", base("address", "127.0.0.1:0", "path", "/rex/v1/", "max_message_bytes", 1024.0, "handshake_timeout", 0.5, "idle_timeout", 30.0,
			"max_sessions", 1.0, "auth_failures", 1.0, "auth_backoff", 0.5, "tls_cert", certFile, "tls_key", keyFile), nil},
		{"localhost", base("address", "localhost:8080"), nil},
		{"::1", base("address", "[::1]:8080"), nil},
		{"every interface", base("address", ":8080"), bad("address", "Unencrypted listener on the network")},
		{"0.0.0.0", base("address", "0.0.0.0:8080"), bad("address", "Unencrypted listener on the network")},
		{"remote IP", base("address", "10.0.0.1:8080"), bad("address", "Unencrypted listener on the network")},
		{"every interface, insecure", base("address", ":8080", "insecure_transport", true), nil},
		{"every interface, TLS", base("address", ":8080", "tls_cert", certFile, "tls_key", keyFile), nil},
		{"cert without key", base("tls_cert", certFile), bad("tls_key", "Missing TLS key")},
		{"key without cert", base("address", ":0", "tls_key", keyFile), bad("tls_cert", "Missing TLS certificate")},
		{"missing cert file", base("tls_cert", "testdata/no-such.pem", "tls_key", keyFile), bad("tls_cert", "Invalid TLS certificate or key")},
		{"key of another cert", base("tls_cert", certFile, "tls_key", otherKeyFile), bad("tls_cert", "Invalid TLS certificate or key")},
		{"zero sessions", base("max_sessions", 0.0), bad("max_sessions", "Invalid session limit")},
		{"fractional sessions", base("max_sessions", 1.5), bad("max_sessions", "Invalid session limit")},
		{"too many sessions", base("max_sessions", 5000.0), bad("max_sessions", "Invalid session limit")},
		{"zero failures", base("auth_failures", 0.0), bad("auth_failures", "Invalid failure limit")},
		{"negative backoff", base("auth_backoff", -1.0), bad("auth_backoff", "Invalid timeout")},
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
	if d := l.Configure(context.Background(), sdk.Config{"address": "127.0.0.1:0", "token": testToken}); d.HasErrors() {
		t.Fatal(d.Err())
	}
	got := []any{l.path, l.maxMessage, l.handshakeTimeout, l.idleTimeout, l.cert == nil, l.maxSessions, l.authFailures, l.authBackoff}
	want := []any{"/rex", int64(64 << 20), defaultHandshakeTimeout, defaultIdleTimeout, true, 4, 5, 30 * time.Second}
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
			{"ca_file", sdk.TypeString, false, false},
			{"pin_sha256", sdk.TypeString, false, false},
			{"insecure_transport", sdk.TypeBool, false, false},
		}},
		{"listener", NewListener().ConfigSchema(), []attr{
			{"address", sdk.TypeString, true, false},
			{"token", sdk.TypeString, true, true},
			{"path", sdk.TypeString, false, false},
			{"max_message_bytes", sdk.TypeNumber, false, false},
			{"handshake_timeout", sdk.TypeNumber, false, false},
			{"idle_timeout", sdk.TypeNumber, false, false},
			{"tls_cert", sdk.TypeString, false, false},
			{"tls_key", sdk.TypeString, false, false},
			{"insecure_transport", sdk.TypeBool, false, false},
			{"max_sessions", sdk.TypeNumber, false, false},
			{"auth_failures", sdk.TypeNumber, false, false},
			{"auth_backoff", sdk.TypeNumber, false, false},
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

func TestIsLoopback(t *testing.T) {
	t.Parallel()
	tests := []struct {
		host string
		want bool
	}{
		{"127.0.0.1", true},
		{"127.255.0.9", true},
		{"::1", true},
		{"localhost", true},
		{"LOCALHOST.", true},
		{"::ffff:127.0.0.1", true},
		{"", false},
		{"0.0.0.0", false},
		{"::", false},
		{"10.0.0.1", false},
		{"128.0.0.1", false},
		{"localhost.example.com", false},
		{"receiver.example.com", false},
	}
	for _, tt := range tests {
		t.Run(tt.host, func(t *testing.T) {
			t.Parallel()
			if got := isLoopback(tt.host); got != tt.want {
				t.Errorf("isLoopback(%q) = %v, want %v", tt.host, got, tt.want)
			}
		})
	}
}
