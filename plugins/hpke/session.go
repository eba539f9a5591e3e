package hpke

import (
	"bytes"
	"context"
	"crypto/aes"
	"crypto/cipher"
	"crypto/ed25519"
	"crypto/hmac"
	"crypto/hpke"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"

	"github.com/rexdata/rex/sdk"
)

// The session's fixed labels: HPKE info, the aad of sender-to-receiver
// frames, and the exporter context of the receiver-to-sender key.
const (
	sessionInfo = "rex/1"
	aadS2R      = "rex/1 s2r"
	labelR2S    = "rex/1 r2s"
	r2sKeySize  = 32
	// labelSecret is the exporter context of the secret_key_check proofs.
	labelSecret = "rex/1 secret-key-check"
)

// ErrSecretKeyCheck is wrapped by the refusal of a session whose two sides
// do not hold the same secret_key_check.
var ErrSecretKeyCheck = errors.New("secret_key_check failed")

// secretProof is one side's proof of secret_key_check for one session: an
// HMAC of a value both sides export from the session, under the secret,
// for the given side. It reveals nothing of the secret.
func secretProof(secret, exported []byte, side string) []byte {
	m := hmac.New(sha256.New, secret)
	m.Write([]byte(side))
	m.Write(exported)
	return m.Sum(nil)
}

// secretMarker opens the first frame each way when its side checks
// secret_key_check; the side's proof follows it.
const secretMarker = "rex-skc1"

// withSecretCheck makes the first frame each way carry the side's proof
// (inside the seal) when secret is set, and checks the peer's on the first
// frame opened. A side that does not check recognises the marker, so both
// sides can say which one lacks the setting.
func (s *session) withSecretCheck(secret, exported []byte, mine, theirs string) {
	seal, open := s.seal, s.open
	var own, want []byte
	if secret != nil {
		own, want = secretProof(secret, exported, mine), secretProof(secret, exported, theirs)
	}
	s.seal = func(seq uint64, p []byte) ([]byte, error) {
		if seq == 0 && own != nil {
			p = append(append(append(make([]byte, 0, len(secretMarker)+len(own)+len(p)), secretMarker...), own...), p...)
		}
		return seal(seq, p)
	}
	s.open = func(seq uint64, c []byte) ([]byte, error) {
		p, err := open(seq, c)
		if err != nil || seq != 0 {
			return p, err
		}
		marked := bytes.HasPrefix(p, []byte(secretMarker))
		switch {
		case want == nil && marked:
			return nil, secretMismatch{reason: "the " + theirs + " checks secret_key_check and this side does not set it: set secret_key_check to the Django project's SECRET_KEY on both sides"}
		case want == nil:
			return p, nil
		case !marked:
			return nil, secretMismatch{reason: "this side checks secret_key_check and the " + theirs + " does not set it: set secret_key_check to the Django project's SECRET_KEY on both sides"}
		}
		p = p[len(secretMarker):]
		if len(p) < len(want) || !hmac.Equal(p[:len(want)], want) {
			return nil, secretMismatch{reason: "the two sides hold different Django SECRET_KEYs"}
		}
		return p[len(want):], nil
	}
}

// secretMismatch is the failed check: a refusal (sdk.ErrRefused) that
// says why (ErrSecretKeyCheck).
type secretMismatch struct{ reason string }

func (e secretMismatch) Error() string { return "secret_key_check failed: " + e.reason }

func (secretMismatch) Is(target error) bool {
	return target == ErrSecretKeyCheck || target == sdk.ErrRefused
}

var (
	suiteKDF  = hpke.HKDFSHA256()
	suiteAEAD = hpke.AES256GCM()
)

// frameError is a frame that failed to open; seq is the frame's expected
// position, counted from 0 in each direction.
type frameError struct{ seq uint64 }

func (e *frameError) Error() string {
	return fmt.Sprintf("frame %d failed authentication: it was altered, replayed, reordered or belongs to another session", e.seq)
}

func (e *frameError) Is(target error) bool { return target == ErrAuthentication }

// session is one side of one session. Seal and Open each keep their own
// counter and lock, so one goroutine may seal while another opens.
type session struct {
	sealMu  sync.Mutex
	sealSeq uint64
	seal    func(seq uint64, p []byte) ([]byte, error)

	openMu  sync.Mutex
	openSeq uint64
	open    func(seq uint64, c []byte) ([]byte, error)

	// failed holds the first Open failure; once set the session is dead.
	failed atomic.Pointer[frameError]
}

