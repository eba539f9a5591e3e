// Command csv is a rex dialect plugin for a folder of CSV files, one per
// table, built outside rex against the sdk alone: the example of a
// third-party plugin (see README.md and docs/plugins.md).
//
// Build it with `go build -o rex-plugin-csv .`, put it in the project's
// .rex/plugins folder (or name it with plugin = "./path") and use it in a
// pipeline with
//
//	source "csv" {
//	  dir = "export"
//	}
package main

import "github.com/rexdata/rex/sdk"

// version is the plugin's version, set at build time with
// -ldflags "-X main.version=...".
var version = "1.0.0"

func main() {
	sdk.Serve(sdk.Plugins{Name: "csv", Version: version, Dialect: &dialect{}})
}
