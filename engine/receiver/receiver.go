// Package receiver is `rex serve`: it listens for senders, authenticates
// each session, sends the destination schema, and writes the decrypted
// batches in one destination transaction that commits only when every row
// has arrived and the counts agree; anything else rolls back.
package receiver

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/hashicorp/go-hclog"
	"github.com/hashicorp/hcl/v2"
	"golang.org/x/sync/errgroup"

	"github.com/rexdata/rex/engine/host"
	"github.com/rexdata/rex/engine/pipeline"
	"github.com/rexdata/rex/engine/progress"
	"github.com/rexdata/rex/engine/session"
	"github.com/rexdata/rex/engine/validate"
	"github.com/rexdata/rex/sdk"
)

// Receiver serves a receiver file.
type Receiver struct {
	Host   *host.Host
	Log    hclog.Logger
	Events progress.Sink
	// Once makes Serve return after the first session attempt, with its
	// outcome (nil only if it committed).
	Once bool
	// Listening, if set, is called with the bound address once the
	// listener is up.
	Listening func(addr string)
	// Queue bounds the batches between receiving and writing (default 2:
	// at 1M rows, 4 took 13 MiB more and ran no faster).
	Queue int

	// session numbers the session being served (or, between sessions,
	// the last one).
	session int
}

// emit publishes an event of the current session.
func (r *Receiver) emit(e progress.Event) {
	e.Side, e.Session = "receiver", r.session
	r.Events.Emit(e)
}

// helloTimeout bounds the wait for a sender's hello after its token.
const helloTimeout = 30 * time.Second

// errPlanOnly ends a session that only planned.
var errPlanOnly = errors.New("plan only")

// sessionStages are the plugins started afresh for every session, so one
// session's crash or state never reaches the next.
var sessionStages = []string{"decrypt", "transform", "destination"}

// Serve listens with the stages in set (as returned by host.Start for f) and serves
// sessions one at a time until ctx is cancelled (or, with Once, after one
// session). It owns set and stops its processes.
func (r *Receiver) Serve(ctx context.Context, f *pipeline.File, set *host.Set) error {
	log := r.log()
	listen := set.Get("listen")
	defer listen.Kill()
	r.emitStarted(set)
	addr, err := listen.Listener().Listen(ctx)
	if err != nil {
		set.Kill()
		return fmt.Errorf("listen: %w", err)
	}
	log.Info("listening", "address", addr)
	if r.Listening != nil {
		r.Listening(addr)
	}
	next := &host.Set{}
	for _, b := range sessionStages {
		next.Plugins = append(next.Plugins, set.Get(b))
	}
	for {
		conn, err := listen.Listener().Accept(ctx)
		if err != nil {
			var ref *sdk.RefusedError
			if errors.As(err, &ref) {
				log.Warn("session refused", "peer", ref.Peer, "reason", ref.Reason)
				r.session++
				r.emit(progress.Event{Kind: progress.SessionStarted, Peer: ref.Peer})
				r.emit(progress.Event{Kind: progress.Step, Step: progress.StepConnected, Peer: ref.Peer, Message: "connection from " + ref.Peer})
				r.emit(progress.Event{Kind: progress.Refused, Peer: ref.Peer, Message: ref.Error()})
				if r.Once {
					next.Kill()
					return err
				}
				continue
			}
			next.Kill()
			if ctx.Err() != nil {
				return nil
			}
			return fmt.Errorf("accept: %w", err)
		}
		log.Info("session started", "peer", conn.Peer())
		r.session++
		r.emit(progress.Event{Kind: progress.SessionStarted, Peer: conn.Peer()})
		r.emit(progress.Event{Kind: progress.Step, Step: progress.StepConnected, Peer: conn.Peer(), Message: "connection from " + conn.Peer()})
		r.emit(progress.Event{Kind: progress.Step, Step: progress.StepToken, Message: "token proven by the sender"})
		err = r.handle(ctx, conn, next)
		next.Kill()
		switch {
		case errors.Is(err, errPlanOnly):
			log.Info("plan session ended, nothing written", "peer", conn.Peer())
			err = nil
		case err == nil:
			log.Info("session committed", "peer", conn.Peer())
		case errors.Is(err, sdk.ErrRefused):
			log.Warn("session refused", "peer", conn.Peer(), "reason", err)
		default:
			log.Error("session rolled back", "peer", conn.Peer(), "error", err)
		}
		if r.Once || ctx.Err() != nil {
			return err
		}
		// Fresh processes for the next session.
		var diags hcl.Diagnostics
		next, diags = r.Host.Start(ctx, f, sessionStages...)
		if diags.HasErrors() {
			return fmt.Errorf("restart session stages: %s", diags.Error())
		}
		r.emitStarted(next)
	}
}

