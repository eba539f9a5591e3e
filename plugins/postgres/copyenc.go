package postgres

import (
	"context"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"sync"

	"github.com/jackc/pgx/v5/pgtype"

	"github.com/rexdata/rex/sdk"
)

// copyHeader starts a binary COPY stream: the signature, no flags and no
// header extension.
var copyHeader = []byte("PGCOPY\n\xff\r\n\x00\x00\x00\x00\x00\x00\x00\x00\x00")

// Address families of inet's binary form.
const (
	pgAFInet  = 2
	pgAFInet6 = 3
)

// encodable reports whether appendRow writes every column of p: columns
// of the types Read emits. A table with a column of another type is
// copied through pgx, which knows more types.
func encodable(p *writePlan) bool {
	for _, oid := range p.oids {
		switch oid {
		case oidBool, oidInt2, oidInt4, oidInt8, oidFloat4, oidFloat8, oidNumeric, oidBytea,
			oidDate, oidTimestamp, oidTimestamptz, oidTime, oidInterval, oidUUID, oidJSON, oidJSONB,
			oidText, oidVarchar, oidBPChar, oidInet, oidCIDR:
		default:
			return false
		}
	}
	return true
}

// appendRow appends row r of b to buf in the binary COPY format, each
// value in its column type's binary form, straight from the sdk value: no
// value is boxed or copied on the way. It accepts what toArg accepts, with
// the same messages; on an error it returns the failing column's index
// in p.
func appendRow(buf []byte, b *sdk.Batch, r int, p *writePlan) ([]byte, int, error) {
	row := b.Row(r)
	buf = binary.BigEndian.AppendUint16(buf, uint16(len(p.batchIdx)))
	for i, bi := range p.batchIdx {
		v := row[bi]
		if v.Kind == sdk.KindNull {
			buf = binary.BigEndian.AppendUint32(buf, math.MaxUint32) // -1: NULL
			continue
		}
		if v.Kind != p.want[i] {
			return buf, i, fmt.Errorf("a %s value cannot be stored in a column of kind %s; the django transform (encode direction) must run before the destination", v.Kind, p.want[i])
		}
		var err error
		if buf, err = appendValue(buf, v, p.oids[i]); err != nil {
			return buf, i, err
		}
	}
	return buf, 0, nil
}

// appendValue appends v, of the kind a column of type oid accepts, as a
// field: its length, then its binary form.
func appendValue(buf []byte, v sdk.Value, oid uint32) ([]byte, error) {
	switch oid {
	case oidBool:
		b := byte(0)
		if v.AsBool() {
			b = 1
		}
		return append(binary.BigEndian.AppendUint32(buf, 1), b), nil
	case oidInt2:
		if v.Int < math.MinInt16 || v.Int > math.MaxInt16 {
			return buf, fmt.Errorf("%d is out of range for smallint", v.Int)
		}
		return binary.BigEndian.AppendUint16(binary.BigEndian.AppendUint32(buf, 2), uint16(v.Int)), nil
	case oidInt4:
		if v.Int < math.MinInt32 || v.Int > math.MaxInt32 {
			return buf, fmt.Errorf("%d is out of range for integer", v.Int)
		}
		return binary.BigEndian.AppendUint32(binary.BigEndian.AppendUint32(buf, 4), uint32(v.Int)), nil
	case oidInt8:
		return binary.BigEndian.AppendUint64(binary.BigEndian.AppendUint32(buf, 8), uint64(v.Int)), nil
	case oidFloat4:
		return binary.BigEndian.AppendUint32(binary.BigEndian.AppendUint32(buf, 4), math.Float32bits(float32(v.AsFloat()))), nil
	case oidFloat8:
		return binary.BigEndian.AppendUint64(binary.BigEndian.AppendUint32(buf, 8), uint64(v.Int)), nil
	case oidNumeric:
		return appendField(buf, func(buf []byte) ([]byte, error) {
			if isPlainDecimal(v.Bytes) {
				return appendNumeric(buf, v.Bytes)
			}
			var n pgtype.Numeric // anything else as toArg takes it: through pgx
			if err := n.Scan(string(v.Bytes)); err != nil {
				return buf, fmt.Errorf("decimal %q does not parse: %w", v.Bytes, err)
			}
			return numericMap().Encode(oidNumeric, pgtype.BinaryFormatCode, n, buf)
		})
	case oidDate:
		days := v.Int - pgEpochDays
		if days < math.MinInt32 || days > math.MaxInt32 {
			return buf, fmt.Errorf("date of %d days since 1970 is out of range", v.Int)
		}
		return binary.BigEndian.AppendUint32(binary.BigEndian.AppendUint32(buf, 4), uint32(days)), nil
	case oidTimestamp, oidTimestamptz:
		if v.Int < math.MinInt64+pgEpochMicros {
			return buf, fmt.Errorf("datetime of %d µs since 1970 is out of range", v.Int)
		}
		return binary.BigEndian.AppendUint64(binary.BigEndian.AppendUint32(buf, 8), uint64(v.Int-pgEpochMicros)), nil
	case oidTime:
		return binary.BigEndian.AppendUint64(binary.BigEndian.AppendUint32(buf, 8), uint64(v.Int)), nil
	case oidInterval:
		buf = binary.BigEndian.AppendUint32(buf, 16)
		buf = binary.BigEndian.AppendUint64(buf, uint64(v.Int%microsPerDay))
		buf = binary.BigEndian.AppendUint32(buf, uint32(int32(v.Int/microsPerDay)))
		return binary.BigEndian.AppendUint32(buf, 0), nil // months
	case oidUUID:
		if len(v.Bytes) != 16 {
			return buf, fmt.Errorf("uuid of %d bytes, want 16", len(v.Bytes))
		}
		return append(binary.BigEndian.AppendUint32(buf, 16), v.Bytes...), nil
	case oidJSONB:
		buf = binary.BigEndian.AppendUint32(buf, uint32(len(v.Bytes)+1))
		return append(append(buf, 1), v.Bytes...), nil // version 1: the text
	case oidInet, oidCIDR:
		a, err := parseInet(string(v.Bytes))
		if err != nil {
			return buf, err
		}
		addr := a.Addr().AsSlice()
		family, cidr := byte(pgAFInet), byte(0)
		if len(addr) == 16 {
			family = pgAFInet6
		}
		if oid == oidCIDR {
			cidr = 1
		}
		buf = binary.BigEndian.AppendUint32(buf, uint32(4+len(addr)))
		buf = append(buf, family, byte(a.Bits()), cidr, byte(len(addr)))
		return append(buf, addr...), nil
	}
	// bytea, json, text, varchar, bpchar: the bytes as they are.
	buf = binary.BigEndian.AppendUint32(buf, uint32(len(v.Bytes)))
	return append(buf, v.Bytes...), nil
}

