package hpke

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/rexdata/rex/sdk"
)

// The seed corpora under testdata/fuzz are written by
//
//	go test ./plugins/hpke -run TestFuzzSeeds_Write -update-seeds
//
// from keys derived from fixed seeds: they are test keys, protect nothing.
var updateSeeds = flag.Bool("update-seeds", false, "rewrite the fuzz seed corpora in testdata/fuzz")

// fuzzSender and fuzzReceiver are the derived pairs the seed hellos use.
func fuzzSender(tb testing.TB, kemID uint16) pair {
	return derivedPair(tb, "fuzz sender", kemID, 1)
}

func fuzzReceiver(tb testing.TB, kemID uint16) pair {
	return derivedPair(tb, "fuzz receiver", kemID, 2)
}

func TestFuzzSeeds_Write(t *testing.T) {
	if !*updateSeeds {
		t.Skip("run with -update-seeds to rewrite testdata/fuzz")
	}
	x, w := fuzzSender(t, KEMX25519), fuzzSender(t, KEMMLKEM768X25519)
	hx := seedHello(t, KEMX25519)
	hw := seedHello(t, KEMMLKEM768X25519)
	seeds := map[string]map[string][]byte{
		"FuzzParsePublicKey": {
			"x25519":         []byte(x.pub),
			"mlkem768x25519": []byte(w.pub),
			"private":        []byte(x.key),
			"truncated":      []byte(x.pub[:len(x.pub)/2]),
			"not-pem":        []byte("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5"),
		},
		"FuzzParsePrivateKey": {
			"x25519":         []byte(x.key),
			"mlkem768x25519": []byte(w.key),
			"public":         []byte(x.pub),
			"empty":          {},
		},
		"FuzzDecodeHello": {
			"x25519":         hx,
			"mlkem768x25519": hw,
			"truncated":      hx[:len(hx)-1],
			"trailing":       append(bytes.Clone(hx), 0),
			"version-2":      append([]byte{2}, hx[1:]...),
			"empty":          {},
		},
	}
	for target, files := range seeds {
		dir := filepath.Join("testdata", "fuzz", target)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		for name, b := range files {
			text := fmt.Sprintf("go test fuzz v1\n[]byte(%q)\n", b)
			if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}

func seedHello(tb testing.TB, kemID uint16) []byte {
	h, err := senderCipher(tb, fuzzSender(tb, kemID), fuzzReceiver(tb, kemID)).Offer(context.Background())
	if err != nil {
		tb.Fatal(err)
	}
	return h
}

func FuzzParsePublicKey(f *testing.F) {
	f.Fuzz(func(t *testing.T, text []byte) {
		k, err := ParsePublicKey(text)
		if err != nil {
			return
		}
		again, err := ParsePublicKey(k.marshal())
		if err != nil {
			t.Fatalf("a parsed key does not parse once re-encoded: %v", err)
		}
		if !again.Equal(k) || again.Fingerprint() != k.Fingerprint() || again.Comment() != k.Comment() {
			t.Fatal("a parsed key changes once re-encoded")
		}
	})
}

func FuzzParsePrivateKey(f *testing.F) {
	f.Fuzz(func(t *testing.T, text []byte) {
		k, err := ParsePrivateKey(text)
		if err != nil {
			return
		}
		re, err := k.marshal()
		if err != nil {
			t.Fatalf("a parsed key does not re-encode: %v", err)
		}
		again, err := ParsePrivateKey(re)
		if err != nil {
			t.Fatalf("a parsed key does not parse once re-encoded: %v", err)
		}
		if !again.PublicKey().Equal(k.PublicKey()) || again.Comment() != k.Comment() {
			t.Fatal("a parsed key changes once re-encoded")
		}
	})
}

// FuzzDecodeHello checks that the decoder keeps what it accepts exactly,
// and that a receiver refuses, never fails otherwise, on any hello.
func FuzzDecodeHello(f *testing.F) {
	receivers := map[uint16]*Cipher{}
	for _, k := range kems {
		receivers[k.id] = receiverCipher(f, fuzzReceiver(f, k.id), fuzzSender(f, k.id))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		h, decErr := decodeHello(b)
		if decErr == nil {
			re, err := h.encode()
			if err != nil {
				t.Fatalf("a decoded hello does not encode: %v", err)
			}
			if !bytes.Equal(re, b) {
				t.Fatal("a decoded hello encodes differently")
			}
		}
		for id, rcv := range receivers {
			_, err := rcv.Accept(context.Background(), b)
			if err != nil && !errors.Is(err, sdk.ErrRefused) {
				t.Fatalf("KEM %#x: Accept = %v, want nil or a refusal", id, err)
			}
			if err == nil && decErr != nil {
				t.Fatalf("KEM %#x: Accept took a hello the decoder rejects: %v", id, decErr)
			}
		}
	})
}

// TestFuzzSeeds_HelloAccepted keeps the committed seed hellos valid, so the
// hello fuzzer starts from inputs that reach the end of Accept.
func TestFuzzSeeds_HelloAccepted(t *testing.T) {
	t.Parallel()
	for _, k := range kems {
		t.Run(k.name, func(t *testing.T) {
			t.Parallel()
			text, err := os.ReadFile(filepath.Join("testdata", "fuzz", "FuzzDecodeHello", strings.ToLower(k.name)))
			if err != nil {
				t.Fatal(err)
			}
			lit, ok := strings.CutPrefix(strings.TrimSpace(string(text)), "go test fuzz v1\n[]byte(")
			lit, ok2 := strings.CutSuffix(lit, ")")
			if !ok || !ok2 {
				t.Fatalf("unexpected seed file format: %.40q", text)
			}
			h, err := strconv.Unquote(lit)
			if err != nil {
				t.Fatal(err)
			}
			rcv := receiverCipher(t, fuzzReceiver(t, k.id), fuzzSender(t, k.id))
			if _, err := rcv.Accept(context.Background(), []byte(h)); err != nil {
				t.Errorf("the seed hello is refused: %v", err)
			}
		})
	}
}
