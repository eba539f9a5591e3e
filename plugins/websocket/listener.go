package websocket

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httputil"
	"net/netip"
	"net/url"
	"sync"
	"time"

	"github.com/gorilla/websocket"
	"github.com/hashicorp/go-hclog"

	"github.com/rexdata/rex/sdk"
)

// Refusal reasons a listener reports, in [sdk.RefusedError] and to the
// sender.
const (
	reasonInvalidToken = "invalid token"
	reasonMalformed    = "malformed handshake"
	reasonTimeout      = "handshake timed out"
	reasonTooMany      = "too many sessions"
	reasonBackoff      = "too many failed attempts; retry later"
)

const (
	// attemptQueue is how many finished handshakes (sessions or refusals)
	// wait for Accept. A refusal that finds it full is only logged; a
	// session waits up to handshake_timeout and is then turned away.
	attemptQueue = 16
	// lingerWait bounds telling a refused sender why.
	lingerWait = time.Second
	// maxPing caps the listener's keepalive interval.
	maxPing = 30 * time.Second
)

// listener serves the WebSocket endpoint; see [NewListener].
type listener struct {
	address          string
	token            string
	path             string
	maxMessage       int64
	handshakeTimeout time.Duration
	idleTimeout      time.Duration
	cert             *tls.Certificate // nil serves plain ws://
	maxSessions      int
	authFailures     int
	authBackoff      time.Duration
	// ui is the host's live page, proxied for every other path; nil when
	// the host serves none here.
	ui         *url.URL
	configured bool

	limits *limits // set by Listen

	upgrader websocket.Upgrader
	attempts chan attempt
	done     chan struct{} // closed by close
	served   chan struct{} // closed when the HTTP server stops

	mu       sync.Mutex
	srv      *http.Server
	serveErr error
	closed   bool
	shaking  map[*websocket.Conn]struct{} // connections in the handshake
	wg       sync.WaitGroup               // the HTTP server and its handlers
}

// attempt is a finished handshake: a session, or a refusal.
type attempt struct {
	conn   *conn
	peer   string
	reason string
}

// NewListener returns the receiver's end of the WebSocket transport,
// configured by a `listen "websocket"` block with address, token, path,
// max_message_bytes, handshake_timeout, idle_timeout, tls_cert, tls_key,
// insecure_transport, max_sessions, auth_failures and auth_backoff.
func NewListener() sdk.Listener {
	return &listener{
		attempts: make(chan attempt, attemptQueue),
		done:     make(chan struct{}),
		served:   make(chan struct{}),
		shaking:  map[*websocket.Conn]struct{}{},
	}
}

// ConfigSchema declares the listen block's attributes.
func (l *listener) ConfigSchema() sdk.ConfigSchema {
	return sdk.ConfigSchema{Attributes: []sdk.Attribute{addressAttr, tokenAttr, pathAttr, maxMessageAttr, handshakeTimeoutAttr, idleTimeoutAttr,
		tlsCertAttr, tlsKeyAttr, listenInsecureAttr, maxSessionsAttr, authFailuresAttr, authBackoffAttr}}
}

