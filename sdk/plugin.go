package sdk

import (
	"context"
	"errors"
)

// Configurable is what every plugin kind implements: it declares the HCL
// attributes its block accepts and receives their values.
type Configurable interface {
	// ConfigSchema returns the attributes the plugin's HCL block accepts.
	// The host decodes the block against it, so unknown, missing or
	// mistyped attributes are reported with their file:line:col before the
	// plugin sees anything. It is called once, before Configure, and must
	// not block.
	ConfigSchema() ConfigSchema

	// Configure receives the block's decoded attributes. It checks what the
	// schema cannot (a path that must exist, a key that must parse) and
	// reports problems as diagnostics naming the attribute, which the host
	// prints at that attribute's place in the file. It is called once,
	// before any other method. It must not connect to anything slow: Open a
	// connection lazily in the first method that needs it.
	Configure(ctx context.Context, cfg Config) Diagnostics
}

// BatchWriter receives what a [Source] reads.
type BatchWriter interface {
	// StartTable announces that the batches of table follow, and how many
	// rows the table holds in the read snapshot. rex's sender checks the
	// count against the rows it then reads and aborts the run when they
	// differ, so count inside the snapshot.
	StartTable(table string, rows int64) error
	// WriteBatch sends one batch of the current table. The batch is encoded
	// before WriteBatch returns, so the caller may reuse it. An error means
	// the host has stopped: return it.
	WriteBatch(b *Batch) error
}

// ReadRequest says what a [Source] reads.
type ReadRequest struct {
	// Tables to read, in this order. All are read inside one consistent
	// snapshot.
	Tables []string
	// BatchRows and BatchBytes bound each batch: a batch is sent when
	// either is reached. Defaults: 1000 rows, 1 MiB.
	BatchRows int
	// BatchBytes is the byte bound; see BatchRows.
	BatchBytes int
}

// Source reads a database. A dialect plugin implements Source and
// [Destination]; both share Describe.
type Source interface {
	Configurable
	// Describe introspects the database and returns its tables with the
	// Django field of every column. Rows may be -1.
	Describe(ctx context.Context) (*Schema, error)
	// Read streams the requested tables inside one read transaction (one
	// snapshot for all tables): StartTable, then the table's batches, table
	// after table. It blocks until done, an error, or ctx is cancelled, in
	// which case it returns ctx's error promptly. Values are as stored by the
	// engine; the django transform turns them into Django-native values.
	Read(ctx context.Context, req ReadRequest, out BatchWriter) error
}

// WriteMode says how rows land in a destination table.
type WriteMode string

const (
	// Replace empties each table being loaded, inside the transaction,
	// before loading it. The default.
	Replace WriteMode = "replace"
	// Append inserts only; a key conflict fails the transaction.
	Append WriteMode = "append"
	// Upsert inserts or updates by primary key.
	Upsert WriteMode = "upsert"
)

// WriteRequest starts a destination transaction.
type WriteRequest struct {
	// Tables that will be written, in load order; Replace empties them.
	// Write may also target other tables of the destination: they are
	// written without being emptied first (the receiver merges Django's
	// django_content_type and auth_permission rows that way).
	Tables []string
	// Mode says how rows land in every table Modes does not name; ""
	// means [Replace].
	Mode WriteMode
	// Modes overrides Mode for the tables it names (protocol 1.1).
	Modes map[string]WriteMode
}

// Destination writes into a database inside one transaction. Calls come
// one at a time: Begin, any number of Write, then Commit or Rollback.
type Destination interface {
	Configurable
	// Describe introspects the destination, as [Source].Describe does; the
	// receiver sends the result to the sender before any row moves.
	Describe(ctx context.Context) (*Schema, error)
	// Begin opens the one transaction every later Write joins; foreign keys
	// are checked at Commit, not per row, so tables may load in any order.
	Begin(ctx context.Context, req WriteRequest) error
	// Write inserts one batch, whose values are already in the engine's
	// storage form (the django transform's encode direction). Keep neither
	// b nor its values once Write returns: rex reuses their memory.
	Write(ctx context.Context, b *Batch) error
	// Commit checks referential integrity and commits. On any error the
	// transaction is rolled back and nothing is left behind.
	Commit(ctx context.Context) error
	// Rollback abandons the transaction. It is safe to call when none is
	// open, and after a failed Commit.
	Rollback(ctx context.Context) error
}

