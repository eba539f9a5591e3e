package hpke

import (
	"bytes"
	"encoding/pem"
	"strings"
	"testing"
)

func TestGenerateKeyPair_RoundTrip(t *testing.T) {
	t.Parallel()
	for _, k := range kems {
		for _, comment := range []string{"", "alice@laptop", "prod: db → staging"} {
			t.Run(k.name+"/"+comment, func(t *testing.T) {
				t.Parallel()
				p := genPair(t, comment, k.id)
				priv, err := ParsePrivateKey([]byte(p.key))
				if err != nil {
					t.Fatalf("ParsePrivateKey: %v", err)
				}
				pub, err := ParsePublicKey([]byte(p.pub))
				if err != nil {
					t.Fatalf("ParsePublicKey: %v", err)
				}
				if !priv.PublicKey().Equal(pub) {
					t.Error("the private key's public half differs from the public key")
				}
				if got := pub.KEMID(); got != k.id {
					t.Errorf("KEMID = %#x, want %#x", got, k.id)
				}
				if priv.Comment() != comment || pub.Comment() != comment {
					t.Errorf("comments = %q, %q, want %q", priv.Comment(), pub.Comment(), comment)
				}
				fp := pub.Fingerprint()
				if !strings.HasPrefix(fp, "SHA256:") || len(fp) != len("SHA256:")+43 || strings.HasSuffix(fp, "=") {
					t.Errorf("Fingerprint = %q, want SHA256: and 43 unpadded base64 characters", fp)
				}
				if got := priv.PublicKey().Fingerprint(); got != fp {
					t.Errorf("fingerprint from the private key = %q, want %q", got, fp)
				}
				// Re-encoding gives the same text, so the fingerprint is stable.
				rePriv, err := priv.marshal()
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(rePriv, []byte(p.key)) {
					t.Error("private key re-encodes differently")
				}
				if !bytes.Equal(pub.marshal(), []byte(p.pub)) {
					t.Error("public key re-encodes differently")
				}
				again, _ := ParsePublicKey([]byte(p.pub))
				if again.Fingerprint() != fp {
					t.Error("fingerprint changes between parses")
				}
			})
		}
	}
}

func TestGenerateKeyPair_DefaultKEM(t *testing.T) {
	t.Parallel()
	_, pubText, err := GenerateKeyPair("x")
	if err != nil {
		t.Fatal(err)
	}
	pub, err := ParsePublicKey(pubText)
	if err != nil {
		t.Fatal(err)
	}
	if pub.KEMID() != KEMMLKEM768X25519 {
		t.Errorf("default KEM = %#x, want MLKEM768-X25519 %#x", pub.KEMID(), KEMMLKEM768X25519)
	}
	a, b := genPair(t, "", KEMMLKEM768X25519), genPair(t, "", KEMMLKEM768X25519)
	if a.pub == b.pub {
		t.Error("two generated pairs are equal")
	}
}

func TestGenerateKeyPairKEM_Errors(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, comment string
		kem           uint16
		want          string
	}{
		{"newline in comment", "a\nb", KEMX25519, "non-printable"},
		{"long comment", strings.Repeat("a", 201), KEMX25519, "under 200"},
		{"padded comment", " a", KEMX25519, "trim"},
		{"unknown KEM", "", 0x0010, "unsupported KEM id 0x0010"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			_, _, err := GenerateKeyPairKEM(tc.comment, tc.kem)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v, want one containing %q", err, tc.want)
			}
		})
	}
}

func TestParseKey_WrongType(t *testing.T) {
	t.Parallel()
	p := genPair(t, "x", KEMX25519)
	if _, err := ParsePrivateKey([]byte(p.pub)); err == nil || !strings.Contains(err.Error(), "this is a rex public key, but a private key is expected") {
		t.Errorf("ParsePrivateKey(public) = %v, want a wrong-type error", err)
	}
	if _, err := ParsePublicKey([]byte(p.key)); err == nil || !strings.Contains(err.Error(), "this is a rex private key, but a public key is expected") {
		t.Errorf("ParsePublicKey(private) = %v, want a wrong-type error", err)
	}
}

// reblock returns a PEM block of typ around body, with headers.
func reblock(typ string, headers map[string]string, body []byte) []byte {
	return pem.EncodeToMemory(&pem.Block{Type: typ, Headers: headers, Bytes: body})
}

func TestParseKey_Malformed(t *testing.T) {
	t.Parallel()
	p := genPair(t, "", KEMX25519)
	pubBody := pemBody(t, p.pub)
	privBody := pemBody(t, p.key)
	with := func(b []byte, i int, v byte) []byte { b = bytes.Clone(b); b[i] = v; return b }

	for _, tc := range []struct {
		name    string
		private bool
		text    []byte
		want    string
	}{
		{"empty", false, nil, "is empty"},
		{"blank private", true, []byte("  \n"), "is empty"},
		{"not PEM", false, []byte("ssh-ed25519 AAAA"), "no PEM block found"},
		{"other PEM type", false, reblock("PUBLIC KEY", nil, pubBody), `type "PUBLIC KEY"`},
		{"two keys", false, []byte(p.pub + p.pub), "exactly one key"},
		{"unknown header", false, reblock(publicBlockType, map[string]string{"Owner": "x"}, pubBody), `unknown header "Owner"`},
		{"short body", false, reblock(publicBlockType, nil, pubBody[:4]), "too short"},
		{"version 2", false, reblock(publicBlockType, nil, with(pubBody, 0, 2)), "version 2 is not supported"},
		{"unknown KEM", false, reblock(publicBlockType, nil, with(pubBody, 2, 0x10)), "unsupported KEM id 0x0010"},
		{"truncated", false, reblock(publicBlockType, nil, pubBody[:len(pubBody)-1]), "the file is damaged"},
		{"extra byte", false, reblock(publicBlockType, nil, append(bytes.Clone(pubBody), 0)), "the file is damaged"},
		{"private truncated", true, reblock(privateBlockType, nil, privBody[:len(privBody)-1]), "the file is damaged"},
		{"private wrong KEM length", true, reblock(privateBlockType, nil, with(privBody, 4, 31)), "the file is damaged"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			var err error
			if tc.private {
				_, err = ParsePrivateKey(tc.text)
			} else {
				_, err = ParsePublicKey(tc.text)
			}
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v, want one containing %q", err, tc.want)
			}
		})
	}
}

func pemBody(t *testing.T, text string) []byte {
	t.Helper()
	b, _ := pem.Decode([]byte(text))
	if b == nil {
		t.Fatal("no PEM block")
	}
	return b.Bytes
}
