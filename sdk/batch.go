package sdk

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
)

// Batch is a group of rows of one table: the unit that crosses every process
// boundary. Rows are never sent alone.
//
// Values is row-major: row i is Values[i*len(Columns) : (i+1)*len(Columns)].
type Batch struct {
	// Table names the table every row belongs to.
	Table string
	// Columns names the values of each row, in order.
	Columns []string
	// Values holds the rows one after another.
	Values []Value
}

// Len returns the number of rows.
func (b *Batch) Len() int {
	if len(b.Columns) == 0 {
		return 0
	}
	return len(b.Values) / len(b.Columns)
}

// Row returns row i; the slice shares the batch's memory.
func (b *Batch) Row(i int) []Value {
	n := len(b.Columns)
	return b.Values[i*n : (i+1)*n : (i+1)*n]
}

// Append adds one row; len(row) must equal len(b.Columns).
func (b *Batch) Append(row ...Value) {
	if len(row) != len(b.Columns) {
		panic(fmt.Sprintf("sdk: row of %d values appended to a batch of %d columns", len(row), len(b.Columns)))
	}
	b.Values = append(b.Values, row...)
}

// Reset empties the batch, keeping its memory for reuse.
func (b *Batch) Reset() {
	clear(b.Values)
	b.Values = b.Values[:0]
}

// Size estimates the batch's encoded size in bytes. Producers use it to cut
// batches by bytes as well as by rows.
func (b *Batch) Size() int {
	n := len(b.Table) + 8
	for _, c := range b.Columns {
		n += len(c) + 1
	}
	for i := range b.Values {
		n += 2 + len(b.Values[i].Bytes)
		if b.Values[i].Bytes == nil {
			n += 4
		}
	}
	return n
}

// The batch encoding, version 1:
//
//	byte     version (1)
//	uvarint  len(table), table bytes
//	uvarint  column count, then per column: uvarint len, name bytes
//	uvarint  row count
//	values, row-major, each: byte kind, then
//	  null:                                  nothing
//	  bool, int, date, datetime, time, duration: zig-zag varint
//	  float:                                 8 bytes, little-endian IEEE bits
//	  decimal, text, bytes, uuid, json:      uvarint len, bytes
//
// It is written and read without reflection, in one pass, and read without
// copying payloads.
const batchVersion = 1

// MaxBatchValues bounds the values one encoded batch may declare, so a
// hostile or corrupt batch cannot make the decoder allocate without limit.
const MaxBatchValues = 1 << 24

// ErrBadBatch is returned (wrapped) by [Batch.UnmarshalBinary] for bytes that
// are not a well-formed batch.
var ErrBadBatch = errors.New("malformed batch")

// AppendBinary appends the batch's encoding to dst and returns it.
func (b *Batch) AppendBinary(dst []byte) ([]byte, error) {
	if len(b.Columns) == 0 && len(b.Values) > 0 {
		return dst, fmt.Errorf("batch of table %q has values but no columns", b.Table)
	}
	if len(b.Columns) > 0 && len(b.Values)%len(b.Columns) != 0 {
		return dst, fmt.Errorf("batch of table %q: %d values do not fill rows of %d columns", b.Table, len(b.Values), len(b.Columns))
	}
	dst = append(dst, batchVersion)
	dst = appendString(dst, b.Table)
	dst = binary.AppendUvarint(dst, uint64(len(b.Columns)))
	for _, c := range b.Columns {
		dst = appendString(dst, c)
	}
	dst = binary.AppendUvarint(dst, uint64(b.Len()))
	for i := range b.Values {
		v := &b.Values[i]
		dst = append(dst, byte(v.Kind))
		switch v.Kind {
		case KindNull:
		case KindBool, KindInt, KindDate, KindDateTime, KindTime, KindDuration:
			dst = binary.AppendVarint(dst, v.Int)
		case KindFloat:
			dst = binary.LittleEndian.AppendUint64(dst, uint64(v.Int))
		case KindDecimal, KindText, KindBytes, KindUUID, KindJSON:
			dst = binary.AppendUvarint(dst, uint64(len(v.Bytes)))
			dst = append(dst, v.Bytes...)
		default:
			return dst, fmt.Errorf("batch of table %q: value %d has unknown kind %d", b.Table, i, v.Kind)
		}
	}
	return dst, nil
}

