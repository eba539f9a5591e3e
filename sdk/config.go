package sdk

import (
	"fmt"
	"strings"
)

// AttrType is the type of a configuration attribute.
type AttrType string

// The attribute types a plugin may declare.
const (
	TypeString     AttrType = "string"
	TypeNumber     AttrType = "number"
	TypeBool       AttrType = "bool"
	TypeStringList AttrType = "list(string)"
	TypeStringMap  AttrType = "map(string)"
)

// Attribute is one HCL attribute of a plugin's block.
type Attribute struct {
	// Name is the attribute's name in the block ("path").
	Name string
	// Type is the type its value must have.
	Type AttrType
	// Required attributes missing from the block are an error at the
	// block's place in the file.
	Required bool
	// Sensitive values (tokens, keys) are never logged.
	Sensitive bool
	// Description says what the attribute is, for people.
	Description string
}

// ConfigSchema lists the attributes a plugin's block accepts. Anything else
// in the block is an error at its place in the file.
type ConfigSchema struct {
	// Attributes are the attributes the block accepts.
	Attributes []Attribute
}

// ConfigUIUpstream is a setting the host adds to a listener's Config (it
// is never an HCL attribute): the http:// URL of the host's live web page.
// A listener that supports it serves every request outside its WebSocket
// path by proxying it there, so that the page is reachable on the
// listener's own address and port; one that does not ignores it.
const ConfigUIUpstream = "rex_ui_upstream"

// Config holds a block's decoded attribute values: string, float64, bool,
// []string or map[string]string per the attribute's type. Attributes left
// out of the block are absent.
type Config map[string]any

// String returns a string attribute, or def when it is absent.
func (c Config) String(name, def string) string {
	if v, ok := c[name].(string); ok {
		return v
	}
	return def
}

// Int returns a number attribute as an int, or def when it is absent.
func (c Config) Int(name string, def int) int {
	if v, ok := c[name].(float64); ok {
		return int(v)
	}
	return def
}

// Bool returns a bool attribute, or def when it is absent.
func (c Config) Bool(name string, def bool) bool {
	if v, ok := c[name].(bool); ok {
		return v
	}
	return def
}

// Strings returns a list(string) attribute, or nil when it is absent.
func (c Config) Strings(name string) []string {
	switch v := c[name].(type) {
	case []string:
		return v
	case []any:
		out := make([]string, 0, len(v))
		for _, s := range v {
			out = append(out, fmt.Sprint(s))
		}
		return out
	}
	return nil
}

// StringMap returns a map(string) attribute, or nil when it is absent.
func (c Config) StringMap(name string) map[string]string {
	switch v := c[name].(type) {
	case map[string]string:
		return v
	case map[string]any:
		out := make(map[string]string, len(v))
		for k, s := range v {
			out[k] = fmt.Sprint(s)
		}
		return out
	}
	return nil
}

// Severity is how bad a [Diagnostic] is.
type Severity int

const (
	// SeverityError stops the command before anything connects.
	SeverityError Severity = 1
	// SeverityWarning is printed and the command goes on.
	SeverityWarning Severity = 2
)

// Diagnostic is a problem a plugin found in its configuration. The host
// prints it at the attribute's place in the HCL file.
type Diagnostic struct {
	// Severity says whether the problem stops the command.
	Severity Severity
	// Summary is a short phrase without a final period ("Invalid key").
	Summary string
	// Detail says, in full sentences, what is wrong and how to fix it.
	Detail string
	// Attribute names the attribute concerned, or is empty for the block.
	Attribute string
}

// Diagnostics is a list of diagnostics.
type Diagnostics []Diagnostic

// HasErrors reports whether any diagnostic is an error.
func (d Diagnostics) HasErrors() bool {
	for _, x := range d {
		if x.Severity == SeverityError {
			return true
		}
	}
	return false
}

// Errorf appends an error diagnostic for attribute (or the block, if "").
func (d Diagnostics) Errorf(attribute, summary, detailFormat string, args ...any) Diagnostics {
	return append(d, Diagnostic{Severity: SeverityError, Summary: summary, Detail: fmt.Sprintf(detailFormat, args...), Attribute: attribute})
}

// Err returns the diagnostics' errors as one error, or nil.
func (d Diagnostics) Err() error {
	var msgs []string
	for _, x := range d {
		if x.Severity != SeverityError {
			continue
		}
		m := x.Summary
		if x.Attribute != "" {
			m = x.Attribute + ": " + m
		}
		if x.Detail != "" {
			m += ": " + x.Detail
		}
		msgs = append(msgs, m)
	}
	if len(msgs) == 0 {
		return nil
	}
	return fmt.Errorf("%s", strings.Join(msgs, "; "))
}
