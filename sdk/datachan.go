package sdk

// The data channel (protocol 1.4): the calls that carry every batch
// (Transform, Seal, Open, Write) go over a plain Unix socket between host
// and plugin instead of gRPC. A batch then costs one write and one read on
// each side, where a gRPC message costs HTTP/2 framing, flow control, a
// copy into and out of the transport and several wake-ups: about a tenth
// of the time per 1 MiB round trip (BenchmarkTransport).
//
// The host asks for a channel through the gRPC service rex.plugin.v1.Data
// (one method, Open). The plugin listens on a fresh socket in a private
// folder (mode 0700), answers with its path and a random token, accepts
// one connection that presents the token, and removes the socket. A
// plugin built before 1.4 does not serve Data: the host keeps using gRPC.
// So does every call after the channel broke (a call cancelled
// mid-frame), and every call when REX_DATA_CHANNEL=grpc is exported.
//
// Frames, all integers big-endian:
//
//	request:  byte op, uint32 length, payload
//	response: byte code, uint32 length, payload
//
// op is one of the dataOp constants; code is a gRPC status code, 0 for
// success, when the payload is the result; otherwise the payload is the
// error's message, and the host turns code and message into the same error
// the gRPC call would have returned. One call is in flight at a time.

import (
	"bufio"
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/rexdata/rex/sdk/proto/rexv1"
)

// dataOp names the call a request frame carries.
type dataOp byte

const (
	opTransform dataOp = 1 + iota
	opSeal
	opOpen
	opWrite
)

// dataHeader is the size of a frame's header: one byte and a uint32.
const dataHeader = 5

// dataTokenSize is the size of the token a host presents, in bytes.
const dataTokenSize = 32

// envDataChannel, set to "grpc", keeps every call on gRPC.
const envDataChannel = "REX_DATA_CHANNEL"

// dataOffer is the plugin's answer to Data.Open.
type dataOffer struct {
	Path  string `json:"path"`
	Token string `json:"token"`
}

// dataServiceName is the gRPC service a 1.4 plugin serves.
const dataServiceName = "rex.plugin.v1.Data"

// dataService is the service's description, written out here: it has
// one method, Open(Empty) returns (Bytes), whose bytes are a JSON
// dataOffer.
var dataService = grpc.ServiceDesc{
	ServiceName: dataServiceName,
	HandlerType: (*any)(nil),
	Methods: []grpc.MethodDesc{{
		MethodName: "Open",
		Handler: func(srv any, ctx context.Context, dec func(any) error, _ grpc.UnaryServerInterceptor) (any, error) {
			if err := dec(new(rexv1.Empty)); err != nil {
				return nil, err
			}
			return srv.(*dataServer).open(ctx)
		},
	}},
	Metadata: "rexv1/plugin.proto",
}

// dataServer serves data channels for the kinds a plugin implements.
type dataServer struct {
	calls map[dataOp]func(context.Context, []byte) ([]byte, error)
	// transform serves opTransform and dialect opWrite, with memory each
	// connection reuses.
	transform *transformServer
	dialect   *dialectServer
}

// newDataServer routes each op to the gRPC handler of the same call, so
// both paths run the same code.
func newDataServer(p Plugins) *dataServer {
	s := &dataServer{calls: map[dataOp]func(context.Context, []byte) ([]byte, error){}}
	bytesCall := func(f func(context.Context, *rexv1.Bytes) (*rexv1.Bytes, error)) func(context.Context, []byte) ([]byte, error) {
		return func(ctx context.Context, in []byte) ([]byte, error) {
			r, err := f(ctx, &rexv1.Bytes{Data: in})
			if err != nil {
				return nil, err
			}
			return r.Data, nil
		}
	}
	if p.Transform != nil {
		s.transform = &transformServer{impl: p.Transform}
	}
	if p.Cipher != nil {
		c := &cipherServer{impl: p.Cipher}
		s.calls[opSeal], s.calls[opOpen] = bytesCall(c.Seal), bytesCall(c.Open)
	}
	if p.Dialect != nil {
		s.dialect = &dialectServer{impl: p.Dialect}
	}
	return s
}