// MarshalBinary returns the batch's encoding.
func (b *Batch) MarshalBinary() ([]byte, error) { return b.AppendBinary(make([]byte, 0, b.Size())) }

// UnmarshalBinary decodes a batch, replacing b's contents. Payloads of the
// decoded values alias data: keep data unchanged while b is in use.
// Malformed input returns an error wrapping [ErrBadBatch], never a panic.
func (b *Batch) UnmarshalBinary(data []byte) error {
	d := decoder{buf: data}
	h := d.header()
	if d.err != nil {
		return d.err
	}
	b.Table = string(h.table)
	names := decoder{buf: h.columns} // checked by header
	b.Columns = b.Columns[:0]
	for range names.uvarint() {
		b.Columns = append(b.Columns, names.string())
	}
	if cap(b.Values) >= h.values {
		b.Values = b.Values[:h.values]
	} else {
		b.Values = make([]Value, h.values)
	}
	for i := 0; i < h.values && d.err == nil; i++ {
		b.Values[i] = Value{}
		d.value(&b.Values[i])
	}
	d.end()
	return d.err
}

// RowSpans checks an encoded batch as [Batch.UnmarshalBinary] does, without
// building its values, and finds where its parts lie: columns is the
// encoding of its column names (a uvarint count, then each name as a
// uvarint length and its bytes), first the offset of its first row, and
// the ends returned (appended to ends) the offset just past each row.
// canonical reports whether every varint in data is as short as it can
// be, as [Batch.AppendBinary] writes them; then each row's bytes are
// exactly AppendBinary's encoding of its values. Malformed input returns
// an error wrapping [ErrBadBatch].
func RowSpans(data []byte, ends []int) (columns []byte, first int, rowEnds []int, canonical bool, err error) {
	d := decoder{buf: data}
	h := d.header()
	first = len(data) - len(d.buf)
	var scratch Value
	for v := 0; v < h.values && d.err == nil; v += h.ncols {
		for range h.ncols {
			d.value(&scratch)
		}
		ends = append(ends, len(data)-len(d.buf))
	}
	d.end()
	if d.err != nil {
		return nil, 0, ends, false, d.err
	}
	return h.columns, first, ends, !d.long, nil
}

// batchHeader is what precedes a batch's values.
type batchHeader struct {
	table   []byte
	columns []byte // the column names' encoding: count, then each name
	ncols   int
	values  int // how many values follow
}

// header reads a batch's version, table name, column names and row count,
// and bounds the values they declare.
func (d *decoder) header() batchHeader {
	var h batchHeader
	if v := d.byte(); v != batchVersion && d.err == nil {
		d.err = fmt.Errorf("%w: version %d, this build reads version %d", ErrBadBatch, v, batchVersion)
	}
	h.table = d.bytes()
	cols := d.buf
	ncols := d.uvarint()
	if d.err == nil && ncols > uint64(len(d.buf)) {
		d.fail("column count %d exceeds the input", ncols)
	}
	for i := uint64(0); i < ncols && d.err == nil; i++ {
		d.bytes()
	}
	h.columns = cols[:len(cols)-len(d.buf)]
	nrows := d.uvarint()
	if d.err != nil {
		return batchHeader{}
	}
	switch {
	case ncols == 0 && nrows != 0:
		d.err = fmt.Errorf("%w: %d rows without columns", ErrBadBatch, nrows)
	case nrows > MaxBatchValues || (ncols > 0 && nrows*ncols > MaxBatchValues):
		d.err = fmt.Errorf("%w: %d rows of %d columns exceed the limit of %d values", ErrBadBatch, nrows, ncols, MaxBatchValues)
	case nrows*ncols > uint64(len(d.buf)): // every value takes at least one byte
		d.err = fmt.Errorf("%w: %d values declared, %d bytes left", ErrBadBatch, nrows*ncols, len(d.buf))
	}
	if d.err != nil {
		return batchHeader{}
	}
	h.ncols, h.values = int(ncols), int(nrows*ncols)
	return h
}

