package websocket

import (
	"bytes"
	"context"
	"crypto/rand"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/gorilla/websocket"
	"github.com/hashicorp/go-hclog"
	"go.uber.org/goleak"

	"github.com/rexdata/rex/sdk"
)

const testToken = "correct horse battery staple 42"

func TestMain(m *testing.M) {
	flag.Parse()
	if !testing.Verbose() {
		logger = hclog.NewNullLogger()
	}
	os.Exit(m.Run())
}

// leakCheck checks, after every other cleanup, that the test left no
// goroutine behind. Tests that use it do not run in parallel.
func leakCheck(t testing.TB) {
	t.Helper()
	t.Cleanup(func() { goleak.VerifyNone(t) })
}

// startListener configures and starts a listener on a free loopback port;
// extra overrides the test defaults.
func startListener(t testing.TB, extra sdk.Config) (*listener, string) {
	t.Helper()
	cfg := sdk.Config{"address": "127.0.0.1:0", "token": testToken, "handshake_timeout": 2.0}
	for k, v := range extra {
		cfg[k] = v
	}
	l := NewListener().(*listener)
	if d := l.Configure(context.Background(), cfg); d.HasErrors() {
		t.Fatalf("configure listener: %v", d.Err())
	}
	addr, err := l.Listen(context.Background())
	if err != nil {
		t.Fatalf("listen: %v", err)
	}
	t.Cleanup(l.close)
	return l, addr
}

func newSink(t testing.TB, url, token string) sdk.Sink {
	t.Helper()
	s := NewSink()
	if d := s.Configure(context.Background(), sdk.Config{"url": url, "token": token, "handshake_timeout": 2.0}); d.HasErrors() {
		t.Fatalf("configure sink: %v", d.Err())
	}
	return s
}

func wsURL(addr string) string { return "ws://" + addr + "/rex" }

type accepted struct {
	conn sdk.Conn
	err  error
}

// acceptOne calls Accept once in the background.
func acceptOne(l *listener) <-chan accepted {
	ch := make(chan accepted, 1)
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		c, err := l.Accept(ctx)
		ch <- accepted{c, err}
	}()
	return ch
}

// connect opens a good session and returns its two ends, closed at cleanup.
func connect(t testing.TB, l *listener, addr string) (client, server sdk.Conn) {
	t.Helper()
	ch := acceptOne(l)
	client, err := newSink(t, wsURL(addr), testToken).Connect(context.Background())
	if err != nil {
		t.Fatalf("connect: %v", err)
	}
	t.Cleanup(func() { client.Close("") })
	a := <-ch
	if a.err != nil {
		t.Fatalf("accept: %v", a.err)
	}
	t.Cleanup(func() { a.conn.Close("") })
	return client, a.conn
}

func randomBytes(n int) []byte {
	b := make([]byte, n)
	rand.Read(b)
	return b
}

func recv(t testing.TB, c sdk.Conn) ([]byte, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	return c.Recv(ctx)
}

