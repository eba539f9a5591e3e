package sdk

// The plugin side of the gRPC protocol: adapters from rexv1 services to the
// sdk interfaces. Nothing here is exported.

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"sync"
	"sync/atomic"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/rexdata/rex/sdk/proto/rexv1"
)

// toStatus carries an error across gRPC keeping the conditions callers
// branch on.
func toStatus(err error) error {
	if err == nil {
		return nil
	}
	if _, ok := status.FromError(err); ok && !errors.Is(err, ErrRefused) && !errors.Is(err, ErrClosed) {
		return err
	}
	switch {
	case errors.Is(err, ErrRefused):
		return status.Error(codes.PermissionDenied, err.Error())
	case errors.Is(err, ErrClosed):
		return status.Error(codes.Aborted, err.Error())
	case errors.Is(err, context.Canceled):
		return status.Error(codes.Canceled, err.Error())
	case errors.Is(err, context.DeadlineExceeded):
		return status.Error(codes.DeadlineExceeded, err.Error())
	}
	return status.Error(codes.Unknown, err.Error())
}

type stageServer struct {
	rexv1.UnimplementedStageServer
	p Plugins
}

func (s *stageServer) Info(context.Context, *rexv1.Empty) (*rexv1.InfoResponse, error) {
	return &rexv1.InfoResponse{
		Name: s.p.Name, Version: s.p.Version, Kinds: s.p.kinds(),
		ProtocolMajor: ProtocolMajor, ProtocolMinor: ProtocolMinor,
		Pid: int64(os.Getpid()), SdkVersion: Version,
	}, nil
}

func (s *stageServer) ConfigSchema(_ context.Context, r *rexv1.KindRequest) (*rexv1.ConfigSchemaResponse, error) {
	c := s.p.configurable(r.Kind)
	if c == nil {
		return nil, status.Errorf(codes.NotFound, "plugin %q does not serve kind %q", s.p.Name, r.Kind)
	}
	out := &rexv1.ConfigSchemaResponse{}
	for _, a := range c.ConfigSchema().Attributes {
		out.Attributes = append(out.Attributes, &rexv1.Attribute{Name: a.Name, Type: string(a.Type), Required: a.Required, Sensitive: a.Sensitive, Description: a.Description})
	}
	return out, nil
}

func (s *stageServer) Configure(ctx context.Context, r *rexv1.ConfigureRequest) (*rexv1.ConfigureResponse, error) {
	c := s.p.configurable(r.Kind)
	if c == nil {
		return nil, status.Errorf(codes.NotFound, "plugin %q does not serve kind %q", s.p.Name, r.Kind)
	}
	cfg := Config{}
	if len(r.ConfigJson) > 0 {
		if err := json.Unmarshal(r.ConfigJson, &cfg); err != nil {
			return nil, status.Errorf(codes.InvalidArgument, "configuration is not a JSON object: %v", err)
		}
	}
	out := &rexv1.ConfigureResponse{}
	for _, d := range c.Configure(ctx, cfg) {
		out.Diagnostics = append(out.Diagnostics, &rexv1.Diagnostic{Severity: int32(d.Severity), Summary: d.Summary, Detail: d.Detail, Attribute: d.Attribute})
	}
	return out, nil
}

type dialectServer struct {
	rexv1.UnimplementedDialectServer
	impl Dialect
}

func (s *dialectServer) Describe(ctx context.Context, _ *rexv1.Empty) (*rexv1.Bytes, error) {
	sc, err := s.impl.Describe(ctx)
	if err != nil {
		return nil, toStatus(err)
	}
	b, err := marshalSchema(sc)
	if err != nil {
		return nil, toStatus(err)
	}
	return &rexv1.Bytes{Data: b}, nil
}

