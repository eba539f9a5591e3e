package main

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rexdata/rex/engine/session"
	"github.com/rexdata/rex/plugins/hpke"
	"github.com/rexdata/rex/plugins/websocket"
	"github.com/rexdata/rex/sdk"
)

// attackToken is the shared token of the attack tests: long enough that
// neither side warns about it.
const attackToken = "attack-test-token-0123456789"

// attackMaxMessage is the hardened receiver's max_message_bytes.
const attackMaxMessage = 1 << 20

// serveHardened starts a receiver (serving until the test ends, not
// --once) whose listen block also sets max_message_bytes to 1 MiB and
// handshake_timeout to 1 second, and returns it with its address.
func (w *workdir) serveHardened() (*proc, string) {
	w.t.Helper()
	const tokenLine = "  token   = "
	hcl := fmt.Sprintf(receiverHCL, attackToken)
	if !strings.Contains(hcl, tokenLine) {
		w.t.Fatalf("receiverHCL has no %q line to add the listen limits to:\n%s", tokenLine, hcl)
	}
	hcl = strings.Replace(hcl, tokenLine, fmt.Sprintf("  max_message_bytes = %d\n  handshake_timeout = 1\n%s", attackMaxMessage, tokenLine), 1)
	w.write("receiver.hcl", hcl)
	p := start(w.t, w.dir, "serve", "receiver.hcl")
	m := p.waitLine(w.t, listeningRE, time.Minute)
	return p, m[1]
}

// readyLine is the last stage line a receiver prints once it has started
// fresh session stages after a session ended; it accepts again right after.
var readyLine = regexp.MustCompile(`^receiver: destination "sqlite" started`)

// commitGoodRun proves the receiver still serves: a real `rex run` of the
// quickstart through it commits, and the destination then holds the
// source's customers.
func (w *workdir) commitGoodRun(srv *proc, addr string) {
	t := w.t
	t.Helper()
	w.pipeline(addr, attackToken, "")
	run := start(t, w.dir, "run", "-q", "pipeline.hcl")
	if code := run.wait(t, time.Minute); code != 0 {
		t.Fatalf("a good rex run after the attack exited %d:\n%s\nreceiver:\n%s", code, run.errText(), srv.errText())
	}
	srv.waitLine(t, regexp.MustCompile(`^receiver: committed: `), 30*time.Second)
	if n := countRows(t, w.dest, "shop_customer"); n != 33 {
		t.Errorf("after the good run shop_customer has %d rows at the destination, want 33", n)
	}
}

