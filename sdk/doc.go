// Package sdk is the only package a rex plugin imports: the Django-native
// value and schema model, the batch that crosses every process boundary,
// the interfaces of each plugin kind, and [Serve].
//
// rex runs every stage of a pipeline — a dialect's [Source] or
// [Destination], a [Transform], a [Cipher], a [Sink] or [Listener] — as its
// own process speaking gRPC through hashicorp/go-plugin. This package hides
// that: implement an interface, call [Serve] from main, and the host calls
// your methods as if they were local.
//
// # Getting started
//
// A dialect plugin is a main package:
//
//	package main
//
//	import "github.com/rexdata/rex/sdk"
//
//	func main() {
//		sdk.Serve(sdk.Plugins{Name: "mydb", Version: "1.0.0", Dialect: &myDialect{}})
//	}
//
// where myDialect implements [Dialect]: [Configurable] to declare and
// receive its HCL attributes, Describe to introspect the database into a
// [Schema], Read to stream [Batch]es inside one snapshot, and Begin, Write,
// Commit and Rollback to load batches in one transaction. A pipeline uses
// it with
//
//	source "mydb" {
//	  plugin = "./bin/mydb"
//	  # the plugin's own attributes
//	}
//
// Never write to stdout in a plugin: go-plugin's handshake owns it. Log
// with [Logger].
//
// Prove the plugin with the conformance kit, package
// github.com/rexdata/rex/sdk/conformance, from the plugin's own go test;
// docs/plugins.md is the tutorial, and examples/csv a whole plugin built
// outside rex.
//
// # Versions
//
// A plugin reports its name, kinds, version and protocol version ([Info]);
// `rex plugins` lists them. The protocol's major version is
// [ProtocolMajor]; it travels in the go-plugin handshake, and a host and
// plugin of different majors refuse each other with a message naming both.
// [ProtocolMinor] counts additive changes (a new optional method such as
// [ColumnProfiler].ProfileColumns since 1.3, a new schema field such as
// [Schema].Native since 1.2): a plugin built against an older minor keeps
// working, the host falling back to what that minor offers (a 1.2 plugin
// that profiles is asked for whole tables). Should a major change come, the host serves the
// current and the previous major side by side through go-plugin's
// versioned plugin sets, so plugins have a release to move.
package sdk
