package sdk

// The host side of the gRPC protocol: clients that implement the sdk
// interfaces by calling a plugin process, so host code reads as if the
// plugin were local.

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"sync"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/rexdata/rex/sdk/proto/rexv1"
)

// remoteError is an error returned by a plugin, with the condition it
// stands for.
type remoteError struct {
	msg  string
	kind error
}

func (e *remoteError) Error() string { return e.msg }
func (e *remoteError) Unwrap() error { return e.kind }

// fromStatus turns a gRPC error back into an error callers can branch on.
func fromStatus(err error) error {
	if err == nil {
		return nil
	}
	if errors.Is(err, io.EOF) {
		return io.EOF
	}
	st, ok := status.FromError(err)
	if !ok {
		return err
	}
	switch st.Code() {
	case codes.PermissionDenied:
		return &remoteError{msg: st.Message(), kind: ErrRefused}
	case codes.Aborted:
		return &remoteError{msg: st.Message(), kind: ErrClosed}
	case codes.Canceled:
		return &remoteError{msg: st.Message(), kind: context.Canceled}
	case codes.DeadlineExceeded:
		return &remoteError{msg: st.Message(), kind: context.DeadlineExceeded}
	case codes.Unavailable:
		return &remoteError{msg: "plugin process is gone: " + st.Message(), kind: ErrClosed}
	}
	return errors.New(st.Message())
}

// stageClient implements [Stage] and [Configurable] for every kind.
type stageClient struct {
	kind string
	c    rexv1.StageClient
	// data carries the calls that move batches, when the plugin offers a
	// data channel (nil in clients built without one).
	data *dataChannel
}

// Close closes the data channel, if one was opened; the host calls it as
// it stops the plugin.
func (s stageClient) Close() error {
	s.data.close()
	return nil
}

func (s stageClient) Info(ctx context.Context) (Info, error) {
	r, err := s.c.Info(ctx, &rexv1.Empty{})
	if err != nil {
		return Info{}, fromStatus(err)
	}
	return Info{Name: r.Name, Version: r.Version, Kinds: r.Kinds, ProtocolMajor: int(r.ProtocolMajor),
		ProtocolMinor: int(r.ProtocolMinor), PID: int(r.Pid), SDKVersion: r.SdkVersion}, nil
}

// ConfigSchema asks the plugin for its schema. A plugin that cannot answer
// within 30 seconds yields an empty schema; Configure then reports it.
func (s stageClient) ConfigSchema() ConfigSchema {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	sc, _ := s.ConfigSchemaContext(ctx)
	return sc
}

// ConfigSchemaContext is ConfigSchema with a context and the error.
func (s stageClient) ConfigSchemaContext(ctx context.Context) (ConfigSchema, error) {
	r, err := s.c.ConfigSchema(ctx, &rexv1.KindRequest{Kind: s.kind})
	if err != nil {
		return ConfigSchema{}, fromStatus(err)
	}
	var out ConfigSchema
	for _, a := range r.Attributes {
		out.Attributes = append(out.Attributes, Attribute{Name: a.Name, Type: AttrType(a.Type), Required: a.Required, Sensitive: a.Sensitive, Description: a.Description})
	}
	return out, nil
}

func (s stageClient) Configure(ctx context.Context, cfg Config) Diagnostics {
	b, err := json.Marshal(cfg)
	if err != nil {
		return Diagnostics{}.Errorf("", "Invalid configuration", "%v", err)
	}
	r, err := s.c.Configure(ctx, &rexv1.ConfigureRequest{Kind: s.kind, ConfigJson: b})
	if err != nil {
		return Diagnostics{}.Errorf("", "Plugin failed to configure", "%v", fromStatus(err))
	}
	var out Diagnostics
	for _, d := range r.Diagnostics {
		out = append(out, Diagnostic{Severity: Severity(d.Severity), Summary: d.Summary, Detail: d.Detail, Attribute: d.Attribute})
	}
	return out
}

type dialectClient struct {
	stageClient
	c rexv1.DialectClient
}

var _ ColumnProfiler = (*dialectClient)(nil)

func (d *dialectClient) Describe(ctx context.Context) (*Schema, error) {
	r, err := d.c.Describe(ctx, &rexv1.Empty{})
	if err != nil {
		return nil, fromStatus(err)
	}
	return unmarshalSchema(r.Data)
}

