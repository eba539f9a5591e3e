package hpke

import (
	"context"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/rexdata/rex/sdk"
)

func TestCipher_ConfigSchema_NothingRequired(t *testing.T) {
	t.Parallel()
	s := New().ConfigSchema()
	var names []string
	for _, a := range s.Attributes {
		names = append(names, a.Name)
		if a.Required {
			t.Errorf("%s is required; Configure checks completeness instead", a.Name)
		}
		if secret := a.Name == attrSenderKey || a.Name == attrPrivateKey || a.Name == attrSecretKeyCheck; a.Sensitive != secret {
			t.Errorf("%s: Sensitive = %v, want %v", a.Name, a.Sensitive, secret)
		}
	}
	want := []string{attrRecipientKey, attrSenderKey, attrPrivateKey, attrAllowedSenders, attrSecretKeyCheck}
	if d := cmp.Diff(want, names); d != "" {
		t.Errorf("attributes (-want +got):\n%s", d)
	}
}

func TestCipher_Configure(t *testing.T) {
	t.Parallel()
	snd, rcv, other := genPair(t, "s", KEMX25519), genPair(t, "r", KEMMLKEM768X25519), genPair(t, "o", KEMX25519)

	// diag is the part of a diagnostic a case checks; detail lists
	// substrings the Detail must hold.
	type diag struct {
		Attribute, Summary string
	}
	for _, tc := range []struct {
		name   string
		cfg    sdk.Config
		want   []diag
		detail []string
		mode   mode
	}{
		{
			name: "sender",
			cfg:  sdk.Config{attrRecipientKey: rcv.pub, attrSenderKey: snd.key},
			mode: modeSender,
		},
		{
			name: "receiver",
			cfg:  sdk.Config{attrPrivateKey: rcv.key, attrAllowedSenders: []string{snd.pub, other.pub}},
			mode: modeReceiver,
		},
		{
			name: "receiver with list of any",
			cfg:  sdk.Config{attrPrivateKey: rcv.key, attrAllowedSenders: []any{snd.pub}},
			mode: modeReceiver,
		},
		{
			name:   "nothing",
			cfg:    sdk.Config{},
			want:   []diag{{"", "Missing key attributes"}},
			detail: []string{"recipient_key and sender_key", "private_key and allowed_senders", "rex keygen"},
		},
		{
			name:   "sender without sender_key",
			cfg:    sdk.Config{attrRecipientKey: rcv.pub},
			want:   []diag{{attrSenderKey, "Missing sender key"}},
			detail: []string{`file("NAME.key")`},
		},
		{
			name:   "sender without recipient_key",
			cfg:    sdk.Config{attrSenderKey: snd.key},
			want:   []diag{{attrRecipientKey, "Missing recipient key"}},
			detail: []string{`file("NAME.pub")`},
		},
		{
			name: "receiver without allowed_senders",
			cfg:  sdk.Config{attrPrivateKey: rcv.key},
			want: []diag{{attrAllowedSenders, "Missing allowed senders"}},
		},
		{
			name: "receiver without private_key",
			cfg:  sdk.Config{attrAllowedSenders: []string{snd.pub}},
			want: []diag{{attrPrivateKey, "Missing private key"}},
		},
		{
			name: "receiver with no senders",
			cfg:  sdk.Config{attrPrivateKey: rcv.key, attrAllowedSenders: []string{}},
			want: []diag{{attrAllowedSenders, "No allowed senders"}},
		},
		{
			name:   "sides mixed",
			cfg:    sdk.Config{attrRecipientKey: rcv.pub, attrPrivateKey: rcv.key},
			want:   []diag{{"", "Sender and receiver attributes mixed"}},
			detail: []string{"sets recipient_key (sender side) and private_key (receiver side)"},
		},
		{
			name:   "recipient_key is a private key",
			cfg:    sdk.Config{attrRecipientKey: rcv.key, attrSenderKey: snd.key},
			want:   []diag{{attrRecipientKey, "Invalid recipient key"}},
			detail: []string{"a public key is expected", "rex keygen NAME", `file("NAME.pub")`},
		},
		{
			name:   "sender_key is a public key",
			cfg:    sdk.Config{attrRecipientKey: rcv.pub, attrSenderKey: snd.pub},
			want:   []diag{{attrSenderKey, "Invalid sender key"}},
			detail: []string{"a private key is expected", `file("NAME.key")`},
		},
		{
			name:   "private_key is garbage",
			cfg:    sdk.Config{attrPrivateKey: "hunter2", attrAllowedSenders: []string{snd.pub}},
			want:   []diag{{attrPrivateKey, "Invalid private key"}},
			detail: []string{"no PEM block found", `file("NAME.key")`},
		},
		{
			name:   "second allowed sender is a private key",
			cfg:    sdk.Config{attrPrivateKey: rcv.key, attrAllowedSenders: []string{snd.pub, other.key}},
			want:   []diag{{attrAllowedSenders, "Invalid sender key"}},
			detail: []string{"allowed_senders[1]", "a public key is expected"},
		},
		{
			name: "both sender keys swapped",
			cfg:  sdk.Config{attrRecipientKey: rcv.key, attrSenderKey: snd.pub},
			want: []diag{{attrRecipientKey, "Invalid recipient key"}, {attrSenderKey, "Invalid sender key"}},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			c := New().(*Cipher)
			ds := c.Configure(context.Background(), tc.cfg)
			var got []diag
			for _, d := range ds {
				if d.Severity != sdk.SeverityError {
					t.Errorf("severity = %v, want error", d.Severity)
				}
				got = append(got, diag{d.Attribute, d.Summary})
				for _, secret := range []pair{snd, rcv, other} {
					for _, line := range keyLines(secret) {
						if strings.Contains(d.Summary+d.Detail, line) {
							t.Errorf("diagnostic holds key material: %s", d.Detail)
						}
					}
				}
			}
			if d := cmp.Diff(tc.want, got); d != "" {
				t.Errorf("diagnostics (-want +got):\n%s\n%v", d, ds.Err())
			}
			for _, s := range tc.detail {
				if !strings.Contains(ds[0].Detail, s) {
					t.Errorf("detail %q lacks %q", ds[0].Detail, s)
				}
			}
			if c.mode != tc.mode {
				t.Errorf("mode = %v, want %v", c.mode, tc.mode)
			}
		})
	}
}

// keyLines returns the base64 lines of a pair's files.
func keyLines(p pair) []string {
	var out []string
	for _, l := range strings.Split(p.key+p.pub, "\n") {
		if len(l) > 16 && !strings.HasPrefix(l, "-----") && !strings.HasPrefix(l, "Comment:") {
			out = append(out, l)
		}
	}
	return out
}

func TestCipher_Configure_Reconfigure(t *testing.T) {
	t.Parallel()
	snd, rcv := genPair(t, "s", KEMX25519), genPair(t, "r", KEMX25519)
	c := senderCipher(t, snd, rcv)
	if _, err := c.Offer(context.Background()); err != nil {
		t.Fatal(err)
	}
	if ds := c.Configure(context.Background(), sdk.Config{}); !ds.HasErrors() {
		t.Fatal("empty config accepted")
	}
	if _, err := c.Offer(context.Background()); err == nil || !strings.Contains(err.Error(), "not configured") {
		t.Errorf("Offer after a failed Configure = %v, want a not-configured error", err)
	}
	if _, err := c.Seal(context.Background(), nil); err == nil {
		t.Error("Seal works on the session from before the failed Configure")
	}
}
