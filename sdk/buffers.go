package sdk

import "sync"

// Recycler is an optional ability of the values that hand out message
// memory: the host's plugin clients (the results of Cipher.Seal and Open,
// of TransformEncoded, and the messages a Conn's Recv returns) and a
// plugin's [Conn] (the messages its Recv returns). Recycle hands back
// memory a call returned, or a part of it, once the caller no longer
// needs it; a later call may return it again. Memory that is never handed
// back is the garbage collector's, as without a Recycler.
//
// Each batch crosses several processes, and every crossing used to take
// fresh memory: the hosts allocated about four times the data's size
// between them. Handing it back keeps each process's memory to the few
// batches in flight. A caller must hand back only what it received from
// the same value, once, and must not touch it afterwards. The results of
// the host's clients never share memory with their arguments.
type Recycler interface {
	Recycle(b []byte)
}

// Buffers is a small free list of message memory, for implementing
// [Recycler]: Get returns memory of a length, reusing what Put handed
// back when it is large enough. The zero value is ready to use; it is
// safe for concurrent use.
type Buffers struct {
	mu   sync.Mutex
	free [buffersKept][]byte
}

// buffersKept is how many slices a Buffers keeps: a stage holds a few
// messages at a time (one being filled, the queued ones, one going out).
const buffersKept = 8

// buffersLargest is the largest slice a Buffers keeps. A batch is cut at
// a few hundred KiB, so larger ones are rare (a single row of large
// values) and go back to the garbage collector rather than stay held.
const buffersLargest = 8 << 20

// Get returns a slice of length n. New memory has room for a little more,
// so the next message of a table, of about the same size, fits in it.
func (p *Buffers) Get(n int) []byte {
	p.mu.Lock()
	best := -1
	for i, b := range p.free {
		if b != nil && cap(b) >= n && (best < 0 || cap(b) < cap(p.free[best])) {
			best = i
		}
	}
	if best < 0 {
		// Nothing fits: drop the largest slice that does not, so the
		// list keeps memory of the sizes in use rather than of the past.
		for i, b := range p.free {
			if b != nil && (best < 0 || cap(b) > cap(p.free[best])) {
				best = i
			}
		}
		if best >= 0 {
			p.free[best] = nil
		}
		p.mu.Unlock()
		c := n + n/16
		c = (c + 4095) &^ 4095
		return make([]byte, n, c)
	}
	b := p.free[best]
	p.free[best] = nil
	p.mu.Unlock()
	return b[:n]
}

// Put hands b back for a later Get. When the list is full, the smallest
// slice is dropped.
func (p *Buffers) Put(b []byte) {
	if cap(b) == 0 || cap(b) > buffersLargest {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	small := -1
	for i, f := range p.free {
		if f == nil {
			p.free[i] = b[:0]
			return
		}
		if small < 0 || cap(f) < cap(p.free[small]) {
			small = i
		}
	}
	if cap(b) > cap(p.free[small]) {
		p.free[small] = b[:0]
	}
}
