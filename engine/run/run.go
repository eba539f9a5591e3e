// Package run is the sender: `rex run` reads the source in one snapshot,
// turns its rows into Django-native values, seals them and streams them to
// a receiver, and succeeds only once the receiver has committed.
package run

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/hashicorp/go-hclog"
	"golang.org/x/sync/errgroup"

	"github.com/rexdata/rex/engine/host"
	"github.com/rexdata/rex/engine/pipeline"
	"github.com/rexdata/rex/engine/progress"
	"github.com/rexdata/rex/engine/session"
	"github.com/rexdata/rex/engine/validate"
	"github.com/rexdata/rex/sdk"
)

// Sender runs pipelines.
type Sender struct {
	Log    hclog.Logger
	Events progress.Sink
	// Version is rex's version, sent in Hello.
	Version string
	// Sync selects the tables and how they land (pipeline.DefaultSync when
	// nil).
	Sync *pipeline.Sync
	// PlanOnly stops after validation: the receiver writes nothing.
	PlanOnly bool
	// refusedSent records that the Refused event went out.
	refusedSent bool
	// Queue bounds the batches in flight between two stages (default 2):
	// with batches of at most 256 KiB, the sender's memory stays bounded
	// whatever a table's size.
	Queue int
}

// Result is what a committed run moved.
type Result struct {
	// Rows written per destination table, as the receiver reported them
	// (nil for a plan).
	Rows map[string]int64
	// Plan is the validation report.
	Plan *validate.Report
}

// Skipped tables: Django's migration history belongs to each project.
var skipTables = map[string]bool{"django_migrations": true}

