// Package progress is the event stream of a session, published by the
// sender and the receiver alike: connection steps, schema checks, rows
// moved per table, and the outcome. Printers turn it into what people
// watch; the engine only emits.
package progress

import (
	"fmt"
	"io"
	"sort"
	"sync"
	"time"
)

// Kind says what an event reports.
type Kind string

// The event kinds.
const (
	// StageStarted: a plugin process is up (Stage, Plugin, PID).
	StageStarted Kind = "stage_started"
	// Step: a connection step passed (Message), e.g. "token accepted".
	Step Kind = "step"
	// Refused: a session was refused (Message says why).
	Refused Kind = "refused"
	// Verdict: schema validation's verdict for a table (Table, Message is
	// ok, warning or error, Total the rows to move or -1).
	Verdict Kind = "verdict"
	// TableStarted: a table's transfer begins (Table, Total).
	TableStarted Kind = "table_started"
	// Rows: rows moved so far for a table (Table, Rows, Total, Bytes).
	Rows Kind = "rows"
	// TableDone: a table's rows have all moved (Table, Rows).
	TableDone Kind = "table_done"
	// Committed: the destination transaction committed.
	Committed Kind = "committed"
	// RolledBack: the session ended without commit (Message says why).
	RolledBack Kind = "rolled_back"
)

// Event is one thing that happened in a session.
type Event struct {
	Time    time.Time `json:"time"`
	Side    string    `json:"side"` // "sender" or "receiver"
	Kind    Kind      `json:"kind"`
	Stage   string    `json:"stage,omitempty"`
	Plugin  string    `json:"plugin,omitempty"`
	PID     int       `json:"pid,omitempty"`
	Table   string    `json:"table,omitempty"`
	Rows    int64     `json:"rows,omitempty"`
	Total   int64     `json:"total,omitempty"`
	Bytes   int64     `json:"bytes,omitempty"`
	Message string    `json:"message,omitempty"`
}

// Sink receives events. Implementations must be safe for concurrent use
// and must not block for long: the transfer waits on them.
type Sink func(Event)

// Emit sends e to s, stamping its time; a nil Sink drops it.
func (s Sink) Emit(e Event) {
	if s == nil {
		return
	}
	if e.Time.IsZero() {
		e.Time = time.Now()
	}
	s(e)
}

// Lines prints events as plain lines for people, at most one Rows line per
// table per interval.
type Lines struct {
	W        io.Writer
	Interval time.Duration
	mu       sync.Mutex
	last     map[string]time.Time
}

// Sink returns the printer as an event sink.
func (l *Lines) Sink() Sink {
	return func(e Event) {
		l.mu.Lock()
		defer l.mu.Unlock()
		if l.last == nil {
			l.last = map[string]time.Time{}
		}
		switch e.Kind {
		case StageStarted:
			fmt.Fprintf(l.W, "%s: %s %q started: %s, pid %d\n", e.Side, e.Stage, e.Plugin, e.Message, e.PID)
		case Step:
			fmt.Fprintf(l.W, "%s: %s\n", e.Side, e.Message)
		case Refused:
			fmt.Fprintf(l.W, "%s: refused: %s\n", e.Side, e.Message)
		case Rows:
			if time.Since(l.last[e.Table]) < l.Interval {
				return
			}
			l.last[e.Table] = time.Now()
			fmt.Fprintf(l.W, "%s: %s %d/%d rows\n", e.Side, e.Table, e.Rows, e.Total)
		case TableDone:
			fmt.Fprintf(l.W, "%s: %s done, %d rows\n", e.Side, e.Table, e.Rows)
		case Committed:
			fmt.Fprintf(l.W, "%s: committed: %s\n", e.Side, e.Message)
		case RolledBack:
			fmt.Fprintf(l.W, "%s: rolled back: %s\n", e.Side, e.Message)
		}
	}
}

// Summary formats per-table row counts as an aligned table.
func Summary(w io.Writer, rows map[string]int64) {
	names := make([]string, 0, len(rows))
	width := len("table")
	var total int64
	for n, c := range rows {
		names = append(names, n)
		width = max(width, len(n))
		total += c
	}
	sort.Strings(names)
	fmt.Fprintf(w, "%-*s  %10s\n", width, "table", "rows")
	for _, n := range names {
		fmt.Fprintf(w, "%-*s  %10d\n", width, n, rows[n])
	}
	fmt.Fprintf(w, "%-*s  %10d\n", width, "total", total)
}