// end fails on bytes left after the last value.
func (d *decoder) end() {
	if d.err == nil && len(d.buf) != 0 {
		d.fail("%d trailing bytes", len(d.buf))
	}
}

// value reads one value into v; its payload aliases the input.
func (d *decoder) value(v *Value) {
	k := Kind(d.byte())
	v.Kind = k
	switch k {
	case KindNull:
	case KindBool, KindInt, KindDate, KindDateTime, KindTime, KindDuration:
		v.Int = d.varint()
	case KindFloat:
		v.Int = int64(d.uint64())
	case KindDecimal, KindText, KindBytes, KindUUID, KindJSON:
		v.Bytes = d.bytes()
		if k == KindUUID && d.err == nil && len(v.Bytes) != 16 {
			d.fail("uuid of %d bytes", len(v.Bytes))
		}
	default:
		d.fail("unknown value kind %d", k)
	}
}

// PeekBatch reads the table name and row count of an encoded batch without
// decoding its values.
func PeekBatch(data []byte) (table string, rows int, err error) {
	d := decoder{buf: data}
	h := d.header()
	if d.err != nil {
		return "", 0, d.err
	}
	if h.ncols == 0 {
		return string(h.table), 0, nil
	}
	return string(h.table), h.values / h.ncols, nil
}

func appendString(dst []byte, s string) []byte {
	dst = binary.AppendUvarint(dst, uint64(len(s)))
	return append(dst, s...)
}

// decoder reads the batch encoding; the first error sticks.
type decoder struct {
	buf []byte
	err error
	// long records a varint longer than it needs to be, which decodes
	// but is not how AppendBinary writes it.
	long bool
}

func (d *decoder) fail(format string, args ...any) {
	if d.err == nil {
		d.err = fmt.Errorf("%w: "+format, append([]any{ErrBadBatch}, args...)...)
	}
}

func (d *decoder) byte() byte {
	if d.err != nil {
		return 0
	}
	if len(d.buf) == 0 {
		d.fail("unexpected end")
		return 0
	}
	c := d.buf[0]
	d.buf = d.buf[1:]
	return c
}

func (d *decoder) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.buf)
	if n <= 0 {
		d.fail("bad length")
		return 0
	}
	d.long = d.long || (n > 1 && d.buf[n-1] == 0)
	d.buf = d.buf[n:]
	return v
}

func (d *decoder) varint() int64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Varint(d.buf)
	if n <= 0 {
		d.fail("bad integer")
		return 0
	}
	d.long = d.long || (n > 1 && d.buf[n-1] == 0)
	d.buf = d.buf[n:]
	return v
}

func (d *decoder) uint64() uint64 {
	if d.err != nil {
		return 0
	}
	if len(d.buf) < 8 {
		d.fail("unexpected end")
		return 0
	}
	v := binary.LittleEndian.Uint64(d.buf)
	d.buf = d.buf[8:]
	return v
}

func (d *decoder) bytes() []byte {
	n := d.uvarint()
	if d.err != nil {
		return nil
	}
	if n > uint64(len(d.buf)) || n > math.MaxInt32 {
		d.fail("length %d exceeds the input", n)
		return nil
	}
	b := d.buf[:n:n]
	d.buf = d.buf[n:]
	return b
}

func (d *decoder) string() string { return string(d.bytes()) }
