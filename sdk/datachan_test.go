package sdk

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	"github.com/rexdata/rex/sdk/proto/rexv1"
)

// testCipher seals by prefixing "sealed:", refuses a payload "refuse", and
// blocks on "block" until its context ends, recording that it did.
type testCipher struct {
	cancelled atomic.Bool
}

func (*testCipher) ConfigSchema() ConfigSchema                       { return ConfigSchema{} }
func (*testCipher) Configure(context.Context, Config) Diagnostics    { return nil }
func (*testCipher) Offer(context.Context) ([]byte, error)            { return nil, nil }
func (*testCipher) Accept(context.Context, []byte) (Peer, error)     { return Peer{}, nil }
func (*testCipher) Open(_ context.Context, p []byte) ([]byte, error) { return p, nil }
func (c *testCipher) Seal(ctx context.Context, p []byte) ([]byte, error) {
	switch string(p) {
	case "refuse":
		return nil, fmt.Errorf("%w: this payload is not allowed", ErrRefused)
	case "block":
		<-ctx.Done()
		c.cancelled.Store(true)
		return nil, ctx.Err()
	}
	return append([]byte("sealed:"), p...), nil
}

// serveStage serves a stage over gRPC on a real Unix socket, registered
// by register, with the data service for p when data is set, and returns
// the host's connection.
func serveStage(t testing.TB, register func(*grpc.Server), p Plugins, data bool) *grpc.ClientConn {
	t.Helper()
	l, err := net.Listen("unix", filepath.Join(t.TempDir(), "plugin.sock"))
	if err != nil {
		t.Fatal(err)
	}
	s := grpc.NewServer(serverOptions()...)
	register(s)
	if data {
		s.RegisterService(&dataService, newDataServer(p))
	}
	go s.Serve(l) //nolint:errcheck // ends with Stop
	t.Cleanup(s.Stop)
	conn, err := grpc.NewClient("unix://"+l.Addr().String(), append(DialOptions(), grpc.WithTransportCredentials(insecure.NewCredentials()))...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	return conn
}

// serveCipher serves impl as serveStage does and returns the host's client.
func serveCipher(t testing.TB, impl Cipher, data bool) *cipherClient {
	t.Helper()
	conn := serveStage(t, func(s *grpc.Server) { rexv1.RegisterCipherServer(s, &cipherServer{impl: impl}) }, Plugins{Cipher: impl}, data)
	c := &cipherClient{stageClient: stageClient{data: newDataChannel(conn)}, c: rexv1.NewCipherClient(conn)}
	t.Cleanup(func() { c.Close() })
	return c
}

func (c *dataChannel) isOpen() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.conn != nil
}

func TestDataChannel_CarriesCallsAndErrors(t *testing.T) {
	c := serveCipher(t, &testCipher{}, true)
	ctx := context.Background()
	for i := range 3 {
		p := []byte(strings.Repeat(fmt.Sprint(i), 3<<20)) // larger than a gRPC window
		out, err := c.Seal(ctx, p)
		if err != nil {
			t.Fatal(err)
		}
		if string(out) != "sealed:"+string(p) {
			t.Fatalf("call %d: Seal returned %d bytes, not the sealed payload", i, len(out))
		}
	}
	if !c.data.isOpen() {
		t.Fatal("the calls did not go over the data channel")
	}
	_, err := c.Seal(ctx, []byte("refuse"))
	if !errors.Is(err, ErrRefused) || !strings.Contains(err.Error(), "this payload is not allowed") {
		t.Errorf("refusal over the data channel = %v, want ErrRefused with the plugin's words", err)
	}
	if !c.data.isOpen() {
		t.Error("an error answered by the plugin closed the data channel")
	}
	if out, err := c.Open(ctx, []byte("x")); err != nil || string(out) != "x" {
		t.Errorf("Open = %q, %v", out, err)
	}
}

func TestDataChannel_CancelReachesPluginThenGRPC(t *testing.T) {
	impl := &testCipher{}
	c := serveCipher(t, impl, true)
	if _, err := c.Seal(context.Background(), []byte("warm")); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := c.Seal(ctx, []byte("block"))
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("cancelled call = %v, want the context's error", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("the cancelled call returned after %v", d)
	}
	deadline := time.Now().Add(5 * time.Second)
	for !impl.cancelled.Load() && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if !impl.cancelled.Load() {
		t.Error("the plugin's call was not cancelled when the host gave up")
	}
	if c.data.isOpen() {
		t.Error("the channel stayed open after a call was cut mid-frame")
	}
	out, err := c.Seal(context.Background(), []byte("after"))
	if err != nil || string(out) != "sealed:after" {
		t.Errorf("call after the cancel (over gRPC) = %q, %v", out, err)
	}
}

func TestDataChannel_FallsBackToGRPC(t *testing.T) {
	for _, tc := range []struct {
		name, env string
		serves    bool // the plugin serves the data channel
	}{
		{name: "plugin before 1.4", serves: false},
		{name: "REX_DATA_CHANNEL=grpc", env: "grpc", serves: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv(envDataChannel, tc.env)
			c := serveCipher(t, &testCipher{}, tc.serves)
			out, err := c.Seal(context.Background(), []byte("p"))
			if err != nil || string(out) != "sealed:p" {
				t.Fatalf("Seal = %q, %v", out, err)
			}
			if c.data.isOpen() {
				t.Error("a data channel opened; every call should have used gRPC")
			}
		})
	}
}