// Profile asks the plugin for facts about its data; a plugin without the
// ability returns an error wrapping ErrUnsupported.
func (d *dialectClient) Profile(ctx context.Context, tables []string) (map[string]TableProfile, error) {
	return d.profile(ctx, &rexv1.ProfileRequest{Tables: tables})
}

func (d *dialectClient) profile(ctx context.Context, req *rexv1.ProfileRequest) (map[string]TableProfile, error) {
	r, err := d.c.Profile(ctx, req)
	if err != nil {
		if status.Code(err) == codes.Unimplemented {
			return nil, fmt.Errorf("profile: %w", ErrUnsupported)
		}
		return nil, fromStatus(err)
	}
	out := map[string]TableProfile{}
	if err := json.Unmarshal(r.Data, &out); err != nil {
		return nil, err
	}
	return out, nil
}

// ProfileColumns asks the plugin for facts about some columns of each
// table. A plugin older than protocol 1.3, or one without the ability,
// profiles the tables whole: the result then holds every column.
func (d *dialectClient) ProfileColumns(ctx context.Context, columns map[string][]string) (map[string]TableProfile, error) {
	if len(columns) == 0 {
		// An empty table list would ask an older plugin for every table.
		return map[string]TableProfile{}, nil
	}
	req := &rexv1.ProfileRequest{Columns: make(map[string]*rexv1.ColumnList, len(columns))}
	for t, cols := range columns {
		req.Tables = append(req.Tables, t)
		req.Columns[t] = &rexv1.ColumnList{Names: cols}
	}
	sort.Strings(req.Tables)
	return d.profile(ctx, req)
}

func (d *dialectClient) Read(ctx context.Context, req ReadRequest, out BatchWriter) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	stream, err := d.c.Read(ctx, &rexv1.ReadRequest{Tables: req.Tables, BatchRows: int32(req.BatchRows), BatchBytes: int32(req.BatchBytes)}, recvCodec)
	if err != nil {
		return fromStatus(err)
	}
	// Each message is decoded into the memory of the one before: the
	// writer is done with a batch when its call returns.
	var b Batch
	var m rexv1.ReadResponse
	var mem Buffers
	for {
		r := recvInto{m: &m, mem: &mem}
		err := stream.RecvMsg(&r)
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fromStatus(err)
		}
		switch msg := m.Msg.(type) {
		case *rexv1.ReadResponse_TableStart:
			err = out.StartTable(msg.TableStart.Table, msg.TableStart.Rows)
		case *rexv1.ReadResponse_Batch:
			if raw, ok := out.(EncodedBatchWriter); ok {
				err = raw.WriteEncoded(msg.Batch)
			} else if err = b.UnmarshalBinary(msg.Batch); err == nil {
				err = out.WriteBatch(&b)
			}
		}
		if err != nil {
			return err
		}
		mem.Put(r.got)
	}
}

func (d *dialectClient) Begin(ctx context.Context, req WriteRequest) error {
	var modes map[string]string
	for t, m := range req.Modes {
		if modes == nil {
			modes = map[string]string{}
		}
		modes[t] = string(m)
	}
	_, err := d.c.Begin(ctx, &rexv1.WriteRequest{Tables: req.Tables, Mode: string(req.Mode), Modes: modes})
	return fromStatus(err)
}

func (d *dialectClient) Write(ctx context.Context, b *Batch) error {
	data, err := b.MarshalBinary()
	if err != nil {
		return err
	}
	return d.WriteEncoded(ctx, data)
}

// WriteEncoded writes a batch already in the batch encoding.
func (d *dialectClient) WriteEncoded(ctx context.Context, data []byte) error {
	if _, err := d.data.call(ctx, opWrite, data); err != errNoChannel {
		return err
	}
	_, err := d.c.Write(ctx, &rexv1.Bytes{Data: data})
	return fromStatus(err)
}

func (d *dialectClient) Commit(ctx context.Context) error {
	_, err := d.c.Commit(ctx, &rexv1.Empty{})
	return fromStatus(err)
}

func (d *dialectClient) Rollback(ctx context.Context) error {
	_, err := d.c.Rollback(ctx, &rexv1.Empty{})
	return fromStatus(err)
}

