package ingest

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func page(title string) string {
	return `<html><head><title>` + title + `</title><meta property="og:site_name" content="موقع الخبر"></head><body><article>` + para + para + `</article></body></html>`
}

// newSite serves /a and /b as article pages, /slow after a delay, /404 as
// missing, and /feed as the given feed with BASE replaced by its URL.
func newSite(tb testing.TB, feed string) *httptest.Server {
	tb.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/a", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page("صفحة أ"))
	})
	mux.HandleFunc("/b", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page("صفحة ب"))
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(5 * time.Second):
		case <-r.Context().Done():
		}
	})
	var srv *httptest.Server
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, strings.ReplaceAll(feed, "BASE", srv.URL))
	})
	srv = httptest.NewServer(mux)
	tb.Cleanup(srv.Close)
	return srv
}

const rssFeed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>وكالة الأنباء</title><link>BASE/</link>
<item><title>خبر أ</title><link>BASE/a</link><pubDate>Tue, 12 Mar 2024 09:30:00 GMT</pubDate><description>ملخص أ</description></item>
<item><title>خبر ب</title><link>/b</link><guid>b-guid</guid></item>
<item><title>خبر مفقود</title><link>BASE/404</link><description><![CDATA[<p>الفقرة الأولى من الملخص</p><p>الفقرة الثانية</p>]]></description></item>
<item><title>بلا محتوى</title><link>BASE/404#x</link></item>
<item><title>بلا رابط</title><guid isPermaLink="false">urn:x:1</guid><description>نص فقط</description></item>
</channel></rss>`

func TestReadFeed(t *testing.T) {
	srv := newSite(t, rssFeed)
	data := []byte(strings.ReplaceAll(rssFeed, "BASE", srv.URL))
	arts, errs := collect(ReadFeed(context.Background(), srv.URL+"/feed", data, DefaultOptions()))
	if len(arts) != 4 {
		t.Fatalf("got %d articles, want 4 (errors %v)", len(arts), errs)
	}
	tests := []struct {
		i                  int
		id, title, outlet  string
		textPrefix, source string
	}{
		{0, URLID(srv.URL + "/a"), "خبر أ", "وكالة الأنباء", "أعلنت الوزارة", srv.URL + "/a"},
		{1, URLID(srv.URL + "/b"), "خبر ب", "وكالة الأنباء", "أعلنت الوزارة", srv.URL + "/b"},
		{2, URLID(srv.URL + "/404"), "خبر مفقود", "وكالة الأنباء", "الفقرة الأولى من الملخص\nالفقرة الثانية", srv.URL + "/404"},
		{3, hashID("urn:x:1"), "بلا رابط", "وكالة الأنباء", "نص فقط", srv.URL + "/feed:item 5"},
	}
	for _, tt := range tests {
		a := arts[tt.i]
		if a.ID != tt.id || a.Title != tt.title || a.Outlet != tt.outlet || !strings.HasPrefix(a.Text, tt.textPrefix) || a.Source != tt.source || a.Format != "feed" {
			t.Errorf("item %d: got %+v, want id %q title %q outlet %q text %q… source %q", tt.i, *a, tt.id, tt.title, tt.outlet, tt.textPrefix, tt.source)
		}
	}
	if want := time.Date(2024, 3, 12, 9, 30, 0, 0, time.UTC); !arts[0].Published.Equal(want) {
		t.Errorf("item 0 published: got %v, want %v", arts[0].Published, want)
	}
	if len(errs) != 1 || !strings.HasPrefix(errs[0].Error(), srv.URL+"/404#x: ") {
		t.Errorf("got errors %v, want one naming %s/404#x", errs, srv.URL)
	}
}

func TestReadFeed_NoFetch(t *testing.T) {
	data := []byte(strings.ReplaceAll(rssFeed, "BASE", "http://127.0.0.1:1"))
	opt := DefaultOptions()
	opt.FetchItems = false
	arts, errs := collect(ReadFeed(context.Background(), "f.rss", data, opt))
	if len(arts) != 3 || arts[0].Text != "ملخص أ" {
		t.Errorf("got %d articles (first %+v), want 3 from descriptions", len(arts), arts)
	}
	if len(errs) != 2 {
		t.Errorf("got errors %v, want 2 (items without content)", errs)
	}
}

func TestReadFeed_Atom(t *testing.T) {
	atom := `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>أخبار</title>
<entry><title>مدخل</title><link href="http://127.0.0.1:1/x"/><id>tag:x,2024:1</id><updated>2024-01-02T03:04:05Z</updated><content type="html">&lt;p&gt;محتوى المدخل&lt;/p&gt;</content></entry>
</feed>`
	arts, errs := collect(ReadFeed(context.Background(), "a.atom", []byte(atom), DefaultOptions()))
	if len(arts) != 1 || arts[0].Text != "محتوى المدخل" || arts[0].Outlet != "أخبار" || arts[0].Published.IsZero() {
		t.Errorf("got %+v, %v, want one entry with its content", arts, errs)
	}
}

// TestReadFeed_DeadLinks checks that a feed whose items point nowhere
// finishes quickly: refused connections, an unresolvable host and a
// server that never answers.
func TestReadFeed_DeadLinks(t *testing.T) {
	srv := newSite(t, "")
	var b strings.Builder
	b.WriteString(`<rss version="2.0"><channel><title>ميت</title>`)
	for i := range 30 {
		fmt.Fprintf(&b, `<item><title>%d</title><link>http://127.0.0.1:1/%d</link><description>نص %d</description></item>`, i, i, i)
		fmt.Fprintf(&b, `<item><title>%d</title><link>http://no-such-host-%d.invalid/x</link><description>نص</description></item>`, i, i%3)
		fmt.Fprintf(&b, `<item><title>%d</title><link>%s/slow?%d</link><description>نص</description></item>`, i, srv.URL, i)
	}
	b.WriteString(`</channel></rss>`)
	opt := DefaultOptions()
	opt.Timeout = 300 * time.Millisecond
	start := time.Now()
	arts, errs := collect(ReadFeed(context.Background(), "dead.rss", []byte(b.String()), opt))
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("reading a feed of 90 dead links took %v", d)
	}
	if len(arts) != 90 || len(errs) != 0 {
		t.Errorf("got %d articles and errors %v, want 90 from descriptions", len(arts), errs)
	}
}

func TestReadFeed_Errors(t *testing.T) {
	for _, in := range []string{"", "<rss><channel><item>", "<html></html>", "not a feed"} {
		_, errs := collect(ReadFeed(context.Background(), "bad.rss", []byte(in), DefaultOptions()))
		var ie *InputError
		if len(errs) != 1 || !errors.As(errs[0], &ie) || ie.Input != "bad.rss" {
			t.Errorf("ReadFeed(%q): got errors %v, want one *InputError for bad.rss", in, errs)
		}
	}
}
