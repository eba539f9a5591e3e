package hpke

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"

	"github.com/hashicorp/go-hclog"

	"github.com/rexdata/rex/sdk"
)

func TestCipher_Session_BothDirections(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	for _, k := range kems {
		t.Run(k.name, func(t *testing.T) {
			t.Parallel()
			s, r := genPair(t, "alice@laptop", k.id), genPair(t, "bob@server", k.id)
			snd, rcv := senderCipher(t, s, r), receiverCipher(t, r, genPair(t, "", k.id), s)
			var logs bytes.Buffer
			snd.log = hclog.New(&hclog.LoggerOptions{Output: &logs, Level: hclog.Trace, JSONFormat: true})
			rcv.log = snd.log
			h, err := snd.Offer(ctx)
			if err != nil {
				t.Fatalf("Offer: %v", err)
			}
			peer, err := rcv.Accept(ctx, h)
			if err != nil {
				t.Fatalf("Accept: %v", err)
			}
			sk, _ := ParsePublicKey([]byte(s.pub))
			if want := (sdk.Peer{ID: sk.Fingerprint(), Description: "alice@laptop"}); peer != want {
				t.Errorf("peer = %+v, want %+v", peer, want)
			}

			rng := rand.New(rand.NewPCG(1, 2))
			for i := range 300 {
				p := make([]byte, []int{0, 1, 16, 4096, 65 << 10}[i%5])
				for j := range p {
					p[j] = byte(rng.Uint32())
				}
				roundTrip(t, "s2r", i, snd, rcv, p)
				if i%3 == 0 {
					roundTrip(t, "r2s", i, rcv, snd, p)
				}
			}
			if !strings.Contains(logs.String(), "session accepted") {
				t.Errorf("no log of the accepted session: %s", logs.String())
			}
			for _, line := range append(keyLines(s), keyLines(r)...) {
				if strings.Contains(logs.String(), line) {
					t.Fatalf("logs hold key material: %s", logs.String())
				}
			}
		})
	}
}

func roundTrip(t *testing.T, dir string, i int, from, to *Cipher, p []byte) {
	t.Helper()
	ctx := context.Background()
	c, err := from.Seal(ctx, p)
	if err != nil {
		t.Fatalf("%s frame %d: Seal: %v", dir, i, err)
	}
	if len(p) >= 16 && bytes.Contains(c, p) {
		t.Fatalf("%s frame %d: ciphertext holds the plaintext", dir, i)
	}
	got, err := to.Open(ctx, c)
	if err != nil {
		t.Fatalf("%s frame %d: Open: %v", dir, i, err)
	}
	if !bytes.Equal(got, p) {
		t.Fatalf("%s frame %d: opened %d bytes, sealed %d, contents differ", dir, i, len(got), len(p))
	}
}

