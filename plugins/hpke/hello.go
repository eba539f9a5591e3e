package hpke

import (
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
)

const (
	helloVersion = 1
	// helloSigContext starts the message the sender signs.
	helloSigContext = "rex hello v1"
)

// hello is the sender's first message: who it is, which key it encrypted
// to, the HPKE encapsulated key, and its signature over all three.
type hello struct {
	sender    []byte // the sender's public key body
	recipient [sha256.Size]byte
	enc       []byte
	sig       []byte
}

// signedMessage is what the sender signs: the context string, the recipient
// fingerprint, enc and the sender key. enc's length is fixed by the
// recipient's KEM, so the concatenation is unambiguous.
func (h *hello) signedMessage() []byte {
	m := make([]byte, 0, len(helloSigContext)+len(h.recipient)+len(h.enc)+len(h.sender))
	m = append(m, helloSigContext...)
	m = append(m, h.recipient[:]...)
	m = append(m, h.enc...)
	m = append(m, h.sender...)
	return m
}

// encode returns version || len+sender || len+recipient || len+enc || len+sig,
// lengths as uint16 big-endian.
func (h *hello) encode() ([]byte, error) {
	fields := [][]byte{h.sender, h.recipient[:], h.enc, h.sig}
	n := 1
	for _, f := range fields {
		if len(f) > 0xffff {
			return nil, fmt.Errorf("encode hello: a field is %d bytes long, more than a hello holds", len(f))
		}
		n += 2 + len(f)
	}
	out := make([]byte, 0, n)
	out = append(out, helloVersion)
	for _, f := range fields {
		out = binary.BigEndian.AppendUint16(out, uint16(len(f)))
		out = append(out, f...)
	}
	return out, nil
}

// decodeHello parses a hello from untrusted bytes. It checks the structure
// only (version, lengths, nothing left over); the caller checks the keys and
// the signature.
func decodeHello(b []byte) (*hello, error) {
	if len(b) == 0 {
		return nil, errors.New("the hello is empty")
	}
	if b[0] != helloVersion {
		return nil, fmt.Errorf("hello version %d is not supported (this receiver speaks version %d): run the same rex version on both sides", b[0], helloVersion)
	}
	b = b[1:]
	var fields [4][]byte
	names := [4]string{"sender key", "recipient fingerprint", "encapsulated key", "signature"}
	for i := range fields {
		if len(b) < 2 {
			return nil, fmt.Errorf("the hello ends before its %s", names[i])
		}
		n := int(binary.BigEndian.Uint16(b))
		b = b[2:]
		if len(b) < n {
			return nil, fmt.Errorf("the hello's %s is cut short: %d of %d bytes", names[i], len(b), n)
		}
		fields[i], b = b[:n:n], b[n:]
	}
	if len(b) != 0 {
		return nil, fmt.Errorf("%d bytes follow the hello's last field", len(b))
	}
	h := &hello{sender: fields[0], enc: fields[2], sig: fields[3]}
	if len(fields[0]) == 0 {
		return nil, errors.New("the hello's sender key is empty")
	}
	if len(fields[1]) != sha256.Size {
		return nil, fmt.Errorf("the hello's recipient fingerprint is %d bytes long, not %d", len(fields[1]), sha256.Size)
	}
	copy(h.recipient[:], fields[1])
	if len(h.enc) == 0 {
		return nil, errors.New("the hello's encapsulated key is empty")
	}
	if len(h.sig) != ed25519.SignatureSize {
		return nil, fmt.Errorf("the hello's signature is %d bytes long, not %d", len(h.sig), ed25519.SignatureSize)
	}
	return h, nil
}
