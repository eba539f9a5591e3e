package conformance

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/rexdata/rex/sdk"
)

// checkHandshake: the binary completes the go-plugin handshake at the
// host's protocol version and describes itself.
func checkHandshake(t *testing.T, k *kit) {
	handshake(t, k.ctx, k.d.Plugin, sdk.KindDialect, k.d.Name)
}

func handshake(t *testing.T, ctx context.Context, cmd Command, kind, name string) {
	p, err := start(t, cmd, kind)
	if err != nil {
		t.Fatal(err)
	}
	info, err := p.raw.(sdk.Stage).Info(ctx)
	if err != nil {
		t.Fatalf("Info: %v", err)
	}
	if info.Name == "" || (name != "" && info.Name != name) {
		t.Errorf("Info.Name = %q, want %q (set sdk.Plugins.Name)", info.Name, name)
	}
	if info.Version == "" {
		t.Error("Info.Version is empty: set sdk.Plugins.Version")
	}
	if !slices.Contains(info.Kinds, kind) {
		t.Errorf("Info.Kinds = %v, want it to hold %q", info.Kinds, kind)
	}
	if info.ProtocolMajor != sdk.ProtocolMajor || info.ProtocolMinor < 0 {
		t.Errorf("protocol %d.%d, want major %d", info.ProtocolMajor, info.ProtocolMinor, sdk.ProtocolMajor)
	}
	if info.PID <= 0 || info.PID == os.Getpid() {
		t.Errorf("Info.PID = %d: the plugin must run in its own process", info.PID)
	}
	if info.SDKVersion == "" {
		t.Error("Info.SDKVersion is empty")
	}
}

// checkConfigSchema: the declared attributes are well formed, the store's
// configuration satisfies them, and each of Dialect.Invalid is refused at
// its attribute.
func checkConfigSchema(t *testing.T, k *kit) {
	cfg := k.store(t)
	p, err := start(t, k.d.Plugin, sdk.KindDialect)
	if err != nil {
		t.Fatal(err)
	}
	configSchema(t, k.ctx, p.raw.(sdk.Configurable), cfg)
	for _, bad := range k.d.Invalid {
		t.Run("Invalid/"+bad.Name, func(t *testing.T) {
			refuses(t, k.ctx, k.d.Plugin, sdk.KindDialect, bad)
		})
	}
}

func configSchema(t *testing.T, ctx context.Context, c sdk.Configurable, cfg sdk.Config) {
	schema := c.ConfigSchema()
	seen := map[string]bool{}
	types := []sdk.AttrType{sdk.TypeString, sdk.TypeNumber, sdk.TypeBool, sdk.TypeStringList, sdk.TypeStringMap}
	for _, a := range schema.Attributes {
		switch {
		case a.Name == "" || strings.ContainsAny(a.Name, " .\"="):
			t.Errorf("attribute %q: not a usable HCL attribute name", a.Name)
		case a.Name == "plugin" || a.Name == "plugin_sha256":
			t.Errorf("attribute %q is rex's own: choose another name", a.Name)
		case seen[a.Name]:
			t.Errorf("attribute %q is declared twice", a.Name)
		case !slices.Contains(types, a.Type):
			t.Errorf("attribute %q has type %q, want one of %v", a.Name, a.Type, types)
		}
		seen[a.Name] = true
		if _, ok := cfg[a.Name]; a.Required && !ok {
			t.Errorf("attribute %q is required, but the valid configuration lacks it", a.Name)
		}
	}
	for name := range cfg {
		if !seen[name] {
			t.Errorf("the valid configuration sets %q, which the plugin does not declare", name)
		}
	}
	if diags := c.Configure(ctx, cfg); diags.HasErrors() {
		t.Errorf("Configure: %v", diags.Err())
	}
}

