package web

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/marsad-project/marsad"
)

// stdJSON is what writeJSON writes for v.
func stdJSON(tb testing.TB, v any) string {
	tb.Helper()
	var b bytes.Buffer
	if err := json.NewEncoder(&b).Encode(v); err != nil {
		tb.Fatal(err)
	}
	return b.String()
}

func TestAppendDocument(t *testing.T) {
	odd := newDoc("odd", "", "", "عنوان <b>&\u2028</b>", "سطر\tفيه \"اقتباس\" و\\ و\x01 و\u2029 و\x7f", "نص \xff\xfe مكسور و\xe2\x80")
	odd.d.Dateline, odd.d.Hash, odd.d.Article.Title = "", "", ""
	odd.d.Boilerplate = nil
	ranged := newDoc("ranged", "x", "2024-05-01", "عنوان", "فقرة")
	ranged.d.PublishedRange = &marsad.DateRange{From: time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2024, 5, 9, 0, 0, 0, 0, time.UTC)}
	ranged.d.Published = marsad.Date{}
	ranged.d.Analyzed = time.Date(2024, 5, 2, 3, 4, 5, 0, time.UTC)
	storied := newDoc("storied", "x", "2024-05-01", "عنوان", "فقرة")
	cases := []struct {
		name string
		doc  *marsad.Document
	}{
		{"Odd", odd.d},
		{"Ranged", ranged.d},
		{"Empty", &marsad.Document{Article: marsad.Article{ID: "empty"}}},
		{"Storied", storied.d},
	}
	for _, d := range testDocs() {
		cases = append(cases, struct {
			name string
			doc  *marsad.Document
		}{d.ID(), d})
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			j := documentOf(tc.doc)
			if tc.name == "Storied" {
				j.Story = "madar-1"
			}
			got, err := appendDocument(nil, &j)
			if err != nil {
				t.Fatal(err)
			}
			if want := stdJSON(t, j); string(got) != want {
				t.Errorf("got  %s\nwant %s", got, want)
			}
		})
	}
}

func FuzzAppendJSONString(f *testing.F) {
	f.Add("")                         // nothing
	f.Add("بكين - استقبل الرئيس")     // Arabic, the usual case
	f.Add(`<a href="x">&amp;</a>`)    // HTML escaped, quotes
	f.Add("\b\f\n\r\t\x00\x1f\x7f\\") // short and long escapes
	f.Add("a\u2028b\u2029c")          // the JavaScript line separators
	f.Add("\xe2\x80\xa8\xe2\x80")     // a separator, then one cut short
	f.Add("\xff\xfeنص\xc3")           // invalid UTF-8
	f.Fuzz(func(t *testing.T, s string) {
		want, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		if got := appendJSONString(nil, s); string(got) != string(want) {
			t.Errorf("appendJSONString(%q) = %s, want %s", s, got, want)
		}
	})
}

// BenchmarkDocumentJSON encodes the answer of GET /api/documents/{id} for a
// 5 KB document with its lines: by hand, as the server does, and with
// encoding/json.
func BenchmarkDocumentJSON(b *testing.B) {
	para := strings.Repeat("استقبل الرئيس الصيني شي جين بينغ نظيره الروسي فلاديمير بوتين في بكين يوم الخميس. ", 3)
	paras := make([]string, 12)
	for i := range paras {
		paras[i] = para
	}
	d := newDoc("bench", "x", "2024-05-16", "الرئيس الصيني يستقبل نظيره الروسي في بكين", paras...)
	d.entity("Q148", "China", "الصين", marsad.EntityCountry, "CHN", "الصيني").
		event("CHN", "CONSULT", "040", "RUS", "2024-05-16", "استقبل الرئيس الصيني شي جين بينغ نظيره الروسي")
	b.Run("Append", func(b *testing.B) {
		var buf []byte
		b.ReportAllocs()
		for b.Loop() {
			j := documentOf(d.d)
			var err error
			if buf, err = appendDocument(buf[:0], &j); err != nil {
				b.Fatal(err)
			}
		}
		b.SetBytes(int64(len(buf)))
	})
	b.Run("EncodingJSON", func(b *testing.B) {
		var buf bytes.Buffer
		b.ReportAllocs()
		for b.Loop() {
			buf.Reset()
			j := documentOf(d.d)
			if err := json.NewEncoder(&buf).Encode(j); err != nil {
				b.Fatal(err)
			}
		}
		b.SetBytes(int64(buf.Len()))
	})
}