func (r *Receiver) emitStarted(set *host.Set) {
	for _, p := range set.Plugins {
		// Plugins started between sessions serve the next one.
		r.Events.Emit(progress.Event{Side: "receiver", Session: r.session + 1, Kind: progress.StageStarted, Stage: p.Stage.Block, Plugin: p.Stage.Name, PID: p.Info.PID, Message: "plugin " + p.Info.Name + " " + p.Info.Version})
	}
}

func (r *Receiver) log() hclog.Logger {
	if r.Log == nil {
		return hclog.NewNullLogger()
	}
	return r.Log
}

// handle serves one session. Its error wraps sdk.ErrRefused for a refused
// session, session.ErrAborted for one rolled back after it began.
func (r *Receiver) handle(ctx context.Context, conn sdk.Conn, set *host.Set) (err error) {
	ci := set.Get("decrypt").Cipher()
	tr := set.Get("transform").Transform()
	dst := set.Get("destination").Dialect()
	ch := &session.Channel{Conn: conn, Cipher: ci}
	closeReason := ""
	defer func() { conn.Close(closeReason) }()

	refuse := func(reason string) error {
		ch.SendClear(ctx, session.TypeRefused, session.Refused{Reason: reason})
		closeReason = reason
		r.emit(progress.Event{Kind: progress.Refused, Message: reason})
		return &sdk.RefusedError{Peer: conn.Peer(), Reason: reason}
	}
	// Only the token is proven so far: a client that then says nothing
	// must not hold the receiver.
	hctx, cancelHello := context.WithTimeout(ctx, helloTimeout)
	msg, err := conn.Recv(hctx)
	cancelHello()
	if err != nil {
		if hctx.Err() != nil && ctx.Err() == nil {
			return refuse(fmt.Sprintf("no hello within %s", helloTimeout))
		}
		return fmt.Errorf("receive hello: %w", err)
	}
	payload, err := expectClear(msg, session.TypeHello)
	if err != nil {
		return refuse("the first message was not a rex hello")
	}
	var hello session.Hello
	if err := session.Decode(session.TypeHello, payload, &hello); err != nil {
		return refuse("malformed hello")
	}
	if hello.Protocol != session.Version {
		return refuse(fmt.Sprintf("session protocol %d is not supported; this receiver speaks %d", hello.Protocol, session.Version))
	}
	if want := set.Get("decrypt").Stage.Name; hello.Cipher != want {
		return refuse(fmt.Sprintf("the sender encrypts with %q, this receiver decrypts with %q", hello.Cipher, want))
	}
	peer, err := ci.Accept(ctx, hello.Offer)
	if err != nil {
		var ref *sdk.RefusedError
		if errors.As(err, &ref) || errors.Is(err, sdk.ErrRefused) {
			return refuse(err.Error())
		}
		return refuse("key exchange failed")
	}
	r.emit(progress.Event{Kind: progress.Step, Step: progress.StepKeys, Message: "sender key " + peer.ID + " verified"})

	schema, err := dst.Describe(ctx)
	if err != nil {
		closeReason = "receiver cannot read its destination schema"
		return fmt.Errorf("describe destination: %w", err)
	}
	migrations, err := session.ReadMigrations(ctx, dst, schema)
	if err != nil {
		closeReason = "receiver cannot read its migrations"
		return err
	}
	if err := ch.Send(ctx, session.TypeWelcome, session.Welcome{Schema: schema, Migrations: migrations}); err != nil {
		return fmt.Errorf("send schema: %w", err)
	}
	r.emit(progress.Event{Kind: progress.Step, Step: progress.StepSchema, Message: fmt.Sprintf("destination schema sent: %d tables", len(schema.Tables))})
	var begin session.Begin
	t, payload, err := ch.Recv(ctx)
	if err != nil {
		if errors.Is(err, sdk.ErrRefused) {
			return refuse(err.Error())
		}
		if errors.Is(err, sdk.ErrClosed) && strings.Contains(err.Error(), "refused") {
			return fmt.Errorf("%w: %v", sdk.ErrRefused, err)
		}
		return fmt.Errorf("receive begin: %w", err)
	}
	// The sender's first sealed message opened: its secret_key_check proof,
	// if any, held.
	if set.Get("decrypt").Config.String("secret_key_check", "") != "" {
		r.emit(progress.Event{Kind: progress.Step, Step: progress.StepSecretKey, Message: "both sides hold the same Django SECRET_KEY"})
	}
	switch t {
	case session.TypePlanDone:
		// `rex plan`: the sender validated and leaves; nothing is written.
		r.emit(progress.Event{Kind: progress.Step, Step: progress.StepPlanOnly, Message: "plan only: nothing written"})
		return errPlanOnly
	case session.TypeAbort:
		var a session.Abort
		session.Decode(t, payload, &a)
		if a.Report != nil {
			a.Report.Emit(r.emit)
		}
		r.emit(progress.Event{Kind: progress.Refused, Message: a.Reason})
		return fmt.Errorf("%w: %s", sdk.ErrRefused, a.Reason)
	case session.TypeBegin:
		if err := session.Decode(t, payload, &begin); err != nil {
			return err
		}
		if begin.Report != nil {
			begin.Report.Emit(r.emit)
			r.emit(progress.Event{Kind: progress.Step, Step: progress.StepValidated, Message: fmt.Sprintf("the sender validated the schema: %d tables to move, %d warnings", len(begin.Tables), begin.Report.Count(validate.Warning))})
		}
	default:
		return fmt.Errorf("%w: expected begin, got %c", session.ErrMalformed, t)
	}
	tables := make([]string, 0, len(begin.Tables))
	for _, m := range begin.Tables {
		if schema.Table(m.Destination) == nil {
			return fmt.Errorf("%w: table %s does not exist here", sdk.ErrRefused, m.Destination)
		}
		tables = append(tables, m.Destination)
	}
	merge, err := newMerger(ctx, dst, schema)
	if err != nil {
		closeReason = "receiver cannot read its content types"
		return err
	}
	// Content types and permissions are merged into, never emptied.
	emptied := make([]string, 0, len(tables))
	for _, t := range tables {
		if merge == nil || (t != contentTypeTable && t != permissionTable) {
			emptied = append(emptied, t)
		}
	}
	if err := tr.Prepare(ctx, sdk.TransformPlan{Direction: sdk.Encode, Source: begin.Source, Destination: schema}); err != nil {
		closeReason = "receiver cannot prepare its transform"
		return fmt.Errorf("prepare transform: %w", err)
	}
	modes := map[string]sdk.WriteMode{}
	for _, m := range begin.Tables {
		if m.Mode != "" && m.Mode != begin.Mode {
			modes[m.Destination] = m.Mode
		}
	}
	if err := dst.Begin(ctx, sdk.WriteRequest{Tables: emptied, Mode: begin.Mode, Modes: modes}); err != nil {
		if errors.Is(err, sdk.ErrRefused) {
			return refuse(err.Error())
		}
		closeReason = "receiver cannot begin its transaction: " + err.Error()
		ch.Send(context.WithoutCancel(ctx), session.TypeAbort, session.Abort{Reason: closeReason})
		return fmt.Errorf("begin: %w", err)
	}
	r.emit(progress.Event{Kind: progress.Step, Step: progress.StepTransaction, Message: fmt.Sprintf("transaction open, %d tables", len(tables))})
	committed := false
	defer func() {
		if !committed {
			if rbErr := dst.Rollback(context.WithoutCancel(ctx)); rbErr != nil {
				r.log().Error("rollback failed", "error", rbErr)
			}
			r.emit(progress.Event{Kind: progress.RolledBack, Message: err.Error()})
			if !errors.Is(err, session.ErrAborted) {
				err = fmt.Errorf("%w: %w", session.ErrAborted, err)
			}
		}
	}()

	written, digests, err := r.load(ctx, ch, tr, dst, tables, merge)
	if err != nil {
		var pa *session.PeerAbort
		if errors.As(err, &pa) {
			return fmt.Errorf("sender aborted: %s", pa.Reason)
		}
		closeReason = "receiver: " + err.Error()
		ch.Send(context.WithoutCancel(ctx), session.TypeAbort, session.Abort{Reason: closeReason})
		return err
	}
	if err := dst.Commit(ctx); err != nil {
		closeReason = "receiver: commit failed: " + err.Error()
		ch.Send(context.WithoutCancel(ctx), session.TypeAbort, session.Abort{Reason: closeReason})
		return fmt.Errorf("commit: %w", err)
	}
	committed = true
	r.emit(progress.Event{Kind: progress.Committed, Message: fmt.Sprintf("%d tables", len(written))})
	if err := ch.Send(ctx, session.TypeCommitted, session.Committed{Rows: written, Digests: digests}); err != nil {
		r.log().Warn("committed, but the sender did not hear it", "error", err)
	}
	return nil
}

