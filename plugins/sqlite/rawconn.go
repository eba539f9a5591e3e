package sqlite

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"unsafe"

	"modernc.org/libc"
	"modernc.org/libc/sys/types"
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/rexdata/rex/sdk"
)

// rawConn is a connection driven through the SQLite C API that
// modernc.org/sqlite transpiles to Go, for the bulk read and the
// destination's transaction. The database/sql driver opens every
// connection in serialized mode (SQLITE_OPEN_FULLMUTEX), which locks and
// unlocks the connection's mutex around every step, every column read and
// every bind: a third of a read's CPU. This connection is opened
// SQLITE_OPEN_NOMUTEX (SQLite's multi-thread mode) and is used by one
// goroutine at a time, which is what that mode asks.
//
// A rawConn is not safe for concurrent use, except for the interrupt that
// a watched context sends.
type rawConn struct {
	tls *libc.TLS
	db  uintptr

	mu     sync.Mutex // guards db against the interrupt after close
	closed bool

	// buf is C memory holding the texts and blobs of the row being
	// bound, bufCap its size.
	buf    uintptr
	bufCap int
}

// openRaw opens path read-only, or read-write when write is set. The
// database/sql driver must have opened a connection first, so that the
// library is initialized with the driver's settings.
func openRaw(path string, write bool) (*rawConn, error) {
	c := &rawConn{tls: libc.NewTLS()}
	mode, flags := "ro", int32(sqlite3.SQLITE_OPEN_READONLY)
	if write {
		mode, flags = "rw", sqlite3.SQLITE_OPEN_READWRITE
	}
	name, err := libc.CString(rawURI(path, mode))
	if err != nil {
		c.tls.Close()
		return nil, err
	}
	defer libc.Xfree(c.tls, name)
	pdb := libc.Xmalloc(c.tls, 8)
	if pdb == 0 {
		c.tls.Close()
		return nil, fmt.Errorf("open %q: out of memory", path)
	}
	defer libc.Xfree(c.tls, pdb)
	*(*uintptr)(cPtr(pdb)) = 0
	rc := sqlite3.Xsqlite3_open_v2(c.tls, name, pdb, flags|sqlite3.SQLITE_OPEN_NOMUTEX|sqlite3.SQLITE_OPEN_URI, 0)
	c.db = *(*uintptr)(cPtr(pdb))
	if rc != sqlite3.SQLITE_OK {
		err := c.err(rc)
		if c.db != 0 {
			sqlite3.Xsqlite3_close_v2(c.tls, c.db)
		}
		c.tls.Close()
		return nil, fmt.Errorf("open %q: %w", path, err)
	}
	sqlite3.Xsqlite3_extended_result_codes(c.tls, c.db, 1)
	sqlite3.Xsqlite3_busy_timeout(c.tls, c.db, int32(busyTimeout.Milliseconds()))
	// A read goes through each table once, in order: its leaf pages are
	// read once each, so a page cache larger than the B-trees' upper
	// levels only holds memory. The writer appends in key order and sorts
	// the deferred indexes at Commit; SQLite's sorter keeps up to the
	// cache's size in memory (at least 250 pages, about 1 MiB) before it
	// spills a run to a temporary file.
	cache := readCachePragma
	if write {
		cache = writeCachePragma
	}
	if err := c.exec(cache); err != nil {
		c.close()
		return nil, fmt.Errorf("open %q: %w", path, err)
	}
	return c, nil
}

// readCachePragma bounds a read-only connection's page cache, 2 MiB by
// default, to 256 KiB; writeCachePragma the writer's to 1 MiB. Each 4 KiB
// page of the cache takes an 8 KiB slot of the library's allocator, so
// the writer's default would hold about 4 MiB; 1 MiB took 3 MiB off its
// peak and no measurable time off a load (docs/performance.md).
const (
	readCachePragma  = "PRAGMA cache_size = -256"
	writeCachePragma = "PRAGMA cache_size = -1024"
)

// watch makes ctx's end interrupt the statement running on the
// connection, which then fails with SQLITE_INTERRUPT, until the returned
// func is called. That func waits for an interrupt under way, so none
// lands on a statement of a later call.
func (c *rawConn) watch(ctx context.Context) func() {
	done := make(chan struct{})
	stop := context.AfterFunc(ctx, func() {
		defer close(done)
		c.interrupt()
	})
	return func() {
		if !stop() {
			<-done
		}
	}
}

// rawURI is the URI that opens path in mode (ro or rw): the same file the
// driver's DSN names, without the driver's own parameters.
func rawURI(path, mode string) string {
	d := dsn(path, mode)
	for i := 0; i < len(d); i++ {
		if d[i] == '&' {
			return d[:i]
		}
	}
	return d
}

