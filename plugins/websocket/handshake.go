package websocket

// The token handshake's messages. They arrive from an unauthenticated peer,
// so the decoders accept only exactly what they expect.

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

const (
	// protocolID names this handshake; a listener sends it first.
	protocolID = "websocket/1"
	// proofLabel is prefixed to the challenge before the HMAC, so a proof
	// is good for nothing but this handshake.
	proofLabel = "rex-token-v1"
	// challengeSize is the number of random bytes in a challenge.
	challengeSize = 32
	// handshakeLimit bounds every handshake message, in bytes.
	handshakeLimit = 4096
	// maxReasonBytes bounds a refusal reason taken from the peer.
	maxReasonBytes = 200
)

// errMalformed is why a handshake message was rejected.
var errMalformed = errors.New("malformed handshake")

// helloMsg is the listener's first message.
type helloMsg struct {
	Rex       string `json:"rex"`
	Challenge string `json:"challenge"`
}

// proofMsg is the sender's answer.
type proofMsg struct {
	Proof string `json:"proof"`
}

// resultMsg is the listener's verdict: OK, or Error with the reason.
type resultMsg struct {
	OK    bool   `json:"ok,omitempty"`
	Error string `json:"error,omitempty"`
}

func encodeHello(challenge []byte) []byte {
	return mustJSON(helloMsg{Rex: protocolID, Challenge: base64.StdEncoding.EncodeToString(challenge)})
}

func encodeProof(proof []byte) []byte {
	return mustJSON(proofMsg{Proof: base64.StdEncoding.EncodeToString(proof)})
}

// encodeResult encodes acceptance (reason "") or a refusal.
func encodeResult(reason string) []byte {
	if reason == "" {
		return mustJSON(resultMsg{OK: true})
	}
	return mustJSON(resultMsg{Error: reason})
}

func mustJSON(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err) // only fixed struct types of strings and bools get here
	}
	return b
}

// computeProof is HMAC-SHA256(key=token, proofLabel || challenge).
func computeProof(token string, challenge []byte) []byte {
	mac := hmac.New(sha256.New, []byte(token))
	mac.Write([]byte(proofLabel))
	mac.Write(challenge)
	return mac.Sum(nil)
}

// decodeHello returns the challenge of a listener's first message. A
// message of another protocol version names it.
func decodeHello(data []byte) ([]byte, error) {
	var m helloMsg
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("%w: first message is not a rex hello: %v", errMalformed, err)
	}
	if m.Rex == "" {
		return nil, fmt.Errorf("%w: first message is not a rex hello (no \"rex\" field)", errMalformed)
	}
	if m.Rex != protocolID {
		return nil, fmt.Errorf("receiver speaks protocol %q, this sender speaks %q: use the same rex version on both sides", sanitize(m.Rex), protocolID)
	}
	c, err := decodeFixed(m.Challenge, challengeSize)
	if err != nil {
		return nil, fmt.Errorf("%w: challenge: %v", errMalformed, err)
	}
	return c, nil
}

// decodeProof returns the HMAC of a sender's answer.
func decodeProof(data []byte) ([]byte, error) {
	var m proofMsg
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("%w: %v", errMalformed, err)
	}
	p, err := decodeFixed(m.Proof, sha256.Size)
	if err != nil {
		return nil, fmt.Errorf("%w: proof: %v", errMalformed, err)
	}
	return p, nil
}

// decodeResult returns "" if the listener accepted the session, or its
// reason for refusing it, made safe to print.
func decodeResult(data []byte) (string, error) {
	var m resultMsg
	if err := json.Unmarshal(data, &m); err != nil {
		return "", fmt.Errorf("%w: %v", errMalformed, err)
	}
	switch {
	case m.Error != "":
		r := sanitize(m.Error)
		if r == "" {
			r = "no reason given"
		}
		return r, nil
	case m.OK:
		return "", nil
	}
	return "", fmt.Errorf("%w: verdict is neither ok nor an error", errMalformed)
}

// decodeFixed decodes standard base64 of exactly n bytes.
func decodeFixed(s string, n int) ([]byte, error) {
	if base64.StdEncoding.EncodedLen(n) != len(s) {
		return nil, fmt.Errorf("want base64 of %d bytes", n)
	}
	b, err := base64.StdEncoding.Strict().DecodeString(s)
	if err != nil {
		return nil, err
	}
	if len(b) != n {
		return nil, fmt.Errorf("want base64 of %d bytes", n)
	}
	return b, nil
}

// sanitize makes text from the peer safe to print: valid UTF-8 without
// control characters, at most maxReasonBytes long.
func sanitize(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r == utf8.RuneError || unicode.IsControl(r) {
			r = '?'
		}
		if b.Len()+utf8.RuneLen(r) > maxReasonBytes {
			break
		}
		b.WriteRune(r)
	}
	return strings.TrimSpace(b.String())
}

// truncate cuts s to at most n bytes on a rune boundary.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