func TestDataChannel_WrongTokenRefused(t *testing.T) {
	s := newDataServer(Plugins{Cipher: &testCipher{}})
	r, err := s.open(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var offer dataOffer
	if err := json.Unmarshal(r.Data, &offer); err != nil {
		t.Fatal(err)
	}
	ask := func(token []byte) ([]byte, error) {
		conn, err := net.Dial("unix", offer.Path)
		if err != nil {
			return nil, err
		}
		defer conn.Close()
		conn.SetDeadline(time.Now().Add(5 * time.Second))
		conn.Write(token)
		conn.Write([]byte{byte(opSeal), 0, 0, 0, 1, 'p'})
		return io.ReadAll(conn)
	}
	if got, _ := ask(make([]byte, dataTokenSize)); len(got) != 0 {
		t.Errorf("a connection with the wrong token was answered: %q", got)
	}
	token, _ := hex.DecodeString(offer.Token)
	conn, err := net.Dial("unix", offer.Path)
	if err != nil {
		t.Fatalf("the socket went away after a wrong token: %v", err)
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(5 * time.Second))
	conn.Write(token)
	conn.Write([]byte{byte(opSeal), 0, 0, 0, 1, 'p'})
	resp := make([]byte, dataHeader+len("sealed:p"))
	if _, err := io.ReadFull(conn, resp); err != nil || string(resp[dataHeader:]) != "sealed:p" || resp[0] != 0 {
		t.Errorf("the right token's call answered %q, %v", resp, err)
	}
	if _, err := net.Dial("unix", offer.Path); err == nil {
		t.Error("the socket still accepts connections after the host's")
	}
}

// FuzzDataServer feeds arbitrary bytes to a plugin's data channel as the
// host's requests: it must answer or hang up, never crash or hang.
func FuzzDataServer(f *testing.F) {
	f.Add([]byte{byte(opSeal), 0, 0, 0, 1, 'p'})
	f.Add([]byte{byte(opTransform), 0, 0, 0, 3, 1, 0, 0})
	f.Add([]byte{byte(opWrite), 0, 0, 0, 0, 9, 0, 0, 0, 0})
	f.Add([]byte{byte(opOpen), 0xff, 0xff, 0xff, 0xff})
	s := newDataServer(Plugins{Cipher: &testCipher{}, Transform: echoBatch{}})
	f.Fuzz(func(t *testing.T, in []byte) {
		host, plugin := net.Pipe()
		done := make(chan struct{})
		go func() { defer close(done); s.serve(plugin) }()
		go io.Copy(io.Discard, host) //nolint:errcheck // ends when serve closes
		host.Write(in)
		host.Close()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Fatal("the data channel did not end after the host hung up")
		}
	})
}

// echoBatch is a transform that returns every batch as it came.
type echoBatch struct{}

func (echoBatch) ConfigSchema() ConfigSchema                            { return ConfigSchema{} }
func (echoBatch) Configure(context.Context, Config) Diagnostics         { return nil }
func (echoBatch) Prepare(context.Context, TransformPlan) error          { return nil }
func (echoBatch) Transform(_ context.Context, b *Batch) (*Batch, error) { return b, nil }

// upperBatch is a transform that upper-cases every text value in place.
type upperBatch struct{ echoBatch }

func (upperBatch) Transform(_ context.Context, b *Batch) (*Batch, error) {
	for i, v := range b.Values {
		if v.Kind == KindText {
			b.Values[i] = Text(strings.ToUpper(string(v.Bytes)))
		}
	}
	return b, nil
}

// TestDataChannel_TransformsBatchAfterBatch sends batches of changing
// tables, widths and lengths through one data channel, whose plugin side
// decodes and encodes each into the last one's memory: every result must
// be exactly its own batch's.
func TestDataChannel_TransformsBatchAfterBatch(t *testing.T) {
	conn := serveStage(t, func(s *grpc.Server) { rexv1.RegisterTransformServer(s, &transformServer{impl: upperBatch{}}) },
		Plugins{Transform: upperBatch{}}, true)
	c := &transformClient{stageClient: stageClient{data: newDataChannel(conn)}, c: rexv1.NewTransformClient(conn)}
	t.Cleanup(func() { c.Close() })

	batch := func(table string, rows, cols int, text string) (in, want *Batch) {
		in, want = &Batch{Table: table}, &Batch{Table: table}
		for j := range cols {
			in.Columns = append(in.Columns, fmt.Sprintf("c%d", j))
		}
		want.Columns = in.Columns
		for i := range rows * cols {
			switch i % 3 {
			case 0:
				in.Values, want.Values = append(in.Values, Int(int64(i))), append(want.Values, Int(int64(i)))
			case 1:
				s := fmt.Sprintf("%s-%d", text, i)
				in.Values, want.Values = append(in.Values, Text(s)), append(want.Values, Text(strings.ToUpper(s)))
			default:
				in.Values, want.Values = append(in.Values, Null), append(want.Values, Null)
			}
		}
		return in, want
	}
	ctx := context.Background()
	for i, shape := range []struct {
		table      string
		rows, cols int
		text       string
	}{{"wide", 500, 9, "a long text value"}, {"narrow", 4000, 2, "x"}, {"wide", 3, 9, ""}, {"empty", 0, 4, "y"}, {"wide", 700, 9, "é😀"}} {
		in, want := batch(shape.table, shape.rows, shape.cols, shape.text)
		got, err := c.Transform(ctx, in)
		if err != nil {
			t.Fatalf("batch %d: %v", i, err)
		}
		if !c.data.isOpen() {
			t.Fatalf("batch %d went over gRPC, not the data channel", i)
		}
		wantEnc, _ := want.MarshalBinary()
		gotEnc, _ := got.MarshalBinary()
		if string(gotEnc) != string(wantEnc) {
			t.Fatalf("batch %d (%s, %d rows): the result differs from its own batch's", i, shape.table, shape.rows)
		}
	}
}
