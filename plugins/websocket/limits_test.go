package websocket

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"strings"
	"testing"
	"time"

	"github.com/rexdata/rex/sdk"
)

func TestLimits_Failed(t *testing.T) {
	t.Parallel()
	t0 := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	at := func(s float64) time.Time { return t0.Add(time.Duration(s * float64(time.Second))) }
	type event struct {
		at   float64
		peer string
		ok   bool // a good proof instead of a failure
	}
	tests := []struct {
		name   string
		events []event
		peer   string
		when   float64
		want   bool // backing off at when
	}{
		{"four failures", []event{{0, "192.0.2.1:1", false}, {1, "192.0.2.1:2", false}, {2, "192.0.2.1:3", false}, {3, "192.0.2.1:4", false}}, "192.0.2.1:9", 4, false},
		{"five failures", []event{{0, "192.0.2.1:1", false}, {1, "192.0.2.1:2", false}, {2, "192.0.2.1:3", false}, {3, "192.0.2.1:4", false}, {4, "192.0.2.1:5", false}}, "192.0.2.1:9", 5, true},
		{"back-off over", []event{{0, "192.0.2.1:1", false}, {1, "192.0.2.1:2", false}, {2, "192.0.2.1:3", false}, {3, "192.0.2.1:4", false}, {4, "192.0.2.1:5", false}}, "192.0.2.1:9", 34, false},
		{"another IP", []event{{0, "192.0.2.1:1", false}, {1, "192.0.2.1:2", false}, {2, "192.0.2.1:3", false}, {3, "192.0.2.1:4", false}, {4, "192.0.2.1:5", false}}, "192.0.2.2:9", 5, false},
		{"spread over more than a minute", []event{{0, "192.0.2.1:1", false}, {20, "192.0.2.1:2", false}, {40, "192.0.2.1:3", false}, {59, "192.0.2.1:4", false}, {61, "192.0.2.1:5", false}}, "192.0.2.1:9", 62, false},
		{"success forgets", []event{{0, "192.0.2.1:1", false}, {1, "192.0.2.1:2", false}, {2, "192.0.2.1:3", false}, {3, "192.0.2.1:4", false}, {3.5, "192.0.2.1:6", true}, {4, "192.0.2.1:5", false}}, "192.0.2.1:9", 5, false},
		{"one IPv6 /64", []event{{0, "[2001:db8::1]:1", false}, {1, "[2001:db8::2]:1", false}, {2, "[2001:db8::3]:1", false}, {3, "[2001:db8::4]:1", false}, {4, "[2001:db8::5]:1", false}}, "[2001:db8::ffff]:9", 5, true},
		{"another IPv6 /64", []event{{0, "[2001:db8::1]:1", false}, {1, "[2001:db8::2]:1", false}, {2, "[2001:db8::3]:1", false}, {3, "[2001:db8::4]:1", false}, {4, "[2001:db8::5]:1", false}}, "[2001:db8:0:1::1]:9", 5, false},
		{"IPv4-mapped is IPv4", []event{{0, "[::ffff:192.0.2.1]:1", false}, {1, "192.0.2.1:2", false}, {2, "192.0.2.1:3", false}, {3, "192.0.2.1:4", false}, {4, "192.0.2.1:5", false}}, "192.0.2.1:9", 5, true},
		{"no IP", []event{{0, "pipe", false}, {1, "pipe", false}, {2, "pipe", false}, {3, "pipe", false}, {4, "pipe", false}}, "pipe", 5, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			l := newLimits(defaultMaxSessions, defaultAuthFailures, defaultAuthBackoff)
			for _, e := range tt.events {
				if e.ok {
					l.succeeded(e.peer)
				} else {
					l.failed(e.peer, at(e.at))
				}
			}
			if got := l.backingOff(tt.peer, at(tt.when)); got != tt.want {
				t.Errorf("backingOff(%s) at %vs = %v, want %v", tt.peer, tt.when, got, tt.want)
			}
		})
	}
}

func TestLimits_Failed_Sweep(t *testing.T) {
	t.Parallel()
	l := newLimits(1, 2, time.Second)
	t0 := time.Now()
	for i := range sweepAt {
		l.failed(fmt.Sprintf("198.51.%d.%d:1", i/256, i%256), t0)
	}
	l.failed("192.0.2.1:1", t0.Add(authWindow+time.Second))
	if n := len(l.peers); n != 1 {
		t.Errorf("after the sweep %d addresses are tracked, want 1", n)
	}
}