func (s *dialectServer) Profile(ctx context.Context, r *rexv1.ProfileRequest) (*rexv1.Bytes, error) {
	p, ok := s.impl.(Profiler)
	if !ok {
		return nil, status.Error(codes.Unimplemented, "this dialect does not profile data")
	}
	var prof map[string]TableProfile
	var err error
	if cp, ok := p.(ColumnProfiler); ok && len(r.Columns) > 0 {
		cols := make(map[string][]string, len(r.Columns))
		for t, l := range r.Columns {
			cols[t] = l.GetNames()
		}
		prof, err = cp.ProfileColumns(ctx, cols)
	} else {
		// Without the ability, or asked for whole tables: Tables names
		// them either way.
		prof, err = p.Profile(ctx, r.Tables)
	}
	if err != nil {
		return nil, toStatus(err)
	}
	b, err := json.Marshal(prof)
	if err != nil {
		return nil, toStatus(err)
	}
	return &rexv1.Bytes{Data: b}, nil
}

// streamWriter sends what a Source reads down the Read stream, reusing one
// encoding buffer.
type streamWriter struct {
	stream rexv1.Dialect_ReadServer
	buf    []byte
}

func (w *streamWriter) StartTable(table string, rows int64) error {
	return w.stream.Send(&rexv1.ReadResponse{Msg: &rexv1.ReadResponse_TableStart{TableStart: &rexv1.TableStart{Table: table, Rows: rows}}})
}

func (w *streamWriter) WriteBatch(b *Batch) error {
	var err error
	w.buf, err = b.AppendBinary(w.buf[:0])
	if err != nil {
		return err
	}
	// gRPC marshals the message inside Send, so the buffer is free again
	// when Send returns.
	return w.stream.Send(&rexv1.ReadResponse{Msg: &rexv1.ReadResponse_Batch{Batch: w.buf}})
}

func (s *dialectServer) Read(r *rexv1.ReadRequest, stream rexv1.Dialect_ReadServer) error {
	req := ReadRequest{Tables: r.Tables, BatchRows: int(r.BatchRows), BatchBytes: int(r.BatchBytes)}
	if req.BatchRows <= 0 {
		req.BatchRows = 1000
	}
	if req.BatchBytes <= 0 {
		req.BatchBytes = 1 << 20
	}
	return toStatus(s.impl.Read(stream.Context(), req, &streamWriter{stream: stream}))
}

func (s *dialectServer) Begin(ctx context.Context, r *rexv1.WriteRequest) (*rexv1.Empty, error) {
	mode := WriteMode(r.Mode)
	if mode == "" {
		mode = Replace
	}
	var modes map[string]WriteMode
	for t, m := range r.Modes {
		if modes == nil {
			modes = map[string]WriteMode{}
		}
		modes[t] = WriteMode(m)
	}
	return &rexv1.Empty{}, toStatus(s.impl.Begin(ctx, WriteRequest{Tables: r.Tables, Mode: mode, Modes: modes}))
}

func (s *dialectServer) Write(ctx context.Context, r *rexv1.Bytes) (*rexv1.Empty, error) {
	return &rexv1.Empty{}, s.write(ctx, r.Data, &Batch{})
}

// write decodes the encoded batch in into b and writes it. The data
// channel passes the same b for every call of a connection, so a batch's
// values reuse the last one's memory.
func (s *dialectServer) write(ctx context.Context, in []byte, b *Batch) error {
	if err := b.UnmarshalBinary(in); err != nil {
		return status.Error(codes.InvalidArgument, err.Error())
	}
	return toStatus(s.impl.Write(ctx, b))
}

func (s *dialectServer) Commit(ctx context.Context, _ *rexv1.Empty) (*rexv1.Empty, error) {
	return &rexv1.Empty{}, toStatus(s.impl.Commit(ctx))
}

func (s *dialectServer) Rollback(ctx context.Context, _ *rexv1.Empty) (*rexv1.Empty, error) {
	return &rexv1.Empty{}, toStatus(s.impl.Rollback(ctx))
}

type transformServer struct {
	rexv1.UnimplementedTransformServer
	impl Transform
	buf  []byte
}

