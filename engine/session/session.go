// Package session is the conversation between a sender and a receiver:
// the messages that cross the transport, how they are framed and sealed,
// and the order they come in. engine/run speaks the sender's part,
// engine/receiver the receiver's.
//
// The order of a session:
//
//	sender → Hello (clear: protocol version and the cipher's hello)
//	receiver → Refused (clear) | Welcome (sealed: the destination schema)
//	sender → PlanDone (sealed) ends a `rex plan` session here; otherwise
//	sender → Begin (sealed: source schema, tables, modes, renames)
//	sender → (Table, Data*)* (sealed: a table's snapshot count, then its
//	         batches, Django-native values)
//	sender → End (sealed: rows sent and their digest, per table)
//	receiver → Committed (sealed: rows written and the digest of the rows
//	           received, per table) | Abort
//
// The receiver commits only when every table's count and [Digest] agree
// with End's.
//
// Either side may send Abort (sealed once the cipher session exists) with
// its reason; the receiver then rolls back.
package session

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/rexdata/rex/engine/validate"
	"github.com/rexdata/rex/sdk"
)

// Version is the session protocol's version, checked in Hello. Version 2
// digests rows with XXH3-128 instead of SHA-256 (see Digest): a peer of
// version 1 would find every table's digest different.
const Version = 2

// Type is a message's first byte.
type Type byte

// Message types. Hello and Refused travel in clear; everything else is
// sealed, with its type inside the seal.
const (
	TypeHello     Type = 'H'
	TypeRefused   Type = 'R'
	TypeSealed    Type = 'S'
	TypeWelcome   Type = 'W'
	TypeBegin     Type = 'B'
	TypeData      Type = 'D'
	TypeEnd       Type = 'E'
	TypeCommitted Type = 'C'
	TypeAbort     Type = 'A'
	TypeTable     Type = 'T'
	TypePlanDone  Type = 'P'
)

// ErrMalformed is wrapped by every decoding error.
var ErrMalformed = errors.New("malformed session message")

// ErrAborted is wrapped by the error of a session that ended without a
// commit after it began: the destination was rolled back.
var ErrAborted = errors.New("aborted, destination rolled back")

// Hello opens a session.
type Hello struct {
	Protocol   int    `json:"protocol"`
	RexVersion string `json:"rex_version"`
	// Cipher is the sender's cipher plugin name; the receiver's must match.
	Cipher string `json:"cipher"`
	// Offer is the cipher's hello (sdk.Cipher.Offer).
	Offer []byte `json:"offer"`
}

// Refused says why the receiver refused the session.
type Refused struct {
	Reason string `json:"reason"`
}

// Welcome carries the destination schema and the Django migrations
// applied there (app → names; nil without a django_migrations table).
type Welcome struct {
	Schema     *sdk.Schema         `json:"schema"`
	Migrations map[string][]string `json:"migrations"`
}

// PlanDone ends a session that only planned: nothing is written.
type PlanDone struct {
	Verdict string `json:"verdict"`
}

// TableMove is one table of the transfer.
type TableMove struct {
	Source      string        `json:"source"`
	Destination string        `json:"destination"`
	Mode        sdk.WriteMode `json:"mode,omitempty"`
	// Columns renames fields, source column → destination column.
	Columns map[string]string `json:"columns,omitempty"`
}

// Table announces the batches of one destination table and its row count
// in the source's read snapshot.
type Table struct {
	Name string `json:"name"`
	Rows int64  `json:"rows"`
}

// Begin starts the data stream.
type Begin struct {
	Source *sdk.Schema   `json:"source"`
	Tables []TableMove   `json:"tables"`
	Mode   sdk.WriteMode `json:"mode"`
	// Report is the sender's validation of the plan, for the receiver to
	// show; the receiver does not act on it.
	Report *validate.Report `json:"report,omitempty"`
}

// End closes the data stream with the rows sent per destination table and
// the [Digest] of the Django-native batches sent, per destination table.
// The receiver commits only if its own digests of what it received agree.
type End struct {
	Rows    map[string]int64  `json:"rows"`
	Digests map[string]string `json:"digests,omitempty"`
}

// Committed reports a committed transaction, the rows written and the
// digests of the batches received, per table, for the sender to check.
type Committed struct {
	Rows    map[string]int64  `json:"rows"`
	Digests map[string]string `json:"digests,omitempty"`
}

// Abort ends a session with a reason.
type Abort struct {
	Reason string `json:"reason"`
	// Report is the validation that refused the plan, when it did.
	Report *validate.Report `json:"report,omitempty"`
}

// Encode returns a control message's bytes: its type, then JSON.
func Encode(t Type, v any) ([]byte, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	return append([]byte{byte(t)}, b...), nil
}

// EncodeData returns a Data message's bytes for a batch, appended to dst.
func EncodeData(dst []byte, b *sdk.Batch) ([]byte, error) {
	return b.AppendBinary(append(dst, byte(TypeData)))
}

// Split returns a message's type and payload.
func Split(msg []byte) (Type, []byte, error) {
	if len(msg) == 0 {
		return 0, nil, fmt.Errorf("%w: empty", ErrMalformed)
	}
	t := Type(msg[0])
	switch t {
	case TypeHello, TypeRefused, TypeSealed, TypeWelcome, TypeBegin, TypeData, TypeEnd, TypeCommitted, TypeAbort, TypeTable, TypePlanDone:
		return t, msg[1:], nil
	}
	return 0, nil, fmt.Errorf("%w: unknown type 0x%02x", ErrMalformed, msg[0])
}

// Decode reads a control message's JSON payload into v.
func Decode(t Type, payload []byte, v any) error {
	if err := json.Unmarshal(payload, v); err != nil {
		return fmt.Errorf("%w: %c: %v", ErrMalformed, t, err)
	}
	return nil
}

// PeerAbort is the other side's Abort.
type PeerAbort struct{ Reason string }

func (e *PeerAbort) Error() string { return "peer aborted: " + e.Reason }
