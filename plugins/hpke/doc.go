// Package hpke is the cipher plugin that encrypts a rex session with HPKE (RFC 9180)
// and authenticates the sender with Ed25519; it sits between the sender's last
// transform and the wire, and between the wire and the receiver's first transform.
//
// One plugin serves both ends. The sender's pipeline has an `encrypt "hpke"`
// block with recipient_key (the receiver's .pub text) and sender_key (the
// sender's own .key text); the receiver's has a `decrypt "hpke"` block with
// private_key (its own .key text) and allowed_senders (the .pub texts of the
// senders it accepts). Key pairs come from `rex keygen NAME`, which calls
// [GenerateKeyPair].
//
// # Key files
//
// Both files are PEM text. A private key (NAME.key) is one block of type
// "REX PRIVATE KEY"; a public key (NAME.pub) is one block of type
// "REX PUBLIC KEY". Either may carry the header "Comment: NAME", which names
// the key for people and is not covered by the fingerprint. The block bodies
// are, with integers big-endian:
//
//	private: version (1 byte, 1) || KEM id (uint16) || length (uint16)
//	         || KEM private key (length bytes, HPKE SerializePrivateKey)
//	         || Ed25519 seed (32 bytes)
//	public:  version (1 byte, 1) || KEM id (uint16) || length (uint16)
//	         || KEM public key (length bytes, HPKE SerializePublicKey)
//	         || Ed25519 public key (32 bytes)
//
// The KEM is MLKEM768-X25519 (X-Wing, id 0x647a, the default) or
// DHKEM(X25519, HKDF-SHA256) (id 0x0020). The fingerprint of a public key is
// "SHA256:" followed by the unpadded base64 of the SHA-256 of its body, as ssh
// prints it; [PublicKey.Fingerprint] computes it.
//
// # Session
//
// The sender's Offer sets up an HPKE context to the recipient key (KDF
// HKDF-SHA256, AEAD AES-256-GCM, info "rex/1") and returns a hello: version 1,
// then four fields each prefixed by a uint16 length: the sender's public key
// body, the SHA-256 of the recipient key body, the HPKE encapsulated key, and
// an Ed25519 signature over "rex hello v1" || recipient fingerprint || enc ||
// sender public key body. The receiver's Accept refuses a sender that is not
// in allowed_senders, a hello encrypted to another key, or a bad signature.
//
// Sender-to-receiver frames are HPKE Seal/Open with aad "rex/1 s2r".
// Receiver-to-sender frames use AES-256-GCM under the 32-byte HPKE export
// "rex/1 r2s", with a 96-bit big-endian frame counter from 0 as the nonce.
// Either way a frame binds its position: a replayed, reordered, dropped,
// altered or truncated frame fails Open, and after a failed Open the session
// is dead until the next Offer or Accept.
package hpke
