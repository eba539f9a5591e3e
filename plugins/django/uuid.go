package django

const hexDigits = "0123456789abcdef"

func unhex(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// appendUUID appends the 16 bytes of a UUID written as 32 hex digits (how
// Django stores it where the engine has no uuid type) or in the dashed
// 8-4-4-4-12 form; either case.
func appendUUID(dst, b []byte) ([]byte, bool) {
	switch len(b) {
	case 32:
	case 36:
		if b[8] != '-' || b[13] != '-' || b[18] != '-' || b[23] != '-' {
			return dst, false
		}
	default:
		return dst, false
	}
	var out [16]byte
	n := 0
	for i := 0; i < len(b); i++ {
		if len(b) == 36 && (i == 8 || i == 13 || i == 18 || i == 23) {
			continue
		}
		hi, ok1 := unhex(b[i])
		lo, ok2 := unhex(b[i+1])
		if !ok1 || !ok2 {
			return dst, false
		}
		out[n] = hi<<4 | lo
		n++
		i++
	}
	return append(dst, out[:]...), true
}

// appendUUIDHex appends 16 bytes as 32 lower-case hex digits: Django's
// uuid.hex, as it stores a UUIDField on engines without a uuid type.
func appendUUIDHex(dst, u []byte) []byte {
	for _, c := range u {
		dst = append(dst, hexDigits[c>>4], hexDigits[c&0xf])
	}
	return dst
}
