package sdk

import (
	"context"
	"encoding/json"
	"os"
	"sync"

	"github.com/hashicorp/go-hclog"
	"github.com/hashicorp/go-plugin"
	"google.golang.org/grpc"

	"github.com/rexdata/rex/sdk/proto/rexv1"
)

// Handshake is the go-plugin handshake every rex plugin and host share. The
// cookie never changes; ProtocolVersion is [ProtocolMajor].
var Handshake = plugin.HandshakeConfig{
	ProtocolVersion:  ProtocolMajor,
	MagicCookieKey:   "REX_PLUGIN",
	MagicCookieValue: "d1a7c6e0-rex-etl-plugin",
}

// The plugin kinds, as named in go-plugin's plugin set and in HCL blocks.
const (
	KindDialect   = "dialect"
	KindTransform = "transform"
	KindCipher    = "cipher"
	KindSink      = "sink"
	KindListener  = "listener"
)

// Plugins is what one plugin binary serves: its name and version, and an
// implementation of each kind it offers (leave the others nil).
type Plugins struct {
	// Name identifies the plugin in logs and in `rex plugins` ("sqlite").
	Name string
	// Version is the plugin's own version ("1.0.0"), which `rex plugins`
	// shows and a required_plugins pin compares.
	Version string

	// Dialect serves source and destination blocks.
	Dialect Dialect
	// Transform serves transform blocks.
	Transform Transform
	// Cipher serves encrypt and decrypt blocks.
	Cipher Cipher
	// Sink serves sink blocks (the sender's transport).
	Sink Sink
	// Listener serves listen blocks (the receiver's transport).
	Listener Listener
}

// Info describes a running plugin process.
type Info struct {
	// Name and Version are the plugin's, from [Plugins].
	Name    string `json:"name"`
	Version string `json:"version"`
	// Kinds lists the kinds it serves ([KindDialect], ...).
	Kinds []string `json:"kinds"`
	// ProtocolMajor and ProtocolMinor are the plugin protocol version the
	// plugin was built with ([ProtocolMajor], [ProtocolMinor]).
	ProtocolMajor int `json:"protocol_major"`
	ProtocolMinor int `json:"protocol_minor"`
	// PID is the plugin process's id.
	PID int `json:"pid"`
	// SDKVersion is the sdk [Version] the plugin was built with.
	SDKVersion string `json:"sdk_version"`
}

// maxMessage bounds one gRPC message between host and plugin. Batches are
// cut well below it (see [ReadRequest]).
const maxMessage = 256 << 20

// window is the HTTP/2 flow-control window of each gRPC stream and
// connection between host and plugin. gRPC's default (64 KiB, grown by
// probing) makes a batch wait for several window updates, each a round
// trip between two processes; with a window larger than a batch, a batch
// goes in one write. Setting it turns the probing off. It is also how far
// a stream's sender may run ahead of its reader, buffered in memory on
// both sides: twice rex's batches of 256 KiB (2 MiB took 9 MiB more
// summed over a run's processes at 1M rows, for the same time and CPU).
const window = 512 << 10

// serverOptions are the plugin side's gRPC settings.
func serverOptions() []grpc.ServerOption {
	return []grpc.ServerOption{
		grpc.MaxRecvMsgSize(maxMessage), grpc.MaxSendMsgSize(maxMessage),
		grpc.InitialWindowSize(window), grpc.InitialConnWindowSize(window),
		grpc.ForceServerCodecV2(codec{}),
	}
}

// DialOptions are the gRPC settings a host uses to talk to plugins (go-plugin's
// ClientConfig.GRPCDialOptions), matching those [Serve] gives the plugin.
func DialOptions() []grpc.DialOption {
	return []grpc.DialOption{
		grpc.WithDefaultCallOptions(grpc.MaxCallRecvMsgSize(maxMessage), grpc.MaxCallSendMsgSize(maxMessage), grpc.ForceCodecV2(codec{})),
		grpc.WithInitialWindowSize(window), grpc.WithInitialConnWindowSize(window),
	}
}

// Serve runs the plugin process: it performs the go-plugin handshake on
// stdout and serves until the host goes away. Call it from main and do
// nothing else there: a plugin must never write to stdout itself; log
// through [Logger] instead.
func Serve(p Plugins) {
	stage := &stageServer{p: p}
	plugin.Serve(&plugin.ServeConfig{
		HandshakeConfig: Handshake,
		Plugins:         p.set(),
		GRPCServer: func(opts []grpc.ServerOption) *grpc.Server {
			opts = append(opts, serverOptions()...)
			s := grpc.NewServer(opts...)
			rexv1.RegisterStageServer(s, stage)
			s.RegisterService(&dataService, newDataServer(p))
			return s
		},
		Logger: Logger(),
	})
}