// Dialect is a database engine: a source and a destination.
type Dialect interface {
	Source
	Destination
}

// Direction says which way a [Transform] converts.
type Direction string

const (
	// Decode turns the source's stored values into Django-native values
	// (the sender's side).
	Decode Direction = "decode"
	// Encode turns Django-native values into the destination's stored
	// values (the receiver's side).
	Encode Direction = "encode"
)

// TransformPlan is what a transform knows before the first batch.
type TransformPlan struct {
	// Direction says which way the transform converts.
	Direction Direction
	// Source and Destination are the two ends' schemas, as their dialects
	// describe them; either may settle a column the other leaves
	// ambiguous.
	Source      *Schema
	Destination *Schema
}

// Transform converts batches between representations.
type Transform interface {
	Configurable
	// Prepare is called once per session before the first batch.
	Prepare(ctx context.Context, plan TransformPlan) error
	// Transform converts one batch. It may return b itself, changed in
	// place. Batches of one table arrive in order; calls are sequential.
	// Keep neither b, its values nor the returned batch once Transform
	// returns: rex reuses their memory for the next batch.
	Transform(ctx context.Context, b *Batch) (*Batch, error)
}

// Peer identifies the other side of a cipher session.
type Peer struct {
	// ID is a stable identifier of the peer's key (a fingerprint).
	ID string
	// Description is for people: which key, from where.
	Description string
}

// Cipher seals and opens the frames of one session. A cipher plugin process
// serves one session at a time: Offer or Accept starts it afresh.
type Cipher interface {
	Configurable
	// Offer starts a session on the sender's side and returns the hello the
	// receiver's cipher needs to Accept it.
	Offer(ctx context.Context) ([]byte, error)
	// Accept starts a session on the receiver's side from the sender's
	// hello. A hello from a sender that is not allowed returns an error
	// wrapping [ErrRefused] that says why.
	Accept(ctx context.Context, hello []byte) (Peer, error)
	// Seal encrypts the next outgoing frame. Frames are numbered: each seal
	// binds its position, so the peer's Open detects a replayed, reordered,
	// dropped or altered frame.
	Seal(ctx context.Context, plaintext []byte) ([]byte, error)
	// Open decrypts the next incoming frame, or fails.
	Open(ctx context.Context, ciphertext []byte) ([]byte, error)
}

// Conn is one session's message connection between sender and receiver.
// Messages are delivered whole and in order. Send and Recv may be called
// concurrently with each other, but not each with itself.
type Conn interface {
	// Send delivers one message. It blocks while the peer is slow
	// (backpressure) and returns when ctx is cancelled. Keep no reference
	// to msg once Send returns: rex reuses its memory.
	Send(ctx context.Context, msg []byte) error
	// Recv returns the next message, or an error once the connection is
	// closed: io.EOF after the peer closed normally, an error wrapping
	// [ErrRefused] or [ErrClosed] carrying the peer's reason otherwise.
	Recv(ctx context.Context) ([]byte, error)
	// Close ends the connection, telling the peer reason ("" for a normal
	// end). It is safe to call more than once.
	Close(reason string) error
	// Peer names the remote end (an address) for messages.
	Peer() string
}

// Sink is the sender's end of the transport.
type Sink interface {
	Configurable
	// Connect dials the receiver and authenticates the transport (the
	// token). A refusal returns an error wrapping [ErrRefused] with the
	// receiver's reason.
	Connect(ctx context.Context) (Conn, error)
}