// interrupt makes the running statement, if any, fail. SQLite allows
// sqlite3_interrupt from another thread; it runs on a TLS of its own.
func (c *rawConn) interrupt() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed {
		return
	}
	t := libc.NewTLS()
	sqlite3.Xsqlite3_interrupt(t, c.db)
	t.Close()
}

// close closes the connection; statements must be closed first.
func (c *rawConn) close() {
	c.mu.Lock()
	c.closed = true
	c.mu.Unlock()
	sqlite3.Xsqlite3_close_v2(c.tls, c.db)
	if c.buf != 0 {
		libc.Xfree(c.tls, c.buf)
	}
	c.tls.Close()
}

// err describes a failed call's result code with the connection's message.
func (c *rawConn) err(rc int32) error {
	msg := libc.GoString(sqlite3.Xsqlite3_errstr(c.tls, rc))
	if c.db != 0 {
		if m := libc.GoString(sqlite3.Xsqlite3_errmsg(c.tls, c.db)); m != "" && m != msg {
			msg += ": " + m
		}
	}
	return fmt.Errorf("%s (%d)", msg, rc)
}

// exec runs one statement that returns no rows.
func (c *rawConn) exec(query string) error {
	s, err := c.query(query)
	if err != nil {
		return err
	}
	defer s.close()
	for {
		ok, err := s.next()
		if err != nil || !ok {
			return err
		}
	}
}

// rawStmt is one prepared statement's rows.
type rawStmt struct {
	c    *rawConn
	p    uintptr
	cols int
}

// query prepares one statement. Its rows come from next and value.
func (c *rawConn) query(query string) (*rawStmt, error) {
	q, err := libc.CString(query)
	if err != nil {
		return nil, err
	}
	defer libc.Xfree(c.tls, q)
	pp := libc.Xmalloc(c.tls, 8)
	if pp == 0 {
		return nil, fmt.Errorf("prepare: out of memory")
	}
	defer libc.Xfree(c.tls, pp)
	*(*uintptr)(cPtr(pp)) = 0
	if rc := sqlite3.Xsqlite3_prepare_v2(c.tls, c.db, q, -1, pp, 0); rc != sqlite3.SQLITE_OK {
		return nil, c.err(rc)
	}
	p := *(*uintptr)(cPtr(pp))
	if p == 0 {
		return nil, fmt.Errorf("prepare: %q holds no statement", query)
	}
	return &rawStmt{c: c, p: p, cols: int(sqlite3.Xsqlite3_column_count(c.tls, p))}, nil
}

// next steps to the next row; false at the end.
func (s *rawStmt) next() (bool, error) {
	switch rc := sqlite3.Xsqlite3_step(s.c.tls, s.p); rc {
	case sqlite3.SQLITE_ROW:
		return true, nil
	case sqlite3.SQLITE_DONE:
		return false, nil
	default:
		return false, s.c.err(rc)
	}
}

// int64 returns column i of the current row as an integer.
func (s *rawStmt) int64(i int) int64 {
	return sqlite3.Xsqlite3_column_int64(s.c.tls, s.p, int32(i))
}

// value returns column i of the current row as its storage value. A
// text's or blob's bytes are appended to *arena, which the value then
// views: they stay valid until the caller reuses the arena.
func (s *rawStmt) value(i int, arena *[]byte) sdk.Value {
	t, p, col := s.c.tls, s.p, int32(i)
	switch sqlite3.Xsqlite3_column_type(t, p, col) {
	case sqlite3.SQLITE_INTEGER:
		return sdk.Int(sqlite3.Xsqlite3_column_int64(t, p, col))
	case sqlite3.SQLITE_FLOAT:
		return sdk.Float(sqlite3.Xsqlite3_column_double(t, p, col))
	case sqlite3.SQLITE_TEXT:
		b := sqlite3.Xsqlite3_column_text(t, p, col)
		n := int(sqlite3.Xsqlite3_column_bytes(t, p, col))
		if b == 0 || n == 0 {
			return sdk.Text("")
		}
		return sdk.Value{Kind: sdk.KindText, Bytes: appendC(arena, b, n)}
	case sqlite3.SQLITE_BLOB:
		b := sqlite3.Xsqlite3_column_blob(t, p, col)
		n := int(sqlite3.Xsqlite3_column_bytes(t, p, col))
		if b == 0 || n == 0 {
			return sdk.Bytes(nil)
		}
		return sdk.Bytes(appendC(arena, b, n))
	}
	return sdk.Null
}

// appendC copies n bytes at the C address p to the end of *arena and
// returns the copy. When the arena must grow, the copies made before stay
// where they are, in the old array.
func appendC(arena *[]byte, p uintptr, n int) []byte {
	a := *arena
	if cap(a)-len(a) < n {
		c := 2 * cap(a)
		if c < n {
			c = n
		}
		if c < 64<<10 {
			c = 64 << 10
		}
		a = make([]byte, 0, c)
	}
	start := len(a)
	a = append(a, unsafe.Slice((*byte)(cPtr(p)), n)...)
	*arena = a
	return a[start:len(a):len(a)]
}

