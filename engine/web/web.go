// Package web serves rex's live page: each session's connection steps,
// schema verdicts, per-table progress and outcome, pushed over a WebSocket.
//
// The page's files are embedded in the binary and fetch nothing from
// elsewhere. A Server keeps the last sessions' events, so that a page
// opened after a session ended still shows what happened. It is read-only.
package web

import (
	"crypto/subtle"
	"embed"
	"encoding/json"
	"io/fs"
	"net"
	"net/http"
	"net/netip"
	"sync"
	"time"

	"github.com/gorilla/websocket"

	"github.com/rexdata/rex/engine/progress"
)

//go:embed assets
var assets embed.FS

// DefaultKeep is how many sessions a Server remembers by default.
const DefaultKeep = 20

// Server records events and serves them to the page.
type Server struct {
	// Side is "sender" or "receiver": the page's title.
	Side string
	// Token, when set, must be typed into the page before it shows
	// anything: set it when the page is reachable from other hosts.
	Token string
	// Keep bounds the sessions remembered (DefaultKeep when 0).
	Keep int

	mu       sync.Mutex
	sessions []*record // oldest first
	subs     map[*subscriber]struct{}
}

// record is what the server keeps of one session: its events, with only
// the latest Rows event of each table.
type record struct {
	side    string
	session int
	events  []progress.Event
	rows    map[string]int // table → index of its latest Rows event
}

// subscriber is one open page.
type subscriber struct {
	out chan []byte
	// last is when each table's Rows event was last sent, to send at most
	// rowsInterval's worth.
	last map[string]time.Time
}

const (
	// subscriberQueue is how many messages a slow page may lag behind
	// before it is disconnected (it reconnects and gets the snapshot).
	subscriberQueue = 1024
	// rowsInterval spaces a table's progress updates to a page.
	rowsInterval = 100 * time.Millisecond
	// maxRecordEvents bounds one session's kept events.
	maxRecordEvents = 20000
)

// message is what the page receives: an event, or a control message.
type message struct {
	Type  string          `json:"type"` // "hello", "auth", "denied", "event"
	Side  string          `json:"side,omitempty"`
	Event *progress.Event `json:"event,omitempty"`
}

// Sink returns the event sink that feeds the server.
func (s *Server) Sink() progress.Sink {
	return func(e progress.Event) {
		b, err := json.Marshal(message{Type: "event", Event: &e})
		if err != nil {
			return
		}
		s.mu.Lock()
		defer s.mu.Unlock()
		s.record(e)
		for sub := range s.subs {
			if e.Kind == progress.Rows && e.Rows < e.Total {
				if time.Since(sub.last[e.Table]) < rowsInterval {
					continue
				}
				sub.last[e.Table] = time.Now()
			}
			select {
			case sub.out <- b:
			default:
				// Too slow: cut it loose; the page reconnects.
				close(sub.out)
				delete(s.subs, sub)
			}
		}
	}
}

// record keeps e in its session's record. s.mu is held.
func (s *Server) record(e progress.Event) {
	var r *record
	for i := len(s.sessions) - 1; i >= 0; i-- {
		if s.sessions[i].side == e.Side && s.sessions[i].session == e.Session {
			r = s.sessions[i]
			break
		}
	}
	if r == nil {
		keep := s.Keep
		if keep <= 0 {
			keep = DefaultKeep
		}
		if len(s.sessions) >= keep {
			s.sessions = append(s.sessions[:0], s.sessions[len(s.sessions)-keep+1:]...)
		}
		r = &record{side: e.Side, session: e.Session, rows: map[string]int{}}
		s.sessions = append(s.sessions, r)
	}
	if e.Kind == progress.Rows {
		if i, ok := r.rows[e.Table]; ok {
			r.events[i] = e
			return
		}
		r.rows[e.Table] = len(r.events)
	}
	if len(r.events) < maxRecordEvents {
		r.events = append(r.events, e)
	}
}

