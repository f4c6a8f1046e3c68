package ingest

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	marsad "github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/shared"
)

func writeFile(tb testing.TB, path string, data []byte) {
	tb.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		tb.Fatal(err)
	}
}

func TestRead_Directory(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "b.txt"), []byte("نص ب"))
	writeFile(t, filepath.Join(dir, "a.txt"), []byte("نص أ"))
	writeFile(t, filepath.Join(dir, "sub", "c.html"), []byte("<html><body><article>"+para+"</article></body></html>"))
	writeFile(t, filepath.Join(dir, "sub", "d.jsonl"), []byte(`{"id":"d1","text":"سجل"}`+"\n"+`oops`+"\n"))
	writeFile(t, filepath.Join(dir, "sub", "e.rss"), []byte(`<rss version="2.0"><channel><title>ق</title><item><title>ع</title><description>وصف</description><guid>g</guid></item></channel></rss>`))
	writeFile(t, filepath.Join(dir, "sniffed"), []byte("<!DOCTYPE html><html><body><article>"+para+"</article></body></html>"))
	writeFile(t, filepath.Join(dir, "z.dat"), []byte(`{"id":"z1","text":"مكتشف"}`))
	writeFile(t, filepath.Join(dir, ".hidden.txt"), []byte("مخفي"))
	writeFile(t, filepath.Join(dir, ".git", "x.txt"), []byte("مخفي"))
	writeFile(t, filepath.Join(dir, "photo.jpg"), []byte("\xff\xd8\xff"))
	writeFile(t, filepath.Join(dir, "empty.txt"), nil)
	writeFile(t, filepath.Join(dir, "bin.txt"), []byte("\x00\x01\x02binary"))

	var got []string
	for a, err := range Read(context.Background(), dir, DefaultOptions()) {
		if err != nil {
			var ie *InputError
			if !errors.As(err, &ie) {
				t.Errorf("got error %v of type %T, want *InputError", err, err)
			}
			rel, _ := filepath.Rel(dir, ie.Input)
			got = append(got, "error "+rel)
			continue
		}
		got = append(got, fmt.Sprintf("%s %s", a.Format, a.ID))
	}
	want := []string{
		"text a", "text b", "error bin.txt", "error empty.txt",
		"html sniffed", "html c", "jsonl d1", "error sub/d.jsonl:2",
		"feed " + hashID("g"), "jsonl z1",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Read(dir):\ngot  %q\nwant %q", got, want)
	}
}

func TestRead_Missing(t *testing.T) {
	_, errs := collect(Read(context.Background(), filepath.Join(t.TempDir(), "nope.txt"), DefaultOptions()))
	if len(errs) != 1 || !errors.Is(errs[0], os.ErrNotExist) {
		t.Errorf("got %v, want one not-exist error", errs)
	}
}

// TestRead_TooLarge checks that a 200 MB file is refused without being
// read: a sparse file, so it costs no disk.
func TestRead_TooLarge(t *testing.T) {
	for _, name := range []string{"big.txt", "big.html", "big"} {
		path := filepath.Join(t.TempDir(), name)
		writeFile(t, path, nil)
		if err := os.Truncate(path, 200<<20); err != nil {
			t.Fatal(err)
		}
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		start := time.Now()
		arts, errs := collect(Read(context.Background(), path, DefaultOptions()))
		d := time.Since(start)
		runtime.ReadMemStats(&after)
		if len(arts) != 0 || len(errs) != 1 || !errors.Is(errs[0], ErrTooLarge) {
			t.Fatalf("Read(%s): got %d articles, errors %v, want ErrTooLarge", name, len(arts), errs)
		}
		if msg := errs[0].Error(); !strings.Contains(msg, "209715200") || !strings.Contains(msg, "33554432") {
			t.Errorf("Read(%s): error %q does not name the size and the limit", name, msg)
		}
		if d > time.Second {
			t.Errorf("Read(%s): took %v", name, d)
		}
		if grown := after.TotalAlloc - before.TotalAlloc; grown > 1<<20 {
			t.Errorf("Read(%s): allocated %d bytes", name, grown)
		}
	}
}

