package sdk

import (
	"context"
	"encoding/binary"
	"io"
	"net"
	"path/filepath"
	"testing"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	"github.com/rexdata/rex/sdk/proto/rexv1"
)

// The cost of one hop between host and plugin, per batch: a 1 MiB batch
// sent to a stage and a 1 MiB batch back, over a real Unix socket as
// go-plugin uses, three ways:
//
//   - grpc-default: a unary gRPC call with gRPC's default settings and
//     protobuf codec (what go-plugin gives without options);
//   - grpc-rex: the same call with rex's settings (DialOptions and
//     serverOptions: windows larger than a batch, the aliasing codec);
//   - data-channel: a Seal over rex's data channel, as a host makes it
//     (the plugin's side prefixes the payload, so it copies it once);
//   - raw-socket: length-prefixed frames on a plain connection, which is
//     what a go-plugin brokered connection (GRPCBroker) could carry
//     instead of gRPC messages.
//
// go test -run '^$' -bench Transport -benchmem ./sdk/

const hopBatch = 1 << 20

// echoTransform answers every Transform with its input.
type echoTransform struct {
	rexv1.UnimplementedTransformServer
}

func (echoTransform) Transform(_ context.Context, b *rexv1.Bytes) (*rexv1.Bytes, error) {
	return b, nil
}

func unixListener(b *testing.B) net.Listener {
	l, err := net.Listen("unix", filepath.Join(b.TempDir(), "hop.sock"))
	if err != nil {
		b.Fatal(err)
	}
	return l
}

func benchGRPC(b *testing.B, sopts []grpc.ServerOption, dopts []grpc.DialOption) {
	l := unixListener(b)
	s := grpc.NewServer(sopts...)
	rexv1.RegisterTransformServer(s, echoTransform{})
	go s.Serve(l) //nolint:errcheck // ends with Stop
	defer s.Stop()
	dopts = append(dopts, grpc.WithTransportCredentials(insecure.NewCredentials()))
	conn, err := grpc.NewClient("unix://"+l.Addr().String(), dopts...)
	if err != nil {
		b.Fatal(err)
	}
	defer conn.Close()
	c := rexv1.NewTransformClient(conn)
	in := &rexv1.Bytes{Data: make([]byte, hopBatch)}
	ctx := context.Background()
	b.SetBytes(2 * hopBatch)
	b.ResetTimer()
	for range b.N {
		out, err := c.Transform(ctx, in)
		if err != nil {
			b.Fatal(err)
		}
		if len(out.Data) != hopBatch {
			b.Fatalf("got %d bytes back", len(out.Data))
		}
	}
}

func BenchmarkTransport(b *testing.B) {
	big := []grpc.ServerOption{grpc.MaxRecvMsgSize(maxMessage), grpc.MaxSendMsgSize(maxMessage)}
	bigCall := grpc.WithDefaultCallOptions(grpc.MaxCallRecvMsgSize(maxMessage), grpc.MaxCallSendMsgSize(maxMessage))
	b.Run("grpc-default", func(b *testing.B) { benchGRPC(b, big, []grpc.DialOption{bigCall}) })
	b.Run("grpc-rex", func(b *testing.B) { benchGRPC(b, serverOptions(), DialOptions()) })
	b.Run("data-channel", func(b *testing.B) { // Seal, as a host calls it
		c := serveCipher(b, &testCipher{}, true)
		payload := make([]byte, hopBatch)
		ctx := context.Background()
		b.SetBytes(2 * hopBatch)
		b.ReportAllocs()
		b.ResetTimer()
		for range b.N {
			if _, err := c.Seal(ctx, payload); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("raw-socket", func(b *testing.B) {
		l := unixListener(b)
		defer l.Close()
		go func() { // echo each length-prefixed frame
			c, err := l.Accept()
			if err != nil {
				return
			}
			defer c.Close()
			var head [4]byte
			buf := make([]byte, hopBatch)
			for {
				if _, err := io.ReadFull(c, head[:]); err != nil {
					return
				}
				n := binary.BigEndian.Uint32(head[:])
				if _, err := io.ReadFull(c, buf[:n]); err != nil {
					return
				}
				if _, err := c.Write(head[:]); err != nil {
					return
				}
				if _, err := c.Write(buf[:n]); err != nil {
					return
				}
			}
		}()
		c, err := net.Dial("unix", l.Addr().String())
		if err != nil {
			b.Fatal(err)
		}
		defer c.Close()
		frame := binary.BigEndian.AppendUint32(nil, hopBatch)
		frame = append(frame, make([]byte, hopBatch)...)
		back := make([]byte, 4+hopBatch)
		b.SetBytes(2 * hopBatch)
		b.ResetTimer()
		for range b.N {
			if _, err := c.Write(frame); err != nil {
				b.Fatal(err)
			}
			if _, err := io.ReadFull(c, back); err != nil {
				b.Fatal(err)
			}
		}
	})
}
