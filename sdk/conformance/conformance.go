package conformance

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"testing"
	"time"

	"github.com/hashicorp/go-hclog"
	"github.com/hashicorp/go-plugin"

	"github.com/rexdata/rex/sdk"
)

// Command says how to start a plugin binary.
type Command struct {
	// Path is the binary; a relative path is taken from the test's working
	// directory (the package folder under `go test`).
	Path string
	// Args are passed to it (rex's built-ins: "plugin", "NAME").
	Args []string
	// Env is added to the test process's environment.
	Env []string
}

// Dialect describes the dialect plugin under test.
type Dialect struct {
	// Plugin starts the plugin binary. Required.
	Plugin Command
	// Name, when set, is the name the plugin must report.
	Name string
	// NewStore makes a fresh, empty store (a database, a folder) holding
	// the tables of schema, with their columns, primary keys and foreign
	// keys, and returns the plugin's configuration for it: the attributes
	// its HCL block would hold. It is called once per check; clean up with
	// t.Cleanup. Required.
	//
	// The schema uses Django field types with their options (MaxLength,
	// MaxDigits, DecimalPlaces, Null, PrimaryKey, References); create each
	// column the way the Django project's `migrate` would on the engine.
	// Two processes use the store at once in the Snapshot check: a writer
	// must be able to commit while a read snapshot is open (SQLite: WAL
	// journal mode).
	NewStore func(t *testing.T, schema *sdk.Schema) sdk.Config
	// Invalid lists configurations Configure must refuse, each checked as
	// its own subtest of ConfigSchema.
	Invalid []Invalid
	// Transform, when set, starts the transform that converts between the
	// values the dialect stores and Django-native values, usually rex's
	// django transform (Command{Path: "rex", Args: []string{"plugin",
	// "django"}}). The kit encodes batches with it before Write and
	// decodes what Read returns, as a pipeline does. Leave it nil for a
	// dialect that stores Django-native values.
	Transform *Command
	// Indistinct names the field types the engine stores exactly as
	// another, so that Describe cannot tell them apart: SQLite and MySQL
	// store a DurationField as a bigint, like a BigIntegerField, so theirs
	// is {sdk.DurationField: sdk.BigIntegerField}. The Describe check
	// accepts the value for the key; the transform settles such columns
	// from the other side's schema.
	Indistinct map[sdk.FieldType]sdk.FieldType
	// TransformConfig configures Transform; nil is the empty block.
	TransformConfig sdk.Config
	// Timeout bounds each check. Default: two minutes.
	Timeout time.Duration
}

// check is one named conformance check.
type check struct {
	name string
	run  func(t *testing.T, k *kit)
}

var checks = []check{
	{"Handshake", checkHandshake},
	{"ConfigSchema", checkConfigSchema},
	{"Describe", checkDescribe},
	{"RoundTrip", checkRoundTrip},
	{"Replace", checkReplace},
	{"Rollback", checkRollback},
	{"FailedCommit", checkFailedCommit},
	{"Snapshot", checkSnapshot},
	{"Errors", checkErrors},
	{"Cancel", checkCancel},
	{"Profile", checkProfile},
}

// Checks returns the names of the checks [TestDialect] runs, in order.
func Checks() []string {
	out := make([]string, len(checks))
	for i, c := range checks {
		out[i] = c.name
	}
	return out
}

// TestDialect runs every conformance check against the dialect plugin d
// describes, each as a subtest of t. It fails t (and never skips silently)
// when d is incomplete.
func TestDialect(t *testing.T, d Dialect) {
	t.Helper()
	if d.Plugin.Path == "" {
		t.Fatal("conformance: Dialect.Plugin.Path is empty: say which binary to start")
	}
	if d.NewStore == nil {
		t.Fatal("conformance: Dialect.NewStore is nil: the kit needs a way to make a fresh store")
	}
	if d.Timeout <= 0 {
		d.Timeout = 2 * time.Minute
	}
	for _, c := range checks {
		t.Run(c.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), d.Timeout)
			defer cancel()
			c.run(t, &kit{d: &d, ctx: ctx})
		})
	}
}