func expectClear(msg []byte, want session.Type) ([]byte, error) {
	t, payload, err := session.Split(msg)
	if err != nil {
		return nil, err
	}
	if t != want {
		return nil, fmt.Errorf("%w: expected %c, got %c", session.ErrMalformed, want, t)
	}
	return payload, nil
}

// opened is one received message, opened, on its way to the writer.
type opened struct {
	t       session.Type
	payload []byte
}

// load receives Table/Data messages until End and writes them; receiving,
// opening and digesting overlap with transforming and writing. It returns
// the rows written and the digest of the batches received, per table, once
// both agree with the sender's End.
func (r *Receiver) load(ctx context.Context, ch *session.Channel, tr sdk.Transform, dst sdk.Destination, tables []string, merge *merger) (map[string]int64, map[string]string, error) {
	q := r.Queue
	if q <= 0 {
		q = 2
	}
	allowed := map[string]bool{}
	for _, t := range tables {
		allowed[t] = true
	}
	g, ctx := errgroup.WithContext(ctx)
	in := make(chan opened, q)
	// digests digest each Data payload as received: the Django-native
	// batch the sender digested, before content types are merged and
	// references remapped. Only the receiving goroutine touches it until
	// g.Wait.
	digests := map[string]*session.Digest{}
	g.Go(func() error {
		defer close(in)
		for {
			t, payload, err := ch.Recv(ctx)
			if err != nil {
				if errors.Is(err, io.EOF) {
					return fmt.Errorf("the sender closed the connection before the end of the data")
				}
				return fmt.Errorf("receive: %w", err)
			}
			if t == session.TypeData {
				table, _, err := sdk.PeekBatch(payload)
				if err != nil {
					return fmt.Errorf("the sender sent a bad batch: %w", err)
				}
				d := digests[table]
				if d == nil {
					d = new(session.Digest)
					digests[table] = d
				}
				if err := d.AddEncoded(payload); err != nil {
					return fmt.Errorf("the sender sent a bad batch of %s: %w", table, err)
				}
			}
			select {
			case in <- opened{t, payload}:
			case <-ctx.Done():
				return ctx.Err()
			}
			if t == session.TypeEnd || t == session.TypeAbort {
				return nil
			}
		}
	})
	// Transforming and writing are two stages too: the transform of the
	// next batch overlaps the destination's write of this one. Messages
	// keep their order; the writer alone touches written and expected.
	out := make(chan transformed, q)
	g.Go(func() error {
		defer close(out)
		announced := map[string]bool{}
		var mem sdk.Buffers // merged batches, encoded for the transform
		for m := range in {
			tm := transformed{t: m.t, payload: m.payload}
			switch m.t {
			case session.TypeTable:
				var t session.Table
				if err := session.Decode(m.t, m.payload, &t); err != nil {
					return err
				}
				if !allowed[t.Name] {
					return fmt.Errorf("the sender sent table %s, which was not announced", t.Name)
				}
				announced[t.Name] = true
				tm.table, tm.rows = t.Name, int(t.Rows)
			case session.TypeData:
				table, in, err := sdk.PeekBatch(m.payload)
				if err != nil {
					return fmt.Errorf("the sender sent a bad batch: %w", err)
				}
				if !announced[table] {
					return fmt.Errorf("the sender sent rows of %s before announcing it", table)
				}
				var n int
				before := merge.mergedRows(table)
				if merge.touches(table) {
					tm.batch, tm.payload, n, err = merge.transformMerged(ctx, tr, dst, m.payload, &mem)
				} else {
					tm.batch, tm.payload, n, err = transformData(ctx, tr, dst, m.payload)
				}
				if err == nil && tm.batch == nil {
					// The transform wrote its result in memory of its
					// own: the received batch is done with.
					ch.RecycleOpened(m.payload)
				}
				if err != nil {
					return fmt.Errorf("write %s: %w", table, err)
				}
				// Every row received is written, or merged into an
				// existing content type or permission.
				if merged := merge.mergedRows(table) - before; int64(n)+merged != int64(in) {
					return fmt.Errorf("transform %s: %d rows in, %d written, %d merged", table, in, n, merged)
				}
				tm.table, tm.rows, tm.received, tm.size = table, n, in, len(m.payload)
			}
			select {
			case out <- tm:
			case <-ctx.Done():
				return ctx.Err()
			}
			if m.t == session.TypeEnd || m.t == session.TypeAbort {
				return nil
			}
		}
		return nil
	})
	written := map[string]int64{}
	expected := map[string]int64{}
	bytesIn := map[string]int64{}
	var end *session.End
	g.Go(func() error {
		for m := range out {
			switch m.t {
			case session.TypeTable:
				expected[m.table] = int64(m.rows)
				written[m.table] += 0
				r.emit(progress.Event{Kind: progress.TableStarted, Table: m.table, Total: int64(m.rows)})
			case session.TypeData:
				if err := writeTransformed(ctx, dst, m); err != nil {
					return fmt.Errorf("write %s: %w", m.table, err)
				}
				if rc, ok := tr.(sdk.Recycler); ok && m.batch == nil {
					rc.Recycle(m.payload)
				}
				written[m.table] += int64(m.received)
				bytesIn[m.table] += int64(m.size)
				r.emit(progress.Event{Kind: progress.Rows, Table: m.table, Rows: written[m.table], Total: expected[m.table], Bytes: bytesIn[m.table]})
			case session.TypeEnd:
				end = new(session.End)
				return session.Decode(m.t, m.payload, end)
			case session.TypeAbort:
				var a session.Abort
				session.Decode(m.t, m.payload, &a)
				return &session.PeerAbort{Reason: a.Reason}
			default:
				return fmt.Errorf("%w: unexpected %c during the data stream", session.ErrMalformed, m.t)
			}
		}
		return nil
	})
	if err := g.Wait(); err != nil {
		return nil, nil, err
	}
	if end == nil {
		return nil, nil, fmt.Errorf("the data stream ended without its end message")
	}
	// Verify: every announced table complete, every count agreeing.
	for t, n := range end.Rows {
		if written[t] != n || expected[t] != n {
			return nil, nil, fmt.Errorf("table %s: the sender sent %d rows of %d in its snapshot, %d were written", t, n, expected[t], written[t])
		}
	}
	for t := range written {
		if _, ok := end.Rows[t]; !ok {
			return nil, nil, fmt.Errorf("table %s: rows written but not counted by the sender", t)
		}
	}
	received := make(map[string]string, len(written))
	for t := range written {
		d := digests[t]
		if d == nil {
			d = new(session.Digest) // announced, no rows
		}
		received[t] = d.String()
	}
	if end.Digests == nil {
		r.log().Warn("the sender sent no digests: the data is verified by row counts only")
	} else if err := session.VerifyDigests(end.Digests, received); err != nil {
		return nil, nil, err
	}
	for _, t := range tables {
		if n, ok := written[t]; ok {
			r.emit(progress.Event{Kind: progress.TableDone, Table: t, Rows: n})
		}
	}
	return written, received, nil
}

