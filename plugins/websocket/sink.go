package websocket

import (
	"bytes"
	"context"
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"time"

	"github.com/gorilla/websocket"

	"github.com/rexdata/rex/sdk"
)

// Name is the plugin's name, as in `sink "websocket"` and
// `listen "websocket"` blocks.
const Name = "websocket"

// The sender's connection limits; the listener's block sets its own.
const (
	// senderIdle is how long the sender waits for any frame from the
	// listener, which pings at least every 30 seconds.
	senderIdle = 2 * time.Minute
	// senderMaxMessage bounds a message from the listener.
	senderMaxMessage = defaultMaxMessageBytes
	// bufferSize is the read and write buffer of a WebSocket.
	bufferSize = ioChunk
)

// sink dials the receiver; see [NewSink].
type sink struct {
	url              *url.URL
	token            string
	handshakeTimeout time.Duration
	roots            *x509.CertPool // ca_file; nil trusts the system's roots
	pin              []byte         // pin_sha256; nil pins nothing
}

// NewSink returns the sender's end of the WebSocket transport, configured
// by a `sink "websocket"` block with url, token, handshake_timeout,
// ca_file, pin_sha256 and insecure_transport.
func NewSink() sdk.Sink { return &sink{} }

// ConfigSchema declares the sink block's attributes.
func (s *sink) ConfigSchema() sdk.ConfigSchema {
	return sdk.ConfigSchema{Attributes: []sdk.Attribute{urlAttr, tokenAttr, handshakeTimeoutAttr, caFileAttr, pinAttr, sinkInsecureAttr}}
}

// Configure checks the url's scheme and host and that the token is set,
// and loads ca_file. A ws:// url to a host other than loopback needs
// insecure_transport; ca_file and pin_sha256 need a wss:// url.
func (s *sink) Configure(_ context.Context, cfg sdk.Config) sdk.Diagnostics {
	var d sdk.Diagnostics
	*s = sink{}
	u, d := parseURL(d, cfg.String("url", ""))
	if u != nil {
		d = checkURLTransport(d, u, cfg.Bool("insecure_transport", false))
	}
	token := cfg.String("token", "")
	d = checkToken(d, token)
	hto, d := seconds(d, cfg, "handshake_timeout", defaultHandshakeTimeout)
	var roots *x509.CertPool
	var pin []byte
	for _, name := range []string{"ca_file", "pin_sha256"} {
		v, ok := cfg[name].(string)
		switch {
		case !ok:
			continue
		case u != nil && u.Scheme != "wss":
			d = d.Errorf(name, "Certificate check without TLS", "%s applies only to a wss:// url, and url is %s; use wss://, or remove %s.", name, redact(u), name)
		case name == "ca_file":
			roots, d = loadCAFile(d, v)
		default:
			pin, d = parsePin(d, v)
		}
	}
	if d.HasErrors() {
		return d
	}
	*s = sink{url: u, token: token, handshakeTimeout: hto, roots: roots, pin: pin}
	return d
}

// tlsConfig is the TLS configuration of a wss:// url. It checks the
// receiver's certificate itself, in verify, to say what failed.
func (s *sink) tlsConfig() *tls.Config {
	return &tls.Config{
		MinVersion:         tls.VersionTLS13,
		InsecureSkipVerify: true, // verify checks the certificate instead
		VerifyConnection:   s.verify,
	}
}

// verify checks the receiver's certificate: its leaf against pin_sha256 if
// set, and its chain against ca_file (or the system's roots) and the url's
// host, unless only pin_sha256 is set.
func (s *sink) verify(cs tls.ConnectionState) error {
	if len(cs.PeerCertificates) == 0 {
		return &certError{msg: "the receiver sent no TLS certificate"}
	}
	leaf := cs.PeerCertificates[0]
	sum := sha256.Sum256(leaf.Raw)
	got := hex.EncodeToString(sum[:])
	if s.pin != nil {
		if !bytes.Equal(sum[:], s.pin) {
			return &certError{msg: fmt.Sprintf("the receiver's certificate has SHA-256 fingerprint %s, but pin_sha256 is %s; "+
				"if the receiver's certificate was replaced on purpose, set pin_sha256 to the new fingerprint, otherwise something is impersonating the receiver", got, hex.EncodeToString(s.pin))}
		}
		if s.roots == nil {
			return nil
		}
	}
	opts := x509.VerifyOptions{Roots: s.roots, DNSName: s.url.Hostname(), Intermediates: x509.NewCertPool()}
	for _, c := range cs.PeerCertificates[1:] {
		opts.Intermediates.AddCert(c)
	}
	if _, err := leaf.Verify(opts); err != nil {
		trust := "the system's certificate authorities"
		if s.roots != nil {
			trust = "ca_file"
		}
		return &certError{msg: fmt.Sprintf("the receiver's TLS certificate (SHA-256 fingerprint %s) failed the check against %s: %v; "+
			"set ca_file to the CA bundle that signed it, or pin_sha256 to its fingerprint once you have checked it on the receiver (`openssl x509 -in cert.pem -noout -fingerprint -sha256`)", got, trust, err)}
	}
	return nil
}

// certError is why the receiver's certificate was rejected, in full.
type certError struct{ msg string }

func (e *certError) Error() string { return e.msg }