// kit is the state of one check.
type kit struct {
	d   *Dialect
	ctx context.Context
}

// process is one started plugin process.
type process struct {
	client *plugin.Client
	raw    any
}

// start starts cmd as a go-plugin subprocess and dispenses kind, as the
// rex host does. The process is stopped when the test ends.
func start(t *testing.T, cmd Command, kind string) (*process, error) {
	t.Helper()
	c := exec.Command(cmd.Path, cmd.Args...)
	c.Env = append(os.Environ(), cmd.Env...)
	client := plugin.NewClient(&plugin.ClientConfig{
		HandshakeConfig:  sdk.Handshake,
		Plugins:          sdk.ClientPlugins(),
		Cmd:              c,
		AllowedProtocols: []plugin.Protocol{plugin.ProtocolGRPC},
		Logger:           hclog.New(&hclog.LoggerOptions{Name: "plugin", Level: hclog.Warn, Output: os.Stderr}),
	})
	t.Cleanup(client.Kill)
	rpc, err := client.Client()
	if err != nil {
		return nil, fmt.Errorf("start %s: %w", cmd.Path, err)
	}
	raw, err := rpc.Dispense(kind)
	if err != nil {
		return nil, fmt.Errorf("dispense %s from %s: %w", kind, cmd.Path, err)
	}
	return &process{client: client, raw: raw}, nil
}

// dialect starts the plugin and configures it for a store; it fails the
// test on any error.
func (k *kit) dialect(t *testing.T, cfg sdk.Config) sdk.Dialect {
	t.Helper()
	p, err := start(t, k.d.Plugin, sdk.KindDialect)
	if err != nil {
		t.Fatal(err)
	}
	d := p.raw.(sdk.Dialect)
	_ = d.ConfigSchema()
	if diags := d.Configure(k.ctx, cfg); diags.HasErrors() {
		t.Fatalf("Configure(%v) with the config NewStore returned: %v", cfg, diags.Err())
	}
	return d
}

// store makes a fresh store with the kit's schema.
func (k *kit) store(t *testing.T) sdk.Config {
	t.Helper()
	cfg := k.d.NewStore(t, Schema())
	if cfg == nil {
		t.Fatal("NewStore returned a nil config")
	}
	return cfg
}

// codec converts between the dialect's stored values and Django-native
// values; with no Transform it is the identity.
type codec struct {
	enc, dec sdk.Transform
}

func (k *kit) codec(t *testing.T, d sdk.Dialect) *codec {
	t.Helper()
	if k.d.Transform == nil {
		return &codec{}
	}
	described, err := d.Describe(k.ctx)
	if err != nil {
		t.Fatalf("Describe: %v", err)
	}
	c := &codec{}
	for _, dir := range []sdk.Direction{sdk.Encode, sdk.Decode} {
		p, err := start(t, *k.d.Transform, sdk.KindTransform)
		if err != nil {
			t.Fatal(err)
		}
		tr := p.raw.(sdk.Transform)
		cfg := k.d.TransformConfig
		if cfg == nil {
			cfg = sdk.Config{}
		}
		_ = tr.ConfigSchema()
		if diags := tr.Configure(k.ctx, cfg); diags.HasErrors() {
			t.Fatalf("configure the transform: %v", diags.Err())
		}
		plan := sdk.TransformPlan{Direction: dir, Source: Schema(), Destination: described}
		if dir == sdk.Decode {
			plan.Source, plan.Destination = described, Schema()
		}
		if err := tr.Prepare(k.ctx, plan); err != nil {
			t.Fatalf("prepare the transform to %s: %v", dir, err)
		}
		if dir == sdk.Encode {
			c.enc = tr
		} else {
			c.dec = tr
		}
	}
	return c
}

func (c *codec) encode(ctx context.Context, b *sdk.Batch) (*sdk.Batch, error) {
	if c.enc == nil {
		return b, nil
	}
	return c.enc.Transform(ctx, b)
}

