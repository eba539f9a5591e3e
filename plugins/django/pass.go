package django

import "github.com/rexdata/rex/sdk"

// passCodec is the codec of a dialect that stores Django-native values as
// they are ([sdk.Schema].Native): both directions keep every value and
// check only that it has the column's kind.
type passCodec struct{}

func (passCodec) candidates(*sdk.Field) []sdk.FieldType { return nil }

func (passCodec) decoder(col *column) (converter, error) { return passKind(col), nil }

func (passCodec) encoder(col *column) (converter, error) { return passKind(col), nil }

func passKind(col *column) converter {
	want := col.kind
	return converter{fn: func(v *sdk.Value, _ *arena) error {
		if v.Kind != want {
			return errKind(v, col)
		}
		return nil
	}}
}