type transformClient struct {
	stageClient
	c rexv1.TransformClient
}

func (t *transformClient) Prepare(ctx context.Context, plan TransformPlan) error {
	src, err := marshalSchema(plan.Source)
	if err != nil {
		return err
	}
	dst, err := marshalSchema(plan.Destination)
	if err != nil {
		return err
	}
	_, err = t.c.Prepare(ctx, &rexv1.PrepareRequest{Direction: string(plan.Direction), SourceSchemaJson: src, DestinationSchemaJson: dst})
	return fromStatus(err)
}

func (t *transformClient) Transform(ctx context.Context, b *Batch) (*Batch, error) {
	data, err := b.MarshalBinary()
	if err != nil {
		return nil, err
	}
	r, err := t.TransformEncoded(ctx, data)
	if err != nil {
		return nil, err
	}
	out := new(Batch)
	if err := out.UnmarshalBinary(r); err != nil {
		return nil, err
	}
	return out, nil
}

// Recycle hands back a result of TransformEncoded.
func (t *transformClient) Recycle(b []byte) { t.data.recycle(b) }

// TransformEncoded transforms a batch in the batch encoding and returns the
// result encoded.
func (t *transformClient) TransformEncoded(ctx context.Context, data []byte) ([]byte, error) {
	if out, err := t.data.call(ctx, opTransform, data); err != errNoChannel {
		return out, err
	}
	r, err := t.c.Transform(ctx, &rexv1.Bytes{Data: data})
	if err != nil {
		return nil, fromStatus(err)
	}
	return r.Data, nil
}

type cipherClient struct {
	stageClient
	c rexv1.CipherClient
}

func (c *cipherClient) Offer(ctx context.Context) ([]byte, error) {
	r, err := c.c.Offer(ctx, &rexv1.Empty{})
	if err != nil {
		return nil, fromStatus(err)
	}
	return r.Data, nil
}

func (c *cipherClient) Accept(ctx context.Context, hello []byte) (Peer, error) {
	r, err := c.c.Accept(ctx, &rexv1.Bytes{Data: hello})
	if err != nil {
		return Peer{}, fromStatus(err)
	}
	return Peer{ID: r.Id, Description: r.Description}, nil
}

// Recycle hands back a result of Seal or Open.
func (c *cipherClient) Recycle(b []byte) { c.data.recycle(b) }

func (c *cipherClient) Seal(ctx context.Context, p []byte) ([]byte, error) {
	if out, err := c.data.call(ctx, opSeal, p); err != errNoChannel {
		return out, err
	}
	r, err := c.c.Seal(ctx, &rexv1.Bytes{Data: p})
	if err != nil {
		return nil, fromStatus(err)
	}
	return r.Data, nil
}

func (c *cipherClient) Open(ctx context.Context, p []byte) ([]byte, error) {
	if out, err := c.data.call(ctx, opOpen, p); err != errNoChannel {
		return out, err
	}
	r, err := c.c.Open(ctx, &rexv1.Bytes{Data: p})
	if err != nil {
		return nil, fromStatus(err)
	}
	return r.Data, nil
}

// recvCodec is the call option of the streams received with recvInto:
// rex's codec, whatever codec the connection was dialled with.
var recvCodec = grpc.ForceCodecV2(codec{})

// hostStream is the host's side of Sink.Connect and Listener.Conn.
type hostStream interface {
	Send(*rexv1.Frame) error
	Recv() (*rexv1.Frame, error)
	RecvMsg(m any) error
	CloseSend() error
}

// streamConn implements [Conn] over a host-side frame stream. One
// goroutine pumps the stream's frames, so Recv can return on ctx.
type streamConn struct {
	stream hostStream
	cancel context.CancelFunc
	peer   string
	once   sync.Once
	frames chan recvResult
	// ended is closed when the stream has ended; final then holds why.
	ended chan struct{}
	final error
	// closed is closed by Close: frames still arriving are dropped.
	closed chan struct{}
	// mem is the memory messages are received into, handed back by
	// Recycle.
	mem Buffers
}

type recvResult struct {
	data []byte
	err  error
}