func (s *session) dead() error {
	if f := s.failed.Load(); f != nil {
		return fmt.Errorf("the session ended when %w; start a new session", f)
	}
	return nil
}

func (s *session) sealFrame(p []byte) ([]byte, error) {
	s.sealMu.Lock()
	defer s.sealMu.Unlock()
	if err := s.dead(); err != nil {
		return nil, fmt.Errorf("seal frame %d: %w", s.sealSeq, err)
	}
	c, err := s.seal(s.sealSeq, p)
	if err != nil {
		return nil, fmt.Errorf("seal frame %d: %w", s.sealSeq, err)
	}
	s.sealSeq++
	return c, nil
}

func (s *session) openFrame(c []byte) ([]byte, error) {
	s.openMu.Lock()
	defer s.openMu.Unlock()
	if err := s.dead(); err != nil {
		return nil, fmt.Errorf("open frame %d: %w", s.openSeq, err)
	}
	p, err := s.open(s.openSeq, c)
	if sm, ok := err.(secretMismatch); ok {
		s.failed.CompareAndSwap(nil, &frameError{seq: s.openSeq})
		return nil, sm
	}
	if err != nil {
		f := &frameError{seq: s.openSeq}
		s.failed.CompareAndSwap(nil, f)
		return nil, f
	}
	s.openSeq++
	return p, nil
}

// r2s returns the AES-256-GCM of the receiver-to-sender direction, keyed by
// the HPKE export both sides derive.
func r2s(export func(string, int) ([]byte, error)) (cipher.AEAD, error) {
	key, err := export(labelR2S, r2sKeySize)
	if err != nil {
		return nil, fmt.Errorf("export receiver-to-sender key: %w", err)
	}
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, fmt.Errorf("receiver-to-sender cipher: %w", err)
	}
	return cipher.NewGCM(block)
}

// nonce is the 96-bit big-endian frame counter.
func nonce(seq uint64) []byte {
	var n [12]byte
	binary.BigEndian.PutUint64(n[4:], seq)
	return n[:]
}

func gcmSeal(g cipher.AEAD) func(uint64, []byte) ([]byte, error) {
	return func(seq uint64, p []byte) ([]byte, error) {
		if seq == ^uint64(0) {
			return nil, errors.New("the frame counter is exhausted: start a new session")
		}
		return g.Seal(nil, nonce(seq), p, []byte(labelR2S)), nil
	}
}

func gcmOpen(g cipher.AEAD) func(uint64, []byte) ([]byte, error) {
	return func(seq uint64, c []byte) ([]byte, error) {
		return g.Open(nil, nonce(seq), c, []byte(labelR2S))
	}
}

// Offer starts a session on the sender's side: it encapsulates a fresh key
// to recipient_key and returns the signed hello. Any previous session ends.
func (c *Cipher) Offer(ctx context.Context) ([]byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.sess = nil
	if c.mode != modeSender {
		return nil, fmt.Errorf("offer session: %w", c.wrongSide("Offer", modeSender))
	}
	enc, snd, err := hpke.NewSender(c.recipient.kem, suiteKDF, suiteAEAD, []byte(sessionInfo))
	if err != nil {
		return nil, fmt.Errorf("offer session: set up HPKE sender: %w", err)
	}
	g, err := r2s(snd.Export)
	if err != nil {
		return nil, fmt.Errorf("offer session: %w", err)
	}
	h := &hello{sender: c.self.public.body, recipient: c.recipient.fingerprint(), enc: enc}
	h.sig = ed25519.Sign(c.self.sign, h.signedMessage())
	msg, err := h.encode()
	if err != nil {
		return nil, fmt.Errorf("offer session: %w", err)
	}
	c.sess = &session{
		seal: func(_ uint64, p []byte) ([]byte, error) { return snd.Seal([]byte(aadS2R), p) },
		open: gcmOpen(g),
	}
	x, err := snd.Export(labelSecret, 32)
	if err != nil {
		return nil, fmt.Errorf("offer session: %w", err)
	}
	c.sess.withSecretCheck(c.secret, x, "sender", "receiver")
	c.log.Debug("session offered", "sender", c.self.public.Fingerprint(), "recipient", c.recipient.Fingerprint())
	return msg, nil
}

