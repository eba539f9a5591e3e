package websocket

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/gorilla/websocket"

	"github.com/rexdata/rex/sdk"
)

// Close codes beyond RFC 6455's.
const (
	// closeReason ends a session early; the close text is the reason.
	closeReason = 4000
	// closeRefused refuses a session during the handshake.
	closeRefused = 4001
)

const (
	// ioChunk is how much of a message is read or written per deadline:
	// a large message may take long, as long as it keeps moving.
	ioChunk = 64 << 10
	// controlWait bounds writing a control frame (close, ping, pong).
	controlWait = 5 * time.Second
	// closeWait is how long Close waits for the peer to answer its close
	// frame before it drops the connection.
	closeWait = 5 * time.Second
	// errorWait is how long a failed Send waits for the reader to learn
	// why the connection ended, to report that instead of a bare write
	// error.
	errorWait = 250 * time.Millisecond
	// maxCloseText is the longest close reason that fits a control frame
	// (125 bytes, less the 2-byte code).
	maxCloseText = 123
)

// connOptions are the timeouts of one side.
type connOptions struct {
	// idle is how long the reader waits for any frame before it gives up
	// on the peer.
	idle time.Duration
	// write bounds each chunk of a message write.
	write time.Duration
	// ping is the keepalive interval; 0 sends no pings (the peer does).
	ping time.Duration
	// limit is the largest message accepted.
	limit int64
	// limitHint tells the user how to raise limit.
	limitHint string
	// release, if set, is called once when the connection is dropped:
	// it gives back the listener's session slot.
	release func()
}

// conn implements [sdk.Conn] over a WebSocket whose handshake is done.
//
// One reader goroutine reads messages and hands them to Recv through the
// unbuffered in channel, so at most one message is read ahead: a receiver
// that stops calling Recv stops reading, and TCP pushes back on the sender.
type conn struct {
	ws   *websocket.Conn
	peer string
	opt  connOptions

	// wmu lets one Send write at a time; gorilla allows one writer, and
	// WriteControl (close, ping, pong) beside it.
	wmu sync.Mutex

	in      chan []byte
	dead    chan struct{} // closed by the reader when it stops; err is set before
	err     error         // why the reader stopped, as Recv reports it
	closing chan struct{} // closed when Close starts
	killed  chan struct{} // closed when the network connection is dropped

	mu          sync.Mutex
	localReason string // Close's reason
	killErr     error  // why the connection was dropped, if not by Close

	sizeHint int         // the last message's size; the reader's own
	mem      sdk.Buffers // memory messages are read into

	closeOnce sync.Once
	killOnce  sync.Once
	wg        sync.WaitGroup // reader and pinger
}

// newConn starts the reader (and the pinger, if opt.ping is set) of a
// WebSocket that finished the token handshake.
func newConn(ws *websocket.Conn, peer string, opt connOptions) *conn {
	c := &conn{
		ws:      ws,
		peer:    peer,
		opt:     opt,
		in:      make(chan []byte),
		dead:    make(chan struct{}),
		closing: make(chan struct{}),
		killed:  make(chan struct{}),
	}
	ws.SetReadLimit(opt.limit)
	// Both handlers run on the reader goroutine.
	ws.SetPingHandler(func(data string) error {
		ws.SetReadDeadline(time.Now().Add(opt.idle))
		ws.WriteControl(websocket.PongMessage, []byte(data), time.Now().Add(controlWait))
		return nil // a failed pong shows up as a failed read or write
	})
	ws.SetPongHandler(func(string) error {
		ws.SetReadDeadline(time.Now().Add(opt.idle))
		return nil
	})
	c.wg.Add(1)
	go c.readLoop()
	if opt.ping > 0 {
		c.wg.Add(1)
		go c.pingLoop()
	}
	return c
}

// Peer names the remote end: the receiver's URL or the sender's address.
func (c *conn) Peer() string { return c.peer }

// Send writes msg as one binary message. It waits while the peer is slow,
// up to the write timeout per 64 KiB. If ctx is cancelled while msg is
// half sent, the connection is dropped: the rest cannot be taken back.
func (c *conn) Send(ctx context.Context, msg []byte) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("send to %s: %w", c.peer, err)
	}
	c.wmu.Lock()
	defer c.wmu.Unlock()
	if err := c.ended(); err != nil {
		return fmt.Errorf("send to %s: %w", c.peer, err)
	}
	stop := context.AfterFunc(ctx, func() {
		c.kill(&connError{msg: fmt.Sprintf("a send to %s was cancelled half-way, so the connection was dropped", c.peer), kind: sdk.ErrClosed})
	})
	err := c.write(msg)
	if !stop() {
		return fmt.Errorf("send to %s: %w", c.peer, ctx.Err())
	}
	if err != nil {
		return fmt.Errorf("send to %s: %w", c.peer, c.writeError(err))
	}
	return nil
}