// Connect dials the receiver, proves the token and returns the session's
// connection. The whole of it, dial included, is bounded by
// handshake_timeout and by ctx.
func (s *sink) Connect(ctx context.Context) (sdk.Conn, error) {
	if s.url == nil {
		return nil, errors.New("connect: the websocket sink is not configured")
	}
	where := redact(s.url)
	deadline := time.Now().Add(s.handshakeTimeout)
	dctx, cancel := context.WithDeadline(ctx, deadline)
	defer cancel()
	dialer := websocket.Dialer{
		Proxy:            http.ProxyFromEnvironment,
		HandshakeTimeout: s.handshakeTimeout,
		ReadBufferSize:   bufferSize,
		WriteBufferSize:  bufferSize,
	}
	if s.url.Scheme == "wss" {
		dialer.TLSClientConfig = s.tlsConfig()
	}
	ws, resp, err := dialer.DialContext(dctx, s.url.String(), nil)
	if err != nil {
		if ctx.Err() != nil {
			return nil, fmt.Errorf("connect to the receiver at %s: %w", where, ctx.Err())
		}
		var ce *certError
		if errors.As(err, &ce) {
			return nil, fmt.Errorf("connect to the receiver at %s: refused its certificate: %w", where, ce)
		}
		if resp != nil && errors.Is(err, websocket.ErrBadHandshake) {
			hint := "check that url points at `rex serve` and that its path matches the listen block's path"
			if resp.StatusCode == http.StatusBadRequest && s.url.Scheme == "ws" {
				hint += "; if the receiver's listen block sets tls_cert, use wss://"
			}
			return nil, fmt.Errorf("connect to the receiver at %s: it answered HTTP %q instead of opening a WebSocket; %s", where, resp.Status, hint)
		}
		var rh tls.RecordHeaderError
		if errors.As(err, &rh) {
			return nil, fmt.Errorf("connect to the receiver at %s: it does not speak TLS; use ws:// if the receiver's listen block has no tls_cert, or set tls_cert and tls_key there: %w", where, err)
		}
		if errors.Is(err, context.DeadlineExceeded) {
			err = fmt.Errorf("no answer within handshake_timeout (%s)", s.handshakeTimeout)
		}
		return nil, fmt.Errorf("could not connect to the receiver at %s: %w; check that the receiver is running (`rex serve`) and that url is right", where, err)
	}
	stop := context.AfterFunc(ctx, func() { ws.Close() })
	err = s.prove(ws, where, deadline)
	if !stop() {
		ws.Close()
		return nil, fmt.Errorf("connect to the receiver at %s: %w", where, ctx.Err())
	}
	if err != nil {
		ws.Close()
		return nil, err
	}
	ws.SetReadDeadline(time.Time{})
	ws.SetWriteDeadline(time.Time{})
	logger.Debug("connected to receiver", "url", where)
	return newConn(ws, where, connOptions{
		idle:      senderIdle,
		write:     senderIdle,
		limit:     senderMaxMessage,
		limitHint: "a sender accepts at most 64 MiB from the receiver",
	}), nil
}

// prove runs the sender's side of the token handshake.
func (s *sink) prove(ws *websocket.Conn, where string, deadline time.Time) error {
	ws.SetReadDeadline(deadline)
	ws.SetWriteDeadline(deadline)
	ws.SetReadLimit(handshakeLimit)
	fail := func(err error) error {
		var ce *websocket.CloseError
		var nerr net.Error
		switch {
		case errors.As(err, &ce) && ce.Code == closeRefused:
			return refusal(where, sanitize(ce.Text))
		case errors.As(err, &nerr) && nerr.Timeout():
			return fmt.Errorf("handshake with the receiver at %s: timed out after %s; check that url points at `rex serve`", where, s.handshakeTimeout)
		}
		return fmt.Errorf("handshake with the receiver at %s: %w", where, err)
	}
	typ, data, err := ws.ReadMessage()
	if err != nil {
		return fail(err)
	}
	if typ != websocket.TextMessage {
		return fail(fmt.Errorf("%w: first message is not text", errMalformed))
	}
	challenge, err := decodeHello(data)
	if err != nil {
		ws.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(websocket.CloseProtocolError, "unsupported handshake"), deadline)
		return fail(err)
	}
	if err := ws.WriteMessage(websocket.TextMessage, encodeProof(computeProof(s.token, challenge))); err != nil {
		return fail(err)
	}
	typ, data, err = ws.ReadMessage()
	if err != nil {
		return fail(err)
	}
	if typ != websocket.TextMessage {
		return fail(fmt.Errorf("%w: verdict is not text", errMalformed))
	}
	reason, err := decodeResult(data)
	if err != nil {
		return fail(err)
	}
	if reason != "" {
		// Read the close frame that follows, which answers it, so the
		// receiver sees a clean end.
		ws.SetReadDeadline(time.Now().Add(time.Second))
		ws.ReadMessage()
		return refusal(where, reason)
	}
	return nil
}

// refusal is the error of a session the receiver refused.
func refusal(where, reason string) error {
	if reason == "" {
		reason = "no reason given"
	}
	msg := fmt.Sprintf("receiver at %s refused the session: %s", where, reason)
	switch reason {
	case reasonInvalidToken:
		msg += "; check that token is the same in the sink block and in the receiver's listen block"
	case reasonBackoff:
		msg += " (it saw too many invalid tokens from this address); check that token is the same in the sink block and in the receiver's listen block"
	case reasonTooMany:
		msg += "; wait for a session to end, or raise max_sessions in the receiver's listen block"
	}
	return &connError{msg: msg, kind: sdk.ErrRefused}
}