// transformed is one message on its way to the writer: a Data message
// transformed (encoded in payload, or decoded in batch), or any other
// message as it came.
type transformed struct {
	t        session.Type
	payload  []byte
	batch    *sdk.Batch
	table    string
	rows     int // rows to write (Data), or the table's announced rows (Table)
	received int // rows received in the batch, written or merged
	size     int // bytes received (Data)
}

// transformData transforms one encoded batch and returns it encoded when
// the destination takes encoded batches (the host never decodes it), else
// decoded; and its row count.
func transformData(ctx context.Context, tr sdk.Transform, dst sdk.Destination, data []byte) (*sdk.Batch, []byte, int, error) {
	if et, ok := encodedPath(tr, dst); ok {
		out, n, err := transformEncoded(ctx, et, data)
		return nil, out, n, err
	}
	// A new batch each time: the writer may still hold the last one.
	b := new(sdk.Batch)
	if err := b.UnmarshalBinary(data); err != nil {
		return nil, nil, 0, err
	}
	out, err := tr.Transform(ctx, b)
	if err != nil {
		return nil, nil, 0, fmt.Errorf("transform: %w", err)
	}
	return out, nil, out.Len(), nil
}

// encodedPath returns the transform's encoded form when both it and the
// destination take encoded batches, so the host need not decode them.
func encodedPath(tr sdk.Transform, dst sdk.Destination) (sdk.EncodedTransform, bool) {
	et, ok1 := tr.(sdk.EncodedTransform)
	_, ok2 := dst.(sdk.EncodedWriter)
	return et, ok1 && ok2
}

// transformEncoded transforms an encoded batch and returns the result
// encoded, with its row count.
func transformEncoded(ctx context.Context, et sdk.EncodedTransform, data []byte) ([]byte, int, error) {
	out, err := et.TransformEncoded(ctx, data)
	if err != nil {
		return nil, 0, fmt.Errorf("transform: %w", err)
	}
	_, n, err := sdk.PeekBatch(out)
	if err != nil {
		return nil, 0, fmt.Errorf("transform: %w", err)
	}
	return out, n, nil
}

// writeTransformed writes one transformed batch.
func writeTransformed(ctx context.Context, dst sdk.Destination, m transformed) error {
	if m.batch == nil {
		return dst.(sdk.EncodedWriter).WriteEncoded(ctx, m.payload)
	}
	if m.batch.Len() == 0 {
		return nil // every row merged into an existing one
	}
	return dst.Write(ctx, m.batch)
}
