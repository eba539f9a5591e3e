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
package websocket
