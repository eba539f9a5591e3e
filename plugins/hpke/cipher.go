package hpke

import (
	"context"
	"strings"
	"sync"

	"github.com/hashicorp/go-hclog"

	"github.com/rexdata/rex/sdk"
)

// The attributes of the encrypt (sender) and decrypt (receiver) blocks.
const (
	attrRecipientKey   = "recipient_key"
	attrSenderKey      = "sender_key"
	attrPrivateKey     = "private_key"
	attrAllowedSenders = "allowed_senders"
	attrSecretKeyCheck = "secret_key_check"
)

// mode says which side a configured Cipher is on.
type mode int

const (
	modeNone mode = iota
	modeSender
	modeReceiver
)

// Cipher is the hpke cipher: configured as a sender it offers sessions, as a
// receiver it accepts them. One session runs at a time; Offer or Accept
// replaces it. Seal and Open may run concurrently with each other.
type Cipher struct {
	log hclog.Logger

	mu   sync.Mutex
	mode mode
	// sender mode
	recipient *PublicKey
	self      *PrivateKey // sender_key or private_key
	// receiver mode
	allowed []*PublicKey
	sess    *session
	// secret is secret_key_check's value, or nil.
	secret []byte
}

// New returns an unconfigured hpke cipher, to serve with sdk.Serve.
func New() sdk.Cipher {
	return &Cipher{log: sdk.Logger().Named("hpke")}
}

// ConfigSchema describes both blocks: recipient_key and sender_key make an
// encrypt block, private_key and allowed_senders a decrypt block. None is
// required by the schema; Configure checks that one set is complete.
func (c *Cipher) ConfigSchema() sdk.ConfigSchema {
	return sdk.ConfigSchema{Attributes: []sdk.Attribute{
		{Name: attrRecipientKey, Type: sdk.TypeString, Description: "Sender side: the receiver's public key text (file(\"NAME.pub\")). Frames are encrypted to it."},
		{Name: attrSenderKey, Type: sdk.TypeString, Sensitive: true, Description: "Sender side: this sender's private key text (file(\"NAME.key\")). It signs the session hello; the receiver must list its .pub in allowed_senders."},
		{Name: attrPrivateKey, Type: sdk.TypeString, Sensitive: true, Description: "Receiver side: this receiver's private key text (file(\"NAME.key\"))."},
		{Name: attrAllowedSenders, Type: sdk.TypeStringList, Description: "Receiver side: the public key texts of the senders this receiver accepts (at least one)."},
		{Name: attrSecretKeyCheck, Type: sdk.TypeString, Sensitive: true, Description: "Both sides, optional: the Django project's SECRET_KEY (env(\"DJANGO_SECRET_KEY\")). Each side proves it holds the same one without sending it; a session whose sides differ is refused."},
	}}
}

// Configure decides the side from the attributes present and parses the
// keys. Problems are diagnostics on the attribute concerned; key material
// never appears in them.
func (c *Cipher) Configure(ctx context.Context, cfg sdk.Config) sdk.Diagnostics {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.mode, c.recipient, c.self, c.allowed, c.sess = modeNone, nil, nil, nil, nil
	c.secret = nil
	if v := cfg.String(attrSecretKeyCheck, ""); v != "" {
		c.secret = []byte(v)
	} else if _, ok := cfg[attrSecretKeyCheck]; ok {
		return sdk.Diagnostics{}.Errorf(attrSecretKeyCheck, "Empty secret_key_check",
			"secret_key_check is set but empty; pass the Django project's SECRET_KEY, e.g. env(\"DJANGO_SECRET_KEY\"), or remove the attribute.")
	}

	has := func(name string) bool { _, ok := cfg[name]; return ok }
	senderSet := []string{attrRecipientKey, attrSenderKey}
	receiverSet := []string{attrPrivateKey, attrAllowedSenders}
	present := func(set []string) (in []string) {
		for _, a := range set {
			if has(a) {
				in = append(in, a)
			}
		}
		return in
	}
	sp, rp := present(senderSet), present(receiverSet)

	var diags sdk.Diagnostics
	switch {
	case len(sp) == 0 && len(rp) == 0:
		return diags.Errorf("", "Missing key attributes",
			"Set %s and %s in an encrypt \"hpke\" block (the sender), or %s and %s in a decrypt \"hpke\" block (the receiver). Generate a pair with `rex keygen NAME`.",
			attrRecipientKey, attrSenderKey, attrPrivateKey, attrAllowedSenders)
	case len(sp) > 0 && len(rp) > 0:
		return diags.Errorf("", "Sender and receiver attributes mixed",
			"This block sets %s (sender side) and %s (receiver side). An encrypt block takes %s and %s; a decrypt block takes %s and %s. Remove the attributes that belong to the other side.",
			strings.Join(sp, ", "), strings.Join(rp, ", "), attrRecipientKey, attrSenderKey, attrPrivateKey, attrAllowedSenders)
	case len(sp) > 0:
		diags = c.configureSender(cfg, has, diags)
	default:
		diags = c.configureReceiver(cfg, has, diags)
	}
	if diags.HasErrors() {
		c.mode, c.recipient, c.self, c.allowed = modeNone, nil, nil, nil
	}
	return diags
}