// open listens on a new socket and serves the first connection that
// presents the token.
func (s *dataServer) open(context.Context) (*rexv1.Bytes, error) {
	dir, err := os.MkdirTemp("", "rex-data-")
	if err != nil {
		return nil, status.Errorf(codes.Unavailable, "data channel: %v", err)
	}
	path := filepath.Join(dir, "s")
	ln, err := net.Listen("unix", path)
	if err != nil {
		os.RemoveAll(dir)
		return nil, status.Errorf(codes.Unavailable, "data channel: %v", err)
	}
	token := make([]byte, dataTokenSize)
	rand.Read(token)
	b, _ := json.Marshal(dataOffer{Path: path, Token: hex.EncodeToString(token)})
	go func() {
		defer os.RemoveAll(dir)
		// The host dials at once; a socket nobody claims goes away.
		ln.(*net.UnixListener).SetDeadline(time.Now().Add(30 * time.Second))
		for {
			conn, err := ln.Accept()
			if err != nil {
				ln.Close()
				return
			}
			got := make([]byte, dataTokenSize)
			conn.SetReadDeadline(time.Now().Add(10 * time.Second))
			if _, err := io.ReadFull(conn, got); err != nil || subtle.ConstantTimeCompare(got, token) != 1 {
				conn.Close()
				continue
			}
			conn.SetReadDeadline(time.Time{})
			ln.Close()
			os.RemoveAll(dir)
			s.serve(conn)
			return
		}
	}()
	return &rexv1.Bytes{Data: b}, nil
}

// request is one request frame read by serve's reader.
type request struct {
	op      dataOp
	payload []byte
}

// serve answers requests until the host closes the connection. A reader
// goroutine waits for the next frame while a call runs, so a host that
// goes away (or cancels by closing) cancels the call in flight.
func (s *dataServer) serve(conn net.Conn) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	defer conn.Close()
	reqs := make(chan request)
	free := make(chan []byte, 1) // the payload buffer, back from the call
	free <- nil
	go func() {
		defer cancel()
		defer close(reqs)
		r := bufio.NewReaderSize(conn, 64<<10)
		for {
			op, n, err := readDataHeader(r)
			if err != nil {
				return
			}
			buf, err := readPayload(r, <-free, n)
			if err != nil {
				return
			}
			select {
			case reqs <- request{op: dataOp(op), payload: buf}:
			case <-ctx.Done():
				return
			}
		}
	}()
	w := bufio.NewWriterSize(conn, 64<<10)
	// A Transform or Write decodes into batch, and a Transform encodes into
	// encoded, kept from one call to the next: each response is written
	// before the next request is served, and neither call keeps the batch.
	var batch Batch
	var encoded []byte
	for req := range reqs {
		var out []byte
		var err error
		switch call := s.calls[req.op]; {
		case req.op == opTransform && s.transform != nil:
			if out, err = s.transform.transform(ctx, req.payload, &batch, encoded); err == nil {
				encoded = out
			}
		case req.op == opWrite && s.dialect != nil:
			err = s.dialect.write(ctx, req.payload, &batch)
		case call == nil:
			err = status.Errorf(codes.Unimplemented, "data channel: this plugin does not serve call %d", req.op)
		default:
			out, err = call(ctx, req.payload)
		}
		code, payload := codes.OK, out
		if err != nil {
			st, _ := status.FromError(toStatus(err))
			code, payload = st.Code(), []byte(st.Message())
		}
		werr := writeDataFrame(w, byte(code), payload)
		// The call's result may alias the request: reuse it only now.
		free <- req.payload[:0]
		if werr != nil {
			return
		}
	}
}

// readDataHeader reads a frame header: the op or code, and the payload's
// length, which it bounds.
func readDataHeader(r io.Reader) (byte, int, error) {
	var h [dataHeader]byte
	if _, err := io.ReadFull(r, h[:]); err != nil {
		return 0, 0, err
	}
	n := binary.BigEndian.Uint32(h[1:])
	if n > maxMessage {
		return 0, 0, fmt.Errorf("data channel: a frame of %d bytes exceeds the limit of %d", n, maxMessage)
	}
	return h[0], int(n), nil
}

// readPayload reads n bytes into buf's memory. Up to trustedPayload
// bytes it takes the memory at once; beyond, it grows it as the bytes
// arrive, so a header that claims more than follows costs no more memory
// than what did.
func readPayload(r io.Reader, buf []byte, n int) ([]byte, error) {
	if cap(buf) < n && n <= trustedPayload {
		buf = make([]byte, n)
	}
	if cap(buf) >= n {
		buf = buf[:n]
		_, err := io.ReadFull(r, buf)
		return buf, err
	}
	buf = buf[:0]
	for len(buf) < n {
		m := min(n-len(buf), max(len(buf), 1<<20))
		buf = slices.Grow(buf, m)
		if _, err := io.ReadFull(r, buf[len(buf):len(buf)+m]); err != nil {
			return nil, err
		}
		buf = buf[:len(buf)+m]
	}
	return buf, nil
}

// trustedPayload is the size up to which readPayload believes a header:
// above a batch's (a few MiB), below what a lying header could cost.
const trustedPayload = 16 << 20

// writeDataFrame writes one frame and flushes it.
func writeDataFrame(w *bufio.Writer, b byte, payload []byte) error {
	var h [dataHeader]byte
	h[0] = b
	binary.BigEndian.PutUint32(h[1:], uint32(len(payload)))
	w.Write(h[:])
	w.Write(payload)
	return w.Flush()
}

