package sdk

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/rexdata/rex/sdk/proto/rexv1"
)

// same reports whether a and b start at the same byte of memory.
func same(a, b []byte) bool { return cap(a) > 0 && cap(b) > 0 && &a[:1][0] == &b[:1][0] }

func TestBuffers_ReuseWhatFits(t *testing.T) {
	var p Buffers
	a := p.Get(1000)
	if len(a) != 1000 || cap(a) < 1000+1000/16 {
		t.Fatalf("Get(1000): len %d cap %d, want 1000 with room to spare", len(a), cap(a))
	}
	p.Put(a)
	if b := p.Get(900); !same(a, b) || len(b) != 900 {
		t.Fatal("Get of a smaller size did not reuse the slice handed back")
	}
	// The smallest slice that fits is taken.
	small, large := p.Get(100), p.Get(50_000)
	p.Put(large)
	p.Put(small)
	if b := p.Get(80); !same(b, small) {
		t.Error("Get(80) did not take the smallest slice that fits")
	}
	if b := p.Get(40_000); !same(b, large) {
		t.Error("Get(40000) did not take the large slice")
	}
	// Nothing fits: the largest slice that does not is dropped, so a
	// list of slices too small for the sizes now in use empties.
	var q Buffers
	for _, n := range []int{10, 20, 30} {
		q.Put(make([]byte, n))
	}
	q.Get(100)
	kept := 0
	for _, b := range q.free {
		if b != nil {
			kept++
			if cap(b) == 30 {
				t.Error("the largest slice that did not fit was kept")
			}
		}
	}
	if kept != 2 {
		t.Errorf("%d slices kept after a miss, want 2", kept)
	}
	// Full: the smallest is dropped for a larger one, never the other way.
	var r Buffers
	for i := range buffersKept {
		r.Put(make([]byte, 100+i))
	}
	r.Put(make([]byte, 1))
	r.Put(make([]byte, 500))
	for _, b := range r.free {
		if cap(b) == 1 || cap(b) == 100 {
			t.Errorf("a slice of %d bytes is kept in a full list", cap(b))
		}
	}
	// What is too large to keep goes back to the garbage collector.
	var s Buffers
	s.Put(make([]byte, buffersLargest+1))
	s.Put(nil)
	for _, b := range s.free {
		if b != nil {
			t.Fatalf("a slice of %d bytes was kept", cap(b))
		}
	}
}

// TestCodec_RecvIntoReusesMemory decodes messages into memory handed
// back, as the streams' receiving sides do: each message is whole, and
// its bytes lie in the memory of the one before.
func TestCodec_RecvIntoReusesMemory(t *testing.T) {
	var mem Buffers
	var last []byte
	for i, data := range [][]byte{bytes.Repeat([]byte("a"), 70_000), bytes.Repeat([]byte("b"), 69_000), {}, []byte("c")} {
		enc, err := codec{}.Marshal(&rexv1.Frame{Data: data})
		if err != nil {
			t.Fatal(err)
		}
		var f rexv1.Frame
		r := recvInto{m: &f, mem: &mem}
		if err := (codec{}).Unmarshal(split(enc.Materialize(), 16<<10), &r); err != nil {
			t.Fatal(err)
		}
		enc.Free()
		if !bytes.Equal(f.Data, data) {
			t.Fatalf("message %d: decoded %d bytes, want %d", i, len(f.Data), len(data))
		}
		if i == 1 && !same(r.got, last) {
			t.Error("the second message was not decoded into the first one's memory")
		}
		if len(f.Data) > 0 && !same(f.Data, r.got[len(r.got)-len(f.Data):]) {
			t.Error("the message's bytes do not lie in the memory it was received into")
		}
		last = r.got
		mem.Put(r.got)
	}
}

// TestDataChannel_RecycledResults hands a result back and gets the next
// result in its memory, whole; results never share memory with the
// call's argument, and without Recycle each result has memory of its own.
func TestDataChannel_RecycledResults(t *testing.T) {
	c := serveCipher(t, &testCipher{}, true)
	ctx := context.Background()
	p1, p2 := []byte(strings.Repeat("1", 200_000)), []byte(strings.Repeat("2", 190_000))
	out1, err := c.Seal(ctx, p1)
	if err != nil {
		t.Fatal(err)
	}
	out2, err := c.Seal(ctx, p2)
	if err != nil {
		t.Fatal(err)
	}
	if same(out1, out2) || same(out1, p1) || same(out2, p2) {
		t.Fatal("results share memory with each other or with the argument, though none was handed back")
	}
	var _ Recycler = c
	c.Recycle(out1)
	out3, err := c.Seal(ctx, p2)
	if err != nil {
		t.Fatal(err)
	}
	if !same(out3, out1) {
		t.Error("the result was not read into the memory handed back")
	}
	if string(out3) != "sealed:"+string(p2) || string(out2) != "sealed:"+string(p2) {
		t.Error("a result read into recycled memory is not whole, or changed another")
	}
}
