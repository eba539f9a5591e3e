package hpke

import (
	"bytes"
	"crypto/ecdh"
	"crypto/ed25519"
	"crypto/hpke"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/pem"
	"errors"
	"fmt"
	"strings"
	"unicode"
)

// The KEMs a rex key may use, by their HPKE ids.
const (
	// KEMMLKEM768X25519 is MLKEM768-X25519 (X-Wing), a hybrid of
	// post-quantum ML-KEM-768 and X25519. The default.
	KEMMLKEM768X25519 uint16 = 0x647a
	// KEMX25519 is DHKEM(X25519, HKDF-SHA256): smaller keys and hellos, but
	// not post-quantum.
	KEMX25519 uint16 = 0x0020
)

// PEM block types and the key body version.
const (
	privateBlockType = "REX PRIVATE KEY"
	publicBlockType  = "REX PUBLIC KEY"
	commentHeader    = "Comment"
	keyVersion       = 1
	maxCommentLen    = 200
)

// PublicKey is a rex public key: an HPKE KEM public key to encrypt to, and an
// Ed25519 public key that verifies the key holder's hellos.
type PublicKey struct {
	kem     hpke.PublicKey
	sign    ed25519.PublicKey
	comment string
	body    []byte // the binary form, cached
}

// PrivateKey is a rex private key: the HPKE KEM private key and the Ed25519
// signing key. It is never printed or logged.
type PrivateKey struct {
	kem     hpke.PrivateKey
	sign    ed25519.PrivateKey
	comment string
	public  *PublicKey
}

// kemByID returns the KEM of a supported id.
func kemByID(id uint16) (hpke.KEM, error) {
	switch id {
	case KEMMLKEM768X25519:
		return hpke.MLKEM768X25519(), nil
	case KEMX25519:
		return hpke.DHKEM(ecdh.X25519()), nil
	}
	return nil, fmt.Errorf("unsupported KEM id %#04x: rex keys use %#04x (MLKEM768-X25519) or %#04x (DHKEM X25519)", id, KEMMLKEM768X25519, KEMX25519)
}

// GenerateKeyPair makes a key pair with the default KEM (MLKEM768-X25519) and
// returns the private and public key files' text (see the package doc for the
// format). comment names the key in both files ("" for none); it must be one
// line of at most 200 printable characters.
func GenerateKeyPair(comment string) (private, public []byte, err error) {
	return GenerateKeyPairKEM(comment, KEMMLKEM768X25519)
}

// GenerateKeyPairKEM is [GenerateKeyPair] with a chosen KEM:
// [KEMMLKEM768X25519] or [KEMX25519].
func GenerateKeyPairKEM(comment string, kemID uint16) (private, public []byte, err error) {
	if err := checkComment(comment); err != nil {
		return nil, nil, err
	}
	kem, err := kemByID(kemID)
	if err != nil {
		return nil, nil, fmt.Errorf("generate key pair: %w", err)
	}
	kp, err := kem.GenerateKey()
	if err != nil {
		return nil, nil, fmt.Errorf("generate KEM key: %w", err)
	}
	_, sp, err := ed25519.GenerateKey(nil)
	if err != nil {
		return nil, nil, fmt.Errorf("generate Ed25519 key: %w", err)
	}
	k, err := newPrivateKey(kp, sp, comment)
	if err != nil {
		return nil, nil, err
	}
	private, err = k.marshal()
	if err != nil {
		return nil, nil, err
	}
	return private, k.public.marshal(), nil
}

func checkComment(c string) error {
	if len(c) > maxCommentLen {
		return fmt.Errorf("key comment is %d bytes long: keep it under %d", len(c), maxCommentLen)
	}
	if c != strings.TrimSpace(c) {
		return errors.New("key comment starts or ends with a space: trim it")
	}
	for _, r := range c {
		if !unicode.IsPrint(r) {
			return fmt.Errorf("key comment holds the non-printable character %q: use one line of plain text", r)
		}
	}
	return nil
}