func TestConn_SendRecv_BothWaysThenClose(t *testing.T) {
	msgs := [][]byte{[]byte("hello"), {}, randomBytes(5 << 20), []byte("last")}
	for _, closer := range []string{"sender", "receiver"} {
		t.Run(closer+" closes", func(t *testing.T) {
			leakCheck(t)
			l, addr := startListener(t, nil)
			client, server := connect(t, l, addr)

			// Both directions at once: Send and Recv run concurrently.
			errs := make(chan error, 2)
			for _, c := range []sdk.Conn{client, server} {
				go func() {
					for _, m := range msgs {
						if err := c.Send(context.Background(), m); err != nil {
							errs <- err
							return
						}
					}
					errs <- nil
				}()
			}
			for _, c := range []sdk.Conn{server, client} {
				for i, want := range msgs {
					got, err := recv(t, c)
					if err != nil {
						t.Fatalf("recv message %d: %v", i, err)
					}
					if !bytes.Equal(got, want) {
						t.Fatalf("message %d: got %d bytes, want %d", i, len(got), len(want))
					}
				}
			}
			for range 2 {
				if err := <-errs; err != nil {
					t.Fatalf("send: %v", err)
				}
			}

			closing, peer := client, server
			if closer == "receiver" {
				closing, peer = server, client
			}
			if err := closing.Close(""); err != nil {
				t.Fatalf("close: %v", err)
			}
			if _, err := recv(t, peer); !errors.Is(err, io.EOF) {
				t.Fatalf("peer's recv after close: got %v, want io.EOF", err)
			}
			if _, err := recv(t, closing); !errors.Is(err, io.EOF) {
				t.Fatalf("closer's recv after close: got %v, want io.EOF", err)
			}
			if err := closing.Close("again"); err != nil {
				t.Fatalf("second close: %v", err)
			}
			for _, c := range []sdk.Conn{closing, peer} {
				if err := c.Send(context.Background(), []byte("late")); !errors.Is(err, sdk.ErrClosed) {
					t.Fatalf("send after close: got %v, want ErrClosed", err)
				}
			}
		})
	}
}

func TestSink_Connect_WrongToken(t *testing.T) {
	leakCheck(t)
	l, addr := startListener(t, nil)
	ch := acceptOne(l)
	_, err := newSink(t, wsURL(addr), "not the token at all").Connect(context.Background())
	if !errors.Is(err, sdk.ErrRefused) {
		t.Fatalf("connect: got %v, want ErrRefused", err)
	}
	want := fmt.Sprintf("receiver at %s refused the session: invalid token", wsURL(addr))
	if !strings.Contains(err.Error(), want) {
		t.Errorf("connect error %q does not contain %q", err, want)
	}
	a := <-ch
	var ref *sdk.RefusedError
	if !errors.As(a.err, &ref) {
		t.Fatalf("accept: got %v, want *sdk.RefusedError", a.err)
	}
	if ref.Reason != "invalid token" || !strings.HasPrefix(ref.Peer, "127.0.0.1:") {
		t.Errorf("accept: got %+v, want reason %q from 127.0.0.1", ref, "invalid token")
	}
}

func TestConn_Close_Reason(t *testing.T) {
	long := strings.Repeat("é", 200) // 400 bytes: truncated to fit a close frame
	tests := []struct {
		name, closer, reason, want string
	}{
		{"sender says boom", "sender", "boom", "boom"},
		{"receiver says boom", "receiver", "boom", "boom"},
		{"long reason", "sender", long, strings.Repeat("é", 61)},
		{"reason not UTF-8", "receiver", "bad\xffreason", "bad?reason"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			leakCheck(t)
			l, addr := startListener(t, nil)
			client, server := connect(t, l, addr)
			closing, peer := client, server
			if tt.closer == "receiver" {
				closing, peer = server, client
			}
			closing.Close(tt.reason)
			_, err := recv(t, peer)
			if !errors.Is(err, sdk.ErrClosed) {
				t.Fatalf("peer's recv: got %v, want ErrClosed", err)
			}
			if !strings.Contains(err.Error(), tt.want) || !utf8.ValidString(err.Error()) {
				t.Errorf("peer's recv error %q does not carry the reason %q", err, tt.want)
			}
			if err := peer.Send(context.Background(), []byte("late")); !errors.Is(err, sdk.ErrClosed) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("peer's send: got %v, want ErrClosed with the reason", err)
			}
			if _, err := recv(t, closing); !errors.Is(err, sdk.ErrClosed) {
				t.Errorf("closer's recv: got %v, want ErrClosed", err)
			}
		})
	}
}

// netConn is the TCP connection under a session's WebSocket.
func netConn(c sdk.Conn) net.Conn { return c.(*conn).ws.NetConn() }

