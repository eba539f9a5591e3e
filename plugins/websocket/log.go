package websocket

import "github.com/rexdata/rex/sdk"

// logger is the plugin's logger, fetched once at start so that sessions on
// many goroutines share it. It never logs the token or message contents.
var logger = sdk.Logger()
