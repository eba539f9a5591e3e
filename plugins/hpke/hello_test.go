package hpke

import (
	"bytes"
	"crypto/sha256"
	"strings"
	"testing"
)

func TestHello_Encode_RoundTrip(t *testing.T) {
	t.Parallel()
	h := &hello{sender: []byte("sender key"), enc: []byte("enc"), sig: bytes.Repeat([]byte{7}, 64)}
	h.recipient = sha256.Sum256([]byte("r"))
	b, err := h.encode()
	if err != nil {
		t.Fatal(err)
	}
	got, err := decodeHello(b)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.sender, h.sender) || got.recipient != h.recipient || !bytes.Equal(got.enc, h.enc) || !bytes.Equal(got.sig, h.sig) {
		t.Errorf("decoded %+v, want %+v", got, h)
	}
}

func TestHello_Decode_Malformed(t *testing.T) {
	t.Parallel()
	field := func(b []byte) []byte { return append([]byte{byte(len(b) >> 8), byte(len(b))}, b...) }
	join := func(parts ...[]byte) []byte { return bytes.Join(parts, nil) }
	fp, sig := make([]byte, 32), make([]byte, 64)
	good := join([]byte{1}, field([]byte("k")), field(fp), field([]byte("e")), field(sig))
	if _, err := decodeHello(good); err != nil {
		t.Fatalf("the well-formed case fails: %v", err)
	}

	for _, tc := range []struct {
		name string
		b    []byte
		want string
	}{
		{"empty", nil, "empty"},
		{"version 0", join([]byte{0}, good[1:]), "version 0 is not supported"},
		{"no fields", []byte{1}, "ends before its sender key"},
		{"half a length", []byte{1, 0}, "ends before its sender key"},
		{"length past the end", []byte{1, 0, 5, 'k'}, "sender key is cut short: 1 of 5 bytes"},
		{"no signature", join([]byte{1}, field([]byte("k")), field(fp), field([]byte("e"))), "ends before its signature"},
		{"trailing byte", join(good, []byte{0}), "1 bytes follow"},
		{"empty sender", join([]byte{1}, field(nil), field(fp), field([]byte("e")), field(sig)), "sender key is empty"},
		{"short fingerprint", join([]byte{1}, field([]byte("k")), field(fp[:31]), field([]byte("e")), field(sig)), "fingerprint is 31 bytes long"},
		{"empty enc", join([]byte{1}, field([]byte("k")), field(fp), field(nil), field(sig)), "encapsulated key is empty"},
		{"long signature", join([]byte{1}, field([]byte("k")), field(fp), field([]byte("e")), field(append(sig, 0))), "signature is 65 bytes long"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if _, err := decodeHello(tc.b); err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("decodeHello = %v, want an error containing %q", err, tc.want)
			}
		})
	}
}