func (c *Cipher) configureSender(cfg sdk.Config, has func(string) bool, diags sdk.Diagnostics) sdk.Diagnostics {
	if !has(attrRecipientKey) {
		diags = diags.Errorf(attrRecipientKey, "Missing recipient key",
			"An encrypt block needs %s, the receiver's public key: ask the receiver for its .pub file and pass file(\"NAME.pub\").", attrRecipientKey)
	} else if k, err := ParsePublicKey([]byte(cfg.String(attrRecipientKey, ""))); err != nil {
		diags = diags.Errorf(attrRecipientKey, "Invalid recipient key",
			"%s must hold the receiver's public key text: %v. Generate a pair with `rex keygen NAME` on the receiver and pass file(\"NAME.pub\").", attrRecipientKey, err)
	} else {
		c.recipient = k
	}
	if !has(attrSenderKey) {
		diags = diags.Errorf(attrSenderKey, "Missing sender key",
			"An encrypt block needs %s, this sender's private key, which signs the session. Generate a pair with `rex keygen NAME`, pass file(\"NAME.key\") here, and give NAME.pub to the receiver for its %s.", attrSenderKey, attrAllowedSenders)
	} else if k, err := ParsePrivateKey([]byte(cfg.String(attrSenderKey, ""))); err != nil {
		diags = diags.Errorf(attrSenderKey, "Invalid sender key",
			"%s must hold this sender's private key text: %v. Generate a pair with `rex keygen NAME` and pass file(\"NAME.key\").", attrSenderKey, err)
	} else {
		c.self = k
	}
	if !diags.HasErrors() {
		c.mode = modeSender
	}
	return diags
}

func (c *Cipher) configureReceiver(cfg sdk.Config, has func(string) bool, diags sdk.Diagnostics) sdk.Diagnostics {
	if !has(attrPrivateKey) {
		diags = diags.Errorf(attrPrivateKey, "Missing private key",
			"A decrypt block needs %s, this receiver's private key. Generate a pair with `rex keygen NAME`, pass file(\"NAME.key\") here, and give NAME.pub to the sender for its %s.", attrPrivateKey, attrRecipientKey)
	} else if k, err := ParsePrivateKey([]byte(cfg.String(attrPrivateKey, ""))); err != nil {
		diags = diags.Errorf(attrPrivateKey, "Invalid private key",
			"%s must hold this receiver's private key text: %v. Generate a pair with `rex keygen NAME` and pass file(\"NAME.key\").", attrPrivateKey, err)
	} else {
		c.self = k
	}
	senders := cfg.Strings(attrAllowedSenders)
	switch {
	case !has(attrAllowedSenders):
		diags = diags.Errorf(attrAllowedSenders, "Missing allowed senders",
			"A decrypt block needs %s, the public keys of the senders it accepts: pass [file(\"SENDER.pub\")] with the sender's .pub file.", attrAllowedSenders)
	case len(senders) == 0:
		diags = diags.Errorf(attrAllowedSenders, "No allowed senders",
			"%s is empty, so every sender would be refused: list at least one sender's public key, as [file(\"SENDER.pub\")].", attrAllowedSenders)
	}
	for i, s := range senders {
		k, err := ParsePublicKey([]byte(s))
		if err != nil {
			diags = diags.Errorf(attrAllowedSenders, "Invalid sender key",
				"%s[%d] must hold a sender's public key text: %v. Generate a pair with `rex keygen NAME` on the sender and pass file(\"NAME.pub\").", attrAllowedSenders, i, err)
			continue
		}
		c.allowed = append(c.allowed, k)
	}
	if !diags.HasErrors() {
		c.mode = modeReceiver
	}
	return diags
}