func TestConn_Recv_ConnectionLost(t *testing.T) {
	for _, dropper := range []string{"sender", "receiver"} {
		t.Run(dropper+" drops TCP", func(t *testing.T) {
			leakCheck(t)
			l, addr := startListener(t, nil)
			client, server := connect(t, l, addr)
			dropping, peer := client, server
			if dropper == "receiver" {
				dropping, peer = server, client
			}
			netConn(dropping).Close()
			for _, c := range []sdk.Conn{peer, dropping} {
				_, err := recv(t, c)
				if !errors.Is(err, sdk.ErrClosed) || !strings.Contains(err.Error(), "connection to ") || !strings.Contains(err.Error(), "lost") {
					t.Errorf("recv: got %v, want ErrClosed saying the connection was lost", err)
				}
			}
		})
	}
}

func TestConn_Recv_MessageTooBig(t *testing.T) {
	leakCheck(t)
	l, addr := startListener(t, sdk.Config{"max_message_bytes": 4096.0})
	client, server := connect(t, l, addr)
	ctx := context.Background()
	if err := client.Send(ctx, randomBytes(4096)); err != nil {
		t.Fatalf("send at the limit: %v", err)
	}
	if m, err := recv(t, server); err != nil || len(m) != 4096 {
		t.Fatalf("recv at the limit: %d bytes, %v", len(m), err)
	}
	client.Send(ctx, randomBytes(8192)) // may fail or not: the receiver closes
	_, err := recv(t, server)
	if !errors.Is(err, sdk.ErrClosed) || !strings.Contains(err.Error(), "larger than the 4096-byte limit") {
		t.Errorf("receiver's recv: got %v, want ErrClosed about the limit", err)
	}
	_, err = recv(t, client)
	if !errors.Is(err, sdk.ErrClosed) || !strings.Contains(err.Error(), "max_message_bytes") {
		t.Errorf("sender's recv: got %v, want ErrClosed naming max_message_bytes", err)
	}
}

// rawDial opens a WebSocket to the listener without the token handshake.
func rawDial(t testing.TB, addr string) *websocket.Conn {
	t.Helper()
	ws, _, err := websocket.DefaultDialer.Dial(wsURL(addr), nil)
	if err != nil {
		t.Fatalf("dial: %v", err)
	}
	t.Cleanup(func() { ws.Close() })
	ws.SetReadDeadline(time.Now().Add(10 * time.Second))
	return ws
}

// rawHello reads the listener's hello and returns the challenge.
func rawHello(t testing.TB, ws *websocket.Conn) []byte {
	t.Helper()
	_, data, err := ws.ReadMessage()
	if err != nil {
		t.Fatalf("read hello: %v", err)
	}
	c, err := decodeHello(data)
	if err != nil {
		t.Fatalf("decode hello %q: %v", data, err)
	}
	return c
}

func acceptRefusal(t testing.TB, l *listener) *sdk.RefusedError {
	t.Helper()
	a := <-acceptOne(l)
	var ref *sdk.RefusedError
	if !errors.As(a.err, &ref) {
		if a.conn != nil {
			a.conn.Close("")
		}
		t.Fatalf("accept: got %v, want *sdk.RefusedError", a.err)
	}
	return ref
}

func TestListener_Accept_HandshakeTimeout(t *testing.T) {
	leakCheck(t)
	l, addr := startListener(t, sdk.Config{"handshake_timeout": 0.3})
	ws := rawDial(t, addr)
	rawHello(t, ws) // and then say nothing
	if ref := acceptRefusal(t, l); ref.Reason != reasonTimeout {
		t.Errorf("refusal reason: got %q, want %q", ref.Reason, reasonTimeout)
	}
	_, data, err := ws.ReadMessage()
	if reason, derr := decodeResult(data); err != nil || derr != nil || reason != reasonTimeout {
		t.Errorf("sender got %q (%v), want the refusal %q", data, err, reasonTimeout)
	}
	_, _, err = ws.ReadMessage()
	var ce *websocket.CloseError
	if !errors.As(err, &ce) || ce.Code != closeRefused || ce.Text != reasonTimeout {
		t.Errorf("sender got %v, want close %d %q", err, closeRefused, reasonTimeout)
	}
}