// Configure checks the address, token, path, limits and timeouts, and
// loads tls_cert and tls_key. An address other than loopback needs TLS or
// insecure_transport.
func (l *listener) Configure(_ context.Context, cfg sdk.Config) sdk.Diagnostics {
	var d sdk.Diagnostics
	l.configured = false
	address := cfg.String("address", "")
	if d = checkAddress(d, address); !d.HasErrors() {
		// Whether tls_cert and tls_key are right is checked below.
		secure := cfg.String("tls_cert", "") != "" || cfg.String("tls_key", "") != ""
		d = checkListenTransport(d, address, secure, cfg.Bool("insecure_transport", false))
	}
	token := cfg.String("token", "")
	d = checkToken(d, token)
	path := cfg.String("path", defaultPath)
	d = checkPath(d, path)
	maxMessage, d := maxMessageBytes(d, cfg)
	hto, d := seconds(d, cfg, "handshake_timeout", defaultHandshakeTimeout)
	idle, d := seconds(d, cfg, "idle_timeout", defaultIdleTimeout)
	cert, d := loadKeyPair(d, cfg.String("tls_cert", ""), cfg.String("tls_key", ""))
	sessions, d := wholeNumber(d, cfg, "max_sessions", "Invalid session limit", defaultMaxSessions, 1, maxMaxSessions)
	failures, d := wholeNumber(d, cfg, "auth_failures", "Invalid failure limit", defaultAuthFailures, 1, maxAuthFailures)
	backoff, d := seconds(d, cfg, "auth_backoff", defaultAuthBackoff)
	ui, err := uiUpstream(cfg.String(sdk.ConfigUIUpstream, ""))
	if err != nil {
		d = d.Errorf("", "Invalid live page address", "%s", err)
	}
	if d.HasErrors() {
		return d
	}
	l.ui = ui
	l.address, l.token, l.path = address, token, path
	l.maxMessage, l.handshakeTimeout, l.idleTimeout = maxMessage, hto, idle
	l.cert, l.maxSessions, l.authFailures, l.authBackoff = cert, sessions, failures, backoff
	l.configured = true
	return d
}