func TestCipher_Open_TamperedFrames(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	flip := func(b []byte, i int) []byte { b = bytes.Clone(b); b[i] ^= 1; return b }

	for _, k := range kems {
		for _, dir := range []string{"s2r", "r2s"} {
			for _, tc := range []struct {
				name string
				// deliver picks the frames the opener sees from the three
				// sealed frames f and one frame x of another session.
				deliver func(f [3][]byte, x []byte) [][]byte
				// failAt is the expected sequence number of the failure.
				failAt int
			}{
				{"replayed", func(f [3][]byte, _ []byte) [][]byte { return [][]byte{f[0], f[1], f[1]} }, 2},
				{"reordered", func(f [3][]byte, _ []byte) [][]byte { return [][]byte{f[1]} }, 0},
				{"dropped", func(f [3][]byte, _ []byte) [][]byte { return [][]byte{f[0], f[2]} }, 1},
				{"bit flipped first byte", func(f [3][]byte, _ []byte) [][]byte { return [][]byte{f[0], flip(f[1], 0)} }, 1},
				{"bit flipped tag", func(f [3][]byte, _ []byte) [][]byte { return [][]byte{flip(f[0], len(f[0])-1)} }, 0},
				{"truncated", func(f [3][]byte, _ []byte) [][]byte { return [][]byte{f[0][:len(f[0])-1]} }, 0},
				{"empty", func(f [3][]byte, _ []byte) [][]byte { return [][]byte{f[0], f[1], {}} }, 2},
				{"extended", func(f [3][]byte, _ []byte) [][]byte { return [][]byte{append(bytes.Clone(f[0]), 0)} }, 0},
				{"other session", func(f [3][]byte, x []byte) [][]byte { return [][]byte{x} }, 0},
			} {
				t.Run(k.name+"/"+dir+"/"+tc.name, func(t *testing.T) {
					t.Parallel()
					snd, rcv := newSession(t, k.id)
					osnd, orcv := newSession(t, k.id)
					from, to, ofrom := snd, rcv, osnd
					if dir == "r2s" {
						from, to, ofrom = rcv, snd, orcv
					}
					var f [3][]byte
					for i := range f {
						var err error
						if f[i], err = from.Seal(ctx, fmt.Appendf(nil, "frame %d", i)); err != nil {
							t.Fatal(err)
						}
					}
					x, err := ofrom.Seal(ctx, []byte("frame 0"))
					if err != nil {
						t.Fatal(err)
					}
					frames := tc.deliver(f, x)
					for i, c := range frames {
						_, err = to.Open(ctx, c)
						if i < len(frames)-1 && err != nil {
							t.Fatalf("Open of good frame %d: %v", i, err)
						}
					}
					want := fmt.Sprintf("frame %d failed authentication: it was altered, replayed, reordered or belongs to another session", tc.failAt)
					if !errors.Is(err, ErrAuthentication) || err.Error() != want {
						t.Fatalf("Open = %v, want %q", err, want)
					}
					// The session is dead both ways, even for the right frame.
					if _, err := to.Open(ctx, f[tc.failAt]); !errors.Is(err, ErrAuthentication) || !strings.Contains(err.Error(), "start a new session") {
						t.Errorf("Open after a failure = %v, want a dead-session error", err)
					}
					if _, err := to.Seal(ctx, []byte("more")); !errors.Is(err, ErrAuthentication) {
						t.Errorf("Seal after a failure = %v, want a dead-session error", err)
					}
				})
			}
		}
	}
}

func TestCipher_Accept_Refused(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	for _, k := range kems {
		t.Run(k.name, func(t *testing.T) {
			t.Parallel()
			s, r, stranger, otherRcv := genPair(t, "s", k.id), genPair(t, "r", k.id), genPair(t, "x", k.id), genPair(t, "r2", k.id)
			rcv := receiverCipher(t, r, s)
			hello := func(t *testing.T, sender, recipient pair) []byte {
				h, err := senderCipher(t, sender, recipient).Offer(ctx)
				if err != nil {
					t.Fatal(err)
				}
				return h
			}
			fp := func(p pair) string { k, _ := ParsePublicKey([]byte(p.pub)); return k.Fingerprint() }
			good := hello(t, s, r)

			for _, tc := range []struct {
				name   string
				hello  []byte
				reason string
			}{
				{"unknown sender", hello(t, stranger, r), "sender key " + fp(stranger) + " is not in allowed_senders"},
				{"another recipient key", hello(t, s, otherRcv), "the sender encrypted to key " + fp(otherRcv) + ", this receiver holds " + fp(r)},
				{"bad signature", flipAt(good, len(good)-1), "sender signature does not verify"},
				{"altered enc", flipAt(good, len(good)-2-64-1), "sender signature does not verify"},
				{"malformed", good[:len(good)-1], "malformed hello: the hello's signature is cut short"},
				{"version 2", append([]byte{2}, good[1:]...), "malformed hello: hello version 2 is not supported"},
				{"empty", nil, "malformed hello: the hello is empty"},
			} {
				t.Run(tc.name, func(t *testing.T) {
					_, err := rcv.Accept(ctx, tc.hello)
					var re *sdk.RefusedError
					if !errors.Is(err, sdk.ErrRefused) || !errors.As(err, &re) {
						t.Fatalf("Accept = %v, want a refusal", err)
					}
					if !strings.HasPrefix(re.Reason, tc.reason) {
						t.Errorf("reason = %q, want one starting %q", re.Reason, tc.reason)
					}
					if _, err := rcv.Open(ctx, []byte("x")); !errors.Is(err, ErrNoSession) {
						t.Errorf("Open after a refusal = %v, want ErrNoSession", err)
					}
				})
			}
		})
	}
}

