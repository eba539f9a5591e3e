package django

import "errors"

// Conditions callers branch on with errors.Is.
var (
	// ErrValue means a value could not be converted to or from its column's
	// Django field type. The wrapping message names the table, column, row
	// index in the batch and the value.
	ErrValue = errors.New("value cannot be converted")
	// ErrUnknownDialect means no codec exists yet for a schema's dialect.
	ErrUnknownDialect = errors.New("unknown dialect")
)