// write writes msg chunk by chunk, each with its own deadline.
func (c *conn) write(msg []byte) error {
	c.ws.SetWriteDeadline(time.Now().Add(c.opt.write))
	w, err := c.ws.NextWriter(websocket.BinaryMessage)
	if err != nil {
		return err
	}
	for len(msg) > 0 {
		n := min(len(msg), ioChunk)
		c.ws.SetWriteDeadline(time.Now().Add(c.opt.write))
		if _, err := w.Write(msg[:n]); err != nil {
			return err
		}
		msg = msg[n:]
	}
	c.ws.SetWriteDeadline(time.Now().Add(c.opt.write))
	return w.Close()
}

// ended returns why Send can no longer write, or nil. The most telling
// cause wins: this side's Close, then what the reader learnt.
func (c *conn) ended() error {
	if isClosed(c.closing) {
		return c.localError()
	}
	if isClosed(c.dead) {
		if errors.Is(c.err, io.EOF) {
			return &connError{msg: fmt.Sprintf("%s ended the session", c.peer), kind: sdk.ErrClosed}
		}
		return c.err
	}
	if isClosed(c.killed) {
		return c.killError(nil)
	}
	return nil
}

func isClosed(ch <-chan struct{}) bool {
	select {
	case <-ch:
		return true
	default:
		return false
	}
}

// writeError explains a failed write. A write fails because the
// connection ended, and the reader usually knows why (the peer's close
// frame), so give it a moment to find out.
func (c *conn) writeError(err error) error {
	var nerr net.Error
	if errors.As(err, &nerr) && nerr.Timeout() {
		err = &connError{msg: fmt.Sprintf("%s read nothing for %s, so the send timed out", c.peer, c.opt.write), kind: sdk.ErrClosed}
		c.kill(err)
		return c.killError(err)
	}
	t := time.NewTimer(errorWait)
	defer t.Stop()
	select {
	case <-c.dead:
	case <-c.closing:
	case <-c.killed:
	case <-t.C:
	}
	if e := c.ended(); e != nil {
		return e
	}
	lost := &connError{msg: fmt.Sprintf("connection to %s lost: %v", c.peer, err), kind: sdk.ErrClosed}
	c.kill(lost)
	return c.killError(lost)
}

// Recv returns the next message; see [sdk.Conn]. Cancelling ctx leaves the
// connection usable.
func (c *conn) Recv(ctx context.Context) ([]byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	select {
	case msg := <-c.in:
		return msg, nil
	case <-c.dead:
		return nil, c.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// Close sends the close frame (code 1000, or 4000 with the reason), waits
// up to closeWait for the peer's answer, then drops the connection and
// waits for its goroutines. Messages the peer sent before it saw the close
// frame can still be received meanwhile. Later calls do nothing.
func (c *conn) Close(reason string) error {
	c.closeOnce.Do(func() {
		c.mu.Lock()
		c.localReason = reason
		c.mu.Unlock()
		close(c.closing)
		frame := websocket.FormatCloseMessage(websocket.CloseNormalClosure, "")
		if reason != "" {
			// The peer rejects a close frame whose text is not UTF-8.
			text := truncate(strings.ToValidUTF8(reason, "?"), maxCloseText)
			frame = websocket.FormatCloseMessage(closeReason, text)
		}
		if err := c.ws.WriteControl(websocket.CloseMessage, frame, time.Now().Add(controlWait)); err == nil {
			t := time.NewTimer(closeWait)
			select {
			case <-c.dead:
			case <-t.C:
				logger.Debug("peer did not answer the close frame", "peer", c.peer)
			}
			t.Stop()
		}
		c.kill(nil)
		c.wg.Wait()
	})
	return nil
}

// kill drops the network connection, recording why if err is not nil and
// nothing was recorded before.
func (c *conn) kill(err error) {
	if err != nil {
		c.mu.Lock()
		if c.killErr == nil {
			c.killErr = err
		}
		c.mu.Unlock()
	}
	c.killOnce.Do(func() {
		close(c.killed)
		c.ws.Close()
		if c.opt.release != nil {
			c.opt.release()
		}
	})
}

// killError returns why the connection was dropped, or def.
func (c *conn) killError(def error) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.killErr != nil {
		return c.killErr
	}
	if def == nil {
		return &connError{msg: fmt.Sprintf("connection to %s lost", c.peer), kind: sdk.ErrClosed}
	}
	return def
}

// localError is what Recv and Send report after this side's Close.
func (c *conn) localError() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.localReason == "" {
		return &connError{msg: "connection closed by this side", kind: sdk.ErrClosed}
	}
	return &connError{msg: "connection closed by this side: " + c.localReason, kind: sdk.ErrClosed}
}

func (c *conn) readLoop() {
	defer c.wg.Done()
	for {
		msg, err := c.readMessage()
		if err != nil {
			c.finish(err)
			return
		}
		select {
		case c.in <- msg:
		case <-c.killed:
			c.finish(net.ErrClosed)
			return
		}
	}
}

