package websocket

import (
	"context"
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
}

// NewSink returns the sender's end of the WebSocket transport, configured
// by a `sink "websocket"` block with url, token and handshake_timeout.
func NewSink() sdk.Sink { return &sink{} }

// ConfigSchema declares url, token and handshake_timeout.
func (s *sink) ConfigSchema() sdk.ConfigSchema {
	return sdk.ConfigSchema{Attributes: []sdk.Attribute{urlAttr, tokenAttr, handshakeTimeoutAttr}}
}

// Configure checks the url's scheme and host and that the token is set.
func (s *sink) Configure(_ context.Context, cfg sdk.Config) sdk.Diagnostics {
	var d sdk.Diagnostics
	*s = sink{}
	u, d := parseURL(d, cfg.String("url", ""))
	token := cfg.String("token", "")
	d = checkToken(d, token)
	hto, d := seconds(d, cfg, "handshake_timeout", defaultHandshakeTimeout)
	if d.HasErrors() {
		return d
	}
	*s = sink{url: u, token: token, handshakeTimeout: hto}
	return d
}

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
	ws, resp, err := dialer.DialContext(dctx, s.url.String(), nil)
	if err != nil {
		if ctx.Err() != nil {
			return nil, fmt.Errorf("connect to the receiver at %s: %w", where, ctx.Err())
		}
		if resp != nil && errors.Is(err, websocket.ErrBadHandshake) {
			return nil, fmt.Errorf("connect to the receiver at %s: it answered HTTP %q instead of opening a WebSocket; check that url points at `rex serve` and that its path matches the listen block's path", where, resp.Status)
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
	if reason == reasonInvalidToken {
		msg += "; check that token is the same in the sink block and in the receiver's listen block"
	}
	return &connError{msg: msg, kind: sdk.ErrRefused}
}
