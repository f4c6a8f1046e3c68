package ingest

import (
	"bytes"
	"context"
	"errors"
	"testing"
	"unicode/utf8"

	marsad "github.com/marsad-project/marsad"
)

// checkResult enforces the invariants every reader keeps: valid UTF-8
// text, and errors that are *InputError or one of the sentinels.
func checkResult(t *testing.T, a *marsad.Article, err error) {
	t.Helper()
	if err != nil {
		var ie *InputError
		if !errors.As(err, &ie) && !isSentinel(err) {
			t.Fatalf("error %v (%T) is neither *InputError nor a sentinel", err, err)
		}
		if a != nil {
			t.Fatalf("got an article with an error")
		}
		return
	}
	if a == nil {
		t.Fatal("got neither article nor error")
	}
	if !utf8.ValidString(a.Text) {
		t.Fatalf("text is not valid UTF-8: %q", a.Text)
	}
	if a.ID == "" {
		t.Fatal("article without ID")
	}
}

func isSentinel(err error) bool {
	for _, s := range []error{ErrBinary, ErrEmpty, ErrTooLarge, ErrEncoding, ErrNoContent, ErrSyntax} {
		if errors.Is(err, s) {
			return true
		}
	}
	return false
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte(arabic))                 // plain UTF-8 Arabic
	f.Add([]byte("\xef\xbb\xbfنص"))       // UTF-8 with BOM
	f.Add([]byte("\xff\xfe'\x06 \x00"))   // UTF-16LE with BOM
	f.Add([]byte("\x06'\x00 \x06D\x00 ")) // UTF-16BE without BOM
	f.Add([]byte("\xe3\xc7 \xe1\xc7"))    // windows-1256 Arabic
	f.Add([]byte("caf\xe9"))              // Latin-1: not UTF-8
	f.Add([]byte("a\r\nb\rc"))            // mixed line ends
	f.Add([]byte("\x89PNG\r\n\x1a\n"))    // PNG magic
	f.Add([]byte(" \t\n"))                // white space only
	f.Add([]byte("\xff\xfe\x00\xd8"))     // UTF-16 lone surrogate
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := Decode(data)
		if err != nil {
			if !isSentinel(err) {
				t.Fatalf("Decode(%q): error %v wraps no sentinel", data, err)
			}
			return
		}
		if !utf8.ValidString(s) {
			t.Fatalf("Decode(%q): got invalid UTF-8 %q", data, s)
		}
		if bytes.ContainsAny([]byte(s), "\r\x00") {
			t.Fatalf("Decode(%q): got CR or NUL in %q", data, s)
		}
	})
}

func FuzzReadText(f *testing.F) {
	f.Add([]byte(arabic))              // UTF-8 Arabic
	f.Add([]byte("\xe3\xc7 \xe1\xc7")) // windows-1256
	f.Add([]byte{})                    // empty
	f.Add([]byte("\x00\x00\x00"))      // NULs
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := ReadText("f.txt", data)
		checkResult(t, a, err)
	})
}

func FuzzReadHTML(f *testing.F) {
	f.Add([]byte("<html><body><article>"+para+"</article></body></html>"), "")                            // a plain article
	f.Add([]byte(`<meta property="article:published_time" content="2024-01-01">`+para), "https://x.org/") // metadata only in head
	f.Add([]byte("<div><div><div><table><tr><td><b><a>نص"), "")                                           // unclosed nesting
	f.Add([]byte(`<script type="application/ld+json">{"datePublished":"`), "")                            // truncated JSON-LD
	f.Add([]byte("<html><body></body></html>"), "")                                                       // no content
	f.Add([]byte("<time datetime=x>"), "::bad url")                                                       // bad date and URL
	f.Fuzz(func(t *testing.T, data []byte, pageURL string) {
		if len(data) > 1<<16 {
			return
		}
		a, err := ReadHTML("f.html", data, pageURL)
		checkResult(t, a, err)
	})
}

func FuzzReadJSONL(f *testing.F) {
	f.Add([]byte(`{"id":"a","text":"نص"}`))                                                       // minimal record
	f.Add([]byte(`{"id":1,"url":"https://x.org","published":"2024-01-01","text":"x"}` + "\n\n{")) // good then bad
	f.Add([]byte(`{"html":"<p>نص</p>","title":"t"}`))                                             // html record
	f.Add([]byte(`[{"id":"a","text":"x"},{"id":2}]`))                                             // an array
	f.Add([]byte(`{"id":{},"text":"x"}`))                                                         // id of the wrong type
	f.Add([]byte(`{"text":"\u0000"}`))                                                            // NUL in text
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 1<<16 {
			return
		}
		opt := DefaultOptions()
		opt.MaxSize = 4096
		for a, err := range ReadJSONL(context.Background(), "f.jsonl", bytes.NewReader(data), opt) {
			checkResult(t, a, err)
		}
		for a, err := range readJSON(context.Background(), "f.json", data, opt) {
			checkResult(t, a, err)
		}
	})
}

func FuzzReadFeed(f *testing.F) {
	f.Add([]byte(`<rss version="2.0"><channel><title>t</title><item><title>i</title><description>نص</description></item></channel></rss>`))                    // RSS 2
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><content>x</content></entry></feed>`))                                                      // Atom
	f.Add([]byte(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><item><title>x</title></item></rdf:RDF>`)) // RSS 1
	f.Add([]byte(`<rss><channel><item><description><![CDATA[<div><div>`))                                                                                      // truncated
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 1<<16 {
			return
		}
		opt := DefaultOptions()
		opt.FetchItems = false
		for a, err := range ReadFeed(context.Background(), "f.rss", data, opt) {
			checkResult(t, a, err)
		}
	})
}