// readMessage reads one binary message, renewing the idle deadline per
// chunk so a large message may take long as long as it keeps coming.
func (c *conn) readMessage() ([]byte, error) {
	c.ws.SetReadDeadline(time.Now().Add(c.opt.idle))
	typ, r, err := c.ws.NextReader()
	if err != nil {
		return nil, err
	}
	if typ != websocket.BinaryMessage {
		c.ws.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(websocket.CloseUnsupportedData, "binary messages only"), time.Now().Add(controlWait))
		return nil, errTextMessage
	}
	// Messages of a session are batches of similar size: start from the
	// last one's, in memory the host handed back (Recycle), so a message
	// usually takes no new memory at all.
	buf := c.mem.Get(c.sizeHint)[:0]
	for {
		if len(buf) == cap(buf) {
			buf = slices.Grow(buf, max(ioChunk, cap(buf)/2))
		}
		k := min(cap(buf)-len(buf), ioChunk)
		c.ws.SetReadDeadline(time.Now().Add(c.opt.idle))
		n, err := io.ReadFull(r, buf[len(buf):len(buf)+k])
		buf = buf[:len(buf)+n]
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			c.sizeHint = len(buf)
			return buf, nil
		}
		if err != nil {
			return nil, err
		}
	}
}

// Recycle hands back a message Recv returned: the reader reads a later
// message into its memory.
func (c *conn) Recycle(b []byte) { c.mem.Put(b) }

var errTextMessage = errors.New("text message")

// finish records why the reader stopped, drops the connection and wakes
// Recv.
func (c *conn) finish(err error) {
	c.err = c.readError(err)
	close(c.dead)
	c.kill(nil)
}

// readError turns the reader's error into what Recv reports.
func (c *conn) readError(err error) error {
	select {
	case <-c.closing:
		// This side closed: the peer's answer, or our own drop, ends it.
		c.mu.Lock()
		reason := c.localReason
		c.mu.Unlock()
		if reason == "" {
			return io.EOF
		}
		return c.localError()
	default:
	}
	c.mu.Lock()
	killErr := c.killErr
	c.mu.Unlock()
	if killErr != nil {
		return killErr
	}
	var ce *websocket.CloseError
	var nerr net.Error
	switch {
	case errors.As(err, &ce):
		return c.peerClosed(ce)
	case errors.Is(err, websocket.ErrReadLimit):
		return &connError{msg: fmt.Sprintf("%s sent a message larger than the %d-byte limit, so the connection was closed; %s", c.peer, c.opt.limit, c.opt.limitHint), kind: sdk.ErrClosed}
	case errors.Is(err, errTextMessage):
		return &connError{msg: fmt.Sprintf("%s sent a text message; rex sends binary messages only, so the connection was closed", c.peer), kind: sdk.ErrClosed}
	case errors.As(err, &nerr) && nerr.Timeout():
		return &connError{msg: fmt.Sprintf("connection to %s lost: nothing received, not even a keepalive, for %s", c.peer, c.opt.idle), kind: sdk.ErrClosed}
	}
	return &connError{msg: fmt.Sprintf("connection to %s lost: %v", c.peer, err), kind: sdk.ErrClosed}
}

// peerClosed turns the peer's close frame into what Recv reports.
func (c *conn) peerClosed(ce *websocket.CloseError) error {
	text := sanitize(ce.Text)
	switch ce.Code {
	case websocket.CloseNormalClosure:
		return io.EOF
	case closeReason:
		if text == "" {
			text = "no reason given"
		}
		return &connError{msg: fmt.Sprintf("%s closed the connection: %s", c.peer, text), kind: sdk.ErrClosed}
	case closeRefused:
		return &connError{msg: fmt.Sprintf("%s refused the session: %s", c.peer, text), kind: sdk.ErrRefused}
	case websocket.CloseMessageTooBig:
		return &connError{msg: fmt.Sprintf("%s closed the connection: a message was larger than its max_message_bytes; raise max_message_bytes in the receiver's listen block or send smaller batches", c.peer), kind: sdk.ErrClosed}
	case websocket.CloseAbnormalClosure:
		return &connError{msg: fmt.Sprintf("connection to %s lost: %s", c.peer, text), kind: sdk.ErrClosed}
	case websocket.CloseGoingAway:
		return &connError{msg: fmt.Sprintf("%s is going away (shutting down)", c.peer), kind: sdk.ErrClosed}
	}
	if text == "" {
		return &connError{msg: fmt.Sprintf("%s closed the connection (code %d)", c.peer, ce.Code), kind: sdk.ErrClosed}
	}
	return &connError{msg: fmt.Sprintf("%s closed the connection (code %d): %s", c.peer, ce.Code, text), kind: sdk.ErrClosed}
}

// pingLoop keeps the peer talking: each ping earns a pong, which renews
// the reader's idle deadline.
func (c *conn) pingLoop() {
	defer c.wg.Done()
	t := time.NewTicker(c.opt.ping)
	defer t.Stop()
	for {
		select {
		case <-t.C:
			// An error here shows up in the reader or the next Send.
			c.ws.WriteControl(websocket.PingMessage, nil, time.Now().Add(c.opt.ping))
		case <-c.closing:
			return
		case <-c.dead:
			return
		}
	}
}

// connError is an error with the condition callers branch on.
type connError struct {
	msg  string
	kind error
}

func (e *connError) Error() string { return e.msg }
func (e *connError) Unwrap() error { return e.kind }
