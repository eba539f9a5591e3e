package postgres

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/rexdata/rex/sdk"
)

// copyStream is one binary COPY into a table that stays open across
// batches, so PostgreSQL never waits between them for a new COPY to
// start. Write hands it a batch and returns once every row of the batch
// is encoded into pgx's send buffer (the batch's memory is then free
// again); the COPY ends when the next batch is for another table or
// column list, or at Commit.
type copyStream struct {
	plan  *writePlan
	batch chan *sdk.Batch // Write → the COPY
	taken chan struct{}   // the COPY → Write: the batch is encoded
	done  chan struct{}   // closed when the COPY has ended
	// stopRows ends the rows with an error, so pgx aborts the COPY
	// (CopyFail) and the connection stays usable; stopCopy cancels the
	// COPY itself, which closes the connection.
	stopRows, stopCopy context.CancelFunc
	// sent counts the rows handed in; n and err are the COPY's outcome,
	// set before done closes.
	sent int64
	n    int64
	err  error
	// The rows come from enc, rex's own binary encoder, or for a table
	// with a column of a type it does not write, from src through pgx.
	enc *copyReader
	src streamSource
}

// startCopy opens a COPY into p's table on tx.
func startCopy(tx pgx.Tx, p *writePlan) *copyStream {
	rows, stopRows := context.WithCancel(context.Background())
	copyCtx, stopCopy := context.WithCancel(context.Background())
	s := &copyStream{
		plan:     p,
		batch:    make(chan *sdk.Batch),
		taken:    make(chan struct{}),
		done:     make(chan struct{}),
		stopRows: stopRows,
		stopCopy: stopCopy,
	}
	if !encodable(p) {
		s.src = streamSource{ctx: rows, s: s}
		go func() {
			defer close(s.done)
			s.n, s.err = tx.CopyFrom(copyCtx, pgx.Identifier{p.table.Name}, p.columns, &s.src)
		}()
		return s
	}
	s.enc = &copyReader{ctx: rows, s: s}
	sql := "COPY " + quote(p.table.Name) + " (" + quoteList(p.columns) + ") FROM STDIN (FORMAT binary)"
	go func() {
		defer close(s.done)
		tag, err := tx.Conn().PgConn().CopyFrom(copyCtx, s.enc, sql)
		s.n, s.err = tag.RowsAffected(), err
	}()
	return s
}

// write streams b's rows into the COPY. An error ends the COPY.
func (s *copyStream) write(ctx context.Context, b *sdk.Batch) error {
	select {
	case s.batch <- b:
	case <-s.done:
		return s.failure()
	case <-ctx.Done():
		s.abort()
		return ctx.Err()
	}
	select {
	case <-s.taken:
		s.sent += int64(b.Len())
		return nil
	case <-s.done:
		return s.failure()
	case <-ctx.Done():
		s.abort()
		return ctx.Err()
	}
}

// finish ends the COPY and reports its outcome: every row handed in must
// have been copied.
func (s *copyStream) finish() error {
	close(s.batch)
	<-s.done
	s.stopRows()
	s.stopCopy()
	if s.err != nil {
		return s.failure()
	}
	if s.n != s.sent {
		return fmt.Errorf("write: table %q: copied %d rows of %d", s.plan.table.Name, s.n, s.sent)
	}
	return nil
}

// abort ends the COPY with an error (CopyFail), so nothing it sent stays;
// if the server does not answer within abortWait, it cancels the COPY.
func (s *copyStream) abort() {
	s.stopRows()
	select {
	case <-s.done:
	case <-time.After(abortWait):
		s.stopCopy()
		<-s.done
	}
	s.stopCopy()
}

// abortWait bounds how long an aborted COPY may take to end.
const abortWait = 10 * time.Second

// failure is the error that ended the COPY: a value that could not be
// converted as it is, else the server's.
func (s *copyStream) failure() error {
	if s.src.err != nil {
		return s.src.err
	}
	if s.enc != nil && s.enc.err != nil {
		return s.enc.err
	}
	if s.err == nil {
		return fmt.Errorf("write: table %q: the copy ended early", s.plan.table.Name)
	}
	return fmt.Errorf("write: table %q: copy: %w%s", s.plan.table.Name, s.err, pgDetail(s.err))
}

// streamSource is the pgx.CopyFromSource of a copyStream: the rows of the
// batches handed in, one batch after the other.
type streamSource struct {
	ctx context.Context
	s   *copyStream
	cur batchSource
	// has is true while cur holds a batch.
	has bool
	// err is a value that could not be converted, or the end of ctx.
	err error
}

// Next advances to the next row, waiting for the next batch when this one
// is done; false ends the COPY.
func (r *streamSource) Next() bool {
	for {
		if r.has {
			if r.cur.Next() {
				return true
			}
			r.has = false
			select { // every row of the batch is encoded: Write may return
			case r.s.taken <- struct{}{}:
			case <-r.ctx.Done():
				r.err = r.ctx.Err()
				return false
			}
		}
		select {
		case b, ok := <-r.s.batch:
			if !ok {
				return false
			}
			r.cur.reset(b, r.s.plan)
			r.has = true
		case <-r.ctx.Done():
			r.err = r.ctx.Err()
			return false
		}
	}
}

// Values returns the current row.
func (r *streamSource) Values() ([]any, error) {
	v, err := r.cur.Values()
	if err != nil {
		r.err = err
	}
	return v, err
}

// Err reports why the rows ended early, which makes pgx abort the COPY.
func (r *streamSource) Err() error { return r.err }
