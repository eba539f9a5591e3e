package session

import (
	"errors"
	"testing"

	"github.com/rexdata/rex/sdk"
)

func TestSplit_Malformed(t *testing.T) {
	for name, msg := range map[string][]byte{"empty": {}, "unknown type": {'Z', '{', '}'}} {
		if _, _, err := Split(msg); !errors.Is(err, ErrMalformed) {
			t.Errorf("%s: got %v, want ErrMalformed", name, err)
		}
	}
	if err := Decode(TypeHello, []byte("{"), &Hello{}); !errors.Is(err, ErrMalformed) {
		t.Errorf("bad JSON: got %v, want ErrMalformed", err)
	}
}

// FuzzSession_Decode: every message a receiver or sender reads comes from
// the network (Hello in clear; the rest after opening). No input may
// panic; what Split accepts has a known type.
func FuzzSession_Decode(f *testing.F) {
	hello, _ := Encode(TypeHello, Hello{Protocol: Version, Cipher: "hpke", Offer: []byte{1, 2, 3}})
	begin, _ := Encode(TypeBegin, Begin{Source: &sdk.Schema{Dialect: "sqlite", Tables: []sdk.Table{{Name: "t", Fields: []sdk.Field{{Name: "id", Type: sdk.AutoField}}}}}, Tables: []TableMove{{Source: "t", Destination: "t", Mode: sdk.Upsert}}})
	b := &sdk.Batch{Table: "t", Columns: []string{"id"}}
	b.Append(sdk.Int(1))
	data, _ := EncodeData(nil, b)
	for _, seed := range [][]byte{hello, begin, data, {'E', '{', '}'}, {'R'}} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, msg []byte) {
		typ, payload, err := Split(msg)
		if err != nil {
			return
		}
		switch typ {
		case TypeHello:
			Decode(typ, payload, &Hello{})
		case TypeBegin:
			Decode(typ, payload, &Begin{})
		case TypeWelcome:
			Decode(typ, payload, &Welcome{})
		case TypeEnd:
			Decode(typ, payload, &End{})
		case TypeData:
			var b sdk.Batch
			b.UnmarshalBinary(payload)
			sdk.PeekBatch(payload)
		default:
			Decode(typ, payload, &Abort{})
		}
	})
}
