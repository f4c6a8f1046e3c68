package web

import (
	"encoding/json"
	"net/http"
	"strconv"
	"sync"
	"unicode/utf8"

	"github.com/marsad-project/marsad"
)

// The answer of GET /api/documents/{id} is most of the API's bytes, and
// mostly Arabic text (the text, then its lines again): encoding/json
// decodes every rune of it to check it. appendDocument writes the same
// bytes by hand, copying valid UTF-8 in runs.

// jsonSafe[b] reports whether the ASCII byte b is written as it is in a
// JSON string by encoding/json with HTML escaping (its default).
var jsonSafe = func() (t [utf8.RuneSelf]bool) {
	for b := 0x20; b < utf8.RuneSelf; b++ {
		t[b] = true
	}
	for _, b := range `"\<>&` {
		t[b] = false
	}
	return t
}()

const hexDigits = "0123456789abcdef"

// appendJSONString appends s as a JSON string, byte for byte as
// encoding/json writes it: <, > and & escaped, U+2028 and U+2029 escaped,
// invalid UTF-8 replaced by \ufffd. Two-byte sequences (Arabic) are
// checked inline; the rest of non-ASCII goes through the decoder.
func appendJSONString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		b := s[i]
		if b < utf8.RuneSelf {
			if jsonSafe[b] {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch b {
			case '\\', '"':
				dst = append(dst, '\\', b)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[b>>4], hexDigits[b&0xF])
			}
			i++
			start = i
			continue
		}
		if 0xC2 <= b && b <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			i += 2 // a valid two-byte sequence
			continue
		}
		c, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case c == utf8.RuneError && size == 1:
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
		case c == '\u2028' || c == '\u2029':
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[c&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

func appendSpan(dst []byte, sp marsad.Span) []byte {
	dst = append(dst, `{"start":`...)
	dst = strconv.AppendInt(dst, int64(sp.Start), 10)
	dst = append(dst, `,"end":`...)
	dst = strconv.AppendInt(dst, int64(sp.End), 10)
	return append(dst, '}')
}

// appendStringField appends ,"name": and the string v, as JSON, unless
// omit is set and v is empty.
func appendStringField(dst []byte, name, v string, omit bool) []byte {
	if omit && v == "" {
		return dst
	}
	dst = append(dst, ',', '"')
	dst = append(dst, name...)
	dst = append(dst, '"', ':')
	return appendJSONString(dst, v)
}

func appendLines(dst []byte, name string, ls []marsad.Line) []byte {
	dst = append(dst, ',', '"')
	dst = append(dst, name...)
	dst = append(dst, `":[`...)
	for i := range ls {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = append(dst, `{"text":`...)
		dst = appendJSONString(dst, ls[i].Text)
		dst = append(dst, `,"span":`...)
		dst = appendSpan(dst, ls[i].Span)
		dst = appendStringField(dst, "kind", string(ls[i].Kind), true)
		dst = append(dst, '}')
	}
	return append(dst, ']')
}

// appendValue appends ,"name": and v as encoding/json writes it.
func appendValue(dst []byte, name string, v any) ([]byte, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return dst, err
	}
	dst = append(dst, ',', '"')
	dst = append(dst, name...)
	dst = append(dst, '"', ':')
	return append(dst, b...), nil
}

// appendDocument appends j and a newline, byte for byte as
// json.NewEncoder(w).Encode(j) writes it.
func appendDocument(dst []byte, j *documentJSON) ([]byte, error) {
	dst = append(dst, `{"id":`...)
	dst = appendJSONString(dst, j.ID)
	dst = appendStringField(dst, "url", j.URL, true)
	dst = appendStringField(dst, "outlet", j.Outlet, true)
	dst = appendStringField(dst, "meta_title", j.MetaTitle, true)
	dst = appendStringField(dst, "text", j.Text, false)
	dst = appendStringField(dst, "hash", j.Hash, true)
	dst = appendStringField(dst, "title", j.Title, false)
	dst = append(dst, `,"title_span":`...)
	dst = appendSpan(dst, j.TitleSpan)
	dst = appendStringField(dst, "dateline", j.Dateline, true)
	dst = append(dst, `,"dateline_span":`...)
	dst = appendSpan(dst, j.DatelineSpan)
	dst = appendStringField(dst, "published", j.Published, true)
	if len(j.PublishedRange) > 0 {
		dst = append(dst, `,"published_range":[`...)
		for i, s := range j.PublishedRange {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = appendJSONString(dst, s)
		}
		dst = append(dst, ']')
	}
	dst = appendStringField(dst, "published_source", j.PublishedSource, true)
	if j.Body == nil || j.Boilerplate == nil {
		return dst, errNilLines
	}
	dst = appendLines(dst, "body", j.Body)
	dst = appendLines(dst, "boilerplate", j.Boilerplate)
	var err error
	for _, f := range []struct {
		name string
		v    any
	}{{"entities", j.Entities}, {"events", j.Events}, {"quotes", j.Quotes}, {"figures", j.Figures}} {
		if dst, err = appendValue(dst, f.name, f.v); err != nil {
			return dst, err
		}
	}
	dst = appendStringField(dst, "analyzed", j.Analyzed, true)
	dst = appendStringField(dst, "story", j.Story, true)
	return append(dst, '}', '\n'), nil
}

// errNilLines: documentOf always sets Body and Boilerplate, which
// encoding/json would write as null otherwise.
var errNilLines = marsad.Errorf(marsad.EINTERNAL, "document answer with nil lines")

// documentBuffers holds the buffers document answers are written into.
var documentBuffers = sync.Pool{New: func() any { return new([]byte) }}

// writeDocument writes j as writeJSON would, faster.
func writeDocument(w http.ResponseWriter, j *documentJSON) {
	bp := documentBuffers.Get().(*[]byte)
	b, err := appendDocument((*bp)[:0], j)
	if err != nil {
		writeJSON(w, http.StatusOK, j)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("Content-Length", strconv.Itoa(len(b)))
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(b)
	if cap(b) <= maxPooledBuffer {
		*bp = b
		documentBuffers.Put(bp)
	}
}
