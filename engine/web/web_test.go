package web

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"github.com/rexdata/rex/engine/progress"
)

// dial opens the page's event stream.
func dial(t *testing.T, srv *httptest.Server) *websocket.Conn {
	t.Helper()
	ws, _, err := websocket.DefaultDialer.Dial("ws"+strings.TrimPrefix(srv.URL, "http")+"/events", http.Header{"Origin": {srv.URL}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ws.Close() })
	ws.SetReadDeadline(time.Now().Add(10 * time.Second))
	return ws
}

func read(t *testing.T, ws *websocket.Conn) message {
	t.Helper()
	var m message
	if err := ws.ReadJSON(&m); err != nil {
		t.Fatal(err)
	}
	return m
}

func TestServer_SnapshotThenLive(t *testing.T) {
	s := &Server{Side: "receiver", Keep: 2}
	srv := httptest.NewServer(s.Handler())
	defer srv.Close()
	emit := s.Sink()
	for session := 1; session <= 3; session++ {
		emit(progress.Event{Side: "receiver", Session: session, Kind: progress.SessionStarted})
		for rows := int64(10); rows <= 100; rows += 10 {
			emit(progress.Event{Side: "receiver", Session: session, Kind: progress.Rows, Table: "t", Rows: rows, Total: 100})
		}
		emit(progress.Event{Side: "receiver", Session: session, Kind: progress.Committed})
	}

	ws := dial(t, srv)
	if m := read(t, ws); m.Type != "hello" || m.Side != "receiver" {
		t.Fatalf("first message %+v, want hello from the receiver", m)
	}
	// Only the last two sessions are kept, each with its latest rows.
	var got []string
	for range 6 {
		m := read(t, ws)
		got = append(got, string(m.Event.Kind)+":"+string(rune('0'+m.Event.Session)))
		if m.Event.Kind == progress.Rows && m.Event.Rows != 100 {
			t.Errorf("kept rows event %d, want the latest (100)", m.Event.Rows)
		}
	}
	want := "session_started:2 rows:2 committed:2 session_started:3 rows:3 committed:3"
	if strings.Join(got, " ") != want {
		t.Errorf("snapshot %v, want %s", got, want)
	}
	emit(progress.Event{Side: "receiver", Session: 4, Kind: progress.Refused, Message: "invalid token"})
	if m := read(t, ws); m.Event == nil || m.Event.Kind != progress.Refused || m.Event.Message != "invalid token" {
		t.Errorf("live event %+v, want the refusal", m)
	}
}

func TestServer_Token(t *testing.T) {
	s := &Server{Side: "receiver", Token: "the-token"}
	srv := httptest.NewServer(s.Handler())
	defer srv.Close()
	s.Sink()(progress.Event{Side: "receiver", Session: 1, Kind: progress.Committed})

	ws := dial(t, srv)
	if m := read(t, ws); m.Type != "auth" {
		t.Fatalf("first message %+v, want a token request", m)
	}
	ws.WriteJSON(map[string]string{"token": "wrong"})
	if m := read(t, ws); m.Type != "denied" {
		t.Fatalf("after a wrong token: %+v, want denied", m)
	}
	ws.WriteJSON(map[string]string{"token": "the-token"})
	if m := read(t, ws); m.Type != "hello" {
		t.Fatalf("after the token: %+v, want hello", m)
	}
	if m := read(t, ws); m.Event == nil || m.Event.Kind != progress.Committed {
		t.Errorf("after the token: %+v, want the kept session", m)
	}
}

func TestHandler_ServesEmbeddedFilesOnly(t *testing.T) {
	srv := httptest.NewServer((&Server{}).Handler())
	defer srv.Close()
	for _, path := range []string{"/", "/app.js", "/style.css"} {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || len(body) == 0 {
			t.Errorf("GET %s: %d, %d bytes", path, resp.StatusCode, len(body))
		}
		if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") {
			t.Errorf("GET %s: Content-Security-Policy %q", path, csp)
		}
		// Nothing in the page points elsewhere.
		for _, s := range []string{"http://", "https://", "//cdn"} {
			if strings.Contains(string(body), s) {
				t.Errorf("%s refers to %q", path, s)
			}
		}
	}
	if resp, err := http.Post(srv.URL+"/", "text/plain", nil); err == nil {
		resp.Body.Close()
		if resp.StatusCode != http.StatusMethodNotAllowed {
			t.Errorf("POST /: %d, want 405 (the page is read-only)", resp.StatusCode)
		}
	}
}

func TestIsLoopback(t *testing.T) {
	for addr, want := range map[string]bool{
		"127.0.0.1:8080": true, "localhost:1": true, "[::1]:80": true, "127.1.2.3:9": true,
		"0.0.0.0:8080": false, ":8080": false, "[::]:80": false, "10.0.0.1:80": false, "example.com:80": false,
	} {
		if got := IsLoopback(addr); got != want {
			t.Errorf("IsLoopback(%q) = %v, want %v", addr, got, want)
		}
	}
}