// checkDescribe: the plugin describes the store's tables with their
// columns, Django field kinds, keys and nullability.
func checkDescribe(t *testing.T, k *kit) {
	d := k.dialect(t, k.store(t))
	got, err := d.Describe(k.ctx)
	if err != nil {
		t.Fatalf("Describe: %v", err)
	}
	if got == nil || got.Dialect == "" {
		t.Fatalf("Describe returned %+v: want a schema that names its dialect", got)
	}
	for _, want := range Schema().Tables {
		tbl := got.Table(want.Name)
		if tbl == nil {
			t.Errorf("table %s is missing from the described schema", want.Name)
			continue
		}
		for _, wf := range want.Fields {
			f := tbl.Field(wf.Name)
			if f == nil {
				t.Errorf("%s.%s is missing", want.Name, wf.Name)
				continue
			}
			if f.Type.Kind() != wf.Type.Kind() && k.d.Indistinct[wf.Type] != f.Type {
				t.Errorf("%s.%s is described as %s (%s values), want %s (%s values)", want.Name, wf.Name, f.Type, f.Type.Kind(), wf.Type, wf.Type.Kind())
			}
			if f.PrimaryKey != wf.PrimaryKey {
				t.Errorf("%s.%s primary_key = %v, want %v", want.Name, wf.Name, f.PrimaryKey, wf.PrimaryKey)
			}
			if f.Null != wf.Null {
				t.Errorf("%s.%s null = %v, want %v", want.Name, wf.Name, f.Null, wf.Null)
			}
			if wf.References != nil && (f.References == nil || *f.References != *wf.References) {
				t.Errorf("%s.%s references %v, want %v", want.Name, wf.Name, f.References, *wf.References)
			}
			if wf.MaxLength != 0 && f.MaxLength != 0 && f.MaxLength != wf.MaxLength {
				t.Errorf("%s.%s max_length = %d, want %d", want.Name, wf.Name, f.MaxLength, wf.MaxLength)
			}
		}
	}
}

// checkRoundTrip: every edge value written comes back, exactly, with row
// counts announced.
func checkRoundTrip(t *testing.T, k *kit) {
	d := k.dialect(t, k.store(t))
	c := k.codec(t, d)
	vals := valueRows()
	k.load(t, d, c, sdk.Replace, []*sdk.Batch{parents(1, 3), children(1, 4, 2), vals})
	r := k.read(t, d, c, ParentTable, ChildTable, ValueTable)
	expect(t, r, ParentTable, parents(1, 3))
	expect(t, r, ChildTable, children(1, 4, 2))
	expect(t, r, ValueTable, vals)
}

// checkReplace: a Replace transaction empties the tables it names before
// loading them, and leaves other tables alone; Append adds.
func checkReplace(t *testing.T, k *kit) {
	d := k.dialect(t, k.store(t))
	c := k.codec(t, d)
	k.load(t, d, c, sdk.Replace, []*sdk.Batch{parents(1, 5), children(1, 3, 1)})
	k.load(t, d, c, sdk.Replace, []*sdk.Batch{parents(1, 2), children(10, 11, 2)})
	k.load(t, d, c, sdk.Append, []*sdk.Batch{parents(3, 4)})
	r := k.read(t, d, c, ParentTable, ChildTable)
	expect(t, r, ParentTable, parents(1, 4))
	expect(t, r, ChildTable, children(10, 11, 2))
}

// checkRollback: rows written and then rolled back leave nothing behind,
// and Rollback with no transaction open is harmless.
func checkRollback(t *testing.T, k *kit) {
	d := k.dialect(t, k.store(t))
	c := k.codec(t, d)
	if err := d.Rollback(k.ctx); err != nil {
		t.Fatalf("Rollback with no transaction open: %v", err)
	}
	k.load(t, d, c, sdk.Replace, []*sdk.Batch{parents(1, 3), children(1, 2, 1)})
	if err := write(k.ctx, d, c, sdk.Replace, []*sdk.Batch{parents(7, 9), children(5, 6, 8), valueRows()}); err != nil {
		t.Fatal(err)
	}
	if err := d.Rollback(k.ctx); err != nil {
		t.Fatalf("Rollback: %v", err)
	}
	if err := d.Rollback(k.ctx); err != nil {
		t.Fatalf("a second Rollback: %v", err)
	}
	r := k.read(t, d, c, ParentTable, ChildTable, ValueTable)
	expect(t, r, ParentTable, parents(1, 3))
	expect(t, r, ChildTable, children(1, 2, 1))
	expect(t, r, ValueTable, &sdk.Batch{Table: ValueTable})
	// The store takes a new transaction after the rollback.
	k.load(t, d, c, sdk.Append, []*sdk.Batch{parents(4, 4)})
}

