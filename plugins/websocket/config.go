package websocket

import (
	"fmt"
	"math"
	"net"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/rexdata/rex/sdk"
)

// Defaults and limits of the block attributes.
const (
	defaultPath             = "/rex"
	defaultMaxMessageBytes  = 64 << 20
	minMaxMessageBytes      = 1 << 10
	maxMaxMessageBytes      = 1 << 30
	defaultHandshakeTimeout = 10 * time.Second
	defaultIdleTimeout      = 120 * time.Second
	maxTimeout              = 24 * time.Hour
	// weakTokenLen is the token length below which Configure warns.
	weakTokenLen = 16
)

var (
	urlAttr = sdk.Attribute{Name: "url", Type: sdk.TypeString, Required: true,
		Description: `The receiver's address: a ws:// or wss:// URL such as "ws://receiver.example.com:8080/rex".`}
	tokenAttr = sdk.Attribute{Name: "token", Type: sdk.TypeString, Required: true, Sensitive: true,
		Description: "The shared secret both sides hold. It is never sent: the sender proves it knows it. Use a long random string."}
	handshakeTimeoutAttr = sdk.Attribute{Name: "handshake_timeout", Type: sdk.TypeNumber,
		Description: "Seconds the connection and token handshake may take, above 0 and at most 86400. Default 10."}
	addressAttr = sdk.Attribute{Name: "address", Type: sdk.TypeString, Required: true,
		Description: `The host:port to listen on, such as ":8080"; port 0 picks a free port.`}
	pathAttr = sdk.Attribute{Name: "path", Type: sdk.TypeString,
		Description: `The URL path of the WebSocket endpoint. Default "/rex".`}
	maxMessageAttr = sdk.Attribute{Name: "max_message_bytes", Type: sdk.TypeNumber,
		Description: "The largest message accepted from a sender, in bytes, from 1024 to 1073741824; a larger one ends the session. Default 67108864 (64 MiB)."}
	idleTimeoutAttr = sdk.Attribute{Name: "idle_timeout", Type: sdk.TypeNumber,
		Description: "Seconds a sender may stay silent, not even answering pings, before its session is dropped; above 0 and at most 86400. Default 120."}
)

// checkToken reports an empty or short token.
func checkToken(d sdk.Diagnostics, token string) sdk.Diagnostics {
	switch {
	case token == "":
		return d.Errorf("token", "Empty token", "token must be the shared secret the sender and the receiver both hold; generate a long random string, for example with `openssl rand -base64 32`.")
	case len(token) < weakTokenLen:
		return append(d, sdk.Diagnostic{Severity: sdk.SeverityWarning, Attribute: "token", Summary: "Short token",
			Detail: fmt.Sprintf("token has fewer than %d characters, so it may be guessed; use a long random string, for example from `openssl rand -base64 32`.", weakTokenLen)})
	}
	return d
}

// seconds reads a number attribute of seconds, which may be fractional.
func seconds(d sdk.Diagnostics, cfg sdk.Config, name string, def time.Duration) (time.Duration, sdk.Diagnostics) {
	v, ok := cfg[name].(float64)
	if !ok {
		return def, d
	}
	if math.IsNaN(v) || v <= 0 || v > maxTimeout.Seconds() {
		return def, d.Errorf(name, "Invalid timeout", "%s must be a number of seconds above 0 and at most %d; got %v.", name, int(maxTimeout.Seconds()), v)
	}
	return time.Duration(v * float64(time.Second)), d
}

// parseURL checks a sink's url.
func parseURL(d sdk.Diagnostics, raw string) (*url.URL, sdk.Diagnostics) {
	const example = `"ws://receiver.example.com:8080/rex"`
	u, err := url.Parse(raw)
	switch {
	case err != nil:
		return nil, d.Errorf("url", "Invalid receiver URL", "url must be a ws:// or wss:// URL such as %s: %v.", example, err)
	case u.Scheme != "ws" && u.Scheme != "wss":
		return nil, d.Errorf("url", "Invalid receiver URL", "url must start with ws:// or wss://, such as %s; got scheme %q.", example, u.Scheme)
	case u.Host == "" || u.Hostname() == "":
		return nil, d.Errorf("url", "Invalid receiver URL", "url must name the receiver's host, such as %s.", example)
	case u.User != nil:
		return nil, d.Errorf("url", "Invalid receiver URL", "url must not contain a user name or password; the token attribute authenticates the sender.")
	}
	if p := u.Port(); p != "" {
		if n, err := strconv.Atoi(p); err != nil || n < 1 || n > 65535 {
			return nil, d.Errorf("url", "Invalid receiver URL", "the port in url must be a number from 1 to 65535; got %q.", p)
		}
	}
	return u, d
}

// redact returns u without user info, query or fragment, for messages.
func redact(u *url.URL) string {
	r := url.URL{Scheme: u.Scheme, Host: u.Host, Path: u.Path}
	return r.String()
}

// checkAddress checks a listener's host:port.
func checkAddress(d sdk.Diagnostics, addr string) sdk.Diagnostics {
	_, port, err := net.SplitHostPort(addr)
	if err != nil {
		return d.Errorf("address", "Invalid listen address", `address must be host:port, such as ":8080" or "127.0.0.1:8080": %v.`, err)
	}
	if n, err := strconv.Atoi(port); err != nil || n < 0 || n > 65535 {
		return d.Errorf("address", "Invalid listen address", "the port in address must be a number from 0 to 65535; got %q.", port)
	}
	return d
}

// checkPath checks a listener's path. "/" is kept for the receiver's web
// page.
func checkPath(d sdk.Diagnostics, p string) sdk.Diagnostics {
	bad := !strings.HasPrefix(p, "/") || strings.Contains(p, "//") ||
		strings.ContainsFunc(p, func(r rune) bool {
			return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("/-._~", r))
		})
	switch {
	case bad:
		return d.Errorf("path", "Invalid path", `path must start with "/" and hold only letters, digits and "/-._~", such as %q; got %q.`, defaultPath, p)
	case p == "/":
		return d.Errorf("path", "Invalid path", `path "/" is kept for the receiver's web page; use another, such as %q.`, defaultPath)
	}
	return d
}

// maxMessageBytes reads max_message_bytes.
func maxMessageBytes(d sdk.Diagnostics, cfg sdk.Config) (int64, sdk.Diagnostics) {
	v, ok := cfg["max_message_bytes"].(float64)
	if !ok {
		return defaultMaxMessageBytes, d
	}
	if v != math.Trunc(v) || v < minMaxMessageBytes || v > maxMaxMessageBytes {
		return defaultMaxMessageBytes, d.Errorf("max_message_bytes", "Invalid message limit",
			"max_message_bytes must be a whole number of bytes from %d to %d; got %v. It must exceed the sender's largest batch.", minMaxMessageBytes, maxMaxMessageBytes, v)
	}
	return int64(v), d
}

// pattern is the ServeMux pattern that matches exactly path.
func pattern(path string) string {
	if strings.HasSuffix(path, "/") {
		return "GET " + path + "{$}"
	}
	return "GET " + path
}