// Listen binds the address and serves the WebSocket endpoint on path, over
// TLS 1.3 or later when tls_cert is set; other paths answer 404. It returns the bound address (the real port when
// address asked for port 0). ctx bounds only the bind: the server runs
// until the plugin process exits.
func (l *listener) Listen(ctx context.Context) (string, error) {
	if !l.configured {
		return "", errors.New("listen: the websocket listener is not configured")
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	switch {
	case l.closed:
		return "", errors.New("listen: the websocket listener is closed")
	case l.srv != nil:
		return "", fmt.Errorf("listen: already listening on %s", l.address)
	}
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", l.address)
	if err != nil {
		return "", fmt.Errorf("listen on %s: %w; choose a free address in the listen block", l.address, err)
	}
	scheme := "ws"
	if l.cert != nil {
		scheme = "wss"
		ln = tls.NewListener(ln, &tls.Config{
			Certificates: []tls.Certificate{*l.cert},
			MinVersion:   tls.VersionTLS13,
			// gorilla/websocket upgrades HTTP/1.1 only.
			NextProtos: []string{"http/1.1"},
		})
	}
	l.limits = newLimits(l.maxSessions, l.authFailures, l.authBackoff)
	l.upgrader = websocket.Upgrader{
		HandshakeTimeout: l.handshakeTimeout,
		ReadBufferSize:   bufferSize,
		WriteBufferSize:  bufferSize,
	}
	// The mux leaves room for other handlers, such as a web page on "/".
	mux := http.NewServeMux()
	mux.HandleFunc(pattern(l.path), l.serveWebSocket)
	if l.ui != nil && l.path != "/" {
		// The host's live page, on the same port: the WebSocket path stays
		// this listener's, every other path goes to the page's server.
		up := l.ui
		mux.Handle("/", &httputil.ReverseProxy{
			Rewrite: func(r *httputil.ProxyRequest) {
				r.SetURL(up)
				r.SetXForwarded()
				// The page's own WebSocket checks that its Origin is the
				// host the browser asked for: keep that host.
				r.Out.Host = r.In.Host
			},
			ErrorLog: logger.StandardLogger(&hclog.StandardLoggerOptions{ForceLevel: hclog.Debug}),
		})
	}
	l.srv = &http.Server{
		Handler:           mux,
		ReadHeaderTimeout: l.handshakeTimeout,
		IdleTimeout:       l.idleTimeout,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          logger.StandardLogger(&hclog.StandardLoggerOptions{ForceLevel: hclog.Debug}),
	}
	addr := ln.Addr().String()
	l.wg.Add(1)
	go func() {
		defer l.wg.Done()
		err := l.srv.Serve(ln)
		if !errors.Is(err, http.ErrServerClosed) {
			logger.Error("websocket listener stopped", "address", addr, "error", err)
			l.mu.Lock()
			l.serveErr = fmt.Errorf("websocket listener on %s stopped: %w", addr, err)
			l.mu.Unlock()
		}
		close(l.served)
	}()
	logger.Info("listening", "address", addr, "scheme", scheme, "path", l.path, "max_sessions", l.maxSessions)
	return addr, nil
}

// Accept returns the next session that passed the token handshake, or a
// *[sdk.RefusedError] for an attempt that failed it.
func (l *listener) Accept(ctx context.Context) (sdk.Conn, error) {
	l.mu.Lock()
	started := l.srv != nil
	l.mu.Unlock()
	if !started {
		return nil, errors.New("accept: call Listen first")
	}
	select {
	case a := <-l.attempts:
		if a.conn == nil {
			return nil, &sdk.RefusedError{Peer: a.peer, Reason: a.reason}
		}
		return a.conn, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	case <-l.done:
	case <-l.served:
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.serveErr != nil {
		return nil, fmt.Errorf("accept: %w", l.serveErr)
	}
	return nil, fmt.Errorf("accept: %w: the websocket listener is closed", net.ErrClosed)
}

// close stops the server, turns away sessions nobody accepted and waits
// for every goroutine the listener started. Sessions returned by Accept
// belong to their caller. Tests use it; a plugin process just exits.
func (l *listener) close() {
	l.mu.Lock()
	if l.closed {
		l.mu.Unlock()
		return
	}
	l.closed = true
	close(l.done)
	srv := l.srv
	for ws := range l.shaking {
		ws.Close()
	}
	l.mu.Unlock()
	if srv != nil {
		srv.Close()
	}
	l.wg.Wait()
	for {
		select {
		case a := <-l.attempts:
			if a.conn != nil {
				a.conn.Close("receiver is shutting down")
			}
		default:
			return
		}
	}
}

// enter registers a handler with wg, unless the listener is closed.
func (l *listener) enter() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.closed {
		return false
	}
	l.wg.Add(1)
	return true
}

// serveWebSocket upgrades, runs the token handshake and queues the
// outcome for Accept. It never waits long for Accept.
func (l *listener) serveWebSocket(w http.ResponseWriter, r *http.Request) {
	if !l.enter() {
		http.Error(w, "receiver is shutting down", http.StatusServiceUnavailable)
		return
	}
	defer l.wg.Done()
	peer := r.RemoteAddr
	ws, err := l.upgrader.Upgrade(w, r, nil)
	if err != nil {
		// The upgrader answered with an HTTP error.
		logger.Debug("not a websocket request", "peer", peer, "error", err)
		return
	}
	l.mu.Lock()
	if l.closed {
		l.mu.Unlock()
		ws.Close()
		return
	}
	l.shaking[ws] = struct{}{}
	l.mu.Unlock()
	if l.limits.backingOff(peer, time.Now()) {
		// Refused before the hello, so the token is never checked.
		l.mu.Lock()
		delete(l.shaking, ws)
		l.mu.Unlock()
		l.refuse(ws, peer, reasonBackoff, false)
		return
	}
	reason, release := l.handshake(ws, peer)
	l.mu.Lock()
	delete(l.shaking, ws)
	l.mu.Unlock()
	if reason != "" {
		l.refuse(ws, peer, reason, true)
		return
	}
	c := newConn(ws, peer, connOptions{
		release:   release,
		idle:      l.idleTimeout,
		write:     l.idleTimeout,
		ping:      min(l.idleTimeout/2, maxPing),
		limit:     l.maxMessage,
		limitHint: "raise max_message_bytes in the listen block, or send smaller batches",
	})
	t := time.NewTimer(l.handshakeTimeout)
	defer t.Stop()
	select {
	case l.attempts <- attempt{conn: c, peer: peer}:
		logger.Info("session authenticated", "peer", peer)
	case <-t.C:
		logger.Warn("turned a session away: nobody accepted it", "peer", peer)
		c.Close("receiver is busy; try again later")
	case <-l.done:
		c.Close("receiver is shutting down")
	}
}

// handshake runs the listener's side of the token handshake. It returns
// "" and the release of a session slot if the sender proved the token and
// a slot was free, or else why not. A wrong proof counts toward peer's
// back-off.
func (l *listener) handshake(ws *websocket.Conn, peer string) (reason string, release func()) {
	deadline := time.Now().Add(l.handshakeTimeout)
	ws.SetReadDeadline(deadline)
	ws.SetWriteDeadline(deadline)
	ws.SetReadLimit(handshakeLimit)
	challenge := make([]byte, challengeSize)
	rand.Read(challenge)
	if err := ws.WriteMessage(websocket.TextMessage, encodeHello(challenge)); err != nil {
		return handshakeFailure(err), nil
	}
	typ, data, err := ws.ReadMessage()
	if err != nil {
		return handshakeFailure(err), nil
	}
	if typ != websocket.TextMessage {
		return reasonMalformed, nil
	}
	proof, err := decodeProof(data)
	if err != nil {
		return reasonMalformed, nil
	}
	if !hmac.Equal(proof, computeProof(l.token, challenge)) {
		if l.limits.failed(peer, time.Now()) {
			logger.Warn("backing off from an address after repeated invalid tokens", "peer", peer,
				"failures", l.authFailures, "backoff", l.authBackoff)
		}
		return reasonInvalidToken, nil
	}
	l.limits.succeeded(peer)
	release = l.limits.acquire()
	if release == nil {
		return reasonTooMany, nil
	}
	if err := ws.WriteMessage(websocket.TextMessage, encodeResult("")); err != nil {
		release()
		return handshakeFailure(err), nil
	}
	return "", release
}

// handshakeFailure says why a handshake read or write failed.
func handshakeFailure(err error) string {
	var nerr net.Error
	var ce *websocket.CloseError
	switch {
	case errors.As(err, &nerr) && nerr.Timeout():
		return reasonTimeout
	case errors.Is(err, websocket.ErrReadLimit):
		return reasonMalformed
	case errors.As(err, &ce) && ce.Code != websocket.CloseAbnormalClosure:
		if t := sanitize(ce.Text); t != "" {
			return "sender gave up the handshake: " + t
		}
		return "sender gave up the handshake"
	}
	return "connection lost during the handshake"
}

// refuse tells the sender why, closes the connection and reports the
// refusal to Accept if there is room. verdict sends the reason as the
// handshake's verdict too, which a sender expects only after its proof.
func (l *listener) refuse(ws *websocket.Conn, peer, reason string, verdict bool) {
	end := time.Now().Add(lingerWait)
	ws.SetWriteDeadline(end)
	if verdict {
		ws.WriteMessage(websocket.TextMessage, encodeResult(reason))
	}
	ws.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(closeRefused, reason), end)
	// Wait for the sender's answering close frame, so that it reads the
	// refusal before the connection ends.
	ws.SetReadDeadline(end)
	for {
		if _, _, err := ws.NextReader(); err != nil {
			break
		}
	}
	ws.Close()
	logger.Warn("refused a session", "peer", peer, "reason", reason)
	select {
	case l.attempts <- attempt{peer: peer, reason: reason}:
	default:
		logger.Warn("refusal not reported: too many attempts waiting for Accept", "peer", peer)
	}
}

// uiUpstream parses the host's live page address: "" for none, otherwise
// an http:// URL on a loopback address, where only the host can be.
func uiUpstream(raw string) (*url.URL, error) {
	if raw == "" {
		return nil, nil
	}
	u, err := url.Parse(raw)
	if err != nil || u.Scheme != "http" || u.Host == "" {
		return nil, fmt.Errorf("%s = %q is not an http:// URL", sdk.ConfigUIUpstream, raw)
	}
	if ip, err := netip.ParseAddr(u.Hostname()); err != nil || !ip.IsLoopback() {
		return nil, fmt.Errorf("%s = %q is not on a loopback address", sdk.ConfigUIUpstream, raw)
	}
	return u, nil
}
