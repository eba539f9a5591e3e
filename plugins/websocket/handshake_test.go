package websocket

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestHandshake_Proof_KnownAnswer(t *testing.T) {
	t.Parallel()
	challenge := bytes.Repeat([]byte{7}, challengeSize)
	mac := hmac.New(sha256.New, []byte("secret"))
	mac.Write(append([]byte("rex-token-v1"), challenge...))
	if got, want := computeProof("secret", challenge), mac.Sum(nil); !bytes.Equal(got, want) {
		t.Errorf("proof: got %x, want %x", got, want)
	}
	if bytes.Equal(computeProof("secret", challenge), computeProof("Secret", challenge)) {
		t.Error("different tokens give the same proof")
	}
}

func TestHandshake_Decode_RoundTrip(t *testing.T) {
	t.Parallel()
	challenge := bytes.Repeat([]byte{1, 2}, challengeSize/2)
	if got, err := decodeHello(encodeHello(challenge)); err != nil || !bytes.Equal(got, challenge) {
		t.Errorf("hello: got %x, %v", got, err)
	}
	proof := computeProof(testToken, challenge)
	if got, err := decodeProof(encodeProof(proof)); err != nil || !bytes.Equal(got, proof) {
		t.Errorf("proof: got %x, %v", got, err)
	}
	for _, reason := range []string{"", "invalid token"} {
		if got, err := decodeResult(encodeResult(reason)); err != nil || got != reason {
			t.Errorf("result %q: got %q, %v", reason, got, err)
		}
	}
}

func TestHandshake_Decode_Rejects(t *testing.T) {
	t.Parallel()
	b64 := func(n int) string { return base64.StdEncoding.EncodeToString(make([]byte, n)) }
	tests := []struct {
		name    string
		decode  func([]byte) error
		in      string
		wantErr string
	}{
		{"hello not json", helloErr, `rex`, "not a rex hello"},
		{"hello array", helloErr, `[1]`, "not a rex hello"},
		{"hello null", helloErr, `null`, "no \"rex\" field"},
		{"hello other version", helloErr, `{"rex":"websocket/2","challenge":"` + b64(32) + `"}`, `speaks protocol "websocket/2"`},
		{"hello hostile version", helloErr, `{"rex":"\u001b[2J` + strings.Repeat("x", 300) + `"}`, `speaks protocol "?[2Jxxx`},
		{"hello short challenge", helloErr, `{"rex":"websocket/1","challenge":"` + b64(16) + `"}`, "want base64 of 32 bytes"},
		{"hello url base64", helloErr, `{"rex":"websocket/1","challenge":"` + strings.Repeat("_", 43) + `="}`, "illegal base64"},
		{"hello trailing data", helloErr, `{"rex":"websocket/1","challenge":"` + b64(32) + `"}x`, "not a rex hello"},
		{"proof empty", proofErr, `{}`, "want base64 of 32 bytes"},
		{"proof number", proofErr, `{"proof":1}`, "malformed handshake"},
		{"proof long", proofErr, `{"proof":"` + b64(64) + `"}`, "want base64 of 32 bytes"},
		{"proof unpadded", proofErr, `{"proof":"` + strings.TrimRight(b64(32), "=") + `"}`, "want base64 of 32 bytes"},
		{"result empty", resultErr, `{}`, "neither ok nor an error"},
		{"result not ok", resultErr, `{"ok":false}`, "neither ok nor an error"},
		{"result string ok", resultErr, `{"ok":"true"}`, "malformed handshake"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			err := tt.decode([]byte(tt.in))
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("got %v, want an error containing %q", err, tt.wantErr)
			}
		})
	}
}

func helloErr(b []byte) error  { _, err := decodeHello(b); return err }
func proofErr(b []byte) error  { _, err := decodeProof(b); return err }
func resultErr(b []byte) error { _, err := decodeResult(b); return err }

func TestHandshake_DecodeResult_SanitizesReason(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{`{"error":"busy"}`, "busy"},
		{`{"error":"bad\u0007\n\u001b[31mred"}`, "bad???[31mred"},
		{`{"error":"   "}`, "no reason given"},
		{`{"error":"` + strings.Repeat("é", 150) + `"}`, strings.Repeat("é", 100)},
		{`{"ok":true,"error":"both"}`, "both"},
	}
	for _, tt := range tests {
		t.Run(tt.in[:min(len(tt.in), 24)], func(t *testing.T) {
			t.Parallel()
			got, err := decodeResult([]byte(tt.in))
			if err != nil || got != tt.want {
				t.Errorf("got %q, %v; want %q", got, err, tt.want)
			}
		})
	}
}

func TestHandshake_Truncate(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"boom", 123, "boom"},
		{"abcdef", 3, "abc"},
		{"éé", 3, "é"},
		{"日本", 4, "日"},
		{"日本", 2, ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			t.Parallel()
			if got := truncate(tt.in, tt.n); got != tt.want {
				t.Errorf("truncate(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
			}
		})
	}
}

// FuzzHandshake_Decode feeds untrusted bytes to every handshake decoder:
// none may panic, and what they accept must be well-formed.
func FuzzHandshake_Decode(f *testing.F) {
	challenge := bytes.Repeat([]byte{9}, challengeSize)
	f.Add(encodeHello(challenge))
	f.Add(encodeProof(computeProof(testToken, challenge)))
	f.Add(encodeResult(""))
	f.Add(encodeResult("invalid token"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if c, err := decodeHello(data); err == nil {
			if len(c) != challengeSize {
				t.Fatalf("hello gave a %d-byte challenge", len(c))
			}
			if again, err := decodeHello(encodeHello(c)); err != nil || !bytes.Equal(again, c) {
				t.Fatalf("hello does not round-trip: %v", err)
			}
		}
		if p, err := decodeProof(data); err == nil && len(p) != sha256.Size {
			t.Fatalf("proof of %d bytes", len(p))
		}
		if reason, err := decodeResult(data); err == nil {
			if len(reason) > maxReasonBytes || !utf8.ValidString(reason) || strings.ContainsFunc(reason, unicode.IsControl) {
				t.Fatalf("unsafe reason %q", reason)
			}
			if reason != "" {
				if again, err := decodeResult(encodeResult(reason)); err != nil || again != reason {
					t.Fatalf("result does not round-trip: %q, %v", again, err)
				}
			}
		}
	})
}