// Logger returns the plugin's logger. It writes JSON lines to stderr, which
// the host reads and re-emits under the plugin's name. Safe for concurrent
// use.
var Logger = sync.OnceValue(func() hclog.Logger {
	return hclog.New(&hclog.LoggerOptions{
		Level:      hclog.Trace,
		Output:     os.Stderr,
		JSONFormat: true,
	})
})

func (p Plugins) kinds() []string {
	var k []string
	for _, kv := range []struct {
		name string
		set  bool
	}{{KindDialect, p.Dialect != nil}, {KindTransform, p.Transform != nil}, {KindCipher, p.Cipher != nil}, {KindSink, p.Sink != nil}, {KindListener, p.Listener != nil}} {
		if kv.set {
			k = append(k, kv.name)
		}
	}
	return k
}

func (p Plugins) configurable(kind string) Configurable {
	switch kind {
	case KindDialect:
		if p.Dialect != nil {
			return p.Dialect
		}
	case KindTransform:
		if p.Transform != nil {
			return p.Transform
		}
	case KindCipher:
		if p.Cipher != nil {
			return p.Cipher
		}
	case KindSink:
		if p.Sink != nil {
			return p.Sink
		}
	case KindListener:
		if p.Listener != nil {
			return p.Listener
		}
	}
	return nil
}

func (p Plugins) set() plugin.PluginSet {
	s := plugin.PluginSet{}
	if p.Dialect != nil {
		s[KindDialect] = &grpcPlugin{kind: KindDialect, impl: p.Dialect}
	}
	if p.Transform != nil {
		s[KindTransform] = &grpcPlugin{kind: KindTransform, impl: p.Transform}
	}
	if p.Cipher != nil {
		s[KindCipher] = &grpcPlugin{kind: KindCipher, impl: p.Cipher}
	}
	if p.Sink != nil {
		s[KindSink] = &grpcPlugin{kind: KindSink, impl: p.Sink}
	}
	if p.Listener != nil {
		s[KindListener] = &grpcPlugin{kind: KindListener, impl: p.Listener}
	}
	return s
}

// ClientPlugins is the plugin set a host gives go-plugin's ClientConfig: it
// knows how to dispense every kind as a client that implements the kind's
// interface ([Dialect], [Transform], [Cipher], [Sink], [Listener]) and
// [Stage].
func ClientPlugins() plugin.PluginSet {
	s := plugin.PluginSet{}
	for _, k := range []string{KindDialect, KindTransform, KindCipher, KindSink, KindListener} {
		s[k] = &grpcPlugin{kind: k}
	}
	return s
}

// Stage is what the host can ask any dispensed plugin besides its kind's
// methods.
type Stage interface {
	// Info describes the plugin process.
	Info(ctx context.Context) (Info, error)
}

// grpcPlugin is go-plugin's glue for one kind.
type grpcPlugin struct {
	plugin.NetRPCUnsupportedPlugin
	kind string
	impl any
}

func (g *grpcPlugin) GRPCServer(_ *plugin.GRPCBroker, s *grpc.Server) error {
	switch g.kind {
	case KindDialect:
		rexv1.RegisterDialectServer(s, &dialectServer{impl: g.impl.(Dialect)})
	case KindTransform:
		rexv1.RegisterTransformServer(s, &transformServer{impl: g.impl.(Transform)})
	case KindCipher:
		rexv1.RegisterCipherServer(s, &cipherServer{impl: g.impl.(Cipher)})
	case KindSink:
		rexv1.RegisterSinkServer(s, &sinkServer{impl: g.impl.(Sink)})
	case KindListener:
		rexv1.RegisterListenerServer(s, newListenerServer(g.impl.(Listener)))
	}
	return nil
}

func (g *grpcPlugin) GRPCClient(_ context.Context, _ *plugin.GRPCBroker, c *grpc.ClientConn) (any, error) {
	st := stageClient{kind: g.kind, c: rexv1.NewStageClient(c), data: newDataChannel(c)}
	switch g.kind {
	case KindDialect:
		return &dialectClient{stageClient: st, c: rexv1.NewDialectClient(c)}, nil
	case KindTransform:
		return &transformClient{stageClient: st, c: rexv1.NewTransformClient(c)}, nil
	case KindCipher:
		return &cipherClient{stageClient: st, c: rexv1.NewCipherClient(c)}, nil
	case KindSink:
		return &sinkClient{stageClient: st, c: rexv1.NewSinkClient(c)}, nil
	case KindListener:
		return &listenerClient{stageClient: st, c: rexv1.NewListenerClient(c)}, nil
	}
	return nil, nil
}

func marshalSchema(s *Schema) ([]byte, error) {
	if s == nil {
		return nil, nil
	}
	return json.Marshal(s)
}

func unmarshalSchema(b []byte) (*Schema, error) {
	if len(b) == 0 {
		return nil, nil
	}
	s := new(Schema)
	if err := json.Unmarshal(b, s); err != nil {
		return nil, err
	}
	return s, nil
}
