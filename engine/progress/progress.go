// Package progress is the event stream of a session, published by the
// sender and the receiver alike: connection steps, schema checks, rows
// moved per table, and the outcome. Printers turn it into what people
// watch; the engine only emits.
package progress

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strconv"
	"sync"
	"time"

	"github.com/hashicorp/go-hclog"
)

// Kind says what an event reports.
type Kind string

// The event kinds.
const (
	// SessionStarted: a session began (Peer: the other side's address).
	SessionStarted Kind = "session_started"
	// StageStarted: a plugin process is up (Stage, Plugin, PID).
	StageStarted Kind = "stage_started"
	// Step: a connection step passed (Step names it, Message says it for
	// people), e.g. StepToken, "token proven".
	Step Kind = "step"
	// Refused: a session was refused (Message says why).
	Refused Kind = "refused"
	// Verdict: schema validation's verdict (Verdict: ok, warning or error)
	// for a table (Table; Total the rows to move, or -1) or, with Field,
	// for one of its fields; Message gives the reason. A finding about an
	// app's migrations has Table MigrationsTable and Field the app.
	Verdict Kind = "verdict"
	// TableStarted: a table's transfer begins (Table, Total).
	TableStarted Kind = "table_started"
	// Rows: rows moved so far for a table (Table, Rows, Total, Bytes so
	// far); a Tracker adds Rate, ETA and the session's Percent.
	Rows Kind = "rows"
	// TableDone: a table's rows have all moved (Table, Rows, Bytes).
	TableDone Kind = "table_done"
	// Committed: the destination transaction committed.
	Committed Kind = "committed"
	// RolledBack: the session ended without commit (Message says why).
	RolledBack Kind = "rolled_back"
)

// The connection steps of a session, in order: the Step of a Step event.
const (
	StepConnected   = "connected"   // the transport is up
	StepToken       = "token"       // the pre-shared token was proven
	StepKeys        = "keys"        // the peer's key was verified
	StepSecretKey   = "secret_key"  // both sides hold the same Django SECRET_KEY
	StepSchema      = "schema"      // the destination's schema crossed
	StepValidated   = "validated"   // every model and field was checked
	StepTransaction = "transaction" // the destination transaction is open
	StepPlanOnly    = "plan"        // a plan: nothing is written
)

// MigrationsTable is the Table of a Verdict about applied migrations.
const MigrationsTable = "django_migrations"

// Event is one thing that happened in a session.
type Event struct {
	Time time.Time `json:"time"`
	Side string    `json:"side"` // "sender" or "receiver"
	// Session numbers the sessions of one process from 1.
	Session int    `json:"session"`
	Kind    Kind   `json:"kind"`
	Step    string `json:"step,omitempty"`
	Peer    string `json:"peer,omitempty"`
	Stage   string `json:"stage,omitempty"`
	Plugin  string `json:"plugin,omitempty"`
	PID     int    `json:"pid,omitempty"`
	Table   string `json:"table,omitempty"`
	Field   string `json:"field,omitempty"`
	Verdict string `json:"verdict,omitempty"`
	Rows    int64  `json:"rows,omitempty"`
	Total   int64  `json:"total,omitempty"`
	Bytes   int64  `json:"bytes,omitempty"`
	// Rate is the table's rows per second, ETA the seconds its remaining
	// rows should take at that rate, and Percent the session's rows moved
	// of all its tables' rows (on Rows and TableDone events, from a
	// Tracker).
	Rate    float64 `json:"rows_per_second,omitempty"`
	ETA     float64 `json:"eta_seconds,omitempty"`
	Percent float64 `json:"percent,omitempty"`
	Message string  `json:"message,omitempty"`
}

// subject names what a Verdict is about: "table" or "table.field".
func (e Event) subject() string {
	if e.Field != "" {
		return e.Table + "." + e.Field
	}
	return e.Table
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

// Log prints events as plain, periodic lines through go-hclog, for a
// terminal that is not one or a log file: at most one Rows line per table
// per Interval. Refusals and rollbacks are warnings and errors.
type Log struct {
	Logger   hclog.Logger
	Interval time.Duration
	mu       sync.Mutex
	last     map[string]time.Time
}

// Sink returns the printer as an event sink.
func (l *Log) Sink() Sink {
	return func(e Event) {
		l.mu.Lock()
		defer l.mu.Unlock()
		if l.last == nil {
			l.last = map[string]time.Time{}
		}
		log := l.Logger.Named(e.Side)
		switch e.Kind {
		case StageStarted:
			log.Info(fmt.Sprintf("%s %q started: %s, pid %d", e.Stage, e.Plugin, e.Message, e.PID))
		case SessionStarted:
			if e.Peer != "" {
				log.Info("session " + strconv.Itoa(e.Session) + " with " + e.Peer)
			}
		case Step:
			log.Info(e.Message)
		case Refused:
			log.Warn("refused: " + e.Message)
		case Verdict:
			if e.Verdict != "ok" {
				log.Warn(fmt.Sprintf("schema %s: %s: %s", e.Verdict, e.subject(), e.Message))
			}
		case Rows:
			if time.Since(l.last[e.Table]) < l.Interval {
				return
			}
			l.last[e.Table] = time.Now()
			log.Info(fmt.Sprintf("%s %d/%d rows", e.Table, e.Rows, e.Total), rateArgs(e)...)
		case TableDone:
			log.Info(fmt.Sprintf("%s done, %d rows", e.Table, e.Rows))
		case Committed:
			log.Info("committed: " + e.Message)
		case RolledBack:
			log.Error("rolled back: " + e.Message)
		}
	}
}

// rateArgs are a Rows line's figures, as key-value pairs.
func rateArgs(e Event) []any {
	var args []any
	if e.Percent > 0 {
		args = append(args, "overall", fmt.Sprintf("%.1f%%", e.Percent))
	}
	if e.Rate > 0 {
		args = append(args, "rows_per_second", int64(e.Rate))
	}
	if e.ETA > 0 {
		args = append(args, "eta", time.Duration(e.ETA*float64(time.Second)).Round(time.Second).String())
	}
	return args
}

// JSON prints each event as one JSON object per line, for programs.
func JSON(w io.Writer) Sink {
	var mu sync.Mutex
	enc := json.NewEncoder(w)
	return func(e Event) {
		mu.Lock()
		defer mu.Unlock()
		enc.Encode(e) //nolint:errcheck // a closed stdout stops nothing
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

// Fan returns a Sink that passes each event to every non-nil sink, in
// order.
func Fan(sinks ...Sink) Sink {
	var live []Sink
	for _, s := range sinks {
		if s != nil {
			live = append(live, s)
		}
	}
	switch len(live) {
	case 0:
		return nil
	case 1:
		return live[0]
	}
	return func(e Event) {
		for _, s := range live {
			s(e)
		}
	}
}