func countRows(t *testing.T, path, table string) int {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n int
	if err := db.QueryRow(fmt.Sprintf(`SELECT count(*) FROM "%s"`, table)).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// hostileSender authenticates like a real sender, with the hpke and
// websocket plugins in this process, then sends whatever a test chooses.
type hostileSender struct {
	t       *testing.T
	w       *workdir
	ch      *session.Channel
	welcome session.Welcome
}

// newCipher returns an hpke cipher configured as w's sender.
func (w *workdir) newCipher() sdk.Cipher {
	t := w.t
	t.Helper()
	read := func(name string) string {
		b, err := os.ReadFile(filepath.Join(w.dir, name))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	ci := hpke.New()
	if d := ci.Configure(t.Context(), sdk.Config{"recipient_key": read("receiver.pub"), "sender_key": read("sender.key")}); d.HasErrors() {
		t.Fatalf("configure hpke: %v", d.Err())
	}
	return ci
}

// dialHostile connects to addr, proves the token, sends a Hello with the
// cipher's offer and receives the sealed Welcome.
func (w *workdir) dialHostile(addr string) *hostileSender {
	w.t.Helper()
	h, err := w.hello(addr, session.Version)
	if err != nil {
		w.t.Fatalf("receive welcome: %v", err)
	}
	if h.welcome.Schema.Table("shop_tag") == nil {
		w.t.Fatal("the destination schema has no shop_tag table")
	}
	return h
}

// hello connects to addr, proves the token and sends a Hello of session
// protocol version with the cipher's offer; it returns the Welcome's error.
func (w *workdir) hello(addr string, version int) (*hostileSender, error) {
	t := w.t
	t.Helper()
	ctx := t.Context()
	ci := w.newCipher()
	offer, err := ci.Offer(ctx)
	if err != nil {
		t.Fatalf("offer: %v", err)
	}
	sink := websocket.NewSink()
	if d := sink.Configure(ctx, sdk.Config{"url": "ws://" + addr + "/rex", "token": attackToken}); d.HasErrors() {
		t.Fatalf("configure websocket: %v", d.Err())
	}
	conn, err := sink.Connect(ctx)
	if err != nil {
		t.Fatalf("connect: %v", err)
	}
	t.Cleanup(func() { conn.Close("") })
	h := &hostileSender{t: t, w: w, ch: &session.Channel{Conn: conn, Cipher: ci}}
	if err := h.ch.SendClear(ctx, session.TypeHello, session.Hello{Protocol: version, RexVersion: "attack-test", Cipher: "hpke", Offer: offer}); err != nil {
		t.Fatalf("send hello: %v", err)
	}
	return h, h.ch.RecvExpect(ctx, session.TypeWelcome, &h.welcome)
}

func TestAttack_OlderSessionProtocol_Refused(t *testing.T) {
	// Protocol 1 digested rows with SHA-256: its sender would find every
	// table different, so the receiver refuses it in Hello and says why.
	w := newWorkdir(t)
	srv, addr := w.serveHardened()
	_, err := w.hello(addr, session.Version-1)
	want := fmt.Sprintf("session protocol %d is not supported; this receiver speaks %d", session.Version-1, session.Version)
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("Hello of protocol %d: %v, want %q", session.Version-1, err, want)
	}
	srv.waitLine(t, regexp.MustCompile(`^receiver: refused: .*`+regexp.QuoteMeta(want)), 10*time.Second)
	w.commitGoodRun(srv, addr)
}

// Positions of the messages returned by plainStream.
const (
	frameBegin = iota
	frameTable
	frameData1
	frameData2
	frameEnd
)

// plainStream returns a complete, valid transfer of four shop_tag rows in
// two batches, unsealed: Begin, Table, Data, Data, End.
func (h *hostileSender) plainStream() [][]byte {
	t := h.t
	t.Helper()
	enc := func(typ session.Type, v any) []byte {
		b, err := session.Encode(typ, v)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	data := func(ids ...int64) []byte {
		b := &sdk.Batch{Table: "shop_tag", Columns: []string{"id", "name", "color"}}
		for _, id := range ids {
			b.Append(sdk.Int(id), sdk.Text(fmt.Sprintf("hostile-tag-%d", id)), sdk.Text("#0000ff"))
		}
		msg, err := session.EncodeData(nil, b)
		if err != nil {
			t.Fatal(err)
		}
		return msg
	}
	return [][]byte{
		frameBegin: enc(session.TypeBegin, session.Begin{
			Source: h.welcome.Schema,
			Tables: []session.TableMove{{Source: "shop_tag", Destination: "shop_tag"}},
			Mode:   sdk.Replace,
		}),
		frameTable: enc(session.TypeTable, session.Table{Name: "shop_tag", Rows: 4}),
		frameData1: data(1, 2),
		frameData2: data(3, 4),
		frameEnd:   enc(session.TypeEnd, session.End{Rows: map[string]int64{"shop_tag": 4}}),
	}
}

// seal seals each plain message in order, as the sender's next frames.
func (h *hostileSender) seal(plain ...[]byte) [][]byte {
	h.t.Helper()
	out := make([][]byte, len(plain))
	for i, p := range plain {
		s, err := h.ch.Seal(h.t.Context(), p)
		if err != nil {
			h.t.Fatalf("seal: %v", err)
		}
		out[i] = s
	}
	return out
}

// send writes wire messages until one fails: once the receiver has seen
// the fault it may close the connection, so later sends may not arrive.
func (h *hostileSender) send(msgs ...[]byte) {
	ctx, cancel := context.WithTimeout(h.t.Context(), 10*time.Second)
	defer cancel()
	for _, m := range msgs {
		if err := h.ch.Conn.Send(ctx, m); err != nil {
			h.t.Logf("send stopped: %v", err)
			return
		}
	}
}

// drain reads what the receiver says until the connection ends. It
// returns everything the receiver told: the reason of a sealed Abort and
// the error that ended the connection, which carries the reason of the
// receiver's close frame.
func (h *hostileSender) drain() (told string, committed bool) {
	ctx, cancel := context.WithTimeout(h.t.Context(), 15*time.Second)
	defer cancel()
	var said []string
	for {
		typ, payload, err := h.ch.Recv(ctx)
		if err != nil {
			return strings.Join(append(said, err.Error()), "; "), committed
		}
		switch typ {
		case session.TypeAbort:
			var a session.Abort
			session.Decode(typ, payload, &a)
			said = append(said, "abort: "+a.Reason)
		case session.TypeCommitted:
			committed = true
			// The session is over; end it as a real sender does.
			h.ch.Conn.Close("")
		}
	}
}

func TestAttack_UntamperedStream_Commits(t *testing.T) {
	// The control for TestAttack_SealedStream_RolledBackAndServesNext: the
	// hostile sender's stream, sent as built, commits. Each attack there
	// changes only the one thing it names.
	w := newWorkdir(t)
	srv, addr := w.serveHardened()
	h := w.dialHostile(addr)
	h.send(h.seal(h.plainStream()...)...)
	told, committed := h.drain()
	if !committed {
		t.Fatalf("the untampered stream did not commit (receiver told %q); receiver:\n%s", told, srv.errText())
	}
	srv.waitLine(t, regexp.MustCompile(`^receiver: committed: `), 30*time.Second)
	if n := countRows(t, w.dest, "shop_tag"); n != 4 {
		t.Errorf("shop_tag has %d rows, want the 4 sent", n)
	}
}

func TestAttack_SealedStream_RolledBackAndServesNext(t *testing.T) {
	flip := func(m []byte) []byte {
		m = bytes.Clone(m)
		m[len(m)/2] ^= 0x10
		return m
	}
	cases := []struct {
		name string
		// attack sends a session's data stream, with its fault; p holds
		// the plain messages of plainStream. Frames are sealed in the
		// order a real sender would seal them, so each binds its position.
		attack func(h *hostileSender, p [][]byte)
		// why matches the receiver's rolled-back line.
		why string
		// told, if set, is what the receiver tells the sender as it ends
		// the session.
		told string
	}{
		{
			name:   "replayed data frame",
			attack: func(h *hostileSender, p [][]byte) { f := h.seal(p...); h.send(f[0], f[1], f[2], f[2], f[3], f[4]) },
			why:    "frame 3 failed authentication", told: "failed authentication",
		},
		{
			name:   "reordered data frames",
			attack: func(h *hostileSender, p [][]byte) { f := h.seal(p...); h.send(f[0], f[1], f[3], f[2], f[4]) },
			why:    "frame 2 failed authentication", told: "failed authentication",
		},
		{
			name:   "reordered table and data frames",
			attack: func(h *hostileSender, p [][]byte) { f := h.seal(p...); h.send(f[0], f[2], f[1], f[3], f[4]) },
			why:    "frame 1 failed authentication", told: "failed authentication",
		},
		{
			name:   "flipped bit in a data frame",
			attack: func(h *hostileSender, p [][]byte) { f := h.seal(p...); h.send(f[0], f[1], flip(f[2]), f[3], f[4]) },
			why:    "frame 2 failed authentication", told: "failed authentication",
		},
		{
			name:   "flipped bit in the end frame",
			attack: func(h *hostileSender, p [][]byte) { f := h.seal(p...); h.send(f[0], f[1], f[2], f[3], flip(f[4])) },
			why:    "frame 4 failed authentication", told: "failed authentication",
		},
		{
			name: "truncated data frame",
			attack: func(h *hostileSender, p [][]byte) {
				f := h.seal(p...)
				h.send(f[0], f[1], f[2][:len(f[2])-16], f[3], f[4])
			},
			why: "frame 2 failed authentication", told: "failed authentication",
		},
		{
			name: "data frame sealed in another session",
			attack: func(h *hostileSender, p [][]byte) {
				f := h.seal(p...)
				// A second session to the same receiver key, advanced to
				// the same position, seals the same plaintext.
				other := h.w.newCipher()
				if _, err := other.Offer(h.t.Context()); err != nil {
					h.t.Fatal(err)
				}
				och := &session.Channel{Cipher: other}
				var foreign []byte
				for _, m := range p[:frameData1+1] {
					s, err := och.Seal(h.t.Context(), m)
					if err != nil {
						h.t.Fatal(err)
					}
					foreign = s
				}
				h.send(f[0], f[1], foreign, f[3], f[4])
			},
			why: "frame 2 failed authentication", told: "failed authentication",
		},
		{
			name: "stream closed before the end",
			attack: func(h *hostileSender, p [][]byte) {
				f := h.seal(p...)
				h.send(f[0], f[1], f[2])
				h.ch.Conn.Close("")
			},
			why: "the sender closed the connection before the end of the data",
		},
		{
			name: "frame over max_message_bytes",
			attack: func(h *hostileSender, p [][]byte) {
				// A well-formed, well-sealed batch whose only fault is its
				// size: about 1.5 MiB of rows.
				b := &sdk.Batch{Table: "shop_tag", Columns: []string{"id", "name", "color"}}
				name := strings.Repeat("x", 1000)
				for id := int64(1); id <= 1500; id++ {
					b.Append(sdk.Int(id), sdk.Text(name), sdk.Text("#0000ff"))
				}
				big, err := session.EncodeData(nil, b)
				if err != nil {
					h.t.Fatal(err)
				}
				if len(big) <= attackMaxMessage {
					h.t.Fatalf("the oversized batch is only %d bytes", len(big))
				}
				h.send(h.seal(p[frameBegin], p[frameTable], big)...)
			},
			why: fmt.Sprintf("larger than the %d-byte limit", attackMaxMessage),
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorkdir(t)
			before := fileHash(t, w.dest)
			srv, addr := w.serveHardened()

			h := w.dialHostile(addr)
			tc.attack(h, h.plainStream())
			told, committed := h.drain()
			t.Logf("the receiver told the sender: %s", told)
			if committed {
				t.Fatal("the receiver committed the attacked session")
			}
			if tc.told != "" && !strings.Contains(told, tc.told) {
				t.Errorf("the receiver told the sender %q, want it to mention %q", told, tc.told)
			}

			// The progress line, then the log line, say why.
			why := regexp.QuoteMeta(tc.why)
			srv.waitLine(t, regexp.MustCompile(`^receiver: rolled back: .*`+why), 30*time.Second)
			srv.waitLine(t, regexp.MustCompile(`\[ERROR\].*session rolled back.*`+why), 10*time.Second)
			if fileHash(t, w.dest) != before {
				t.Fatal("the destination changed")
			}
			srv.waitLine(t, readyLine, 30*time.Second)
			w.commitGoodRun(srv, addr)
		})
	}
}

// rawUpgrade opens a TCP connection to the receiver and completes the
// HTTP upgrade to a WebSocket by hand; the WebSocket frames are the
// caller's.
func rawUpgrade(t *testing.T, addr string) (net.Conn, *bufio.Reader) {
	t.Helper()
	c, err := net.DialTimeout("tcp", addr, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	fmt.Fprintf(c, "GET /rex HTTP/1.1\r\nHost: %s\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"+
		"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n", addr)
	c.SetReadDeadline(time.Now().Add(5 * time.Second))
	br := bufio.NewReader(c)
	resp, err := http.ReadResponse(br, nil)
	if err != nil {
		t.Fatalf("read the upgrade response: %v", err)
	}
	if resp.StatusCode != http.StatusSwitchingProtocols {
		t.Fatalf("upgrade answered %s, want 101", resp.Status)
	}
	return c, br
}

// closedWithin reads r until the receiver ends the connection, and fails
// unless it does within limit. It returns what was read.
func closedWithin(t *testing.T, c net.Conn, r io.Reader, limit time.Duration) []byte {
	t.Helper()
	started := time.Now()
	c.SetReadDeadline(started.Add(limit + 5*time.Second))
	got, err := io.ReadAll(r)
	var nerr net.Error
	if errors.As(err, &nerr) && nerr.Timeout() {
		t.Fatalf("the receiver kept the connection open for %s (read %q)", time.Since(started).Round(time.Millisecond), got)
	}
	if d := time.Since(started); d > limit {
		t.Errorf("the receiver took %s to drop the connection, want at most %s", d.Round(time.Millisecond), limit)
	}
	return got
}

func TestAttack_Unauthenticated_DroppedAndServesNext(t *testing.T) {
	garbage := func(seed uint64, n int) []byte {
		r := rand.New(rand.NewChaCha8([32]byte{byte(seed)}))
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(r.Uint32())
		}
		return b
	}
	cases := []struct {
		name string
		// attack opens a connection and misbehaves; it returns the
		// connection and the reader of what the receiver sent.
		attack func(t *testing.T, addr string) (net.Conn, io.Reader)
		// check judges what the receiver sent back before it closed.
		check func(t *testing.T, got []byte)
		// why, if set, matches the receiver's refusal line; a connection
		// that never reaches the WebSocket endpoint is not logged.
		why string
	}{
		{
			name: "silent TCP client",
			attack: func(t *testing.T, addr string) (net.Conn, io.Reader) {
				c, err := net.DialTimeout("tcp", addr, 5*time.Second)
				if err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { c.Close() })
				return c, c
			},
			check: func(t *testing.T, got []byte) {
				if len(got) > 0 && !bytes.HasPrefix(got, []byte("HTTP/1.1 4")) {
					t.Errorf("the receiver answered a silent client with %q", got)
				}
			},
		},
		{
			name: "random bytes instead of HTTP",
			attack: func(t *testing.T, addr string) (net.Conn, io.Reader) {
				c, err := net.DialTimeout("tcp", addr, 5*time.Second)
				if err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { c.Close() })
				// Short enough to be read at once, so the receiver's close
				// does not reset the connection before its answer arrives.
				c.Write(append(garbage(1, 512), "\r\n\r\n"...))
				return c, c
			},
			check: func(t *testing.T, got []byte) {
				if !bytes.HasPrefix(got, []byte("HTTP/1.1 400 ")) {
					t.Errorf("the receiver answered random bytes with %q, want 400 Bad Request", got)
				}
			},
		},
		{
			name: "silent after the WebSocket upgrade",
			attack: func(t *testing.T, addr string) (net.Conn, io.Reader) {
				return rawUpgrade(t, addr)
			},
			check: func(t *testing.T, got []byte) {
				// The challenge, then the refusal and a close frame.
				for _, want := range []string{`"challenge"`, `"error":"handshake timed out"`} {
					if !bytes.Contains(got, []byte(want)) {
						t.Errorf("the receiver's frames lack %s: %q", want, got)
					}
				}
			},
			why: "handshake timed out",
		},
		{
			name: "random bytes after the WebSocket upgrade",
			attack: func(t *testing.T, addr string) (net.Conn, io.Reader) {
				c, br := rawUpgrade(t, addr)
				c.Write(garbage(2, 4096))
				return c, br
			},
			check: func(t *testing.T, got []byte) {
				if bytes.Contains(got, []byte(`"ok":true`)) {
					t.Errorf("the receiver accepted random bytes as a token proof: %q", got)
				}
			},
			why: "connection lost during the handshake",
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorkdir(t)
			before := fileHash(t, w.dest)
			srv, addr := w.serveHardened()

			c, r := tc.attack(t, addr)
			// handshake_timeout is 1 s; allow for a loaded machine.
			got := closedWithin(t, c, r, 4*time.Second)
			t.Logf("the receiver answered %q before closing", got)
			tc.check(t, got)
			if tc.why != "" {
				srv.waitLine(t, regexp.MustCompile(`^receiver: refused: .*`+regexp.QuoteMeta(tc.why)), 10*time.Second)
				if !strings.Contains(srv.errText(), "session refused") {
					t.Errorf("the receiver's log lacks \"session refused\":\n%s", srv.errText())
				}
			}
			if fileHash(t, w.dest) != before {
				t.Fatal("the destination changed")
			}
			w.commitGoodRun(srv, addr)
		})
	}
}