func TestListener_Accept_BadProof(t *testing.T) {
	tests := []struct {
		name   string
		answer func(challenge []byte) (int, []byte)
		want   string
	}{
		{"not json", func([]byte) (int, []byte) { return websocket.TextMessage, []byte("let me in") }, reasonMalformed},
		{"binary message", func(c []byte) (int, []byte) { return websocket.BinaryMessage, encodeProof(computeProof(testToken, c)) }, reasonMalformed},
		{"short proof", func([]byte) (int, []byte) { return websocket.TextMessage, []byte(`{"proof":"AAAA"}`) }, reasonMalformed},
		{"proof not base64", func([]byte) (int, []byte) {
			return websocket.TextMessage, []byte(`{"proof":"` + strings.Repeat("!", 44) + `"}`)
		}, reasonMalformed},
		{"too large", func([]byte) (int, []byte) { return websocket.TextMessage, bytes.Repeat([]byte(" "), 2*handshakeLimit) }, reasonMalformed},
		{"proof of another challenge", func([]byte) (int, []byte) {
			return websocket.TextMessage, encodeProof(computeProof(testToken, make([]byte, challengeSize)))
		}, reasonInvalidToken},
		{"token sent in clear", func([]byte) (int, []byte) {
			return websocket.TextMessage, []byte(`{"proof":"` + testToken + `"}`)
		}, reasonMalformed},
		{"sender closes", func([]byte) (int, []byte) {
			return websocket.CloseMessage, websocket.FormatCloseMessage(websocket.CloseProtocolError, "bye")
		}, "sender gave up the handshake: bye"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			leakCheck(t)
			l, addr := startListener(t, nil)
			ws := rawDial(t, addr)
			typ, msg := tt.answer(rawHello(t, ws))
			if typ == websocket.CloseMessage {
				ws.WriteControl(typ, msg, time.Now().Add(time.Second))
			} else if err := ws.WriteMessage(typ, msg); err != nil {
				t.Fatalf("write answer: %v", err)
			}
			for { // the refusal, then the close frame, which is answered
				if _, _, err := ws.ReadMessage(); err != nil {
					break
				}
			}
			if ref := acceptRefusal(t, l); ref.Reason != tt.want {
				t.Errorf("refusal reason: got %q, want %q", ref.Reason, tt.want)
			}
		})
	}
}