func TestRead_URL(t *testing.T) {
	srv := newSite(t, rssFeed)
	mux := http.NewServeMux()
	mux.HandleFunc("/text", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprint(w, "نص عادي")
	})
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		chunk := []byte(strings.Repeat("<p>x</p>", 1024))
		for range 200 {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	other := httptest.NewServer(mux)
	t.Cleanup(other.Close)

	tests := []struct {
		name, url string
		wantArts  int
		wantErrs  int
		wantErr   error
		format    marsad.Format
	}{
		{name: "Page", url: srv.URL + "/a", wantArts: 1, format: marsad.FormatHTML},
		{name: "Feed", url: srv.URL + "/feed", wantArts: 4, wantErrs: 1, format: marsad.FormatFeed},
		{name: "Text", url: other.URL + "/text", wantArts: 1, format: marsad.FormatText},
		{name: "NotFound", url: srv.URL + "/404", wantErrs: 1},
		{name: "Refused", url: "http://127.0.0.1:1/x", wantErrs: 1},
		{name: "ErrTooLarge", url: other.URL + "/huge", wantErrs: 1, wantErr: ErrTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opt := DefaultOptions()
			opt.MaxSize = 100 << 10
			arts, errs := collect(Read(context.Background(), tt.url, opt))
			if len(arts) != tt.wantArts || len(errs) != tt.wantErrs {
				t.Fatalf("Read(%s): got %d articles, errors %v, want %d and %d", tt.url, len(arts), errs, tt.wantArts, tt.wantErrs)
			}
			if tt.wantArts > 0 && (arts[0].Format != tt.format || arts[0].URL == "") {
				t.Errorf("Read(%s): got format %q URL %q, want %q with a URL", tt.url, arts[0].Format, arts[0].URL, tt.format)
			}
			if tt.wantErr != nil && !errors.Is(errs[0], tt.wantErr) {
				t.Errorf("Read(%s): got %v, want %v", tt.url, errs[0], tt.wantErr)
			}
			for _, err := range errs {
				if strings.Count(err.Error(), tt.url) > 1 {
					t.Errorf("Read(%s): error repeats the URL: %v", tt.url, err)
				}
			}
		})
	}
}

func TestSniff(t *testing.T) {
	tests := []struct {
		in   string
		want marsad.Format
	}{
		{`<?xml version="1.0"?><rss version="2.0">`, marsad.FormatFeed},
		{"\ufeff<?xml version=\"1.0\"?>\n<!-- c -->\n<feed xmlns=\"http://www.w3.org/2005/Atom\">", marsad.FormatFeed},
		{`<?xml version="1.0"?><rdf:RDF xmlns:rdf="x">`, marsad.FormatFeed},
		{"  <!DOCTYPE html>\n<html>", marsad.FormatHTML},
		{`<html lang="ar">`, marsad.FormatHTML},
		{`<?xml version="1.0"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN" "x"><html>`, marsad.FormatHTML},
		{"\n {\"id\": 1}", marsad.FormatJSONL},
		{`[{"id": 1}]`, marsad.FormatJSONL},
		{"[عاجل] خبر", marsad.FormatText},
		{"خبر عادي", marsad.FormatText},
		{"<b>خبر</b> قصير", marsad.FormatText},
	}
	for _, tt := range tests {
		if got := Sniff([]byte(tt.in)); got != tt.want {
			t.Errorf("Sniff(%q): got %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestRead_Seeds(t *testing.T) {
	dir := shared.Path(t, "seeds")
	want := []string{"000_a6f70ef0e84e938e", "001_c35dd770e33fb744", "002_81455eafc8007bc5", "003_648d491966dff82e", "004_e807085ce81d8918"}
	var got []string
	for a, err := range Read(context.Background(), dir, DefaultOptions()) {
		if err != nil {
			t.Errorf("Read(seeds): %v", err)
			continue
		}
		if a.Format != marsad.FormatText || len(a.Text) < 1000 || a.Title != "" {
			t.Errorf("seed %s: got format %q, %d bytes, title %q", a.ID, a.Format, len(a.Text), a.Title)
		}
		got = append(got, a.ID)
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("Read(seeds): got ids %q, want %q", got, want)
	}
}