// newStreamConn wraps a stream whose context is ctx (cancelled by cancel);
// the pump ends when the stream does.
func newStreamConn(ctx context.Context, stream hostStream, cancel context.CancelFunc, peer string) *streamConn {
	s := &streamConn{stream: stream, cancel: cancel, peer: peer, frames: make(chan recvResult, 1), ended: make(chan struct{}), closed: make(chan struct{})}
	go func() {
		defer close(s.frames)
		for {
			var f rexv1.Frame
			err := stream.RecvMsg(&recvInto{m: &f, mem: &s.mem})
			r := recvResult{err: fromStatus(err)}
			if err == nil {
				r.data = f.Data
			} else {
				s.final = r.err
				close(s.ended)
			}
			select {
			case s.frames <- r:
			case <-s.closed:
			case <-ctx.Done():
				return
			}
			if err != nil {
				return
			}
		}
	}()
	return s
}

func (s *streamConn) Send(ctx context.Context, msg []byte) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	err := s.stream.Send(&rexv1.Frame{Data: msg})
	if errors.Is(err, io.EOF) {
		// gRPC says only that the stream is over; the reason arrives on
		// the receiving side.
		select {
		case <-s.ended:
			if s.final != nil && !errors.Is(s.final, io.EOF) {
				return s.final
			}
			return fmt.Errorf("%w: the peer ended the connection", ErrClosed)
		case <-time.After(5 * time.Second):
			return fmt.Errorf("%w: the connection ended", ErrClosed)
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return fromStatus(err)
}

func (s *streamConn) Recv(ctx context.Context) ([]byte, error) {
	select {
	case r, ok := <-s.frames:
		if !ok {
			return nil, ErrClosed
		}
		return r.data, r.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// Close sends the close frame and waits, up to closeGrace, for the plugin
// to pass it on and end the stream, then cancels the stream. A host that
// exits once Close returns (rex serve --once after a refusal) thus stops
// its plugin only after the messages sent before the close, and the close
// with its reason, have gone out.
func (s *streamConn) Close(reason string) error {
	s.once.Do(func() {
		close(s.closed)
		s.stream.Send(&rexv1.Frame{Close: true, Reason: reason})
		s.stream.CloseSend()
		select {
		case <-s.ended:
		case <-time.After(closeGrace):
		}
		s.cancel()
	})
	return nil
}

// closeGrace bounds how long Close waits for the plugin to end the stream.
const closeGrace = 5 * time.Second

func (s *streamConn) Peer() string { return s.peer }

// Recycle hands back a message Recv returned.
func (s *streamConn) Recycle(b []byte) { s.mem.Put(b) }

type sinkClient struct {
	stageClient
	c rexv1.SinkClient
}

func (s *sinkClient) Connect(ctx context.Context) (Conn, error) {
	sctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	stop := context.AfterFunc(ctx, cancel)
	stream, err := s.c.Connect(sctx, recvCodec)
	if err != nil {
		stop()
		cancel()
		return nil, fromStatus(err)
	}
	// The plugin's first frame says the connection is up.
	if _, err := stream.Recv(); err != nil {
		stop()
		cancel()
		return nil, fromStatus(err)
	}
	return newStreamConn(sctx, stream, cancel, "receiver"), nil
}

type listenerClient struct {
	stageClient
	c rexv1.ListenerClient
}

func (l *listenerClient) Listen(ctx context.Context) (string, error) {
	r, err := l.c.Listen(ctx, &rexv1.Empty{})
	if err != nil {
		return "", fromStatus(err)
	}
	return r.Address, nil
}

func (l *listenerClient) Accept(ctx context.Context) (Conn, error) {
	r, err := l.c.Accept(ctx, &rexv1.Empty{})
	if err != nil {
		return nil, fromStatus(err)
	}
	if r.Refused != "" {
		return nil, &RefusedError{Peer: r.Peer, Reason: r.Refused}
	}
	sctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	stream, err := l.c.Conn(sctx, recvCodec)
	if err != nil {
		cancel()
		return nil, fromStatus(err)
	}
	if err := stream.Send(&rexv1.Frame{ConnId: r.ConnId}); err != nil {
		cancel()
		return nil, fromStatus(err)
	}
	return newStreamConn(sctx, stream, cancel, r.Peer), nil
}