func TestListener_Serve_GarbageThenGoodSession(t *testing.T) {
	leakCheck(t)
	l, addr := startListener(t, sdk.Config{"handshake_timeout": 0.5})
	tests := []struct {
		name string
		send []byte
		want string // start of the answer, "" for none
	}{
		{"random bytes", randomBytes(4096), "HTTP/1.1 400"},
		{"nothing", nil, ""},
		{"page on /", []byte("GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), "HTTP/1.1 404"},
		{"unknown path", []byte("GET /rex/x HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), "HTTP/1.1 404"},
		{"plain GET on path", []byte("GET /rex HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), "HTTP/1.1 400"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := net.Dial("tcp", addr)
			if err != nil {
				t.Fatalf("dial: %v", err)
			}
			defer c.Close()
			c.SetDeadline(time.Now().Add(10 * time.Second))
			c.Write(tt.send)
			// The listener answers and hangs up, or just hangs up on a
			// client that says nothing for handshake_timeout.
			got, _ := io.ReadAll(c)
			if !bytes.HasPrefix(got, []byte(tt.want)) {
				t.Errorf("answer: got %.40q, want it to start with %q", got, tt.want)
			}
		})
	}
	client, server := connect(t, l, addr)
	if err := client.Send(context.Background(), []byte("still works")); err != nil {
		t.Fatalf("send: %v", err)
	}
	if m, err := recv(t, server); err != nil || string(m) != "still works" {
		t.Fatalf("recv: %q, %v", m, err)
	}
}

func TestListener_Accept_NobodyAccepting(t *testing.T) {
	leakCheck(t)
	// No back-off: this test is about the queue.
	l, addr := startListener(t, sdk.Config{"auth_failures": 1000.0})
	bad := newSink(t, wsURL(addr), "wrong token, wrong token")
	const attempts = attemptQueue + 4
	for i := range attempts {
		if _, err := bad.Connect(context.Background()); !errors.Is(err, sdk.ErrRefused) {
			t.Fatalf("attempt %d: got %v, want ErrRefused", i, err)
		}
	}
	// The queue kept some refusals for Accept and dropped the rest.
	refusals := 0
	for {
		ctx, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
		_, err := l.Accept(ctx)
		cancel()
		if errors.Is(err, context.DeadlineExceeded) {
			break
		}
		if !errors.Is(err, sdk.ErrRefused) {
			t.Fatalf("accept: got %v, want a refusal", err)
		}
		refusals++
	}
	if refusals < attemptQueue || refusals > attempts {
		t.Errorf("accept reported %d refusals, want %d to %d", refusals, attemptQueue, attempts)
	}
	client, server := connect(t, l, addr)
	client.Send(context.Background(), []byte("x"))
	if _, err := recv(t, server); err != nil {
		t.Fatalf("recv: %v", err)
	}
}

func TestConn_Recv_SilentPeerDropped(t *testing.T) {
	leakCheck(t)
	l, addr := startListener(t, sdk.Config{"idle_timeout": 0.4})

	// A well-behaved sender answers pings, so an idle session survives.
	client, server := connect(t, l, addr)
	time.Sleep(time.Second)
	if err := client.Send(context.Background(), []byte("still here")); err != nil {
		t.Fatalf("send after idling: %v", err)
	}
	if _, err := recv(t, server); err != nil {
		t.Fatalf("recv after idling: %v", err)
	}

	// A sender that authenticates, then never answers a ping, is dropped.
	ch := acceptOne(l)
	ws := rawDial(t, addr)
	challenge := rawHello(t, ws)
	ws.WriteMessage(websocket.TextMessage, encodeProof(computeProof(testToken, challenge)))
	ws.SetPingHandler(func(string) error { return nil })
	go func() {
		for {
			if _, _, err := ws.ReadMessage(); err != nil {
				return
			}
		}
	}()
	a := <-ch
	if a.err != nil {
		t.Fatalf("accept: %v", a.err)
	}
	defer a.conn.Close("")
	_, err := recv(t, a.conn)
	if !errors.Is(err, sdk.ErrClosed) || !strings.Contains(err.Error(), "not even a keepalive") {
		t.Errorf("recv from a silent sender: got %v, want ErrClosed about keepalives", err)
	}
}

func TestConn_Send_Cancelled(t *testing.T) {
	leakCheck(t)
	l, addr := startListener(t, nil)
	client, server := connect(t, l, addr)

	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	if err := client.Send(cancelled, []byte("x")); !errors.Is(err, context.Canceled) {
		t.Errorf("send with a cancelled ctx: got %v", err)
	}
	short, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	if _, err := server.Recv(short); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("recv with nothing to read: got %v", err)
	}
	// A cancelled Recv leaves the session usable.
	client.Send(context.Background(), []byte("after"))
	if m, err := recv(t, server); err != nil || string(m) != "after" {
		t.Fatalf("recv after a cancelled recv: %q, %v", m, err)
	}

	// The receiver reads nothing, so a large message blocks; cancelling
	// it drops the connection, since half a message cannot be taken back.
	big := randomBytes(32 << 20)
	client.Send(context.Background(), big[:1024]) // read ahead by the receiver
	mid, cancel := context.WithCancel(context.Background())
	time.AfterFunc(200*time.Millisecond, cancel)
	if err := client.Send(mid, big); !errors.Is(err, context.Canceled) {
		t.Fatalf("send cancelled half-way: got %v", err)
	}
	if _, err := recv(t, client); !errors.Is(err, sdk.ErrClosed) || !strings.Contains(err.Error(), "cancelled") {
		t.Errorf("sender's recv after a cancelled send: got %v", err)
	}
	if m, err := recv(t, server); err != nil || len(m) != 1024 {
		t.Fatalf("receiver's read-ahead message: %d bytes, %v", len(m), err)
	}
	if _, err := recv(t, server); !errors.Is(err, sdk.ErrClosed) {
		t.Errorf("receiver's recv after a cancelled send: got %v", err)
	}
}

func TestConn_Close_DuringSend(t *testing.T) {
	leakCheck(t)
	l, addr := startListener(t, nil)
	client, server := connect(t, l, addr)
	msg := randomBytes(1 << 20)
	sent := make(chan error, 1)
	go func() {
		for {
			if err := client.Send(context.Background(), msg); err != nil {
				sent <- err
				return
			}
		}
	}()
	received := make(chan int)
	ended := make(chan error, 1)
	go func() { // the receiver drains, as a session does
		for n := 0; ; n++ {
			if _, err := recv(t, server); err != nil {
				ended <- err
				return
			}
			if n == 3 {
				close(received)
			}
		}
	}()
	<-received
	client.Close("")
	if err := <-sent; !errors.Is(err, sdk.ErrClosed) {
		t.Errorf("send during close: got %v, want ErrClosed", err)
	}
	if err := <-ended; !errors.Is(err, io.EOF) {
		t.Errorf("receiver's recv: got %v, want io.EOF", err)
	}
}

func TestListener_Accept_Lifecycle(t *testing.T) {
	leakCheck(t)
	ctx := context.Background()
	l := NewListener().(*listener)
	if d := l.Configure(ctx, sdk.Config{"address": "127.0.0.1:0", "token": testToken}); d.HasErrors() {
		t.Fatal(d.Err())
	}
	if _, err := l.Accept(ctx); err == nil || !strings.Contains(err.Error(), "Listen first") {
		t.Errorf("accept before listen: got %v", err)
	}
	addr, err := l.Listen(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := l.Listen(ctx); err == nil || !strings.Contains(err.Error(), "already listening") {
		t.Errorf("second listen: got %v", err)
	}
	// The address is taken now.
	other := NewListener().(*listener)
	other.Configure(ctx, sdk.Config{"address": addr, "token": testToken})
	if _, err := other.Listen(ctx); err == nil || !strings.Contains(err.Error(), "choose a free address") {
		t.Errorf("listen on a taken address: got %v", err)
	}
	l.close()
	l.close()
	if _, err := l.Accept(ctx); !errors.Is(err, net.ErrClosed) {
		t.Errorf("accept after close: got %v", err)
	}
}

func TestSink_Connect_NoReceiver(t *testing.T) {
	leakCheck(t)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	_, err = newSink(t, wsURL(addr), testToken).Connect(context.Background())
	if err == nil || !strings.Contains(err.Error(), "could not connect") || !strings.Contains(err.Error(), "rex serve") {
		t.Errorf("connect to nothing: got %v", err)
	}

	_, addr = startListener(t, nil)
	_, err = newSink(t, "ws://"+addr+"/wrong", testToken).Connect(context.Background())
	if err == nil || !strings.Contains(err.Error(), "404") || !strings.Contains(err.Error(), "path") {
		t.Errorf("connect to the wrong path: got %v", err)
	}
}

// fakeReceiver serves a WebSocket on /rex that says hello and then what
// the test wants, so the sink's side of the handshake meets bad receivers.
func fakeReceiver(t *testing.T, hello []byte, then func(ws *websocket.Conn)) string {
	t.Helper()
	done := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer close(done)
		ws, err := (&websocket.Upgrader{}).Upgrade(w, r, nil)
		if err != nil {
			return
		}
		defer ws.Close()
		ws.SetReadDeadline(time.Now().Add(10 * time.Second))
		ws.WriteMessage(websocket.TextMessage, hello)
		if then != nil {
			then(ws)
		}
		for { // until the sink hangs up
			if _, _, err := ws.ReadMessage(); err != nil {
				return
			}
		}
	}))
	t.Cleanup(func() { <-done; srv.Close() })
	return "ws" + strings.TrimPrefix(srv.URL, "http") + "/rex"
}

func TestSink_Connect_BadReceiver(t *testing.T) {
	good := string(encodeHello(make([]byte, challengeSize)))
	tests := []struct {
		name    string
		hello   string
		then    func(ws *websocket.Conn)
		refused bool
		want    string
	}{
		{"other version", `{"rex":"websocket/9","challenge":""}`, nil, false, `receiver speaks protocol "websocket/9"`},
		{"not rex", `{"hello":"world"}`, nil, false, "not a rex hello"},
		{"no verdict", good, func(ws *websocket.Conn) { ws.ReadMessage() }, false, "timed out"},
		{"bad verdict", good, func(ws *websocket.Conn) {
			ws.ReadMessage()
			ws.WriteMessage(websocket.TextMessage, []byte(`{"ok":false}`))
		}, false, "neither ok nor an error"},
		{"refused by close frame", good, func(ws *websocket.Conn) {
			ws.ReadMessage()
			ws.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(closeRefused, "busy\x1b[31m"), time.Now().Add(time.Second))
		}, true, "refused the session: busy?[31m"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			leakCheck(t)
			url := fakeReceiver(t, []byte(tt.hello), tt.then)
			s := NewSink()
			s.Configure(context.Background(), sdk.Config{"url": url, "token": testToken, "handshake_timeout": 0.5})
			_, err := s.Connect(context.Background())
			if err == nil || errors.Is(err, sdk.ErrRefused) != tt.refused || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("connect: got %v, want refused=%v and %q", err, tt.refused, tt.want)
			}
		})
	}
}

