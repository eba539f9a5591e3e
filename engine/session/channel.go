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
	return c.Conn.Send(ctx, sealed)
}

// Seal returns the wire form of a sealed message.
func (c *Channel) Seal(ctx context.Context, plain []byte) ([]byte, error) {
	ct, err := c.Cipher.Seal(ctx, plain)
	if err != nil {
		return nil, fmt.Errorf("seal: %w", err)
	}
	return append([]byte{byte(TypeSealed)}, ct...), nil
}

// Recv receives the next message, opens it, and returns its type and
// payload. A clear Refused becomes an error wrapping sdk.ErrRefused.
func (c *Channel) Recv(ctx context.Context) (Type, []byte, error) {
	msg, err := c.Conn.Recv(ctx)
	if err != nil {
		return 0, nil, err
	}
	return c.Open(ctx, msg)
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
