package sdk

import (
	"fmt"
	"unicode/utf8"

	"google.golang.org/grpc/encoding"
	"google.golang.org/grpc/mem"
	"google.golang.org/protobuf/encoding/protowire"
	"google.golang.org/protobuf/proto"

	"github.com/rexdata/rex/sdk/proto/rexv1"
)

// codec is gRPC's protobuf codec, except that the messages carrying bulk
// data (a batch, a sealed frame) are decoded without copying their bytes
// field: the received message is gathered into one slice (new, or memory a
// stream hands back through recvInto), and the field points into it. gRPC's own codec copies it twice (into a pooled
// buffer, then out of it), which was the largest single cost of the host
// processes. Encoding is protobuf's own, so the wire format is unchanged
// and either side may use the plain codec.
type codec struct{}

var _ encoding.CodecV2 = codec{}

// Name is that of gRPC's protobuf codec, whose wire format this is.
func (codec) Name() string { return "proto" }

// Marshal encodes v as gRPC's protobuf codec does, into a pooled buffer
// for a large message. It always copies: a caller may reuse its buffers
// once a send returns.
func (codec) Marshal(v any) (mem.BufferSlice, error) {
	m, ok := v.(proto.Message)
	if !ok {
		return nil, fmt.Errorf("rex codec: cannot marshal %T, which is not a protobuf message", v)
	}
	size := proto.Size(m)
	opts := proto.MarshalOptions{UseCachedSize: true} // Size just ran
	if mem.IsBelowBufferPoolingThreshold(size) {
		b, err := opts.Marshal(m)
		if err != nil {
			return nil, err
		}
		return mem.BufferSlice{mem.SliceBuffer(b)}, nil
	}
	buf := sendBuffers.Get(size)
	if _, err := opts.MarshalAppend((*buf)[:0], m); err != nil {
		sendBuffers.Put(buf)
		return nil, err
	}
	return mem.BufferSlice{mem.NewBuffer(buf, sendBuffers)}, nil
}

// sendBuffers holds the memory of the large messages being sent, until
// the transport has written them. gRPC's own pool rounds a batch's 260 KiB
// up to its 1 MiB size class, which held 4 MiB per sending process.
var sendBuffers = new(bufferPool)

// bufferPool is a [Buffers] serving gRPC's mem.BufferPool.
type bufferPool struct{ mem Buffers }

func (p *bufferPool) Get(n int) *[]byte {
	b := p.mem.Get(n)
	return &b
}

func (p *bufferPool) Put(b *[]byte) { p.mem.Put(*b) }

// Unmarshal decodes data into v.
func (codec) Unmarshal(data mem.BufferSlice, v any) error {
	var b []byte
	if r, ok := v.(*recvInto); ok {
		// The message goes into the receiver's memory when it fits.
		b = r.mem.Get(data.Len())
		data.CopyTo(b)
		r.got, v = b, r.m
	} else {
		b = data.Materialize()
	}
	m, ok := v.(proto.Message)
	if !ok {
		return fmt.Errorf("rex codec: cannot unmarshal into %T, which is not a protobuf message", v)
	}
	switch m := m.(type) {
	case *rexv1.Bytes:
		if f, ok := soleBytesField(b, 1); ok {
			m.Reset()
			m.Data = f
			return nil
		}
	case *rexv1.ReadResponse:
		if f, ok := soleBytesField(b, 2); ok {
			m.Reset()
			m.Msg = &rexv1.ReadResponse_Batch{Batch: f}
			return nil
		}
	case *rexv1.Frame:
		return unmarshalFrame(b, m)
	}
	return proto.Unmarshal(b, m)
}

// recvInto is a message to decode into memory from mem: a stream's
// receiving side passes it to RecvMsg in place of m, and hands got back
// to mem once it is done with the message, whose bytes alias got.
type recvInto struct {
	m   proto.Message
	mem *Buffers
	got []byte
}

// soleBytesField returns the payload of b when b holds exactly one field,
// number num, of the bytes wire type; the result aliases b.
func soleBytesField(b []byte, num protowire.Number) ([]byte, bool) {
	n, typ, l := protowire.ConsumeTag(b)
	if l < 0 || n != num || typ != protowire.BytesType {
		return nil, false
	}
	f, fl := protowire.ConsumeBytes(b[l:])
	if fl < 0 || l+fl != len(b) {
		return nil, false
	}
	return f, true
}

// unmarshalFrame decodes a Frame, its data aliasing b. Anything but the
// four known fields, each at most once and of its own wire type, goes to
// protobuf's decoder instead.
func unmarshalFrame(b []byte, m *rexv1.Frame) error {
	var f rexv1.Frame
	rest := b
	var seen [5]bool
	for len(rest) > 0 {
		num, typ, l := protowire.ConsumeTag(rest)
		if l < 0 || num < 1 || num > 4 || seen[num] {
			return proto.Unmarshal(b, m)
		}
		seen[num] = true
		rest = rest[l:]
		switch {
		case num == 3 && typ == protowire.VarintType:
			v, vl := protowire.ConsumeVarint(rest)
			if vl < 0 {
				return proto.Unmarshal(b, m)
			}
			f.Close = protowire.DecodeBool(v)
			rest = rest[vl:]
		case num != 3 && typ == protowire.BytesType:
			v, vl := protowire.ConsumeBytes(rest)
			if vl < 0 {
				return proto.Unmarshal(b, m)
			}
			switch num {
			case 1:
				f.Data = v
			case 2:
				f.ConnId = string(v)
			case 4:
				f.Reason = string(v)
			}
			rest = rest[vl:]
		default:
			return proto.Unmarshal(b, m)
		}
	}
	if (seen[2] && !utf8.ValidString(f.ConnId)) || (seen[4] && !utf8.ValidString(f.Reason)) {
		return proto.Unmarshal(b, m) // protobuf's decoder reports the bad string
	}
	m.Reset()
	m.Data, m.ConnId, m.Close, m.Reason = f.Data, f.ConnId, f.Close, f.Reason
	return nil
}