// Run executes a pipeline whose plugins run in set (see host.Start). It returns once the receiver has committed,
// or with an error: one wrapping sdk.ErrRefused when the receiver refused
// the session, session.ErrAborted when the transfer began and was rolled
// back.
func (s *Sender) Run(ctx context.Context, set *host.Set) (res *Result, err error) {
	defer func() {
		// Every run ends with an outcome event.
		switch {
		case err == nil && s.PlanOnly:
		case err == nil:
			// Committed was emitted with its figures.
		case errors.Is(err, sdk.ErrRefused):
			s.refused(err.Error())
		default:
			s.emit(progress.Event{Kind: progress.RolledBack, Message: err.Error()})
		}
	}()
	log := s.Log
	if log == nil {
		log = hclog.NewNullLogger()
	}
	for _, p := range set.Plugins {
		s.emit(progress.Event{Kind: progress.StageStarted, Stage: p.Stage.Block, Plugin: p.Stage.Name, PID: p.Info.PID, Message: "plugin " + p.Info.Name + " " + p.Info.Version})
	}
	src := set.Get("source").Dialect()
	tr := set.Get("transform").Transform()
	ci := set.Get("encrypt").Cipher()
	sink := set.Get("sink").Sink()

	schema, err := src.Describe(ctx)
	if err != nil {
		return nil, fmt.Errorf("describe source: %w", err)
	}
	offer, err := ci.Offer(ctx)
	if err != nil {
		return nil, fmt.Errorf("start cipher session: %w", err)
	}
	conn, err := sink.Connect(ctx)
	if err != nil {
		if errors.Is(err, sdk.ErrRefused) {
			s.refused(err.Error())
		}
		return nil, fmt.Errorf("connect: %w", err)
	}
	s.emit(progress.Event{Kind: progress.SessionStarted, Peer: conn.Peer()})
	s.emit(progress.Event{Kind: progress.Step, Step: progress.StepConnected, Message: "connected to " + conn.Peer()})
	closeReason := "sender failed"
	defer func() {
		conn.Close(closeReason)
		// Let the sink pass the close (and its reason) on before this
		// process, and the sink's with it, exits: wait for the stream's end.
		wctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 3*time.Second)
		defer cancel()
		for {
			if _, err := conn.Recv(wctx); err != nil {
				return
			}
		}
	}()
	s.emit(progress.Event{Kind: progress.Step, Step: progress.StepToken, Message: "token proven to the receiver"})
	ch := &session.Channel{Conn: conn, Cipher: ci}
	abort := func(err error) error {
		// Tell the receiver why, best effort, then close with the reason.
		closeReason = err.Error()
		ch.Send(context.WithoutCancel(ctx), session.TypeAbort, session.Abort{Reason: closeReason})
		return err
	}

	if err := ch.SendClear(ctx, session.TypeHello, session.Hello{Protocol: session.Version, RexVersion: s.Version, Cipher: set.Get("encrypt").Stage.Name, Offer: offer}); err != nil {
		return nil, fmt.Errorf("send hello: %w", err)
	}
	var welcome session.Welcome
	if err := ch.RecvExpect(ctx, session.TypeWelcome, &welcome); err != nil {
		if errors.Is(err, sdk.ErrRefused) {
			s.refused(err.Error())
			var ref *sdk.RefusedError
			if errors.As(err, &ref) {
				closeReason = ""
				return nil, fmt.Errorf("receiver refused the session: %w", err)
			}
			// Refused here, by this side's own check: tell the receiver.
			closeReason = "sender refused the session: " + err.Error()
			return nil, fmt.Errorf("refused the session: %w", err)
		}
		return nil, fmt.Errorf("receive the destination schema: %w", err)
	}
	s.emit(progress.Event{Kind: progress.Step, Step: progress.StepKeys, Message: "receiver's key verified"})
	if set.Get("encrypt").Config.String("secret_key_check", "") != "" {
		s.emit(progress.Event{Kind: progress.Step, Step: progress.StepSecretKey, Message: "both sides hold the same Django SECRET_KEY"})
	}
	s.emit(progress.Event{Kind: progress.Step, Step: progress.StepSchema, Message: fmt.Sprintf("destination schema received: %d tables", len(welcome.Schema.Tables))})

	moves, report, err := s.validate(ctx, src, schema, welcome)
	if err != nil {
		return nil, abort(err)
	}
	report.Emit(s.emit)
	if err := report.Err(); err != nil {
		err = fmt.Errorf("%w: schema validation failed, nothing was sent:\n%v", sdk.ErrRefused, err)
		s.refused(err.Error())
		closeReason = err.Error()
		ch.Send(context.WithoutCancel(ctx), session.TypeAbort, session.Abort{Reason: closeReason, Report: report})
		return &Result{Plan: report}, err
	}
	s.emit(progress.Event{Kind: progress.Step, Step: progress.StepValidated, Message: fmt.Sprintf("schema validated: %d tables to move, %d warnings", len(moves), report.Count(validate.Warning))})
	if s.PlanOnly {
		closeReason = ""
		if err := ch.Send(ctx, session.TypePlanDone, session.PlanDone{Verdict: string(report.Verdict)}); err != nil {
			return nil, fmt.Errorf("end the plan session: %w", err)
		}
		return &Result{Plan: report}, nil
	}
	if err := tr.Prepare(ctx, sdk.TransformPlan{Direction: sdk.Decode, Source: schema, Destination: welcome.Schema}); err != nil {
		return nil, abort(fmt.Errorf("prepare transform: %w", err))
	}
	begin := session.Begin{Source: schema, Tables: moves, Mode: s.sync().Mode, Report: report}
	if err := ch.Send(ctx, session.TypeBegin, begin); err != nil {
		return nil, fmt.Errorf("send begin: %w", err)
	}

	// From here on the receiver speaks only to end the session (Committed
	// or Abort); one goroutine listens so an Abort stops the stream at once.
	inbox := make(chan inbound, 1)
	ictx, stopInbox := context.WithCancel(ctx)
	defer stopInbox()
	go func() {
		t, payload, err := ch.Recv(ictx)
		inbox <- inbound{t, payload, err}
	}()
	sent, digests, err := s.stream(ctx, src, tr, ch, moves, inbox)
	if err != nil {
		var pa *session.PeerAbort
		if errors.As(err, &pa) {
			closeReason = ""
			return nil, fmt.Errorf("%w: receiver: %s", session.ErrAborted, strings.TrimPrefix(pa.Reason, "receiver: "))
		}
		if ctx.Err() != nil {
			err = fmt.Errorf("interrupted: %w", err)
		}
		return nil, abort(fmt.Errorf("%w: %w", session.ErrAborted, err))
	}
	if err := ch.Send(ctx, session.TypeEnd, session.End{Rows: sent, Digests: digests}); err != nil {
		return nil, fmt.Errorf("%w: send end: %w", session.ErrAborted, err)
	}
	var done session.Committed
	if err := (<-inbox).decode(session.TypeCommitted, &done); err != nil {
		var pa *session.PeerAbort
		if errors.As(err, &pa) {
			closeReason = ""
			return nil, fmt.Errorf("%w: receiver: %s", session.ErrAborted, strings.TrimPrefix(pa.Reason, "receiver: "))
		}
		return nil, abort(fmt.Errorf("%w: waiting for the commit: %w", session.ErrAborted, err))
	}
	closeReason = ""
	for t, n := range sent {
		if done.Rows[t] != n {
			return nil, fmt.Errorf("receiver committed %d rows of %s, %d were sent", done.Rows[t], t, n)
		}
	}
	if done.Digests == nil {
		log.Warn("the receiver did not report digests: the data it committed was verified by row counts only")
	} else if err := session.VerifyDigests(digests, done.Digests); err != nil {
		return nil, fmt.Errorf("the receiver committed, but %w", err)
	}
	s.emit(progress.Event{Kind: progress.Committed, Message: fmt.Sprintf("%d tables", len(done.Rows))})
	return &Result{Rows: done.Rows, Plan: report}, nil
}

