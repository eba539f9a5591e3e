// Package websocket is the WebSocket transport: a [sdk.Sink] that dials and a [sdk.Listener] that serves.
// It is the wire stage, carrying a session's sealed messages from the sender's cipher to `rex serve`.
//
// # Protocol
//
// The sender dials the listener's url (path "/rex" by default) and upgrades
// to a WebSocket. The token never crosses the wire; instead the listener
// sends a text message
//
//	{"rex":"websocket/1","challenge":"<base64 of 32 random bytes>"}
//
// and the sender answers
//
//	{"proof":"<base64 of HMAC-SHA256(key=token, "rex-token-v1" || challenge)>"}
//
// The listener checks the proof in constant time and answers {"ok":true},
// or {"error":"<reason>"} followed by a close frame with code 4001 and the
// reason. After that each sdk message is one binary WebSocket message.
// Close("") sends close code 1000, which the peer's Recv reports as io.EOF;
// Close(reason) sends code 4000 with the reason, which the peer reports as an
// error wrapping [sdk.ErrClosed].
//
// The listener pings every min(idle_timeout/2, 30s) and drops a peer that
// sends nothing, not even a pong, for idle_timeout; the sender answers
// pings and gives up after two minutes without a frame from the listener.
//
// # Transport security
//
// With tls_cert and tls_key (PEM files; relative paths are from the .hcl
// file's folder, the plugin's working directory) the listener serves
// wss://, TLS 1.3 or later. A sink with a wss:// url checks the receiver's
// certificate against the system's roots, or against ca_file instead, and
// the url's host. pin_sha256 (the hex SHA-256 of the leaf certificate's DER)
// accepts only that certificate: alone it replaces the chain check, so a
// self-signed certificate works; with ca_file both must pass. A refused
// certificate fails Connect with its fingerprint and what to set.
//
// The token proof keeps the token secret even over ws://, but not the
// data, so plain ws:// is allowed only on loopback: a sink url whose host
// is not 127.0.0.0/8, ::1 or "localhost", or a listener address that is not
// loopback (":8080" listens on every interface), is a configuration error
// unless insecure_transport = true (or, for the listener, TLS is set).
//
// # Limits
//
// The listener keeps at most max_sessions (default 4) authenticated
// sessions at once, counted from a passed proof until the connection is
// dropped; one more is refused with "too many sessions". After
// auth_failures (default 5) invalid tokens within a minute from one IP
// address (one /64 for IPv6), that address is refused for auth_backoff
// seconds (default 30) with "too many failed attempts; retry later",
// before the hello, so no token is checked; a good proof forgets the
// address's failures. Behind a reverse proxy every sender shares the
// proxy's address.
package websocket