// Listener is the receiver's end of the transport.
type Listener interface {
	Configurable
	// Listen starts accepting connections and returns the bound address.
	Listen(ctx context.Context) (string, error)
	// Accept blocks for the next connection that passed the transport's
	// authentication. An attempt that failed it returns a *[RefusedError]
	// so the host can report it; other errors mean the listener is done.
	Accept(ctx context.Context) (Conn, error)
}

// The host's plugin clients also pass batches on in their encoded form, so
// a batch that only travels from one plugin to another is never decoded in
// the host. Plugin authors need not implement these.
type (
	// EncodedBatchWriter is a [BatchWriter] that takes batches as encoded
	// bytes; a Source client hands them over undecoded.
	EncodedBatchWriter interface {
		BatchWriter
		// WriteEncoded receives one encoded batch; data is valid only
		// during the call.
		WriteEncoded(data []byte) error
	}
	// EncodedTransform transforms encoded batches.
	EncodedTransform interface {
		// TransformEncoded transforms one encoded batch and returns it
		// encoded.
		TransformEncoded(ctx context.Context, data []byte) ([]byte, error)
	}
	// EncodedWriter writes encoded batches into a destination.
	EncodedWriter interface {
		// WriteEncoded writes one encoded batch, as Destination.Write.
		WriteEncoded(ctx context.Context, data []byte) error
	}
)

// Profiler is an optional ability of a [Source] (protocol 1.1): facts about
// the data, which schema validation checks a narrowing destination against
// (is the longest string shorter than the destination's max_length? does
// any NULL meet a NOT NULL column?). Profile runs outside the read snapshot
// and may scan whole tables; it is called once per plan or run, before Read.
type Profiler interface {
	// Profile returns the facts about each of tables, by table name.
	Profile(ctx context.Context, tables []string) (map[string]TableProfile, error)
}

// ColumnProfiler is an optional ability of a [Profiler] (since protocol
// 1.3): facts about only the columns a verdict depends on, so a run does not
// scan every column of a large table when one narrower destination column
// needs checking. rex calls ProfileColumns instead of Profile when it needs
// the facts of some columns only; a plugin without it is asked for the
// whole tables.
type ColumnProfiler interface {
	Profiler
	// ProfileColumns returns, by table name, each table's row count and the
	// facts about the named columns of it: for every column those Profile
	// returns for it. A table whose list is empty (or nil) gets its row
	// count alone. Every table and column named must exist; an empty
	// map asks for nothing. The result may hold more columns than asked
	// (a host talking to an older plugin gets the whole tables).
	ProfileColumns(ctx context.Context, columns map[string][]string) (map[string]TableProfile, error)
}

// TableProfile holds the facts about one table's data.
type TableProfile struct {
	// Rows counts the table's rows.
	Rows int64 `json:"rows"`
	// Columns holds each column's facts, by column name.
	Columns map[string]ColumnProfile `json:"columns"`
}

// ColumnProfile holds the facts about one column's values, for the kinds
// they apply to; zero values mean "none" (an empty table, no NULL).
type ColumnProfile struct {
	// Nulls counts the NULLs.
	Nulls int64 `json:"nulls,omitempty"`
	// MaxLength is the longest text in characters, or binary in bytes.
	MaxLength int64 `json:"max_length,omitempty"`
	// Min and Max are the smallest and largest number, as decimal text.
	Min string `json:"min,omitempty"`
	Max string `json:"max,omitempty"`
	// MaxIntegerDigits and MaxScale describe decimals: the most digits
	// before and after the point any value has.
	MaxIntegerDigits int `json:"max_integer_digits,omitempty"`
	MaxScale         int `json:"max_scale,omitempty"`
	// Samples name, for messages, a row behind each fact: the keys are
	// "nulls", "max_length", "min", "max" and "digits", the values a
	// primary key such as "id=42". Any may be missing.
	Samples map[string]string `json:"samples,omitempty"`
}

// ErrUnsupported is returned by host clients for an optional ability the
// plugin does not have.
var ErrUnsupported = errors.New("not supported by this plugin")