func newPrivateKey(kp hpke.PrivateKey, sp ed25519.PrivateKey, comment string) (*PrivateKey, error) {
	pub, err := newPublicKey(kp.PublicKey(), sp.Public().(ed25519.PublicKey), comment)
	if err != nil {
		return nil, err
	}
	return &PrivateKey{kem: kp, sign: sp, comment: comment, public: pub}, nil
}

func newPublicKey(kp hpke.PublicKey, sp ed25519.PublicKey, comment string) (*PublicKey, error) {
	kb := kp.Bytes()
	if len(kb) > 0xffff {
		return nil, fmt.Errorf("KEM public key is %d bytes long, more than a key file holds", len(kb))
	}
	body := make([]byte, 0, 5+len(kb)+ed25519.PublicKeySize)
	body = append(body, keyVersion)
	body = binary.BigEndian.AppendUint16(body, kp.KEM().ID())
	body = binary.BigEndian.AppendUint16(body, uint16(len(kb)))
	body = append(body, kb...)
	body = append(body, sp...)
	return &PublicKey{kem: kp, sign: sp, comment: comment, body: body}, nil
}

func (k *PrivateKey) marshal() ([]byte, error) {
	kb, err := k.kem.Bytes()
	if err != nil {
		return nil, fmt.Errorf("serialize KEM private key: %w", err)
	}
	body := make([]byte, 0, 5+len(kb)+ed25519.SeedSize)
	body = append(body, keyVersion)
	body = binary.BigEndian.AppendUint16(body, k.kem.KEM().ID())
	body = binary.BigEndian.AppendUint16(body, uint16(len(kb)))
	body = append(body, kb...)
	body = append(body, k.sign.Seed()...)
	return pem.EncodeToMemory(pemBlock(privateBlockType, k.comment, body)), nil
}

func (k *PublicKey) marshal() []byte {
	return pem.EncodeToMemory(pemBlock(publicBlockType, k.comment, k.body))
}

func pemBlock(typ, comment string, body []byte) *pem.Block {
	b := &pem.Block{Type: typ, Bytes: body}
	if comment != "" {
		b.Headers = map[string]string{commentHeader: comment}
	}
	return b
}

// ParsePrivateKey parses a private key file's text (a "REX PRIVATE KEY"
// PEM block). Given a public key file, it says so.
func ParsePrivateKey(text []byte) (*PrivateKey, error) {
	body, comment, err := decodePEM(text, privateBlockType)
	if err != nil {
		return nil, err
	}
	kemID, kb, rest, err := splitBody(body, ed25519.SeedSize, "private")
	if err != nil {
		return nil, err
	}
	kem, err := kemByID(kemID)
	if err != nil {
		return nil, fmt.Errorf("parse private key: %w", err)
	}
	kp, err := kem.NewPrivateKey(kb)
	if err != nil {
		return nil, errors.New("parse private key: the KEM private key is invalid: the file is damaged")
	}
	return newPrivateKey(kp, ed25519.NewKeyFromSeed(rest), comment)
}

// ParsePublicKey parses a public key file's text (a "REX PUBLIC KEY" PEM
// block). Given a private key file, it says so.
func ParsePublicKey(text []byte) (*PublicKey, error) {
	body, comment, err := decodePEM(text, publicBlockType)
	if err != nil {
		return nil, err
	}
	k, err := parsePublicBody(body)
	if err != nil {
		return nil, err
	}
	k.comment = comment
	return k, nil
}

// parsePublicBody parses a public key's binary form, as found in key files
// and hellos.
func parsePublicBody(body []byte) (*PublicKey, error) {
	kemID, kb, rest, err := splitBody(body, ed25519.PublicKeySize, "public")
	if err != nil {
		return nil, err
	}
	kem, err := kemByID(kemID)
	if err != nil {
		return nil, fmt.Errorf("parse public key: %w", err)
	}
	kp, err := kem.NewPublicKey(kb)
	if err != nil {
		return nil, errors.New("parse public key: the KEM public key is invalid: the file is damaged")
	}
	return newPublicKey(kp, bytes.Clone(rest), "")
}