// emit publishes a sender event of the run's one session.
func (s *Sender) emit(e progress.Event) {
	e.Side, e.Session = "sender", 1
	s.Events.Emit(e)
}

// refused publishes the session's refusal, once.
func (s *Sender) refused(reason string) {
	if !s.refusedSent {
		s.refusedSent = true
		s.emit(progress.Event{Kind: progress.Refused, Message: reason})
	}
}

func (s *Sender) sync() *pipeline.Sync {
	if s.Sync == nil {
		return pipeline.DefaultSync()
	}
	return s.Sync
}

// validate selects the tables, profiles their data and checks the source
// schema against the destination's. Content types, then permissions, travel
// first: the receiver merges them by natural key and remaps every later
// reference to them.
func (s *Sender) validate(ctx context.Context, src sdk.Dialect, schema *sdk.Schema, welcome session.Welcome) ([]session.TableMove, *validate.Report, error) {
	selected, err := s.sync().Select(schema)
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %v", sdk.ErrRefused, err)
	}
	rank := func(m pipeline.Move) int {
		switch m.Destination {
		case "django_content_type":
			return 0
		case "auth_permission":
			return 1
		}
		return 2
	}
	sort.SliceStable(selected, func(i, j int) bool { return rank(selected[i]) < rank(selected[j]) })
	in := validate.Input{Source: schema, Destination: welcome.Schema, DestinationMigrations: welcome.Migrations}
	var tables []string
	moves := make([]session.TableMove, 0, len(selected))
	for _, m := range selected {
		mode := m.Mode
		if rank(m) < 2 {
			mode = "merge" // by natural key, whatever the sync mode: shown as such
		}
		in.Moves = append(in.Moves, validate.Move{Source: m.Source, Destination: m.Destination, Mode: mode, Columns: m.Columns})
		moves = append(moves, session.TableMove{Source: m.Source, Destination: m.Destination, Mode: m.Mode, Columns: m.Columns})
		tables = append(tables, m.Source)
	}
	prof, err := s.profile(ctx, src, in, tables)
	switch {
	case err == nil:
		in.Profiles = prof
	case errors.Is(err, sdk.ErrUnsupported):
	default:
		return nil, nil, fmt.Errorf("profile the source: %w", err)
	}
	if in.SourceMigrations, err = session.ReadMigrations(ctx, src, schema); err != nil {
		return nil, nil, err
	}
	return moves, validate.Check(in), nil
}

