// Command otherprotocol is a dialect plugin built against another major
// version of the plugin protocol than this rex speaks: it serves the sqlite
// dialect with its handshake's protocol version set to the one given at
// build time (-ldflags "-X main.protocol=N"). rex must refuse it with a
// message naming both versions.
package main

import (
	"strconv"

	"github.com/rexdata/rex/plugins/sqlite"
	"github.com/rexdata/rex/sdk"
)

// protocol is the plugin protocol major version this build speaks.
var protocol = "2"

func main() {
	n, err := strconv.Atoi(protocol)
	if err != nil {
		panic("protocol must be a number: " + err.Error())
	}
	sdk.Handshake.ProtocolVersion = uint(n)
	sdk.Serve(sdk.Plugins{Name: "otherprotocol", Version: "1.0.0", Dialect: sqlite.New()})
}