// errNoChannel means a call must go over gRPC.
var errNoChannel = errors.New("no data channel")

// dataChannel is the host's end of one plugin's data channel. It is
// opened on first use; a zero dataChannel with open unset always answers
// errNoChannel.
type dataChannel struct {
	mu     sync.Mutex
	open   func(ctx context.Context) ([]byte, error) // calls Data.Open
	tried  bool
	conn   net.Conn
	r      *bufio.Reader
	header [dataHeader]byte
	// mem is the memory responses are read into, handed back by the
	// client's Recycle.
	mem Buffers
}

// recycle hands back a response's memory.
func (c *dataChannel) recycle(b []byte) {
	if c != nil {
		c.mem.Put(b)
	}
}

// newDataChannel returns the channel of the plugin behind cc.
func newDataChannel(cc grpc.ClientConnInterface) *dataChannel {
	if os.Getenv(envDataChannel) == "grpc" {
		return &dataChannel{}
	}
	return &dataChannel{open: func(ctx context.Context) ([]byte, error) {
		out := new(rexv1.Bytes)
		if err := cc.Invoke(ctx, "/"+dataServiceName+"/Open", new(rexv1.Empty), out); err != nil {
			return nil, err
		}
		return out.Data, nil
	}}
}

// connect opens the channel once; after a failure every call uses gRPC.
func (c *dataChannel) connect(ctx context.Context) {
	c.tried = true
	if c.open == nil {
		return
	}
	b, err := c.open(ctx)
	if err != nil {
		// Unimplemented: a plugin built before 1.4.
		return
	}
	var offer dataOffer
	token, terr := []byte(nil), json.Unmarshal(b, &offer)
	if terr == nil {
		token, terr = hex.DecodeString(offer.Token)
	}
	if terr != nil || len(token) != dataTokenSize {
		return
	}
	var d net.Dialer
	conn, err := d.DialContext(ctx, "unix", offer.Path)
	if err != nil {
		return
	}
	if _, err := conn.Write(token); err != nil {
		conn.Close()
		return
	}
	c.conn, c.r = conn, bufio.NewReaderSize(conn, 64<<10)
}

// call runs one call over the channel, or returns errNoChannel when there
// is none. A call the context cancels breaks the channel: it is closed,
// which cancels the plugin's side too, and later calls use gRPC.
func (c *dataChannel) call(ctx context.Context, op dataOp, payload []byte) ([]byte, error) {
	if c == nil {
		return nil, errNoChannel
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.tried {
		c.connect(ctx)
	}
	if c.conn == nil {
		return nil, errNoChannel
	}
	if err := ctx.Err(); err != nil {
		return nil, &remoteError{msg: err.Error(), kind: err}
	}
	conn := c.conn
	stop := context.AfterFunc(ctx, func() { conn.SetDeadline(time.Unix(1, 0)) })
	out, err := c.roundTrip(op, payload)
	stopped := stop()
	if err == nil && !stopped {
		// The context ended as the call did: the deadline it set may
		// still come, so the connection is not used again.
		conn.Close()
		c.conn = nil
	}
	if err != nil {
		conn.Close()
		c.conn = nil
		if !stopped || ctx.Err() != nil {
			cerr := ctx.Err()
			return nil, &remoteError{msg: cerr.Error(), kind: cerr}
		}
		return nil, &remoteError{msg: "plugin process is gone: " + err.Error(), kind: ErrClosed}
	}
	return out.data, out.err
}

// result is a response: its payload, or the error it stands for.
type result struct {
	data []byte
	err  error
}

// roundTrip writes the request and reads the response; an error is the
// connection's.
func (c *dataChannel) roundTrip(op dataOp, payload []byte) (result, error) {
	h := c.header[:]
	h[0] = byte(op)
	binary.BigEndian.PutUint32(h[1:], uint32(len(payload)))
	bufs := net.Buffers{h, payload}
	if _, err := bufs.WriteTo(c.conn); err != nil {
		return result{}, err
	}
	code, n, err := readDataHeader(c.r)
	if err != nil {
		return result{}, err
	}
	var buf []byte
	if n <= trustedPayload {
		buf = c.mem.Get(n)
	}
	data, err := readPayload(c.r, buf, n)
	if err != nil {
		return result{}, err
	}
	if codes.Code(code) != codes.OK {
		return result{err: fromStatus(status.Error(codes.Code(code), string(data)))}, nil
	}
	return result{data: data}, nil
}

// close ends the channel; the plugin's side ends with it.
func (c *dataChannel) close() {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.conn != nil {
		c.conn.Close()
		c.conn = nil
	}
}
