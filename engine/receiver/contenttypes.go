package receiver

import (
	"context"
	"fmt"
	"slices"

	"github.com/rexdata/rex/sdk"
)

// Django's bookkeeping tables: their ids differ between two projects, so
// they are never emptied. Their rows are merged by natural key —
// (app_label, model) for content types, (content type, codename) for
// permissions — and every reference to them is remapped to the
// destination's ids.
const (
	contentTypeTable = "django_content_type"
	permissionTable  = "auth_permission"
)

// merger remaps content type and permission ids during one session.
type merger struct {
	// Natural key → destination id, and the next free destination id.
	ctByKey   map[[2]string]int64
	permByKey map[permKey]int64
	nextCT    int64
	nextPerm  int64
	// Source id → destination id.
	ctMap   map[int64]int64
	permMap map[int64]int64
	// remap lists, per destination table, the columns to rewrite and the
	// map each uses.
	refs map[string]map[string]map[int64]int64
	// merged counts the source rows that matched an existing destination
	// row and were therefore not inserted.
	merged map[string]int64
	// scratch is the batch transformMerged decodes into when the result
	// goes on encoded: it is done with before transformMerged returns.
	scratch sdk.Batch
}

type permKey struct {
	ct       int64
	codename string
}

// newMerger reads the destination's content types and permissions (outside
// the write transaction) and finds every column that refers to them. It
// returns nil when the destination has no django_content_type.
func newMerger(ctx context.Context, dst sdk.Source, schema *sdk.Schema) (*merger, error) {
	if schema.Table(contentTypeTable) == nil {
		return nil, nil
	}
	m := &merger{ctByKey: map[[2]string]int64{}, permByKey: map[permKey]int64{}, nextCT: 1, nextPerm: 1,
		ctMap: map[int64]int64{}, permMap: map[int64]int64{}, refs: map[string]map[string]map[int64]int64{}, merged: map[string]int64{}}
	tables := []string{contentTypeTable}
	if schema.Table(permissionTable) != nil {
		tables = append(tables, permissionTable)
	}
	if err := dst.Read(ctx, sdk.ReadRequest{Tables: tables}, &existingReader{m: m}); err != nil {
		return nil, fmt.Errorf("read the destination's content types: %w", err)
	}
	for _, t := range schema.Tables {
		for _, f := range t.Fields {
			if f.References == nil || f.References.Field != "id" {
				continue
			}
			var to map[int64]int64
			switch f.References.Table {
			case contentTypeTable:
				to = m.ctMap
			case permissionTable:
				to = m.permMap
			default:
				continue
			}
			if m.refs[t.Name] == nil {
				m.refs[t.Name] = map[string]map[int64]int64{}
			}
			m.refs[t.Name][f.Name] = to
		}
	}
	return m, nil
}

// existingReader collects the destination's rows. Their values are as
// stored; ids and names are integers and text on every engine.
type existingReader struct{ m *merger }

func (r *existingReader) StartTable(string, int64) error { return nil }

func (r *existingReader) WriteBatch(b *sdk.Batch) error {
	col := columnIndex(b)
	m := r.m
	for i := 0; i < b.Len(); i++ {
		row := b.Row(i)
		switch b.Table {
		case contentTypeTable:
			id := row[col["id"]].Int
			m.ctByKey[[2]string{row[col["app_label"]].AsString(), row[col["model"]].AsString()}] = id
			m.nextCT = max(m.nextCT, id+1)
		case permissionTable:
			id := row[col["id"]].Int
			m.permByKey[permKey{row[col["content_type_id"]].Int, row[col["codename"]].AsString()}] = id
			m.nextPerm = max(m.nextPerm, id+1)
		}
	}
	return nil
}

func columnIndex(b *sdk.Batch) map[string]int {
	col := make(map[string]int, len(b.Columns))
	for i, c := range b.Columns {
		col[c] = i
	}
	return col
}

// mergedRows returns the rows of table merged so far.
func (m *merger) mergedRows(table string) int64 {
	if m == nil {
		return 0
	}
	return m.merged[table]
}

// touches reports whether batches of table need merging or remapping.
func (m *merger) touches(table string) bool {
	if m == nil {
		return false
	}
	return table == contentTypeTable || table == permissionTable || len(m.refs[table]) > 0
}