func BenchmarkConn_Send_1MiB(b *testing.B) {
	l, addr := startListener(b, nil)
	client, server := connect(b, l, addr)
	msg := randomBytes(1 << 20)
	done := make(chan error, 1)
	go func() {
		for range b.N {
			if _, err := server.Recv(context.Background()); err != nil {
				done <- err
				return
			}
		}
		done <- nil
	}()
	b.SetBytes(int64(len(msg)))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if err := client.Send(context.Background(), msg); err != nil {
			b.Fatal(err)
		}
	}
	if err := <-done; err != nil {
		b.Fatal(err)
	}
}

// TestConn_Recycle reads a message into the memory of one handed back:
// each message arrives whole, and none changes one still held.
func TestConn_Recycle(t *testing.T) {
	leakCheck(t)
	l, addr := startListener(t, nil)
	client, server := connect(t, l, addr)
	defer client.Close("")
	defer server.Close("")
	msgs := [][]byte{randomBytes(300 << 10), randomBytes(290 << 10), randomBytes(280 << 10), randomBytes(700 << 10)}
	go func() {
		for _, m := range msgs {
			if err := client.Send(context.Background(), m); err != nil {
				return
			}
		}
	}()
	rc, ok := server.(sdk.Recycler)
	if !ok {
		t.Fatal("the websocket Conn is not a Recycler")
	}
	first, err := recv(t, server)
	if err != nil || !bytes.Equal(first, msgs[0]) {
		t.Fatalf("message 0: %d bytes, %v", len(first), err)
	}
	rc.Recycle(first)
	// The reader may have taken memory for message 1 before the first
	// came back; message 2 is read into it at the latest.
	var reused bool
	for i := 1; i < len(msgs); i++ {
		got, err := recv(t, server)
		if err != nil || !bytes.Equal(got, msgs[i]) {
			t.Fatalf("message %d: %d bytes, %v", i, len(got), err)
		}
		reused = reused || &got[0] == &first[0]
		if i == 1 {
			held := got // not handed back: later messages must not touch it
			defer func() {
				if !bytes.Equal(held, msgs[1]) {
					t.Error("a message not handed back was overwritten")
				}
			}()
			continue
		}
		rc.Recycle(got)
	}
	if !reused {
		t.Error("no message was read into the memory handed back")
	}
}