func (c *codec) decode(ctx context.Context, b *sdk.Batch) (*sdk.Batch, error) {
	if c.dec == nil {
		return b, nil
	}
	return c.dec.Transform(ctx, b)
}

// load writes data in one transaction of mode and commits it.
func (k *kit) load(t *testing.T, d sdk.Dialect, c *codec, mode sdk.WriteMode, data []*sdk.Batch) {
	t.Helper()
	if err := write(k.ctx, d, c, mode, data); err != nil {
		t.Fatal(err)
	}
	if err := d.Commit(k.ctx); err != nil {
		t.Fatalf("Commit: %v", err)
	}
}

// write begins a transaction on the batches' tables and writes them,
// leaving the transaction open.
func write(ctx context.Context, d sdk.Dialect, c *codec, mode sdk.WriteMode, data []*sdk.Batch) error {
	var tables []string
	for _, b := range data {
		if !slices.Contains(tables, b.Table) {
			tables = append(tables, b.Table)
		}
	}
	if err := d.Begin(ctx, sdk.WriteRequest{Tables: tables, Mode: mode}); err != nil {
		return fmt.Errorf("Begin(%s, %s): %w", mode, tables, err)
	}
	for _, b := range data {
		enc, err := c.encode(ctx, clone(b))
		if err != nil {
			d.Rollback(ctx)
			return fmt.Errorf("encode a batch of %s: %w", b.Table, err)
		}
		if err := d.Write(ctx, enc); err != nil {
			d.Rollback(ctx)
			return fmt.Errorf("Write %d rows into %s: %w", b.Len(), b.Table, err)
		}
	}
	return nil
}

// collector gathers what a Read returns, decoded, by table.
type collector struct {
	ctx    context.Context
	c      *codec
	tables []string
	counts map[string]int64
	rows   map[string][]map[string]sdk.Value
	// batch, when set, runs after each batch is collected.
	batch func(table string, n int) error
}

func newCollector(ctx context.Context, c *codec) *collector {
	return &collector{ctx: ctx, c: c, counts: map[string]int64{}, rows: map[string][]map[string]sdk.Value{}}
}

func (r *collector) StartTable(table string, rows int64) error {
	r.tables = append(r.tables, table)
	r.counts[table] = rows
	return nil
}

func (r *collector) WriteBatch(b *sdk.Batch) error {
	if len(r.tables) == 0 || r.tables[len(r.tables)-1] != b.Table {
		return fmt.Errorf("a batch of %q arrived without StartTable(%q) before it", b.Table, b.Table)
	}
	dec, err := r.c.decode(r.ctx, clone(b))
	if err != nil {
		return fmt.Errorf("decode a batch of %s: %w", b.Table, err)
	}
	for i := 0; i < dec.Len(); i++ {
		row := map[string]sdk.Value{}
		for j, col := range dec.Columns {
			row[col] = dec.Row(i)[j]
		}
		r.rows[b.Table] = append(r.rows[b.Table], row)
	}
	if r.batch != nil {
		return r.batch(b.Table, dec.Len())
	}
	return nil
}

// read reads tables whole and returns them decoded.
func (k *kit) read(t *testing.T, d sdk.Dialect, c *codec, tables ...string) *collector {
	t.Helper()
	r := newCollector(k.ctx, c)
	if err := d.Read(k.ctx, sdk.ReadRequest{Tables: tables, BatchRows: 7}, r); err != nil {
		t.Fatalf("Read(%v): %v", tables, err)
	}
	if !slices.Equal(r.tables, tables) {
		t.Fatalf("Read(%v) started the tables %v: want each requested table, in order, once", tables, r.tables)
	}
	return r
}

// clone deep-copies a batch: a Read's batch is valid only during the call.
func clone(b *sdk.Batch) *sdk.Batch {
	out := &sdk.Batch{Table: b.Table, Columns: slices.Clone(b.Columns), Values: make([]sdk.Value, len(b.Values))}
	for i, v := range b.Values {
		v.Bytes = slices.Clone(v.Bytes)
		out.Values[i] = v
	}
	return out
}