// Handler serves the page's files on "/" and its event stream on
// "/events".
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	files, _ := fs.Sub(assets, "assets")
	static := http.FileServerFS(files)
	mux.Handle("GET /", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// Nothing but these files: the page loads no script, style or
		// font from anywhere else.
		w.Header().Set("Content-Security-Policy", "default-src 'self'; connect-src 'self'; img-src 'self' data:; frame-ancestors 'none'")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("Cache-Control", "no-store")
		static.ServeHTTP(w, r)
	}))
	mux.HandleFunc("GET /events", s.serveEvents)
	return mux
}

var upgrader = websocket.Upgrader{ReadBufferSize: 1024, WriteBufferSize: 16 << 10}

// serveEvents sends the kept sessions' events, then the live ones.
func (s *Server) serveEvents(w http.ResponseWriter, r *http.Request) {
	ws, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return // the upgrader answered
	}
	defer ws.Close()
	ws.SetReadLimit(4096)
	if s.Token != "" {
		ws.SetReadDeadline(time.Now().Add(5 * time.Minute))
		if ws.WriteJSON(message{Type: "auth", Side: s.Side}) != nil {
			return
		}
		var answer struct {
			Token string `json:"token"`
		}
		for {
			if err := ws.ReadJSON(&answer); err != nil {
				return
			}
			if subtle.ConstantTimeCompare([]byte(answer.Token), []byte(s.Token)) == 1 {
				break
			}
			time.Sleep(time.Second) // slows down guessing
			if ws.WriteJSON(message{Type: "denied", Side: s.Side}) != nil {
				return
			}
		}
		ws.SetReadDeadline(time.Time{})
	}

	sub := &subscriber{out: make(chan []byte, subscriberQueue), last: map[string]time.Time{}}
	s.mu.Lock()
	var backlog [][]byte
	hello, _ := json.Marshal(message{Type: "hello", Side: s.Side})
	backlog = append(backlog, hello)
	for _, rec := range s.sessions {
		for i := range rec.events {
			b, _ := json.Marshal(message{Type: "event", Event: &rec.events[i]})
			backlog = append(backlog, b)
		}
	}
	if s.subs == nil {
		s.subs = map[*subscriber]struct{}{}
	}
	s.subs[sub] = struct{}{}
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		if _, ok := s.subs[sub]; ok {
			delete(s.subs, sub)
			close(sub.out)
		}
		s.mu.Unlock()
	}()

	// The page sends nothing more; reading notices when it goes away.
	gone := make(chan struct{})
	go func() {
		defer close(gone)
		for {
			if _, _, err := ws.NextReader(); err != nil {
				return
			}
		}
	}()
	send := func(b []byte) bool {
		ws.SetWriteDeadline(time.Now().Add(10 * time.Second))
		return ws.WriteMessage(websocket.TextMessage, b) == nil
	}
	for _, b := range backlog {
		if !send(b) {
			return
		}
	}
	ping := time.NewTicker(30 * time.Second)
	defer ping.Stop()
	for {
		select {
		case b, ok := <-sub.out:
			if !ok || !send(b) {
				return
			}
		case <-ping.C:
			if ws.WriteControl(websocket.PingMessage, nil, time.Now().Add(10*time.Second)) != nil {
				return
			}
		case <-gone:
			return
		}
	}
}

// Serve serves the page on ln until it is closed, with the timeouts a
// server reachable from elsewhere needs.
func (s *Server) Serve(ln net.Listener) error {
	srv := &http.Server{Handler: s.Handler(), ReadHeaderTimeout: 10 * time.Second, IdleTimeout: 2 * time.Minute, MaxHeaderBytes: 64 << 10}
	return srv.Serve(ln)
}

// IsLoopback reports whether a listen address (host:port) binds to
// loopback only: "localhost", 127.0.0.0/8 or ::1. An empty host or an
// unspecified address binds to every interface.
func IsLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		host = addr
	}
	if host == "localhost" {
		return true
	}
	ip, err := netip.ParseAddr(host)
	return err == nil && ip.IsLoopback()
}