// apply rewrites a batch of Django-native values in place: content types
// and permissions that exist at the destination are dropped (and their ids
// remembered), new ones get fresh destination ids, and references are
// remapped. A reference to an id the source never sent is an error.
func (m *merger) apply(b *sdk.Batch) error {
	col := columnIndex(b)
	need := func(names ...string) error {
		for _, n := range names {
			if _, ok := col[n]; !ok {
				return fmt.Errorf("%s has no column %s", b.Table, n)
			}
		}
		return nil
	}
	// References first: a permission's content_type_id is one of them.
	for name, to := range m.refs[b.Table] {
		i, ok := col[name]
		if !ok {
			continue
		}
		for r := 0; r < b.Len(); r++ {
			v := &b.Values[r*len(b.Columns)+i]
			if v.Kind != sdk.KindInt {
				continue
			}
			id, ok := to[v.Int]
			if !ok {
				return fmt.Errorf("%s.%s = %d refers to a row the sender did not send", b.Table, name, v.Int)
			}
			v.Int = id
		}
	}
	keep := b.Values[:0]
	n := len(b.Columns)
	switch b.Table {
	case contentTypeTable:
		if err := need("id", "app_label", "model"); err != nil {
			return err
		}
		for r := 0; r < b.Len(); r++ {
			row := b.Values[r*n : (r+1)*n]
			key := [2]string{row[col["app_label"]].AsString(), row[col["model"]].AsString()}
			src := row[col["id"]].Int
			if id, ok := m.ctByKey[key]; ok {
				m.ctMap[src] = id
				m.merged[b.Table]++
				continue
			}
			id := m.nextCT
			m.nextCT++
			m.ctByKey[key], m.ctMap[src] = id, id
			row[col["id"]].Int = id
			keep = append(keep, row...)
		}
	case permissionTable:
		if err := need("id", "content_type_id", "codename"); err != nil {
			return err
		}
		for r := 0; r < b.Len(); r++ {
			row := b.Values[r*n : (r+1)*n]
			key := permKey{row[col["content_type_id"]].Int, row[col["codename"]].AsString()}
			src := row[col["id"]].Int
			if id, ok := m.permByKey[key]; ok {
				m.permMap[src] = id
				m.merged[b.Table]++
				continue
			}
			id := m.nextPerm
			m.nextPerm++
			m.permByKey[key], m.permMap[src] = id, id
			row[col["id"]].Int = id
			keep = append(keep, row...)
		}
	default:
		return nil
	}
	// Kept rows were copied toward the front, over rows already read.
	b.Values = keep
	return nil
}

// transformMerged merges one encoded batch of content types, permissions
// or rows that refer to them, and transforms it. The result is a new
// batch, which may be empty (every row merged), or, when the transform
// and the destination take encoded batches, the transformed batch encoded
// (batch nil); then nothing it returns shares memory with data. mem is
// where the merged batch is encoded for the transform. Calls must not
// overlap: on the encoded path each decodes into the memory of the last.
func (m *merger) transformMerged(ctx context.Context, tr sdk.Transform, dst sdk.Destination, data []byte, mem *sdk.Buffers) (*sdk.Batch, []byte, int, error) {
	et, encoded := encodedPath(tr, dst)
	b := new(sdk.Batch)
	if encoded {
		b = &m.scratch
	}
	if err := b.UnmarshalBinary(data); err != nil {
		return nil, nil, 0, err
	}
	if err := m.apply(b); err != nil {
		return nil, nil, 0, err
	}
	if b.Len() == 0 {
		return &sdk.Batch{Table: b.Table, Columns: slices.Clone(b.Columns)}, nil, 0, nil
	}
	if encoded {
		in, err := b.AppendBinary(mem.Get(b.Size())[:0])
		if err != nil {
			return nil, nil, 0, err
		}
		out, n, err := transformEncoded(ctx, et, in)
		mem.Put(in)
		return nil, out, n, err
	}
	out, err := tr.Transform(ctx, b)
	if err != nil {
		return nil, nil, 0, fmt.Errorf("transform: %w", err)
	}
	return out, nil, out.Len(), nil
}