// splitBody splits version || KEM id || length || KEM key || tail, checking
// every length.
func splitBody(body []byte, tailLen int, what string) (kemID uint16, kem, tail []byte, err error) {
	if len(body) < 5 {
		return 0, nil, nil, fmt.Errorf("parse %s key: the key is %d bytes long, too short to be a rex key: the file is damaged", what, len(body))
	}
	if body[0] != keyVersion {
		return 0, nil, nil, fmt.Errorf("parse %s key: key format version %d is not supported (this rex reads version %d): upgrade rex or generate a new pair", what, body[0], keyVersion)
	}
	kemID = binary.BigEndian.Uint16(body[1:3])
	n := int(binary.BigEndian.Uint16(body[3:5]))
	if len(body) != 5+n+tailLen {
		return 0, nil, nil, fmt.Errorf("parse %s key: the key is %d bytes long, its header says %d: the file is damaged", what, len(body), 5+n+tailLen)
	}
	return kemID, body[5 : 5+n], body[5+n:], nil
}

// decodePEM finds the one PEM block of type want in text and returns its
// body and comment, or an error that says what was found instead.
func decodePEM(text []byte, want string) (body []byte, comment string, err error) {
	kind := "public"
	if want == privateBlockType {
		kind = "private"
	}
	b, rest := pem.Decode(text)
	if b == nil {
		if len(bytes.TrimSpace(text)) == 0 {
			return nil, "", fmt.Errorf("the %s key is empty: pass the text of a rex %s key file", kind, kind)
		}
		return nil, "", fmt.Errorf("no PEM block found: a rex %s key is text starting with \"-----BEGIN %s-----\"", kind, want)
	}
	switch {
	case b.Type == want:
	case b.Type == publicBlockType:
		return nil, "", errors.New("this is a rex public key, but a private key is expected: pass the .key file, not the .pub file")
	case b.Type == privateBlockType:
		return nil, "", errors.New("this is a rex private key, but a public key is expected: pass the .pub file, not the .key file (and keep the .key file secret)")
	default:
		return nil, "", fmt.Errorf("found a PEM block of type %q, but a rex %s key (%q) is expected", b.Type, kind, want)
	}
	if len(bytes.TrimSpace(rest)) != 0 {
		return nil, "", fmt.Errorf("text follows the %s block: a key file holds exactly one key", want)
	}
	for h, v := range b.Headers {
		if h != commentHeader {
			return nil, "", fmt.Errorf("unknown header %q in the %s block: only %q is allowed", h, want, commentHeader)
		}
		if err := checkComment(v); err != nil {
			return nil, "", err
		}
		comment = v
	}
	return b.Bytes, comment, nil
}

// PublicKey returns the public half of k, with k's comment.
func (k *PrivateKey) PublicKey() *PublicKey { return k.public }

// Comment returns the key's comment, or "".
func (k *PrivateKey) Comment() string { return k.comment }

// KEMID returns the HPKE id of the key's KEM.
func (k *PublicKey) KEMID() uint16 { return k.kem.KEM().ID() }

// Comment returns the key's comment, or "".
func (k *PublicKey) Comment() string { return k.comment }

// Fingerprint returns "SHA256:" and the unpadded base64 of the SHA-256 of
// the key's binary form (the PEM body), as ssh prints fingerprints. The
// comment is not part of it.
func (k *PublicKey) Fingerprint() string {
	return fingerprintString(k.fingerprint())
}

func (k *PublicKey) fingerprint() [sha256.Size]byte { return sha256.Sum256(k.body) }

func fingerprintString(sum [sha256.Size]byte) string {
	return "SHA256:" + base64.RawStdEncoding.EncodeToString(sum[:])
}

// Equal reports whether k and o are the same key (comments aside).
func (k *PublicKey) Equal(o *PublicKey) bool {
	return o != nil && bytes.Equal(k.body, o.body)
}