// profile gathers the facts about the source's data that validation
// reads. A plan profiles every table, for its exact row counts. A run
// profiles only the columns whose verdicts depend on their data (a scan of
// every column costs up to half of a large run): through ProfileColumns,
// or the whole tables holding them from a source without it; nothing when
// no verdict depends on the data.
func (s *Sender) profile(ctx context.Context, src sdk.Dialect, in validate.Input, tables []string) (map[string]sdk.TableProfile, error) {
	p, ok := src.(sdk.Profiler)
	if !ok {
		return nil, nil
	}
	if s.PlanOnly {
		if len(tables) == 0 {
			return nil, nil
		}
		return p.Profile(ctx, tables)
	}
	need := validate.NeedsData(in)
	if len(need) == 0 {
		return nil, nil
	}
	if cp, ok := src.(sdk.ColumnProfiler); ok {
		return cp.ProfileColumns(ctx, need)
	}
	var whole []string
	for _, t := range tables {
		if _, ok := need[t]; ok {
			whole = append(whole, t)
			delete(need, t) // a table moved twice is profiled once
		}
	}
	return p.Profile(ctx, whole)
}

// inbound is a message from the receiver.
type inbound struct {
	t       session.Type
	payload []byte
	err     error
}

// decode checks the message is of type want and decodes it into v; an
// Abort becomes a *session.PeerAbort.
func (m inbound) decode(want session.Type, v any) error {
	if m.err != nil {
		return m.err
	}
	if m.t == session.TypeAbort {
		var a session.Abort
		if err := session.Decode(m.t, m.payload, &a); err != nil {
			return err
		}
		return &session.PeerAbort{Reason: a.Reason}
	}
	if m.t != want {
		return fmt.Errorf("%w: expected %c, got %c", session.ErrMalformed, want, m.t)
	}
	return session.Decode(m.t, m.payload, v)
}

// abortGrace is how long a sender whose send failed because the receiver
// closed the connection waits for the receiver's Abort, which says why.
const abortGrace = 2 * time.Second

// item is one message on its way to the wire.
type item struct {
	msg   []byte
	table string
	rows  int
}

// batchRows and batchBytes bound the batches the source reads. Each batch
// costs a round trip through every stage, so narrow tables (a many-to-many
// table's rows are ~30 bytes) go in batches of more rows than a source's
// default 1000; the byte bound keeps wide rows' batches small. 4096 rows
// ran as fast as 16384 at the small benchmark size with 30–60 MiB less
// memory summed over the processes. Every process holds a few batches at
// a time, so the byte bound sets most of their memory: at 1M rows,
// 256 KiB instead of 1 MiB took ~55 MiB less summed over the ten
// processes for the same wall time and ~6% more CPU. 128 KiB took 15 MiB
// less again for 11% more CPU while every batch took fresh memory; since
// the stages hand their memory back (sdk.Recycler) it takes 7–8 MiB less
// than 256 KiB for the same CPU time (docs/performance.md).
const (
	batchRows  = 4096
	batchBytes = 128 << 10
)

