package ingest

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/encoding/charmap"
)

// magics are the leading bytes of common binary formats.
var magics = []struct {
	prefix string
	name   string
}{
	{"\x89PNG\r\n\x1a\n", "PNG image"},
	{"\xff\xd8\xff", "JPEG image"},
	{"GIF87a", "GIF image"},
	{"GIF89a", "GIF image"},
	{"%PDF-", "PDF document"},
	{"PK\x03\x04", "ZIP archive"},
	{"PK\x05\x06", "ZIP archive"},
	{"\x1f\x8b", "gzip archive"},
	{"BZh", "bzip2 archive"},
	{"\xfd7zXZ\x00", "xz archive"},
	{"7z\xbc\xaf\x27\x1c", "7z archive"},
	{"\x28\xb5\x2f\xfd", "zstd archive"},
	{"\x7fELF", "ELF executable"},
	{"RIFF", "RIFF media"},
	{"SQLite format 3\x00", "SQLite database"},
}

// cp1256Arabic marks the windows-1256 bytes that decode to Arabic letters,
// marks and punctuation.
var cp1256Arabic [256]bool

func init() {
	for b := 0x80; b < 0x100; b++ {
		r := charmap.Windows1256.DecodeByte(byte(b))
		cp1256Arabic[b] = unicode.Is(unicode.Arabic, r)
	}
}

// Decode converts the bytes of a text to UTF-8 and returns it with CRLF and
// lone CR turned into LF.
//
// It accepts UTF-8 (a BOM is stripped), UTF-16 LE or BE with a BOM, or
// without one when the NUL bytes fall on one parity as in UTF-16 text,
// and windows-1256 when the bytes are not valid UTF-8 and most bytes above
// 0x7F are Arabic letters in that code page. Other invalid UTF-8 fails with
// ErrEncoding naming the byte offset; NUL bytes, control characters other
// than tab, LF, VT, FF and CR, or the magic number of an image or archive
// fail with ErrBinary; empty or white-space text fails with ErrEmpty.
func Decode(data []byte) (string, error) {
	if len(data) == 0 {
		return "", ErrEmpty
	}
	for _, m := range magics {
		if bytes.HasPrefix(data, []byte(m.prefix)) {
			return "", fmt.Errorf("%w: %s", ErrBinary, m.name)
		}
	}
	var s string
	switch {
	case bytes.HasPrefix(data, []byte("\xef\xbb\xbf")):
		data = data[3:]
	case bytes.HasPrefix(data, []byte("\xff\xfe")):
		return decodeUTF16(data[2:], binary.LittleEndian)
	case bytes.HasPrefix(data, []byte("\xfe\xff")):
		return decodeUTF16(data[2:], binary.BigEndian)
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		if bo := utf16Order(data); bo != nil {
			return decodeUTF16(data, bo)
		}
		return "", fmt.Errorf("%w: NUL byte at %d", ErrBinary, i)
	}
	if n := invalidUTF8(data); n >= 0 {
		if !looksCP1256(data) {
			return "", fmt.Errorf("%w: invalid UTF-8 at byte %d", ErrEncoding, n)
		}
		b, err := charmap.Windows1256.NewDecoder().Bytes(data)
		if err != nil {
			return "", fmt.Errorf("%w: windows-1256: %v", ErrEncoding, err)
		}
		s = string(b)
		return finish(s)
	}
	return finish(data)
}

// finish checks decoded text for control characters and emptiness and
// normalizes its line ends, copying t into the returned string once.
func finish[T string | []byte](t T) (string, error) {
	n := len(t)
	if n > 0 && t[n-1] == 0x1a { // DOS end-of-file mark
		n--
	}
	blank := true
	crs := 0
	for i := 0; i < n; i++ {
		c := t[i]
		if c > ' ' && c != 0x7f {
			blank = false
			continue
		}
		switch c {
		case ' ', '\t', '\n', '\v', '\f':
		case '\r':
			crs++
		default:
			return "", fmt.Errorf("%w: control character %#02x at byte %d", ErrBinary, c, i)
		}
	}
	if blank {
		return "", ErrEmpty
	}
	var s string
	if crs == 0 {
		s = string(t[:n])
	} else {
		out := make([]byte, 0, n)
		last := 0
		for i := 0; i < n; i++ {
			if t[i] != '\r' {
				continue
			}
			out = append(out, t[last:i]...)
			out = append(out, '\n')
			if i+1 < n && t[i+1] == '\n' {
				i++
			}
			last = i + 1
		}
		out = append(out, t[last:n]...)
		s = unsafe.String(unsafe.SliceData(out), len(out)) // out is not used again
	}
	if strings.TrimFunc(s, isBlank) == "" {
		return "", ErrEmpty
	}
	return s, nil
}

// isBlank reports white space and invisible format characters (BOM, zero
// width joiners, direction marks), none of which make a text non-empty.
func isBlank(r rune) bool {
	return unicode.IsSpace(r) || unicode.Is(unicode.Cf, r)
}

// invalidUTF8 returns the offset of the first invalid UTF-8 sequence, or -1.
func invalidUTF8(b []byte) int {
	if utf8.Valid(b) {
		return -1
	}
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}

// looksCP1256 reports whether most bytes above 0x7F are Arabic letters in
// windows-1256.
func looksCP1256(b []byte) bool {
	high, arabic := 0, 0
	for _, c := range b {
		if c >= 0x80 {
			high++
			if cp1256Arabic[c] {
				arabic++
			}
		}
	}
	return high > 0 && arabic*10 >= high*8
}

// utf16Order guesses UTF-16 without a BOM: NUL bytes are frequent and
// nearly all on one parity (the high byte of ASCII code units).
func utf16Order(b []byte) binary.ByteOrder {
	if len(b) < 4 || len(b)%2 != 0 {
		return nil
	}
	n := min(len(b), 1<<14) &^ 1
	even, odd := 0, 0
	for i := 0; i < n; i += 2 {
		if b[i] == 0 {
			even++
		}
		if b[i+1] == 0 {
			odd++
		}
	}
	units := n / 2
	switch {
	case odd*10 >= units && even*50 <= odd:
		return binary.LittleEndian
	case even*10 >= units && odd*50 <= even:
		return binary.BigEndian
	}
	return nil
}

func decodeUTF16(b []byte, bo binary.ByteOrder) (string, error) {
	if len(b)%2 != 0 {
		return "", fmt.Errorf("%w: UTF-16 with an odd number of bytes", ErrEncoding)
	}
	if len(b) == 0 {
		return "", ErrEmpty
	}
	u := make([]uint16, len(b)/2)
	for i := range u {
		u[i] = bo.Uint16(b[2*i:])
	}
	for i := 0; i < len(u); i++ {
		c := u[i]
		switch {
		case c == 0:
			return "", fmt.Errorf("%w: NUL code unit at byte %d", ErrBinary, 2*i)
		case utf16.IsSurrogate(rune(c)):
			if c >= 0xdc00 || i+1 >= len(u) || u[i+1] < 0xdc00 || u[i+1] > 0xdfff {
				return "", fmt.Errorf("%w: unpaired UTF-16 surrogate at byte %d", ErrEncoding, 2*i)
			}
			i++
		}
	}
	s := string(utf16.Decode(u))
	s = strings.TrimPrefix(s, "\ufeff")
	return finish(s)
}
