package sdk

import (
	"errors"
	"fmt"
)

// Conditions callers branch on with errors.Is.
var (
	// ErrRefused means the peer refused the session: a wrong token, a key
	// that is not allowed, a schema that does not fit. The wrapped message
	// says which check failed.
	ErrRefused = errors.New("refused")
	// ErrClosed means the connection closed before the session ended.
	ErrClosed = errors.New("connection closed")
	// ErrProtocolVersion means a plugin speaks another protocol version
	// than the host; the message names both.
	ErrProtocolVersion = errors.New("plugin protocol version mismatch")
)

// RefusedError is a refused session attempt, as reported by a [Listener]
// or by the host's own checks.
type RefusedError struct {
	// Peer is the remote address of the attempt.
	Peer string
	// Reason says which check failed, without secrets ("invalid token").
	Reason string
}

// Error says who was refused and why.
func (e *RefusedError) Error() string {
	if e.Peer == "" {
		return "refused: " + e.Reason
	}
	return fmt.Sprintf("refused %s: %s", e.Peer, e.Reason)
}

// Unwrap makes errors.Is(err, ErrRefused) true.
func (e *RefusedError) Unwrap() error { return ErrRefused }