// checkFailedCommit: a commit that breaks a foreign key fails, as an
// error, and leaves the store as it was.
func checkFailedCommit(t *testing.T, k *kit) {
	d := k.dialect(t, k.store(t))
	c := k.codec(t, d)
	k.load(t, d, c, sdk.Replace, []*sdk.Batch{parents(1, 2), children(1, 1, 1)})
	if err := write(k.ctx, d, c, sdk.Replace, []*sdk.Batch{parents(5, 6), children(3, 3, 999)}); err != nil {
		// Refusing the orphan at Write is allowed too; the store must
		// still be unchanged.
		t.Logf("the orphan row was refused at Write: %v", err)
	} else if err := d.Commit(k.ctx); err == nil {
		t.Error("Commit succeeded though conformance_child.parent_id = 999 has no parent row: Commit must check foreign keys")
	}
	if err := d.Rollback(k.ctx); err != nil {
		t.Errorf("Rollback after a failed Commit: %v", err)
	}
	r := k.read(t, d, c, ParentTable, ChildTable)
	expect(t, r, ParentTable, parents(1, 2))
	expect(t, r, ChildTable, children(1, 1, 1))
}

// checkSnapshot: one Read sees one snapshot. While the reader is inside
// its first table, a second plugin process commits rows into both tables;
// the reader sees none of them, and a later Read sees them all.
func checkSnapshot(t *testing.T, k *kit) {
	cfg := k.store(t)
	reader := k.dialect(t, cfg)
	writer := k.dialect(t, cfg)
	c := k.codec(t, reader)
	k.load(t, writer, c, sdk.Replace, []*sdk.Batch{parents(1, 40), children(1, 20, 1)})

	r := newCollector(k.ctx, c)
	committed := false
	r.batch = func(table string, _ int) error {
		if committed {
			return nil
		}
		committed = true
		if err := write(k.ctx, writer, c, sdk.Append, []*sdk.Batch{parents(100, 110), children(100, 110, 100)}); err != nil {
			return fmt.Errorf("a concurrent writer: %w", err)
		}
		if err := writer.Commit(k.ctx); err != nil {
			return fmt.Errorf("a concurrent writer could not commit while a Read was open: %w (a writer must be able to commit during a read snapshot)", err)
		}
		return nil
	}
	if err := reader.Read(k.ctx, sdk.ReadRequest{Tables: []string{ParentTable, ChildTable}, BatchRows: 5}, r); err != nil {
		t.Fatalf("Read: %v", err)
	}
	if !committed {
		t.Fatal("Read sent no batch")
	}
	expect(t, r, ParentTable, parents(1, 40))
	expect(t, r, ChildTable, children(1, 20, 1))
	after := k.read(t, reader, c, ParentTable, ChildTable)
	all := parents(1, 40)
	all.Values = append(all.Values, parents(100, 110).Values...)
	expect(t, after, ParentTable, all)
}

// checkErrors: misuse comes back as errors, and the process keeps
// serving.
func checkErrors(t *testing.T, k *kit) {
	d := k.dialect(t, k.store(t))
	c := k.codec(t, d)
	alive := func(after string) {
		t.Helper()
		if _, err := d.(sdk.Stage).Info(k.ctx); err != nil {
			t.Fatalf("the plugin stopped answering after %s: %v", after, err)
		}
	}
	if err := d.Read(k.ctx, sdk.ReadRequest{Tables: []string{"no_such_table"}}, newCollector(k.ctx, c)); err == nil {
		t.Error("Read of a table that does not exist succeeded: want an error")
	}
	alive("Read of a missing table")
	if err := d.Write(k.ctx, parents(1, 1)); err == nil {
		t.Error("Write before Begin succeeded: want an error")
	}
	alive("Write before Begin")
	if err := d.Commit(k.ctx); err == nil {
		t.Error("Commit before Begin succeeded: want an error")
	}
	alive("Commit before Begin")
	if err := d.Begin(k.ctx, sdk.WriteRequest{Tables: []string{"no_such_table"}}); err == nil {
		t.Error("Begin on a table that does not exist succeeded: want an error")
		d.Rollback(k.ctx)
	}
	alive("Begin on a missing table")
	if err := d.Begin(k.ctx, sdk.WriteRequest{Tables: []string{ParentTable}}); err != nil {
		t.Fatalf("Begin: %v", err)
	}
	bad := &sdk.Batch{Table: ParentTable, Columns: []string{"id", "no_such_column"}}
	bad.Append(sdk.Int(1), sdk.Text("x"))
	if err := d.Write(k.ctx, bad); err == nil {
		if err := d.Commit(k.ctx); err == nil {
			t.Error("a batch with an unknown column was written and committed: want an error")
		}
	}
	if err := d.Rollback(k.ctx); err != nil {
		t.Errorf("Rollback: %v", err)
	}
	alive("a batch with an unknown column")
	r := k.read(t, d, c, ParentTable)
	expect(t, r, ParentTable, &sdk.Batch{Table: ParentTable})
}

