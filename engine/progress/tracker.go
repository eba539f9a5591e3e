package progress

import (
	"sync"
	"time"
)

// Track returns a Sink that adds to Rows and TableDone events the table's
// rate and ETA and the session's overall percentage, then passes every
// event on to next. It learns each table's total from Verdict (table) and
// TableStarted events. The clock is the events' own times.
func Track(next Sink) Sink {
	t := &tracker{next: next, sessions: map[sessionKey]*tally{}}
	return t.emit
}

type sessionKey struct {
	side    string
	session int
}

type tracker struct {
	next     Sink
	mu       sync.Mutex
	sessions map[sessionKey]*tally
}

// tally is what a tracker knows of one session.
type tally struct {
	tables map[string]*tableTally
	// lastDone is when the session's last table finished: the next table's
	// start when it has no TableStarted of its own.
	lastDone time.Time
}

type tableTally struct {
	total int64 // -1 unknown
	rows  int64
	done  bool
	// start and base are the time and row count the rate is measured
	// from.
	start time.Time
	base  int64
	// rate is the last rate measured, at rateRows rows.
	rate     float64
	rateRows int64
}

// maxSessions bounds what a long-running receiver's tracker remembers.
const maxSessions = 64

func (t *tracker) emit(e Event) {
	if e.Time.IsZero() {
		e.Time = time.Now()
	}
	t.mu.Lock()
	k := sessionKey{e.Side, e.Session}
	s := t.sessions[k]
	if s == nil || e.Kind == SessionStarted {
		if len(t.sessions) >= maxSessions {
			clear(t.sessions)
		}
		s = &tally{tables: map[string]*tableTally{}}
		t.sessions[k] = s
	}
	table := func() *tableTally {
		tt := s.tables[e.Table]
		if tt == nil {
			tt = &tableTally{total: -1}
			s.tables[e.Table] = tt
		}
		return tt
	}
	switch e.Kind {
	case Verdict:
		if e.Field == "" && e.Table != MigrationsTable && e.Total >= 0 {
			table().total = e.Total
		}
	case TableStarted:
		tt := table()
		tt.total, tt.start, tt.base = e.Total, e.Time, 0
	case Rows, TableDone:
		tt := table()
		if tt.start.IsZero() {
			if !s.lastDone.IsZero() {
				tt.start = s.lastDone
			} else {
				// The first report of the session's first table: rates are
				// measured from here on.
				tt.start, tt.base = e.Time, e.Rows
			}
		}
		tt.rows = e.Rows
		if e.Kind == TableDone {
			tt.done = true
			s.lastDone = e.Time
			if tt.total < tt.rows {
				tt.total = tt.rows
			}
		}
		if e.Total > 0 && tt.total < 0 {
			tt.total = e.Total
		}
		if e.Kind == TableDone && tt.rate > 0 && tt.rows == tt.rateRows {
			// Done, maybe well after its last rows moved (the receiver
			// reports a table done once all are verified): its rate is
			// the one its rows moved at.
			e.Rate = tt.rate
		} else if secs := e.Time.Sub(tt.start).Seconds(); secs > 0 && tt.rows > tt.base {
			e.Rate = float64(tt.rows-tt.base) / secs
			tt.rate, tt.rateRows = e.Rate, tt.rows
			if tt.total > tt.rows && !tt.done {
				e.ETA = float64(tt.total-tt.rows) / e.Rate
			}
		}
		e.Percent = s.percent()
	}
	t.mu.Unlock()
	t.next.Emit(e)
}

// percent is the session's rows moved of all its tables' known totals.
func (s *tally) percent() float64 {
	var rows, total int64
	for _, tt := range s.tables {
		switch {
		case tt.total > 0:
			rows += min(tt.rows, tt.total)
			total += tt.total
		case tt.done:
			rows += tt.rows
			total += tt.rows
		}
	}
	if total == 0 {
		return 0
	}
	return 100 * float64(rows) / float64(total)
}
