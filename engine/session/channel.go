package session

import (
	"context"
	"fmt"

	"github.com/rexdata/rex/sdk"
)

// Channel sends and receives sealed messages over a connection.
type Channel struct {
	Conn   sdk.Conn
	Cipher sdk.Cipher
	// mem is the memory sealed messages are built in, handed back by
	// Recycle once sent.
	mem sdk.Buffers
}

// SendClear sends a message in clear (Hello, Refused).
func (c *Channel) SendClear(ctx context.Context, t Type, v any) error {
	msg, err := Encode(t, v)
	if err != nil {
		return err
	}
	return c.Conn.Send(ctx, msg)
}

// Send seals a control message and sends it.
func (c *Channel) Send(ctx context.Context, t Type, v any) error {
	msg, err := Encode(t, v)
	if err != nil {
		return err
	}
	return c.SendRaw(ctx, msg)
}

// SendRaw seals an encoded message (type byte first) and sends it.
func (c *Channel) SendRaw(ctx context.Context, plain []byte) error {
	sealed, err := c.Seal(ctx, plain)
	if err != nil {
		return err
	}
	err = c.Conn.Send(ctx, sealed)
	c.Recycle(sealed)
	return err
}

// Seal returns the wire form of a sealed message. Its memory is the
// Channel's: hand it back with Recycle once it has been sent.
func (c *Channel) Seal(ctx context.Context, plain []byte) ([]byte, error) {
	ct, err := c.Cipher.Seal(ctx, plain)
	if err != nil {
		return nil, fmt.Errorf("seal: %w", err)
	}
	msg := c.mem.Get(len(ct) + 1)
	msg[0] = byte(TypeSealed)
	copy(msg[1:], ct)
	if r, ok := c.Cipher.(sdk.Recycler); ok {
		r.Recycle(ct)
	}
	return msg, nil
}

// Recycle hands back a message Seal returned, once it has been sent
// (a Conn keeps no message once Send returns).
func (c *Channel) Recycle(sealed []byte) { c.mem.Put(sealed) }

// RecycleOpened hands back a payload Recv or Open returned, once nothing
// uses it or anything decoded from it: its memory is the cipher's.
func (c *Channel) RecycleOpened(payload []byte) {
	if r, ok := c.Cipher.(sdk.Recycler); ok {
		r.Recycle(payload)
	}
}

// Recv receives the next message, opens it, and returns its type and
// payload. A clear Refused becomes an error wrapping sdk.ErrRefused.
func (c *Channel) Recv(ctx context.Context) (Type, []byte, error) {
	msg, err := c.Conn.Recv(ctx)
	if err != nil {
		return 0, nil, err
	}
	t, payload, err := c.Open(ctx, msg)
	// A host client's cipher opens into memory of its own, so the
	// received message is free once opened.
	if r, ok := c.Conn.(sdk.Recycler); ok && err == nil {
		if _, ok := c.Cipher.(sdk.Recycler); ok {
			r.Recycle(msg)
		}
	}
	return t, payload, err
}

// Open opens a received wire message.
func (c *Channel) Open(ctx context.Context, msg []byte) (Type, []byte, error) {
	t, payload, err := Split(msg)
	if err != nil {
		return 0, nil, err
	}
	switch t {
	case TypeRefused:
		var r Refused
		if err := Decode(t, payload, &r); err != nil {
			return 0, nil, err
		}
		return 0, nil, &sdk.RefusedError{Reason: r.Reason}
	case TypeSealed:
	default:
		return 0, nil, fmt.Errorf("%w: %c must be sealed", ErrMalformed, t)
	}
	plain, err := c.Cipher.Open(ctx, payload)
	if err != nil {
		return 0, nil, fmt.Errorf("open: %w", err)
	}
	return Split(plain)
}

// RecvExpect receives the next sealed message and checks its type; an
// Abort becomes a *PeerAbort.
func (c *Channel) RecvExpect(ctx context.Context, want Type, v any) error {
	t, payload, err := c.Recv(ctx)
	if err != nil {
		return err
	}
	if t == TypeAbort && want != TypeAbort {
		var a Abort
		if err := Decode(t, payload, &a); err != nil {
			return err
		}
		return &PeerAbort{Reason: a.Reason}
	}
	if t != want {
		return fmt.Errorf("%w: expected %c, got %c", ErrMalformed, want, t)
	}
	return Decode(t, payload, v)
}
