// Command external-sqlite is a dialect plugin built as its own binary,
// outside rex: the sqlite dialect served under another name. A pipeline
// uses it in place of the built-in with
//
//	source "sqlite" { plugin = "./bin/external-sqlite" ... }
//
// Build it with `go build -o bin/external-sqlite ./examples/external-sqlite`.
package main

import (
	"github.com/rexdata/rex/plugins/sqlite"
	"github.com/rexdata/rex/sdk"
)

func main() {
	sdk.Serve(sdk.Plugins{Name: "external-sqlite", Version: "1.0.0", Dialect: sqlite.New()})
}