func (s *transformServer) Prepare(ctx context.Context, r *rexv1.PrepareRequest) (*rexv1.Empty, error) {
	src, err := unmarshalSchema(r.SourceSchemaJson)
	if err != nil {
		return nil, status.Errorf(codes.InvalidArgument, "source schema: %v", err)
	}
	dst, err := unmarshalSchema(r.DestinationSchemaJson)
	if err != nil {
		return nil, status.Errorf(codes.InvalidArgument, "destination schema: %v", err)
	}
	return &rexv1.Empty{}, toStatus(s.impl.Prepare(ctx, TransformPlan{Direction: Direction(r.Direction), Source: src, Destination: dst}))
}

func (s *transformServer) Transform(ctx context.Context, r *rexv1.Bytes) (*rexv1.Bytes, error) {
	data, err := s.transform(ctx, r.Data, &Batch{}, nil)
	if err != nil {
		return nil, err
	}
	return &rexv1.Bytes{Data: data}, nil
}

// transform decodes the encoded batch in into b, transforms it and
// encodes the result into out's memory (fresh memory when out is nil). The
// data channel passes the same b and out for every call of a connection,
// so a batch's values and encoding reuse the last one's memory.
func (s *transformServer) transform(ctx context.Context, in []byte, b *Batch, out []byte) ([]byte, error) {
	if err := b.UnmarshalBinary(in); err != nil {
		return nil, status.Error(codes.InvalidArgument, err.Error())
	}
	res, err := s.impl.Transform(ctx, b)
	if err != nil {
		return nil, toStatus(err)
	}
	if out == nil {
		out = make([]byte, 0, res.Size())
	}
	data, err := res.AppendBinary(out[:0])
	if err != nil {
		return nil, toStatus(err)
	}
	return data, nil
}

type cipherServer struct {
	rexv1.UnimplementedCipherServer
	impl Cipher
}

func (s *cipherServer) Offer(ctx context.Context, _ *rexv1.Empty) (*rexv1.Bytes, error) {
	b, err := s.impl.Offer(ctx)
	return &rexv1.Bytes{Data: b}, toStatus(err)
}

func (s *cipherServer) Accept(ctx context.Context, r *rexv1.Bytes) (*rexv1.PeerResponse, error) {
	p, err := s.impl.Accept(ctx, r.Data)
	if err != nil {
		return nil, toStatus(err)
	}
	return &rexv1.PeerResponse{Id: p.ID, Description: p.Description}, nil
}

func (s *cipherServer) Seal(ctx context.Context, r *rexv1.Bytes) (*rexv1.Bytes, error) {
	b, err := s.impl.Seal(ctx, r.Data)
	if err != nil {
		return nil, toStatus(err)
	}
	return &rexv1.Bytes{Data: b}, nil
}

func (s *cipherServer) Open(ctx context.Context, r *rexv1.Bytes) (*rexv1.Bytes, error) {
	b, err := s.impl.Open(ctx, r.Data)
	if err != nil {
		return nil, toStatus(err)
	}
	return &rexv1.Bytes{Data: b}, nil
}

// frameStream is the plugin's side of Sink.Connect and Listener.Conn.
type frameStream interface {
	Send(*rexv1.Frame) error
	Recv() (*rexv1.Frame, error)
	RecvMsg(m any) error
	Context() context.Context
}

// hostGone is the close reason a Conn's peer reads when the rex process
// on this side ended without closing the session (killed, or crashed).
const hostGone = "rex stopped on this side without ending the session"

// errHostGone marks a failed send to the host: its process is gone.
var errHostGone = errors.New("the host's stream is gone")

