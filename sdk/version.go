package sdk

// ProtocolMajor is the plugin protocol's major version. It travels in the
// go-plugin handshake: a plugin and a host of different majors refuse each
// other with a message naming both. It changes only when a change breaks
// old plugins; the proto package is named after it (rex.plugin.v1).
const ProtocolMajor = 1

// ProtocolMinor counts additive changes within the major version. The host
// logs the plugin's minor version at startup. 1.1 added Profile and
// per-table write modes, 1.2 Schema.Native, 1.3 ProfileColumns, 1.4 the
// data channel for the calls that carry batches (Transform, Seal, Open,
// Write), which [Serve] provides.
const ProtocolMinor = 4

// Version is the sdk's own version.
const Version = "0.1.0"