func flipAt(b []byte, i int) []byte {
	b = bytes.Clone(b)
	b[i] ^= 0x80
	return b
}

func TestCipher_SealOpen_NoSession(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, r := genPair(t, "s", KEMX25519), genPair(t, "r", KEMX25519)
	for _, tc := range []struct {
		name string
		c    *Cipher
	}{
		{"unconfigured", New().(*Cipher)},
		{"sender before Offer", senderCipher(t, s, r)},
		{"receiver before Accept", receiverCipher(t, r, s)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			for name, call := range map[string]func() error{
				"Seal": func() error { _, err := tc.c.Seal(ctx, []byte("p")); return err },
				"Open": func() error { _, err := tc.c.Open(ctx, []byte("c")); return err },
			} {
				if err := call(); !errors.Is(err, ErrNoSession) || !strings.Contains(err.Error(), "call Offer (sender) or Accept (receiver) first") {
					t.Errorf("%s = %v, want ErrNoSession with a hint", name, err)
				}
			}
		})
	}
}

func TestCipher_OfferAccept_WrongSide(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, r := genPair(t, "s", KEMX25519), genPair(t, "r", KEMX25519)
	if _, err := receiverCipher(t, r, s).Offer(ctx); err == nil || !strings.Contains(err.Error(), "Offer is the sender's call") {
		t.Errorf("receiver Offer = %v, want a wrong-side error", err)
	}
	if _, err := senderCipher(t, s, r).Accept(ctx, nil); err == nil || !strings.Contains(err.Error(), "Accept is the receiver's call") {
		t.Errorf("sender Accept = %v, want a wrong-side error", err)
	}
	if _, err := New().Offer(ctx); err == nil || !strings.Contains(err.Error(), "not configured") {
		t.Errorf("unconfigured Offer = %v, want a not-configured error", err)
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := senderCipher(t, s, r).Offer(cctx); !errors.Is(err, context.Canceled) {
		t.Errorf("Offer on a cancelled ctx = %v, want context.Canceled", err)
	}
}

func TestCipher_Offer_StartsAfresh(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	snd, rcv := newSession(t, KEMX25519)
	old, err := snd.Seal(ctx, []byte("old"))
	if err != nil {
		t.Fatal(err)
	}
	// A failure in the old session does not outlive it.
	if _, err := snd.Open(ctx, []byte("garbage")); !errors.Is(err, ErrAuthentication) {
		t.Fatal(err)
	}
	h, err := snd.Offer(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := rcv.Accept(ctx, h); err != nil {
		t.Fatal(err)
	}
	if _, err := rcv.Open(ctx, old); !errors.Is(err, ErrAuthentication) {
		t.Errorf("a frame of the old session opened in the new one: %v", err)
	}
	// The receiver's failed Open above killed that session; a new one works.
	h, _ = snd.Offer(ctx)
	if _, err := rcv.Accept(ctx, h); err != nil {
		t.Fatal(err)
	}
	roundTrip(t, "s2r", 0, snd, rcv, []byte("fresh"))
	roundTrip(t, "r2s", 0, rcv, snd, []byte("fresh"))
}

func TestCipher_SealOpen_Concurrent(t *testing.T) {
	t.Parallel()
	snd, rcv := newSession(t, KEMMLKEM768X25519)
	const n = 200
	s2r, r2s := make(chan []byte, 8), make(chan []byte, 8)
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	pump := func(from *Cipher, out chan<- []byte, dir string) {
		defer wg.Done()
		defer close(out)
		for i := range n {
			c, err := from.Seal(context.Background(), fmt.Appendf(nil, "%s %d", dir, i))
			if err != nil {
				errs <- err
				return
			}
			out <- c
		}
	}
	drain := func(to *Cipher, in <-chan []byte, dir string) {
		defer wg.Done()
		i := 0
		for c := range in {
			p, err := to.Open(context.Background(), c)
			if err != nil || string(p) != fmt.Sprintf("%s %d", dir, i) {
				errs <- fmt.Errorf("%s frame %d: %q, %v", dir, i, p, err)
				return
			}
			i++
		}
	}
	wg.Add(4)
	go pump(snd, s2r, "s2r")
	go pump(rcv, r2s, "r2s")
	go drain(rcv, s2r, "s2r")
	go drain(snd, r2s, "r2s")
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

func TestCipher_SecretKeyCheck(t *testing.T) {
	ctx := context.Background()
	rpriv, rpub, _ := GenerateKeyPair("receiver")
	spriv, spub, _ := GenerateKeyPair("sender")
	pair := func(senderSecret, receiverSecret string) (sdk.Cipher, sdk.Cipher) {
		t.Helper()
		snd, rcv := New(), New()
		scfg := sdk.Config{"recipient_key": string(rpub), "sender_key": string(spriv)}
		rcfg := sdk.Config{"private_key": string(rpriv), "allowed_senders": []string{string(spub)}}
		if senderSecret != "" {
			scfg["secret_key_check"] = senderSecret
		}
		if receiverSecret != "" {
			rcfg["secret_key_check"] = receiverSecret
		}
		if d := snd.Configure(ctx, scfg); d.HasErrors() {
			t.Fatal(d.Err())
		}
		if d := rcv.Configure(ctx, rcfg); d.HasErrors() {
			t.Fatal(d.Err())
		}
		hello, err := snd.Offer(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := rcv.Accept(ctx, hello); err != nil {
			t.Fatal(err)
		}
		return snd, rcv
	}
	t.Run("same secret", func(t *testing.T) {
		snd, rcv := pair("django-insecure-abc", "django-insecure-abc")
		for i := 0; i < 3; i++ {
			c, _ := rcv.Seal(ctx, []byte("welcome"))
			if p, err := snd.Open(ctx, c); err != nil || string(p) != "welcome" {
				t.Fatalf("receiver to sender frame %d: %q, %v", i, p, err)
			}
			c, _ = snd.Seal(ctx, []byte("data"))
			if p, err := rcv.Open(ctx, c); err != nil || string(p) != "data" {
				t.Fatalf("sender to receiver frame %d: %q, %v", i, p, err)
			}
		}
	})
	for name, secrets := range map[string][2]string{"different": {"a-secret", "b-secret"}, "sender only": {"a-secret", ""}, "receiver only": {"", "b-secret"}} {
		t.Run(name, func(t *testing.T) {
			snd, rcv := pair(secrets[0], secrets[1])
			c, _ := rcv.Seal(ctx, []byte("welcome"))
			c2, _ := snd.Seal(ctx, []byte("data"))
			_, err := snd.Open(ctx, c)
			if !errors.Is(err, ErrSecretKeyCheck) || !errors.Is(err, sdk.ErrRefused) {
				t.Errorf("sender: got %v, want a refusal wrapping ErrSecretKeyCheck", err)
			}
			if _, err := rcv.Open(ctx, c2); !errors.Is(err, ErrSecretKeyCheck) || !strings.Contains(err.Error(), "secret_key_check") {
				t.Errorf("receiver: got %v, want ErrSecretKeyCheck", err)
			}
		})
	}
}