// Accept starts a session on the receiver's side from the sender's hello.
// A malformed hello, a sender not in allowed_senders, a hello encrypted to
// another key and a bad signature are refused with an *sdk.RefusedError
// saying which. Any previous session ends, even when Accept fails.
func (c *Cipher) Accept(ctx context.Context, msg []byte) (sdk.Peer, error) {
	if err := ctx.Err(); err != nil {
		return sdk.Peer{}, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.sess = nil
	if c.mode != modeReceiver {
		return sdk.Peer{}, fmt.Errorf("accept session: %w", c.wrongSide("Accept", modeReceiver))
	}
	refuse := func(format string, args ...any) (sdk.Peer, error) {
		reason := fmt.Sprintf(format, args...)
		c.log.Warn("session refused", "reason", reason)
		return sdk.Peer{}, fmt.Errorf("accept session: %w", &sdk.RefusedError{Reason: reason})
	}
	h, err := decodeHello(msg)
	if err != nil {
		return refuse("malformed hello: %v", err)
	}
	sender, err := parsePublicBody(h.sender)
	if err != nil {
		return refuse("malformed hello: sender key: %v", err)
	}
	idx := -1
	for i, k := range c.allowed {
		if k.Equal(sender) {
			idx = i
			break
		}
	}
	if idx < 0 {
		return refuse("sender key %s is not in allowed_senders", sender.Fingerprint())
	}
	if own := c.self.public.fingerprint(); h.recipient != own {
		return refuse("the sender encrypted to key %s, this receiver holds %s", fingerprintString(h.recipient), fingerprintString(own))
	}
	if !ed25519.Verify(sender.sign, h.signedMessage(), h.sig) {
		return refuse("sender signature does not verify")
	}
	rcp, err := hpke.NewRecipient(h.enc, c.self.kem, suiteKDF, suiteAEAD, []byte(sessionInfo))
	if err != nil {
		return refuse("the hello's encapsulated key does not fit this receiver's key: %v", err)
	}
	g, err := r2s(rcp.Export)
	if err != nil {
		return sdk.Peer{}, fmt.Errorf("accept session: %w", err)
	}
	c.sess = &session{
		seal: gcmSeal(g),
		open: func(_ uint64, ct []byte) ([]byte, error) { return rcp.Open([]byte(aadS2R), ct) },
	}
	x, err := rcp.Export(labelSecret, 32)
	if err != nil {
		return sdk.Peer{}, fmt.Errorf("accept session: %w", err)
	}
	c.sess.withSecretCheck(c.secret, x, "receiver", "sender")
	peer := sdk.Peer{ID: sender.Fingerprint(), Description: c.allowed[idx].Comment()}
	if peer.Description == "" {
		peer.Description = fmt.Sprintf("%s[%d]", attrAllowedSenders, idx)
	}
	c.log.Info("session accepted", "sender", peer.ID, "description", peer.Description)
	return peer, nil
}

// wrongSide explains why a call does not fit the configured side.
func (c *Cipher) wrongSide(call string, want mode) error {
	switch {
	case c.mode == modeNone:
		return errors.New("the hpke cipher is not configured: Configure must succeed first")
	case want == modeSender:
		return fmt.Errorf("%s is the sender's call, but this block is a decrypt block (private_key, allowed_senders): use an encrypt block with recipient_key and sender_key", call)
	default:
		return fmt.Errorf("%s is the receiver's call, but this block is an encrypt block (recipient_key, sender_key): use a decrypt block with private_key and allowed_senders", call)
	}
}

func (c *Cipher) current(call string) (*session, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.sess == nil {
		return nil, fmt.Errorf("%s: %w: call Offer (sender) or Accept (receiver) first", call, ErrNoSession)
	}
	return c.sess, nil
}

// Seal encrypts the next outgoing frame: sender to receiver on the sender,
// receiver to sender on the receiver. It may run concurrently with Open.
func (c *Cipher) Seal(ctx context.Context, plaintext []byte) ([]byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s, err := c.current("seal")
	if err != nil {
		return nil, err
	}
	return s.sealFrame(plaintext)
}

// Open decrypts the next incoming frame. A frame that fails returns an
// error wrapping [ErrAuthentication] and ends the session: every later Seal
// and Open fails until the next Offer or Accept.
func (c *Cipher) Open(ctx context.Context, ciphertext []byte) ([]byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s, err := c.current("open")
	if err != nil {
		return nil, err
	}
	return s.openFrame(ciphertext)
}