// captureProxy forwards TCP connections to a target and records every
// byte, each direction in its own buffer.
type captureProxy struct {
	ln     net.Listener
	target string
	wg     sync.WaitGroup

	mu         sync.Mutex
	toTarget   bytes.Buffer
	fromTarget bytes.Buffer
	conns      int
}

// lockedWriter appends to a buffer of a captureProxy under its lock.
type lockedWriter struct {
	mu  *sync.Mutex
	buf *bytes.Buffer
}

func (w lockedWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.buf.Write(p)
}

func startCaptureProxy(t *testing.T, target string) *captureProxy {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &captureProxy{ln: ln, target: target}
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			p.mu.Lock()
			p.conns++
			p.mu.Unlock()
			p.wg.Add(1)
			go func() {
				defer p.wg.Done()
				p.forward(c.(*net.TCPConn))
			}()
		}
	}()
	t.Cleanup(func() {
		ln.Close()
		p.wg.Wait()
	})
	return p
}

// forward copies both ways between c and a new connection to the target,
// passing each half-close on, until both directions end.
func (p *captureProxy) forward(c *net.TCPConn) {
	defer c.Close()
	u, err := net.DialTimeout("tcp", p.target, 5*time.Second)
	if err != nil {
		return
	}
	up := u.(*net.TCPConn)
	defer up.Close()
	var wg sync.WaitGroup
	pipe := func(dst, src *net.TCPConn, rec *bytes.Buffer) {
		defer wg.Done()
		io.Copy(dst, io.TeeReader(src, lockedWriter{&p.mu, rec}))
		dst.CloseWrite()
	}
	wg.Add(2)
	go pipe(up, c, &p.toTarget)
	go pipe(c, up, &p.fromTarget)
	wg.Wait()
}

