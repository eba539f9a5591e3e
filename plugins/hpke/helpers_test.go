package hpke

import (
	"context"
	"crypto/ed25519"
	"crypto/sha256"
	"testing"

	"github.com/hashicorp/go-hclog"

	"github.com/rexdata/rex/sdk"
)

// kems are the KEMs every session test runs with.
var kems = []struct {
	name string
	id   uint16
}{
	{"MLKEM768X25519", KEMMLKEM768X25519},
	{"X25519", KEMX25519},
}

// pair is a generated key pair's file texts.
type pair struct{ key, pub string }

func genPair(tb testing.TB, comment string, kemID uint16) pair {
	tb.Helper()
	priv, pub, err := GenerateKeyPairKEM(comment, kemID)
	if err != nil {
		tb.Fatalf("GenerateKeyPairKEM(%q, %#x): %v", comment, kemID, err)
	}
	return pair{string(priv), string(pub)}
}

// derivedPair is a key pair derived from seed, for reproducible fuzz seeds.
func derivedPair(tb testing.TB, comment string, kemID uint16, seed byte) pair {
	tb.Helper()
	kem, err := kemByID(kemID)
	if err != nil {
		tb.Fatal(err)
	}
	ikm := sha256.Sum256([]byte{'k', seed})
	kp, err := kem.DeriveKeyPair(ikm[:])
	if err != nil {
		tb.Fatal(err)
	}
	ss := sha256.Sum256([]byte{'s', seed})
	k, err := newPrivateKey(kp, ed25519.NewKeyFromSeed(ss[:]), comment)
	if err != nil {
		tb.Fatal(err)
	}
	priv, err := k.marshal()
	if err != nil {
		tb.Fatal(err)
	}
	return pair{string(priv), string(k.public.marshal())}
}

func configure(tb testing.TB, cfg sdk.Config) *Cipher {
	tb.Helper()
	c := New().(*Cipher)
	c.log = hclog.NewNullLogger()
	if d := c.Configure(context.Background(), cfg); d.HasErrors() {
		tb.Fatalf("Configure: %v", d.Err())
	}
	return c
}

func senderCipher(tb testing.TB, sender, recipient pair) *Cipher {
	return configure(tb, sdk.Config{attrRecipientKey: recipient.pub, attrSenderKey: sender.key})
}

func receiverCipher(tb testing.TB, receiver pair, allowed ...pair) *Cipher {
	var pubs []string
	for _, a := range allowed {
		pubs = append(pubs, a.pub)
	}
	return configure(tb, sdk.Config{attrPrivateKey: receiver.key, attrAllowedSenders: pubs})
}

// newSession returns a sender and a receiver with a started session.
func newSession(tb testing.TB, kemID uint16) (snd, rcv *Cipher) {
	tb.Helper()
	s, r := genPair(tb, "sender", kemID), genPair(tb, "receiver", kemID)
	snd, rcv = senderCipher(tb, s, r), receiverCipher(tb, r, s)
	ctx := context.Background()
	h, err := snd.Offer(ctx)
	if err != nil {
		tb.Fatalf("Offer: %v", err)
	}
	if _, err := rcv.Accept(ctx, h); err != nil {
		tb.Fatalf("Accept: %v", err)
	}
	return snd, rcv
}