func TestLimits_Acquire(t *testing.T) {
	t.Parallel()
	l := newLimits(2, defaultAuthFailures, defaultAuthBackoff)
	a, b := l.acquire(), l.acquire()
	if a == nil || b == nil {
		t.Fatal("acquire below the limit failed")
	}
	if l.acquire() != nil {
		t.Fatal("acquire over the limit succeeded")
	}
	a()
	a() // a second release gives back nothing more
	if c := l.acquire(); c == nil {
		t.Fatal("acquire after a release failed")
	}
	if l.acquire() != nil {
		t.Fatal("acquire over the limit succeeded after a double release")
	}
}

// acceptSession accepts until it gets a session, skipping refusals.
func acceptSession(t testing.TB, l *listener) sdk.Conn {
	t.Helper()
	for {
		a := <-acceptOne(l)
		var ref *sdk.RefusedError
		if errors.As(a.err, &ref) {
			continue
		}
		if a.err != nil {
			t.Fatalf("accept: %v", a.err)
		}
		t.Cleanup(func() { a.conn.Close("") })
		return a.conn
	}
}

func TestListener_Accept_MaxSessions(t *testing.T) {
	leakCheck(t)
	l, addr := startListener(t, sdk.Config{"max_sessions": 1.0})
	_, server := connect(t, l, addr)

	_, err := newSink(t, wsURL(addr), testToken).Connect(context.Background())
	if !errors.Is(err, sdk.ErrRefused) || !strings.Contains(err.Error(), "too many sessions") || !strings.Contains(err.Error(), "max_sessions") {
		t.Fatalf("connect over the limit: got %v, want ErrRefused saying too many sessions", err)
	}
	if ref := acceptRefusal(t, l); ref.Reason != reasonTooMany {
		t.Errorf("refusal reason: got %q, want %q", ref.Reason, reasonTooMany)
	}

	// Ending the session frees its slot.
	server.Close("")
	client, err := newSink(t, wsURL(addr), testToken).Connect(context.Background())
	if err != nil {
		t.Fatalf("connect after a session ended: %v", err)
	}
	defer client.Close("")
	server = acceptSession(t, l)
	client.Send(context.Background(), []byte("x"))
	if _, err := recv(t, server); err != nil {
		t.Fatalf("recv: %v", err)
	}
}

func TestListener_Accept_AuthBackoff(t *testing.T) {
	leakCheck(t)
	const backoff = time.Second
	l, addr := startListener(t, sdk.Config{"auth_backoff": backoff.Seconds()})
	bad := newSink(t, wsURL(addr), "not the token at all")
	for i := range defaultAuthFailures {
		_, err := bad.Connect(context.Background())
		if !errors.Is(err, sdk.ErrRefused) || !strings.Contains(err.Error(), reasonInvalidToken) {
			t.Fatalf("bad token %d: got %v, want ErrRefused for an invalid token", i, err)
		}
	}
	last := time.Now()

	// Even the right token is refused now, without being checked.
	good := newSink(t, wsURL(addr), testToken)
	_, err := good.Connect(context.Background())
	if !errors.Is(err, sdk.ErrRefused) || !strings.Contains(err.Error(), reasonBackoff) {
		t.Fatalf("good token during the back-off: got %v, want ErrRefused saying %q", err, reasonBackoff)
	}
	// Each refusal is reported once its connection has ended, so the
	// reports may arrive in any order: count them.
	reasons := map[string]int{}
	for range defaultAuthFailures + 1 {
		ref := acceptRefusal(t, l)
		if !strings.HasPrefix(ref.Peer, "127.0.0.1:") {
			t.Errorf("refusal %+v: want a peer from 127.0.0.1", ref)
		}
		reasons[ref.Reason]++
	}
	if want := map[string]int{reasonInvalidToken: defaultAuthFailures, reasonBackoff: 1}; !maps.Equal(reasons, want) {
		t.Errorf("refusal reasons: got %v, want %v", reasons, want)
	}

	// Once the back-off is over, the right token gets in.
	time.Sleep(time.Until(last.Add(backoff + 100*time.Millisecond)))
	client, err := good.Connect(context.Background())
	if err != nil {
		t.Fatalf("good token after the back-off: %v", err)
	}
	defer client.Close("")
	server := acceptSession(t, l)
	client.Send(context.Background(), []byte("x"))
	if _, err := recv(t, server); err != nil {
		t.Fatalf("recv: %v", err)
	}
}
