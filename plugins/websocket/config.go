package websocket

import (
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"encoding/hex"
	"fmt"
	"math"
	"net"
	"net/url"
	"os"
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

	defaultMaxSessions  = 4
	maxMaxSessions      = 1024
	defaultAuthFailures = 5
	maxAuthFailures     = 1000
	defaultAuthBackoff  = 30 * time.Second
	// authWindow is how far back failed attempts count toward
	// auth_failures.
	authWindow = time.Minute
)

var (
	urlAttr = sdk.Attribute{Name: "url", Type: sdk.TypeString, Required: true,
		Description: `The receiver's address: a wss:// URL such as "wss://receiver.example.com:8080/rex", or a ws:// URL to this machine such as "ws://127.0.0.1:8080/rex". ws:// to another host needs insecure_transport.`}
	tokenAttr = sdk.Attribute{Name: "token", Type: sdk.TypeString, Required: true, Sensitive: true,
		Description: "The shared secret both sides hold. It is never sent: the sender proves it knows it. Use a long random string."}
	handshakeTimeoutAttr = sdk.Attribute{Name: "handshake_timeout", Type: sdk.TypeNumber,
		Description: "Seconds the connection and token handshake may take, above 0 and at most 86400. Default 10."}
	addressAttr = sdk.Attribute{Name: "address", Type: sdk.TypeString, Required: true,
		Description: `The host:port to listen on, such as "127.0.0.1:8080" or ":8080" (every interface); port 0 picks a free port. An address other than loopback needs tls_cert and tls_key, or insecure_transport.`}
	pathAttr = sdk.Attribute{Name: "path", Type: sdk.TypeString,
		Description: `The URL path of the WebSocket endpoint. Default "/rex".`}
	maxMessageAttr = sdk.Attribute{Name: "max_message_bytes", Type: sdk.TypeNumber,
		Description: "The largest message accepted from a sender, in bytes, from 1024 to 1073741824; a larger one ends the session. Default 67108864 (64 MiB)."}
	idleTimeoutAttr = sdk.Attribute{Name: "idle_timeout", Type: sdk.TypeNumber,
		Description: "Seconds a sender may stay silent, not even answering pings, before its session is dropped; above 0 and at most 86400. Default 120."}
	tlsCertAttr = sdk.Attribute{Name: "tls_cert", Type: sdk.TypeString,
		Description: "Path to the PEM certificate (chain, leaf first) the receiver presents; relative paths are from the .hcl file's folder. With tls_key, the listener serves wss:// (TLS 1.3 or later)."}
	tlsKeyAttr = sdk.Attribute{Name: "tls_key", Type: sdk.TypeString,
		Description: "Path to the PEM private key of tls_cert; relative paths are from the .hcl file's folder."}
	maxSessionsAttr = sdk.Attribute{Name: "max_sessions", Type: sdk.TypeNumber,
		Description: "How many authenticated sessions may be open at once, from 1 to 1024; one more is refused with \"too many sessions\". Default 4."}
	authFailuresAttr = sdk.Attribute{Name: "auth_failures", Type: sdk.TypeNumber,
		Description: "How many failed token proofs from one IP address (one /64 for IPv6) within a minute make the listener refuse that address for auth_backoff seconds, from 1 to 1000. Default 5."}
	authBackoffAttr = sdk.Attribute{Name: "auth_backoff", Type: sdk.TypeNumber,
		Description: "Seconds an address that reached auth_failures is refused, without its token being checked; above 0 and at most 86400. Default 30."}
	listenInsecureAttr = sdk.Attribute{Name: "insecure_transport", Type: sdk.TypeBool,
		Description: "Allow plain ws:// on an address other than loopback, so that the session's metadata and the token proof cross the network unencrypted. Default false: such an address needs tls_cert and tls_key."}
	caFileAttr = sdk.Attribute{Name: "ca_file", Type: sdk.TypeString,
		Description: "Path to a PEM bundle of CA certificates to trust for a wss:// url instead of the system's; relative paths are from the .hcl file's folder."}
	pinAttr = sdk.Attribute{Name: "pin_sha256", Type: sdk.TypeString,
		Description: "Hex SHA-256 of the receiver's leaf certificate (DER), as `openssl x509 -noout -fingerprint -sha256` prints it, colons optional. When set, only that certificate is accepted; without ca_file it is then the only check, so a self-signed certificate works."}
	sinkInsecureAttr = sdk.Attribute{Name: "insecure_transport", Type: sdk.TypeBool,
		Description: "Allow a ws:// url to a host other than loopback, so that the session's metadata and the token proof cross the network unencrypted. Default false: use wss:// instead. It does not relax certificate checks."}
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

// isLoopback reports whether host is "localhost" or a loopback IP address
// (127.0.0.0/8, ::1). Other names are not resolved: they count as remote.
func isLoopback(host string) bool {
	if strings.EqualFold(strings.TrimSuffix(host, "."), "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// checkURLTransport refuses plain ws:// to a remote host, unless insecure.
func checkURLTransport(d sdk.Diagnostics, u *url.URL, insecure bool) sdk.Diagnostics {
	if u.Scheme != "ws" || insecure || isLoopback(u.Hostname()) {
		return d
	}
	return d.Errorf("url", "Unencrypted remote URL",
		"url %s would carry the session over the network without encryption; use wss:// (the receiver's listen block then needs tls_cert and tls_key), or set insecure_transport = true if the network is private and trusted.", redact(u))
}

// parsePin reads pin_sha256: 64 hex digits, colons and case ignored.
func parsePin(d sdk.Diagnostics, raw string) ([]byte, sdk.Diagnostics) {
	b, err := hex.DecodeString(strings.ReplaceAll(strings.TrimSpace(raw), ":", ""))
	if err != nil || len(b) != sha256.Size {
		return nil, d.Errorf("pin_sha256", "Invalid certificate pin",
			"pin_sha256 must be the 64 hex digits of the SHA-256 of the receiver's certificate, as `openssl x509 -in cert.pem -noout -fingerprint -sha256` prints it; got %q.", raw)
	}
	return b, d
}

// loadCAFile reads ca_file into a pool.
func loadCAFile(d sdk.Diagnostics, path string) (*x509.CertPool, sdk.Diagnostics) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, d.Errorf("ca_file", "Unreadable CA file", "read ca_file: %v. Relative paths are from the .hcl file's folder.", err)
	}
	pool := x509.NewCertPool()
	if !pool.AppendCertsFromPEM(data) {
		return nil, d.Errorf("ca_file", "Invalid CA file", "ca_file %q holds no PEM certificate (\"-----BEGIN CERTIFICATE-----\"); give the CA bundle that signed the receiver's certificate.", path)
	}
	return pool, d
}

// loadKeyPair reads tls_cert and tls_key; both or neither must be set.
func loadKeyPair(d sdk.Diagnostics, certFile, keyFile string) (*tls.Certificate, sdk.Diagnostics) {
	switch {
	case certFile == "" && keyFile == "":
		return nil, d
	case keyFile == "":
		return nil, d.Errorf("tls_key", "Missing TLS key", "tls_cert is set, so tls_key must name the PEM file of its private key.")
	case certFile == "":
		return nil, d.Errorf("tls_cert", "Missing TLS certificate", "tls_key is set, so tls_cert must name the PEM file of its certificate.")
	}
	cert, err := tls.LoadX509KeyPair(certFile, keyFile)
	if err != nil {
		return nil, d.Errorf("tls_cert", "Invalid TLS certificate or key",
			"load tls_cert %q and tls_key %q: %v. Both must be PEM files, the key matching the certificate; relative paths are from the .hcl file's folder.", certFile, keyFile, err)
	}
	return &cert, d
}

// wholeNumber reads a number attribute that must be a whole number from lo
// to hi.
func wholeNumber(d sdk.Diagnostics, cfg sdk.Config, name, summary string, def, lo, hi int) (int, sdk.Diagnostics) {
	v, ok := cfg[name].(float64)
	if !ok {
		return def, d
	}
	if v != math.Trunc(v) || v < float64(lo) || v > float64(hi) {
		return def, d.Errorf(name, summary, "%s must be a whole number from %d to %d; got %v.", name, lo, hi, v)
	}
	return int(v), d
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

// checkListenTransport refuses a plain listener on an address other than
// loopback, unless insecure. addr has passed checkAddress.
func checkListenTransport(d sdk.Diagnostics, addr string, secure, insecure bool) sdk.Diagnostics {
	host, _, _ := net.SplitHostPort(addr)
	if secure || insecure || isLoopback(host) {
		return d
	}
	where := host
	if where == "" {
		where = "every interface"
	}
	return d.Errorf("address", "Unencrypted listener on the network",
		"address %q listens on %s without TLS, so senders' sessions would cross the network unencrypted; set tls_cert and tls_key to serve wss://, listen on 127.0.0.1 behind a TLS proxy, or set insecure_transport = true if the network is private and trusted.", addr, where)
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