// close finalizes the statement.
func (s *rawStmt) close() {
	sqlite3.Xsqlite3_finalize(s.c.tls, s.p)
}

// text returns column i of the current row as a string.
func (s *rawStmt) text(i int) string {
	t, p, col := s.c.tls, s.p, int32(i)
	b := sqlite3.Xsqlite3_column_text(t, p, col)
	n := int(sqlite3.Xsqlite3_column_bytes(t, p, col))
	if b == 0 || n == 0 {
		return ""
	}
	return string(unsafe.Slice((*byte)(cPtr(b)), n))
}

// isNull reports whether column i of the current row is NULL.
func (s *rawStmt) isNull(i int) bool {
	return sqlite3.Xsqlite3_column_type(s.c.tls, s.p, int32(i)) == sqlite3.SQLITE_NULL
}

// errNotStorage is bindRow's error for a value not in storage form.
var errNotStorage = errors.New("the django transform must run before the destination")

// bindRow binds row to the statement's parameters, in order. Texts and
// blobs are copied into the connection's C buffer and bound without a
// copy of SQLite's own (SQLITE_STATIC): they stay in place until the next
// row is bound, after the statement has been stepped and reset. It
// returns the index of a value it cannot bind, with the error.
func (s *rawStmt) bindRow(row []sdk.Value) (int, error) {
	c := s.c
	need := 1 // an empty text or blob still needs an address
	for _, v := range row {
		need += len(v.Bytes)
	}
	if need > c.bufCap {
		if c.buf != 0 {
			libc.Xfree(c.tls, c.buf)
		}
		n := max(need, 2*c.bufCap, 64<<10)
		if c.buf = libc.Xmalloc(c.tls, types.Size_t(n)); c.buf == 0 {
			c.bufCap = 0
			return 0, errors.New("bind: out of memory")
		}
		c.bufCap = n
	}
	buf := unsafe.Slice((*byte)(cPtr(c.buf)), c.bufCap)
	off := 0
	t, p := c.tls, s.p
	for i, v := range row {
		col := int32(i + 1)
		var rc int32
		switch v.Kind {
		case sdk.KindNull:
			rc = sqlite3.Xsqlite3_bind_null(t, p, col)
		case sdk.KindInt:
			rc = sqlite3.Xsqlite3_bind_int64(t, p, col, v.Int)
		case sdk.KindBool:
			rc = sqlite3.Xsqlite3_bind_int64(t, p, col, int64(libc.Bool32(v.AsBool())))
		case sdk.KindFloat:
			rc = sqlite3.Xsqlite3_bind_double(t, p, col, v.AsFloat())
		case sdk.KindText, sdk.KindDecimal, sdk.KindJSON, sdk.KindBytes:
			n := copy(buf[off:], v.Bytes)
			at := c.buf + uintptr(off)
			off += n
			if v.Kind == sdk.KindBytes {
				rc = sqlite3.Xsqlite3_bind_blob(t, p, col, at, int32(n), 0)
			} else {
				rc = sqlite3.Xsqlite3_bind_text(t, p, col, at, int32(n), 0)
			}
		default:
			return i, fmt.Errorf("value of kind %s: %w", v.Kind, errNotStorage)
		}
		if rc != sqlite3.SQLITE_OK {
			return i, c.err(rc)
		}
	}
	return 0, nil
}

// execRow binds row, steps the statement once and resets it.
func (s *rawStmt) execRow(row []sdk.Value) error {
	if i, err := s.bindRow(row); err != nil {
		if errors.Is(err, errNotStorage) {
			return &bindError{col: i, err: err}
		}
		return err
	}
	_, err := s.next()
	// The error of a failed step is the step's; reset only repeats it.
	sqlite3.Xsqlite3_reset(s.c.tls, s.p)
	return err
}

// bindError is a value execRow cannot bind, at column col of the row.
type bindError struct {
	col int
	err error
}

func (e *bindError) Error() string { return e.err.Error() }
func (e *bindError) Unwrap() error { return e.err }

// count returns the rows of table.
func (c *rawConn) count(table string) (int64, error) {
	s, err := c.query("SELECT COUNT(*) FROM " + quote(table))
	if err != nil {
		return 0, err
	}
	defer s.close()
	ok, err := s.next()
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, fmt.Errorf("COUNT(*) returned no row")
	}
	return s.int64(0), nil
}

// cPtr turns a C address into a pointer. The memory it points at belongs
// to modernc.org/libc's allocator, outside the Go heap, so the garbage
// collector neither moves nor frees it; the address travels as a uintptr
// because that is how the transpiled C API passes pointers.
func cPtr(p uintptr) unsafe.Pointer {
	return *(*unsafe.Pointer)(unsafe.Pointer(&p))
}
