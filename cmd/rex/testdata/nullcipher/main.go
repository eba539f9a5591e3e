// Command nullcipher is an INSECURE cipher plugin for rex's tests only: its
// Offer and Accept exchange nothing secret and its Seal and Open return
// their input unchanged, so frames cross the wire in clear and unsigned.
// Never use it outside a test.
//
// It stands in for the encrypt and decrypt stages of a test pipeline
// (`encrypt "hpke" { plugin = "./nullcipher" }`). Its optional `corrupt`
// attribute, ["from", "to"] of equal lengths, makes Open replace the first
// occurrence of "from" in the session's opened frames with "to": a value
// altered in transit, after the cipher, that the receiver's digests must
// catch.
package main

import (
	"bytes"
	"context"
	"fmt"

	"github.com/rexdata/rex/sdk"
)

func main() {
	sdk.Serve(sdk.Plugins{Name: "nullcipher", Version: "0.0.0-insecure", Cipher: &cipher{}})
}

// offer is the whole of the null cipher's hello.
const offer = "nullcipher: insecure, tests only"

// cipher is the null cipher. The host calls it one method at a time.
type cipher struct {
	from, to []byte
	// corrupted says the one alteration of this session is done.
	corrupted bool
}

func (c *cipher) ConfigSchema() sdk.ConfigSchema {
	return sdk.ConfigSchema{Attributes: []sdk.Attribute{{
		Name:        "corrupt",
		Type:        sdk.TypeStringList,
		Description: `["from", "to"]: replace the first "from" in the opened frames of a session with "to" (same length). Tests only.`,
	}}}
}

func (c *cipher) Configure(_ context.Context, cfg sdk.Config) sdk.Diagnostics {
	pair := cfg.Strings("corrupt")
	if pair == nil {
		return nil
	}
	if len(pair) != 2 || len(pair[0]) != len(pair[1]) || pair[0] == "" {
		return sdk.Diagnostics{{Severity: sdk.SeverityError, Summary: "Invalid corrupt", Attribute: "corrupt",
			Detail: `corrupt must be ["from", "to"]: two non-empty strings of the same length in bytes, so the altered frame keeps its shape.`}}
	}
	c.from, c.to = []byte(pair[0]), []byte(pair[1])
	sdk.Logger().Warn("nullcipher: frames are neither encrypted nor authenticated, and one value will be altered (tests only)")
	return nil
}

func (c *cipher) Offer(context.Context) ([]byte, error) {
	c.corrupted = false
	return []byte(offer), nil
}

func (c *cipher) Accept(_ context.Context, hello []byte) (sdk.Peer, error) {
	c.corrupted = false
	if string(hello) != offer {
		return sdk.Peer{}, fmt.Errorf("%w: the sender does not use the null cipher", sdk.ErrRefused)
	}
	return sdk.Peer{ID: "null", Description: "null cipher (insecure, tests only)"}, nil
}

func (c *cipher) Seal(_ context.Context, plaintext []byte) ([]byte, error) {
	return bytes.Clone(plaintext), nil
}

func (c *cipher) Open(_ context.Context, ciphertext []byte) ([]byte, error) {
	out := bytes.Clone(ciphertext)
	if c.from != nil && !c.corrupted {
		if i := bytes.Index(out, c.from); i >= 0 {
			copy(out[i:], c.to)
			c.corrupted = true
			sdk.Logger().Warn("nullcipher: altered one value in transit", "offset", i)
		}
	}
	return out, nil
}
