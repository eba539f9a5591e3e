package sdk

import (
	"bytes"
	"testing"

	"google.golang.org/grpc/mem"
	"google.golang.org/protobuf/encoding/protowire"
	"google.golang.org/protobuf/proto"

	"github.com/rexdata/rex/sdk/proto/rexv1"
)

// split cuts b into pieces of at most n bytes, as gRPC hands a message
// received in several HTTP/2 frames to a codec.
func split(b []byte, n int) mem.BufferSlice {
	var s mem.BufferSlice
	for len(b) > n {
		s = append(s, mem.SliceBuffer(b[:n]))
		b = b[n:]
	}
	return append(s, mem.SliceBuffer(b))
}

// checkSame decodes wire with the codec and with protobuf into fresh
// messages of new's type and fails if they differ, or if one fails alone.
func checkSame(t *testing.T, wire []byte, newMsg func() proto.Message) {
	t.Helper()
	for _, piece := range []int{1, 7, len(wire) + 1} {
		got, want := newMsg(), newMsg()
		gerr := codec{}.Unmarshal(split(wire, piece), got)
		werr := proto.Unmarshal(wire, want)
		if (gerr == nil) != (werr == nil) {
			t.Fatalf("%x in pieces of %d: codec error %v, protobuf error %v", wire, piece, gerr, werr)
		}
		if gerr == nil && !proto.Equal(got, want) {
			t.Fatalf("%x in pieces of %d: codec decoded %v, protobuf %v", wire, piece, got, want)
		}
	}
}

func TestCodec_DecodesAsProtobuf(t *testing.T) {
	big := bytes.Repeat([]byte{0xab}, 70000)
	tests := []struct {
		name string
		msg  proto.Message
	}{
		{"bytes", &rexv1.Bytes{Data: []byte("batch")}},
		{"empty bytes", &rexv1.Bytes{}},
		{"large bytes", &rexv1.Bytes{Data: big}},
		{"read response batch", &rexv1.ReadResponse{Msg: &rexv1.ReadResponse_Batch{Batch: big}}},
		{"read response table start", &rexv1.ReadResponse{Msg: &rexv1.ReadResponse_TableStart{TableStart: &rexv1.TableStart{Table: "t", Rows: 3}}}},
		{"frame, every field", &rexv1.Frame{Data: big, ConnId: "c1", Close: true, Reason: "done"}},
		{"frame, data only", &rexv1.Frame{Data: []byte{1, 2}}},
		{"empty frame", &rexv1.Frame{}},
		{"another message", &rexv1.TableStart{Table: "auth_user", Rows: 9}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wire, err := proto.Marshal(tt.msg)
			if err != nil {
				t.Fatal(err)
			}
			enc, err := codec{}.Marshal(tt.msg)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(enc.Materialize(), wire) {
				t.Errorf("codec encodes %x, protobuf %x", enc.Materialize(), wire)
			}
			checkSame(t, wire, func() proto.Message { return tt.msg.ProtoReflect().New().Interface() })
		})
	}
}

func TestCodec_OddWireAsProtobuf(t *testing.T) {
	tag := func(n protowire.Number, typ protowire.Type) []byte { return protowire.AppendTag(nil, n, typ) }
	cat := func(parts ...[]byte) []byte { return bytes.Join(parts, nil) }
	tests := []struct {
		name string
		wire []byte
	}{
		{"a field twice", cat(tag(1, protowire.BytesType), []byte{1, 'a'}, tag(1, protowire.BytesType), []byte{1, 'b'})},
		{"an unknown field", cat(tag(1, protowire.BytesType), []byte{1, 'a'}, tag(9, protowire.VarintType), []byte{5})},
		{"truncated length", cat(tag(1, protowire.BytesType), []byte{5, 'a'})},
		{"wrong wire type", cat(tag(1, protowire.VarintType), []byte{5})},
		{"invalid UTF-8 in a string", cat(tag(2, protowire.BytesType), []byte{1, 0xff})},
		{"a bad tag", []byte{0xff, 0xff, 0xff}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkSame(t, tt.wire, func() proto.Message { return new(rexv1.Bytes) })
			checkSame(t, tt.wire, func() proto.Message { return new(rexv1.ReadResponse) })
			checkSame(t, tt.wire, func() proto.Message { return new(rexv1.Frame) })
		})
	}
}

// FuzzCodec checks that the codec decodes any bytes exactly as protobuf
// does, for every message type it decodes itself.
func FuzzCodec(f *testing.F) {
	for _, m := range []proto.Message{
		&rexv1.Bytes{Data: []byte("x")},
		&rexv1.ReadResponse{Msg: &rexv1.ReadResponse_Batch{Batch: []byte("b")}},
		&rexv1.Frame{Data: []byte("d"), ConnId: "c", Close: true, Reason: "r"},
	} {
		wire, _ := proto.Marshal(m)
		f.Add(wire)
	}
	f.Fuzz(func(t *testing.T, wire []byte) {
		checkSame(t, wire, func() proto.Message { return new(rexv1.Bytes) })
		checkSame(t, wire, func() proto.Message { return new(rexv1.ReadResponse) })
		checkSame(t, wire, func() proto.Message { return new(rexv1.Frame) })
	})
}