// checkCancel: a Read whose context is cancelled returns promptly with an
// error, and the plugin serves the next Read.
func checkCancel(t *testing.T, k *kit) {
	d := k.dialect(t, k.store(t))
	c := k.codec(t, d)
	var data []*sdk.Batch
	for from := 1; from <= 5000; from += 1000 {
		data = append(data, parents(from, from+999))
	}
	k.load(t, d, c, sdk.Replace, data)

	ctx, cancel := context.WithCancel(k.ctx)
	defer cancel()
	r := newCollector(ctx, &codec{})
	batches := 0
	r.batch = func(string, int) error {
		batches++
		if batches == 1 {
			cancel()
		}
		return nil
	}
	err := d.Read(ctx, sdk.ReadRequest{Tables: []string{ParentTable}, BatchRows: 10}, r)
	if err == nil {
		t.Fatalf("Read returned no error after its context was cancelled (%d batches)", batches)
	}
	if k.ctx.Err() != nil {
		t.Fatalf("Read did not return promptly after cancellation: %v", err)
	}
	if !errors.Is(err, context.Canceled) {
		t.Logf("Read after cancel returned %v (not context.Canceled)", err)
	}
	// The plugin is not stuck: a new Read sees everything.
	rctx, rcancel := context.WithTimeout(k.ctx, time.Minute)
	defer rcancel()
	all := newCollector(rctx, &codec{})
	if err := d.Read(rctx, sdk.ReadRequest{Tables: []string{ParentTable}, BatchRows: 1000}, all); err != nil {
		t.Fatalf("Read after a cancelled Read: %v", err)
	}
	if n := len(all.rows[ParentTable]); n != 5000 {
		t.Errorf("Read after a cancelled Read: %d rows, want 5000", n)
	}
	// A transaction whose Write was cancelled can be rolled back.
	wctx, wcancel := context.WithCancel(k.ctx)
	if err := d.Begin(k.ctx, sdk.WriteRequest{Tables: []string{ChildTable}, Mode: sdk.Append}); err != nil {
		t.Fatalf("Begin: %v", err)
	}
	wcancel()
	if err := d.Write(wctx, children(1, 1, 1)); err == nil {
		t.Log("Write with a cancelled context succeeded")
	}
	if err := d.Rollback(k.ctx); err != nil {
		t.Errorf("Rollback after a cancelled Write: %v", err)
	}
	expect(t, k.read(t, d, c, ChildTable), ChildTable, &sdk.Batch{Table: ChildTable})
}

