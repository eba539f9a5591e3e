package sqlite

import (
	"context"
	"fmt"
	"sync"
	"unsafe"

	"modernc.org/libc"
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/rexdata/rex/sdk"
)

// rawConn is a read-only connection driven through the SQLite C API that
// modernc.org/sqlite transpiles to Go, for the bulk read alone. The
// database/sql driver opens every connection in serialized mode
// (SQLITE_OPEN_FULLMUTEX), which locks and unlocks the connection's mutex
// around every step and every column read: a third of a read's CPU. This
// connection is opened SQLITE_OPEN_NOMUTEX (SQLite's multi-thread mode)
// and is used by one goroutine at a time, which is what that mode asks.
//
// A rawConn is not safe for concurrent use, except for the interrupt that
// a done context sends.
type rawConn struct {
	tls  *libc.TLS
	db   uintptr
	path string

	mu     sync.Mutex // guards db against the interrupt after close
	closed bool
	stop   func() bool // unregisters the interrupt
}

// openRaw opens path read-only. ctx's end interrupts the statement
// running on the connection; the call then fails with SQLITE_INTERRUPT.
// The database/sql driver must have opened a connection first, so that
// the library is initialized with the driver's settings.
func openRaw(ctx context.Context, path string) (*rawConn, error) {
	c := &rawConn{tls: libc.NewTLS(), path: path}
	name, err := libc.CString(rawURI(path))
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
	rc := sqlite3.Xsqlite3_open_v2(c.tls, name, pdb,
		sqlite3.SQLITE_OPEN_READONLY|sqlite3.SQLITE_OPEN_NOMUTEX|sqlite3.SQLITE_OPEN_URI, 0)
	c.db = *(*uintptr)(cPtr(pdb))
	if rc != sqlite3.SQLITE_OK {
		err := c.err(rc)
		if c.db != 0 {
			sqlite3.Xsqlite3_close_v2(c.tls, c.db)
		}
		c.tls.Close()
		return nil, fmt.Errorf("open %q: %w", path, err)
	}
	sqlite3.Xsqlite3_busy_timeout(c.tls, c.db, int32(busyTimeout.Milliseconds()))
	c.stop = context.AfterFunc(ctx, c.interrupt)
	return c, nil
}

// rawURI is the URI that opens path read-only: the same file the
// driver's DSN names, without the driver's own parameters.
func rawURI(path string) string {
	d := dsn(path, "ro")
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
	c.stop()
	c.mu.Lock()
	c.closed = true
	c.mu.Unlock()
	sqlite3.Xsqlite3_close_v2(c.tls, c.db)
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