// numericMap encodes the decimals appendNumeric does not take, as pgx does.
var numericMap = sync.OnceValue(pgtype.NewMap)

// appendField appends a field whose length is known once enc has
// appended its bytes.
func appendField(buf []byte, enc func([]byte) ([]byte, error)) ([]byte, error) {
	at := len(buf)
	buf = append(buf, 0, 0, 0, 0)
	buf, err := enc(buf)
	if err != nil {
		return buf[:at], err
	}
	binary.BigEndian.PutUint32(buf[at:], uint32(len(buf)-at-4))
	return buf, nil
}

// copyReader is the io.Reader a copyStream's COPY reads: the header, each
// batch handed in encoded whole as it arrives (Write may then return),
// and the trailer once the stream is finished.
type copyReader struct {
	ctx context.Context // ends the rows: the COPY is then aborted
	s   *copyStream
	buf []byte
	off int
	// started is true once the header is out; ended once the trailer is.
	started, ended bool
	// err is a value that could not be encoded, or the end of ctx.
	err error
	// at names a failing row in messages.
	at batchSource
}

// Read hands pgx the next encoded bytes, encoding the next batch when
// the last is out.
func (r *copyReader) Read(p []byte) (int, error) {
	for r.off == len(r.buf) {
		if r.err != nil {
			return 0, r.err
		}
		if r.ended {
			return 0, io.EOF
		}
		r.buf, r.off = r.buf[:0], 0
		if !r.started {
			r.buf, r.started = append(r.buf, copyHeader...), true
		}
		select {
		case b, ok := <-r.s.batch:
			if !ok {
				r.buf, r.ended = binary.BigEndian.AppendUint16(r.buf, math.MaxUint16), true // -1: no more rows
				break
			}
			if err := r.encode(b); err != nil {
				r.buf, r.err = r.buf[:0], err
				return 0, err
			}
			select { // the batch is encoded: Write may return
			case r.s.taken <- struct{}{}:
			case <-r.ctx.Done():
				r.err = r.ctx.Err()
			}
		case <-r.ctx.Done():
			r.err = r.ctx.Err()
		}
	}
	n := copy(p, r.buf[r.off:])
	r.off += n
	return n, nil
}

// encode appends every row of b to the buffer.
func (r *copyReader) encode(b *sdk.Batch) error {
	p := r.s.plan
	for row := range b.Len() {
		var col int
		var err error
		if r.buf, col, err = appendRow(r.buf, b, row, p); err != nil {
			r.at.reset(b, p)
			r.at.row = row
			return fmt.Errorf("write: table %q row %s column %q: %w", b.Table, r.at.key(b.Row(row)), p.columns[col], err)
		}
	}
	return nil
}