// relay moves frames between the host's gRPC stream and a plugin Conn until
// either side ends. The host's close frame closes the Conn with its reason;
// a host that went away without one closes it with hostGone, so that the
// peer learns the connection ended abnormally.
func relay(stream frameStream, conn Conn) error {
	ctx, cancel := context.WithCancel(stream.Context())
	defer cancel()
	recvErr := make(chan error, 1)
	// gRPC copies a message out in Send, and a Conn's Send keeps none:
	// either way the message's memory is free again once Send returns.
	recycler, _ := conn.(Recycler)
	go func() {
		for {
			msg, err := conn.Recv(ctx)
			if err != nil {
				recvErr <- err
				return
			}
			if err := stream.Send(&rexv1.Frame{Data: msg}); err != nil {
				recvErr <- fmt.Errorf("%w: %w", errHostGone, err)
				return
			}
			if recycler != nil {
				recycler.Recycle(msg)
			}
		}
	}()
	sendErr := make(chan error, 1)
	go func() {
		var mem Buffers
		for {
			var f rexv1.Frame
			r := recvInto{m: &f, mem: &mem}
			err := stream.RecvMsg(&r)
			if err != nil {
				// The host went away without a close frame: abort.
				conn.Close(hostGone)
				sendErr <- err
				return
			}
			if f.Close {
				sendErr <- conn.Close(f.Reason)
				return
			}
			if err := conn.Send(ctx, f.Data); err != nil {
				sendErr <- err
				return
			}
			mem.Put(r.got)
		}
	}()
	select {
	case err := <-recvErr:
		if errors.Is(err, errHostGone) {
			conn.Close(hostGone)
		} else {
			conn.Close("")
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
		return toStatus(err)
	case err := <-sendErr:
		if err != nil {
			conn.Close("")
			return toStatus(err)
		}
		// Closed by the host: drain what the peer still sends until it
		// closes too, so a final message is not lost.
		select {
		case err := <-recvErr:
			if errors.Is(err, io.EOF) || errors.Is(err, ErrClosed) {
				return nil
			}
			return toStatus(err)
		case <-ctx.Done():
			return nil
		}
	}
}

type sinkServer struct {
	rexv1.UnimplementedSinkServer
	impl Sink
}

func (s *sinkServer) Connect(stream rexv1.Sink_ConnectServer) error {
	conn, err := s.impl.Connect(stream.Context())
	if err != nil {
		return toStatus(err)
	}
	if err := stream.Send(&rexv1.Frame{}); err != nil {
		conn.Close("")
		return err
	}
	return relay(stream, conn)
}

type listenerServer struct {
	rexv1.UnimplementedListenerServer
	impl  Listener
	next  atomic.Int64
	mu    sync.Mutex
	conns map[string]Conn
}

func newListenerServer(impl Listener) *listenerServer {
	return &listenerServer{impl: impl, conns: map[string]Conn{}}
}

func (s *listenerServer) Listen(ctx context.Context, _ *rexv1.Empty) (*rexv1.ListenResponse, error) {
	addr, err := s.impl.Listen(ctx)
	if err != nil {
		return nil, toStatus(err)
	}
	return &rexv1.ListenResponse{Address: addr}, nil
}

func (s *listenerServer) Accept(ctx context.Context, _ *rexv1.Empty) (*rexv1.AcceptResponse, error) {
	conn, err := s.impl.Accept(ctx)
	if err != nil {
		var ref *RefusedError
		if errors.As(err, &ref) {
			return &rexv1.AcceptResponse{Peer: ref.Peer, Refused: ref.Reason}, nil
		}
		return nil, toStatus(err)
	}
	id := strconv.FormatInt(s.next.Add(1), 10)
	s.mu.Lock()
	s.conns[id] = conn
	s.mu.Unlock()
	return &rexv1.AcceptResponse{ConnId: id, Peer: conn.Peer()}, nil
}

func (s *listenerServer) Conn(stream rexv1.Listener_ConnServer) error {
	first, err := stream.Recv()
	if err != nil {
		return err
	}
	s.mu.Lock()
	conn := s.conns[first.ConnId]
	delete(s.conns, first.ConnId)
	s.mu.Unlock()
	if conn == nil {
		return status.Errorf(codes.NotFound, "no accepted connection %q", first.ConnId)
	}
	if first.Close {
		return conn.Close(first.Reason)
	}
	if len(first.Data) > 0 {
		if err := conn.Send(stream.Context(), first.Data); err != nil {
			conn.Close("")
			return toStatus(err)
		}
	}
	return relay(stream, conn)
}

var _ = fmt.Sprintf
