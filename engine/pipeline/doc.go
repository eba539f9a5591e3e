// Package pipeline reads rex's .hcl files — a sender's pipeline or a
// receiver's — into checked stage declarations, or hcl.Diagnostics that
// point at file:line:col. It is the first step of `rex run` and `rex serve`:
// nothing connects until a file loads without errors.
//
// A file declares stages as labelled blocks. The label names the plugin
// (built in, or the binary given by the block's `plugin` attribute); every
// other attribute belongs to the plugin, which declares them in its
// [sdk.ConfigSchema] and receives them through [DecodeConfig].
package pipeline