// checkProfile: a dialect that profiles (sdk.Profiler, since protocol 1.1)
// counts each table's rows; asked for some columns (sdk.ColumnProfiler,
// since 1.3) it gives each table's row count and each named column the
// facts the whole-table profile gives it, a table naming no column its
// count alone. The host asks a plugin without ProfileColumns for the
// whole tables, which agree too. A dialect that does not profile passes:
// the ability is optional.
func checkProfile(t *testing.T, k *kit) {
	d := k.dialect(t, k.store(t))
	c := k.codec(t, d)
	vals := valueRows()
	k.load(t, d, c, sdk.Replace, []*sdk.Batch{parents(1, 3), children(1, 4, 2), vals})
	rows := map[string]int64{ParentTable: 3, ChildTable: 4, ValueTable: int64(vals.Len())}
	whole, err := d.(sdk.Profiler).Profile(k.ctx, []string{ParentTable, ChildTable, ValueTable})
	if errors.Is(err, sdk.ErrUnsupported) {
		t.Log("the dialect does not profile its data (no sdk.Profiler): nothing to check")
		return
	}
	if err != nil {
		t.Fatalf("Profile: %v", err)
	}
	for table, n := range rows {
		if p, ok := whole[table]; !ok {
			t.Errorf("Profile left out table %s", table)
		} else if p.Rows != n {
			t.Errorf("Profile counts %d rows in %s, want %d", p.Rows, table, n)
		}
	}
	ask := map[string][]string{
		ParentTable: {"name"},
		ChildTable:  {},
		ValueTable:  {"f_bigint", "f_int", "f_float", "f_decimal", "f_char", "f_text", "f_bytes", "f_date"},
	}
	got, err := d.(sdk.ColumnProfiler).ProfileColumns(k.ctx, ask)
	if err != nil {
		t.Fatalf("ProfileColumns(%v): %v", ask, err)
	}
	extra := false
	for table, cols := range ask {
		p, ok := got[table]
		if !ok {
			t.Errorf("ProfileColumns left out table %s", table)
			continue
		}
		if p.Rows != rows[table] {
			t.Errorf("ProfileColumns counts %d rows in %s, want %d", p.Rows, table, rows[table])
		}
		for _, col := range cols {
			g, gok := p.Columns[col]
			w, wok := whole[table].Columns[col]
			if gok != wok || !sameFacts(g, w) {
				t.Errorf("ProfileColumns gives %s.%s the facts %+v, the whole-table Profile %+v: they must agree", table, col, g, w)
			}
		}
		extra = extra || len(p.Columns) > len(cols)
	}
	if extra {
		t.Log("ProfileColumns returned more columns than asked: the plugin has no sdk.ColumnProfiler (protocol 1.3), so rex profiles whole tables")
	}
}

// sameFacts reports whether a and b state the same facts.
func sameFacts(a, b sdk.ColumnProfile) bool {
	return a.Nulls == b.Nulls && a.MaxLength == b.MaxLength && a.Min == b.Min && a.Max == b.Max &&
		a.MaxIntegerDigits == b.MaxIntegerDigits && a.MaxScale == b.MaxScale && maps.Equal(a.Samples, b.Samples)
}

// expect compares the rows read from table with want, by id, value by
// value.
func expect(t *testing.T, r *collector, table string, want *sdk.Batch) {
	t.Helper()
	got := r.rows[table]
	if n := r.counts[table]; n != int64(want.Len()) {
		t.Errorf("StartTable(%s) announced %d rows, want %d: the count of the read snapshot, which rex checks against the rows read", table, n, want.Len())
	}
	byID := map[int64]map[string]sdk.Value{}
	for _, row := range got {
		id, ok := row["id"]
		if !ok || id.Kind != sdk.KindInt {
			t.Fatalf("%s: a row without an integer id: %v", table, row)
		}
		if byID[id.Int] != nil {
			t.Errorf("%s: id %d read twice", table, id.Int)
		}
		byID[id.Int] = row
	}
	if len(got) != want.Len() {
		ids := make([]int64, 0, len(byID))
		for id := range byID {
			ids = append(ids, id)
		}
		sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
		if len(ids) > 20 {
			ids = ids[:20]
		}
		t.Errorf("%s: read %d rows, want %d (ids read: %v…)", table, len(got), want.Len(), ids)
	}
	for i := 0; i < want.Len(); i++ {
		w := want.Row(i)
		id := w[0].Int
		row := byID[id]
		if row == nil {
			t.Errorf("%s: row id=%d is missing", table, id)
			continue
		}
		for j, col := range want.Columns {
			gv, ok := row[col]
			if !ok {
				t.Errorf("%s: column %s was not read", table, col)
				continue
			}
			if !same(w[j], gv) {
				t.Errorf("%s id=%d %s: wrote %s (%s), read %s (%s)", table, id, col, short(w[j]), w[j].Kind, short(gv), gv.Kind)
			}
		}
	}
}