// stream reads, transforms, seals and sends every table; stages overlap
// through bounded queues. It returns the rows sent per table and the
// digest of the Django-native batches sent, per table.
func (s *Sender) stream(ctx context.Context, src sdk.Source, tr sdk.Transform, ch *session.Channel, moves []session.TableMove, inbox chan inbound) (map[string]int64, map[string]string, error) {
	q := s.Queue
	if q <= 0 {
		q = 2
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	g, ctx := errgroup.WithContext(ctx)
	encoded := make(chan item, q)
	tables := make([]string, len(moves))
	for i, m := range moves {
		tables[i] = m.Source
	}
	rd := &reader{ctx: ctx, tr: tr, out: encoded, snapshot: map[string]int64{}, sent: map[string]int64{}, digests: map[string]*session.Digest{}, moves: map[string]session.TableMove{}}
	for _, m := range moves {
		rd.moves[m.Source] = m
	}
	var out sdk.BatchWriter = rd
	if et, ok := tr.(sdk.EncodedTransform); ok {
		// Batches go from the source to the transform and on to the wire
		// without being decoded here.
		out = &encodedReader{reader: rd, et: et}
	}
	g.Go(func() error {
		defer close(encoded)
		if err := src.Read(ctx, sdk.ReadRequest{Tables: tables, BatchRows: batchRows, BatchBytes: batchBytes}, out); err != nil {
			return fmt.Errorf("read source: %w", err)
		}
		return nil
	})
	// Sealing and sending are one stage: a frame is sealed only when it
	// is sent, so the cipher's frame count never runs ahead of the wire and
	// an Abort sealed after an error still opens at the receiver.
	// What the sending stage has sent, read once it has ended.
	finished, sentBytes, current := map[string]bool{}, map[string]int64{}, ""
	// connLost says the transport lost the connection on a send; read
	// once the group has ended.
	connLost := false
	g.Go(func() error {
		done := map[string]int64{}
		for it := range encoded {
			if err := ctx.Err(); err != nil {
				return err
			}
			// Once a frame is sealed it must go out, even if the stream is
			// being cancelled: a sealed frame not sent would leave a gap the
			// receiver takes for tampering.
			msg, err := ch.Seal(context.WithoutCancel(ctx), it.msg)
			if err != nil {
				return err
			}
			if it.rows > 0 {
				rd.mem.Put(it.msg)
			}
			if err := ch.Conn.Send(context.WithoutCancel(ctx), msg); err != nil {
				connLost = errors.Is(err, sdk.ErrClosed)
				return fmt.Errorf("send: %w", err)
			}
			ch.Recycle(msg)
			if it.rows > 0 {
				if it.table != current {
					// Tables go out one after another.
					if current != "" {
						finished[current] = true
						s.emit(progress.Event{Kind: progress.TableDone, Table: current, Rows: done[current], Bytes: sentBytes[current]})
					}
					current = it.table
				}
				done[it.table] += int64(it.rows)
				sentBytes[it.table] += int64(len(msg))
				s.emit(progress.Event{Kind: progress.Rows, Table: it.table, Rows: done[it.table], Total: rd.total(it.table), Bytes: sentBytes[it.table]})
			}
		}
		return nil
	})
	errc := make(chan error, 1)
	go func() { errc <- g.Wait() }()
	select {
	case err := <-errc:
		if err != nil {
			if connLost {
				// The receiver hung up while a frame was going out. If it
				// said why first, its Abort carries the whole reason,
				// where the close frame holds only 123 bytes of it.
				select {
				case m := <-inbox:
					if m.err == nil && m.t == session.TypeAbort {
						return nil, nil, m.decode(session.TypeAbort, nil)
					}
				case <-time.After(abortGrace):
				}
			}
			return nil, nil, err
		}
	case m := <-inbox:
		// The receiver spoke before the end: an Abort, or a broken session.
		cancel()
		<-errc
		if errors.Is(m.err, io.EOF) {
			return nil, nil, fmt.Errorf("connection to the receiver lost: it closed the connection before the end of the data")
		}
		if err := m.decode(session.TypeAbort, nil); err != nil {
			return nil, nil, err
		}
		return nil, nil, fmt.Errorf("the receiver ended the session early")
	}
	for _, m := range moves {
		t, n := m.Destination, rd.snapshot[m.Destination]
		if rd.sent[t] != n {
			return nil, nil, fmt.Errorf("table %s: the source counted %d rows in its snapshot but read %d", t, n, rd.sent[t])
		}
		if !finished[t] {
			s.emit(progress.Event{Kind: progress.TableDone, Table: t, Rows: n, Bytes: sentBytes[t]})
		}
	}
	return rd.sent, session.DigestStrings(rd.digests), nil
}

// reader receives the source's batches, transforms them and queues them
// for sealing.
type reader struct {
	ctx   context.Context
	tr    sdk.Transform
	out   chan<- item
	moves map[string]session.TableMove // by source table
	table string                       // the source table being read
	cur   session.TableMove
	// sent counts rows per destination table, and digests digest the
	// batches sent exactly as they go on the wire (after the transform and
	// renames); only the Read goroutine touches them.
	sent    map[string]int64
	digests map[string]*session.Digest

	mu       sync.Mutex // guards snapshot, read by the send stage too
	snapshot map[string]int64

	// mem is the memory of the data messages queued for sealing; the
	// send stage hands each back once it is sealed.
	mem sdk.Buffers
}

// total returns the table's row count in the source snapshot.
func (r *reader) total(table string) int64 {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.snapshot[table]
}

func (r *reader) push(it item) error {
	select {
	case r.out <- it:
		return nil
	case <-r.ctx.Done():
		return r.ctx.Err()
	}
}

// renamed reports whether the current table changes its name or columns
// on the way.
func (r *reader) renamed() bool {
	return r.cur.Destination != r.table || len(r.cur.Columns) > 0
}

func (r *reader) StartTable(table string, rows int64) error {
	m, ok := r.moves[table]
	if !ok {
		return fmt.Errorf("source read table %s, which was not asked for", table)
	}
	r.table, r.cur = table, m
	dest := m.Destination
	r.sent[dest] += 0 // an empty table is counted too
	r.digest(dest)
	r.mu.Lock()
	r.snapshot[dest] = rows
	r.mu.Unlock()
	msg, err := session.Encode(session.TypeTable, session.Table{Name: dest, Rows: rows})
	if err != nil {
		return err
	}
	return r.push(item{msg: msg, table: dest})
}

func (r *reader) WriteBatch(b *sdk.Batch) error {
	if b.Table != r.table {
		return fmt.Errorf("source sent a batch of %s inside table %s", b.Table, r.table)
	}
	out, err := r.tr.Transform(r.ctx, b)
	if err != nil {
		return fmt.Errorf("transform %s: %w", b.Table, err)
	}
	n := out.Len()
	if n != b.Len() {
		return fmt.Errorf("transform %s: %d rows in, %d out", b.Table, b.Len(), n)
	}
	if r.renamed() {
		out.Table = r.cur.Destination
		cols := make([]string, len(out.Columns))
		for i, c := range out.Columns {
			if to, ok := r.cur.Columns[c]; ok {
				c = to
			}
			cols[i] = c
		}
		out.Columns = cols
	}
	msg, err := session.EncodeData(r.mem.Get(out.Size() + 1)[:0], out)
	if err != nil {
		return err
	}
	r.sent[out.Table] += int64(n)
	r.digest(out.Table).AddBatch(out)
	return r.push(item{msg: msg, table: out.Table, rows: n})
}

// digest returns a destination table's digest, creating it.
func (r *reader) digest(table string) *session.Digest {
	d := r.digests[table]
	if d == nil {
		d = new(session.Digest)
		r.digests[table] = d
	}
	return d
}

// encodedReader is a reader whose batches stay encoded on their way from
// the source through the transform to the wire.
type encodedReader struct {
	*reader
	et sdk.EncodedTransform
}

func (r *encodedReader) WriteEncoded(data []byte) error {
	table, in, err := sdk.PeekBatch(data)
	if err != nil {
		return fmt.Errorf("source sent a bad batch: %w", err)
	}
	if table != r.table {
		return fmt.Errorf("source sent a batch of %s inside table %s", table, r.table)
	}
	if r.renamed() {
		var b sdk.Batch
		if err := b.UnmarshalBinary(data); err != nil {
			return err
		}
		return r.reader.WriteBatch(&b)
	}
	out, err := r.et.TransformEncoded(r.ctx, data)
	if err != nil {
		return fmt.Errorf("transform %s: %w", table, err)
	}
	if _, n, err := sdk.PeekBatch(out); err != nil || n != in {
		return fmt.Errorf("transform %s: %d rows in, %d out (%v)", table, in, n, err)
	}
	// The digest decodes the bytes sent once more, here only: the wire
	// still carries out as the transform wrote it.
	if err := r.digest(table).AddEncoded(out); err != nil {
		return fmt.Errorf("transform %s: %w", table, err)
	}
	msg := r.mem.Get(len(out) + 1)
	msg[0] = byte(session.TypeData)
	copy(msg[1:], out)
	if rc, ok := r.et.(sdk.Recycler); ok {
		rc.Recycle(out)
	}
	r.sent[table] += int64(in)
	return r.push(item{msg: msg, table: table, rows: in})
}
