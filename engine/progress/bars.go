package progress

import (
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/vbauerster/mpb/v8"
	"github.com/vbauerster/mpb/v8/decor"
)

// Bars draws live progress bars on a terminal: one per table and one for
// the whole session, with rows, rows/s and ETA; connection steps, schema
// warnings and the outcome print as lines above them. Each session gets
// its own set of bars, finished when the session ends.
type Bars struct {
	W io.Writer

	mu      sync.Mutex
	p       *mpb.Progress
	session int
	side    string
	tables  map[string]*mpb.Bar
	totals  map[string]int64
	rows    map[string]int64
	overall *mpb.Bar
}

// Sink returns the bars as an event sink.
func (b *Bars) Sink() Sink {
	return func(e Event) {
		b.mu.Lock()
		defer b.mu.Unlock()
		if e.Kind == SessionStarted || b.p == nil || e.Session != b.session || e.Side != b.side {
			if e.Kind == StageStarted && b.p == nil {
				return // plugins starting between sessions: nothing to draw
			}
			b.start(e)
		}
		switch e.Kind {
		case SessionStarted:
			if e.Peer != "" {
				b.printf("%s: session %d with %s", e.Side, e.Session, e.Peer)
			}
		case Step:
			b.printf("%s: ✔ %s", e.Side, e.Message)
		case Verdict:
			if e.Field == "" && e.Table != MigrationsTable && e.Total >= 0 {
				b.totals[e.Table] = e.Total
			}
			if e.Verdict != "ok" {
				b.printf("%s: schema %s: %s: %s", e.Side, e.Verdict, e.subject(), e.Message)
			}
		case TableStarted:
			b.totals[e.Table] = e.Total
			b.bar(e.Table)
		case Rows, TableDone:
			if e.Total > 0 {
				b.totals[e.Table] = e.Total
			}
			bar := b.bar(e.Table)
			b.rows[e.Table] = e.Rows
			if e.Kind == TableDone {
				b.totals[e.Table] = e.Rows
				bar.SetTotal(e.Rows, true)
			} else {
				bar.SetCurrent(e.Rows)
			}
			b.updateOverall()
		case Refused:
			b.finish(fmt.Sprintf("%s: refused: %s", e.Side, e.Message), false)
		case RolledBack:
			b.finish(fmt.Sprintf("%s: rolled back: %s", e.Side, e.Message), false)
		case Committed:
			b.finish(fmt.Sprintf("%s: committed: %s", e.Side, e.Message), true)
		}
	}
}

// start begins a new session's bars, ending the last one's.
func (b *Bars) start(e Event) {
	if b.p != nil {
		b.finish("", false)
	}
	b.session, b.side = e.Session, e.Side
	b.p = mpb.New(mpb.WithOutput(b.W), mpb.WithWidth(100), mpb.WithRefreshRate(120*time.Millisecond), mpb.WithAutoRefresh())
	b.tables, b.totals, b.rows, b.overall = map[string]*mpb.Bar{}, map[string]int64{}, map[string]int64{}, nil
}

// bar returns the table's bar, adding it (and the overall bar) first.
func (b *Bars) bar(table string) *mpb.Bar {
	if bar := b.tables[table]; bar != nil {
		return bar
	}
	if b.overall == nil {
		b.overall = b.p.AddBar(max(b.sum(), 1),
			mpb.BarPriority(1<<30), // always last
			mpb.PrependDecorators(decor.Name("overall", decor.WCSyncSpaceR), decor.Percentage(decor.WCSyncSpace)),
			mpb.AppendDecorators(decor.CountersNoUnit("%d / %d rows", decor.WCSyncSpace),
				decor.OnComplete(decor.AverageETA(decor.ET_STYLE_GO, decor.WCSyncSpace), "done")),
		)
	}
	bar := b.p.AddBar(max(b.totals[table], 0),
		mpb.BarPriority(len(b.tables)),
		mpb.PrependDecorators(decor.Name(table, decor.WCSyncSpaceR), decor.Percentage(decor.WCSyncSpace)),
		mpb.AppendDecorators(decor.CountersNoUnit("%d / %d rows", decor.WCSyncSpace),
			decor.AverageSpeed(nil, "%.0f rows/s", decor.WCSyncSpace),
			decor.OnComplete(decor.AverageETA(decor.ET_STYLE_GO, decor.WCSyncSpace), "done")),
	)
	b.tables[table] = bar
	return bar
}

// sum is the session's rows to move, as known so far.
func (b *Bars) sum() int64 {
	var n int64
	for _, t := range b.totals {
		n += max(t, 0)
	}
	return n
}

func (b *Bars) updateOverall() {
	if b.overall == nil {
		return
	}
	var done int64
	for t, n := range b.rows {
		done += min(n, max(b.totals[t], n))
	}
	b.overall.SetTotal(max(b.sum(), done, 1), false)
	b.overall.SetCurrent(done)
}

// printf prints a line above the bars.
func (b *Bars) printf(format string, args ...any) {
	fmt.Fprintf(b.p, format+"\n", args...)
}

// finish ends the session's bars (complete when committed, else aborted
// where unfinished) and prints the outcome below them.
func (b *Bars) finish(outcome string, committed bool) {
	if b.p == nil {
		return
	}
	if b.overall != nil {
		if committed {
			b.overall.SetTotal(max(b.sum(), 1), true)
		}
	}
	for _, bar := range b.tables {
		if !bar.Completed() {
			bar.Abort(false)
		}
	}
	if b.overall != nil && !b.overall.Completed() {
		b.overall.Abort(false)
	}
	b.p.Wait()
	b.p = nil
	if outcome != "" {
		fmt.Fprintln(b.W, outcome)
	}
}

// Close ends any session still drawn.
func (b *Bars) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.finish("", false)
}