// captured returns copies of both directions' bytes.
func (p *captureProxy) captured() (toTarget, fromTarget []byte, conns int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return bytes.Clone(p.toTarget.Bytes()), bytes.Clone(p.fromTarget.Bytes()), p.conns
}

// distinctiveValues returns the text of query's single column, each value
// of at least 6 bytes, from the database at path.
func distinctiveValues(t *testing.T, path, query string) []string {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rs, err := db.Query(query)
	if err != nil {
		t.Fatal(err)
	}
	defer rs.Close()
	var out []string
	for rs.Next() {
		var v string
		if err := rs.Scan(&v); err != nil {
			t.Fatal(err)
		}
		if len(v) >= 6 {
			out = append(out, v)
		}
	}
	if err := rs.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestTraffic_QuickstartThroughProxy_NoPlaintextOnTheWire(t *testing.T) {
	w := newWorkdir(t)
	srv, addr := w.serve(attackToken, "--once")
	proxy := startCaptureProxy(t, addr)
	w.pipeline(proxy.ln.Addr().String(), attackToken, "")

	run := start(t, w.dir, "run", "pipeline.hcl")
	if code := run.wait(t, time.Minute); code != 0 {
		t.Fatalf("rex run through the proxy exited %d:\n%s\nreceiver:\n%s", code, run.errText(), srv.errText())
	}
	if code := srv.wait(t, 30*time.Second); code != 0 {
		t.Fatalf("rex serve --once exited %d:\n%s", code, srv.errText())
	}
	if n := countRows(t, w.dest, "shop_customer"); n != 33 {
		t.Fatalf("shop_customer has %d rows at the destination, want 33: the transfer did not commit", n)
	}

	toRecv, toSend, conns := proxy.captured()
	if conns != 1 {
		t.Errorf("the proxy saw %d connections, want 1", conns)
	}
	// The capture is the real conversation: the clear WebSocket upgrade
	// and token challenge, then sealed frames.
	for _, want := range []struct {
		buf  []byte
		text string
	}{{toRecv, "GET /rex HTTP/1.1"}, {toSend, "101 Switching Protocols"}, {toSend, `"challenge"`}} {
		if !bytes.Contains(want.buf, []byte(want.text)) {
			t.Fatalf("the capture lacks %q: the proxy did not record the session", want.text)
		}
	}
	if len(toRecv) < 10<<10 {
		t.Fatalf("only %d bytes went to the receiver; the data did not pass the proxy", len(toRecv))
	}

	var secrets []string
	for _, q := range []string{
		`SELECT email FROM shop_customer`,
		`SELECT full_name FROM shop_customer`,
		`SELECT phone FROM shop_customer`,
		`SELECT email FROM auth_user`,
	} {
		secrets = append(secrets, distinctiveValues(t, w.src, q)...)
	}
	if len(secrets) < 60 {
		t.Fatalf("only %d distinctive values read from the source", len(secrets))
	}
	// Neither the token nor the schema's names cross in clear either.
	secrets = append(secrets, attackToken, "shop_customer", "full_name")
	for _, s := range secrets {
		for dir, buf := range map[string][]byte{"to the receiver": toRecv, "to the sender": toSend} {
			if bytes.Contains(buf, []byte(s)) {
				t.Errorf("%q crossed the wire in clear, %s", s, dir)
			}
		}
	}
	t.Logf("checked %d values against %d bytes to the receiver and %d to the sender", len(secrets), len(toRecv), len(toSend))
}
