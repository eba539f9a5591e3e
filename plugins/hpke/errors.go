package hpke

import "errors"

// Conditions callers branch on with errors.Is. A refused hello is reported
// as an *sdk.RefusedError instead (errors.Is(err, sdk.ErrRefused)).
var (
	// ErrNoSession means Seal or Open was called before Offer or Accept
	// started a session, or in a block of the other side.
	ErrNoSession = errors.New("no cipher session")
	// ErrAuthentication means a frame failed to open: it was altered,
	// replayed, reordered, dropped or belongs to another session. The
	// session is dead afterwards; only a new Offer or Accept revives it.
	ErrAuthentication = errors.New("frame failed authentication")
)
