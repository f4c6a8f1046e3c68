package sample

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// mustManifest returns the parsed manifest or stops the test.
func mustManifest(tb testing.TB) []Entry {
	tb.Helper()
	entries, err := Manifest()
	if err != nil {
		tb.Fatalf("Manifest: %v", err)
	}
	return entries
}

func TestManifest_FilesMatchCorpus(t *testing.T) {
	entries := mustManifest(t)
	listed := map[string]bool{}
	for _, e := range entries {
		listed[e.File] = true
		if _, err := fs.Stat(FS(), e.File); err != nil {
			t.Errorf("manifest lists %s (id %s): %v", e.File, e.ID, err)
		}
	}
	dir, err := fs.ReadDir(FS(), ".")
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range dir {
		if d.IsDir() {
			t.Errorf("corpus has a subfolder %s; documents must sit at the top level", d.Name())
			continue
		}
		if d.Name() != ManifestFile && !listed[d.Name()] {
			t.Errorf("corpus file %s is not in the manifest", d.Name())
		}
	}
}

func TestManifest_Counts(t *testing.T) {
	entries := mustManifest(t)
	if len(entries) < 18 {
		t.Errorf("got %d documents, want at least 18", len(entries))
	}
	byExt := map[string]map[string]bool{}
	for _, e := range entries {
		ext := path.Ext(e.File)
		if byExt[ext] == nil {
			byExt[ext] = map[string]bool{}
		}
		byExt[ext][e.File] = true
	}
	for _, c := range []struct {
		ext      string
		min, max int
	}{
		{".txt", 4, 100},
		{".html", 4, 100},
		{".xml", 1, 1},
		{".jsonl", 1, 1},
	} {
		if n := len(byExt[c.ext]); n < c.min || n > c.max {
			t.Errorf("got %d %s files, want %d to %d", n, c.ext, c.min, c.max)
		}
	}
	for ext := range byExt {
		switch ext {
		case ".txt", ".html", ".xml", ".jsonl":
		default:
			t.Errorf("unexpected file type %q in the manifest", ext)
		}
	}
}

func TestManifest_Fields(t *testing.T) {
	entries := mustManifest(t)
	ids := map[string]bool{}
	for _, e := range entries {
		if ids[e.ID] {
			t.Errorf("id %s appears twice", e.ID)
		}
		ids[e.ID] = true
		d, err := time.Parse(time.DateOnly, e.Published)
		if err != nil {
			t.Errorf("%s: published %q: %v", e.ID, e.Published, err)
		} else if y := d.Year(); y < 2025 || y > 2026 {
			t.Errorf("%s: got year %d, want 2025 or 2026", e.ID, y)
		}
		if e.Outlet == "" || e.Note == "" {
			t.Errorf("%s: empty outlet or note", e.ID)
		}
		if ext := path.Ext(e.File); ext == ".txt" || ext == ".html" {
			if want := strings.TrimSuffix(e.File, ext); e.ID != want {
				t.Errorf("%s: got id %q, want the base name %q", e.File, e.ID, want)
			}
		}
	}
}

func TestCorpus_ValidUTF8(t *testing.T) {
	err := fs.WalkDir(FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(FS(), p)
		if err != nil {
			return err
		}
		if !utf8.Valid(data) {
			t.Errorf("%s is not valid UTF-8", p)
		}
		if bytes.HasPrefix(data, []byte("\uFEFF")) {
			t.Errorf("%s starts with a byte order mark", p)
		}
		if bytes.Contains(data, []byte("\r")) {
			t.Errorf("%s has carriage returns", p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestManifest_Stories(t *testing.T) {
	entries := mustManifest(t)
	outlets := map[string]map[string]bool{}
	docs := map[string]int{}
	for _, e := range entries {
		if outlets[e.Story] == nil {
			outlets[e.Story] = map[string]bool{}
		}
		outlets[e.Story][e.Outlet] = true
		docs[e.Story]++
	}
	multi := 0
	for story, n := range docs {
		if n < 2 {
			continue
		}
		multi++
		if len(outlets[story]) != n {
			t.Errorf("story %s: got %d outlets for %d documents, want one outlet per document", story, len(outlets[story]), n)
		}
		if n > 3 {
			t.Errorf("story %s: got %d documents, want 2 or 3", story, n)
		}
	}
	if multi < 3 {
		t.Errorf("got %d stories reported by several outlets, want at least 3", multi)
	}
}

// TestManifest_Markers checks the features the notes promise: a conflicting
// figure reported in two documents of one story, and a near-duplicate that
// shares most of its wording with its original.
func TestManifest_Markers(t *testing.T) {
	entries := mustManifest(t)
	conflicts := map[string]int{}
	dupes := 0
	for _, e := range entries {
		if strings.Contains(e.Note, "CONFLICTING FIGURE") {
			conflicts[e.Story]++
		}
		if !strings.Contains(e.Note, "NEAR-DUPLICATE") {
			continue
		}
		dupes++
		m := regexp.MustCompile(`copy of ([a-z0-9-]+)`).FindStringSubmatch(e.Note)
		if m == nil {
			t.Errorf("%s: near-duplicate note does not name its original (copy of <id>)", e.ID)
			continue
		}
		orig := find(entries, m[1])
		if orig == nil {
			t.Errorf("%s: original %s not in the manifest", e.ID, m[1])
			continue
		}
		if orig.Story != e.Story {
			t.Errorf("%s: got story %s, want the original's %s", e.ID, e.Story, orig.Story)
		}
		a, b := shingles(mustText(t, e)), shingles(mustText(t, *orig))
		if j := jaccard(a, b); j < 0.6 || j > 0.97 {
			t.Errorf("%s vs %s: got word 3-gram Jaccard %.2f, want a near-duplicate in [0.6, 0.97]", e.ID, orig.ID, j)
		}
	}
	if dupes < 1 {
		t.Errorf("got %d near-duplicates, want at least 1", dupes)
	}
	found := false
	for story, n := range conflicts {
		if n >= 2 {
			found = true
		} else {
			t.Errorf("story %s: conflicting figure marked in %d document, want at least 2", story, n)
		}
	}
	if !found {
		t.Error("no story marks a conflicting figure in two documents")
	}
}

// TestDocuments_Text checks every document's own text: its container
// agrees with the manifest, and its body is a short report.
func TestDocuments_Text(t *testing.T) {
	for _, e := range mustManifest(t) {
		t.Run(e.ID, func(t *testing.T) {
			text := mustText(t, e)
			if n := len(strings.Fields(text)); n < 150 || n > 420 {
				t.Errorf("got %d words, want 150 to 420", n)
			}
			if !strings.ContainsAny(text, "«\"“") {
				t.Error("no quotation in the text")
			}
		})
	}
}

func TestDocuments_HTMLPages(t *testing.T) {
	for _, e := range mustManifest(t) {
		if path.Ext(e.File) != ".html" {
			continue
		}
		t.Run(e.ID, func(t *testing.T) {
			page := string(mustRead(t, e.File))
			for _, want := range []string{
				`<html lang="ar" dir="rtl">`, "<title>", `property="og:title"`,
				`property="og:site_name" content="` + e.Outlet + `"`,
				`property="article:published_time" content="` + e.Published,
				"<nav", "<article", "<h1", "<p>", "<aside", "<footer",
			} {
				if !strings.Contains(page, want) {
					t.Errorf("page lacks %s", want)
				}
			}
		})
	}
}

func TestCopyTo(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "corpus")
	if err := CopyTo(dir); err != nil {
		t.Fatalf("CopyTo: %v", err)
	}
	err := fs.WalkDir(FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		want, err := fs.ReadFile(FS(), p)
		if err != nil {
			return err
		}
		got, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(p)))
		if err != nil {
			t.Errorf("copy of %s: %v", p, err)
		} else if !bytes.Equal(got, want) {
			t.Errorf("copy of %s differs from the embedded file", p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Run("ErrExists", func(t *testing.T) {
		if err := CopyTo(dir); err == nil {
			t.Error("second CopyTo into the same folder: got nil error, want one")
		}
	})
}

func TestParseManifest(t *testing.T) {
	for _, c := range []struct {
		name    string
		in      string
		want    int
		wantErr bool
	}{
		{"HeaderOnly", "file\tid\toutlet\tpublished\tstory\tnote\n", 0, false},
		{"OneLine", "a.txt\ta\tO\t2025-01-02\ts\tn\n", 1, false},
		{"BlankLinesAndCRLF", "\r\na.txt\ta\tO\t2025-01-02\ts\tn\r\n\n", 1, false},
		{"NoTrailingNewline", "a.txt\ta\tO\t2025-01-02\ts\tn", 1, false},
		{"ErrFieldCount", "a.txt\ta\tO\t2025-01-02\ts\n", 0, true},
		{"ErrEmptyID", "a.txt\t\tO\t2025-01-02\ts\tn\n", 0, true},
		{"ErrSecondLine", "a.txt\ta\tO\t2025-01-02\ts\tn\nb.txt\tb\n", 0, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := parseManifest([]byte(c.in))
			if (err != nil) != c.wantErr {
				t.Fatalf("parseManifest(%q): got error %v, want error %v", c.in, err, c.wantErr)
			}
			if len(got) != c.want {
				t.Errorf("parseManifest(%q): got %d entries, want %d", c.in, len(got), c.want)
			}
		})
	}
}

func FuzzParseManifest(f *testing.F) {
	f.Add("file\tid\toutlet\tpublished\tstory\tnote\n")        // header only
	f.Add("a.txt\ta\tO\t2025-01-02\ts\tn\n")                   // one valid line
	f.Add("a.txt\ta\tO\t2025-01-02\ts\n")                      // a field short
	f.Add("\t\t\t\t\t\n")                                      // all fields empty
	f.Add("a.txt\ta\tصحيفة\t2025-01-02\ts\tملاحظة\r\n\r\n")    // Arabic fields, CRLF
	f.Add(strings.Repeat("x", 70000) + "\ta\tO\t2025\ts\tn\n") // line past the scanner's default buffer
	f.Fuzz(func(t *testing.T, in string) {
		entries, err := parseManifest([]byte(in))
		if err != nil {
			return
		}
		for _, e := range entries {
			if e.File == "" || e.ID == "" || e.Story == "" {
				t.Errorf("parseManifest(%q): accepted an entry with an empty key field: %+v", in, e)
			}
		}
	})
}

func BenchmarkManifest(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Manifest(); err != nil {
			b.Fatal(err)
		}
	}
}

func find(entries []Entry, id string) *Entry {
	for i := range entries {
		if entries[i].ID == id {
			return &entries[i]
		}
	}
	return nil
}

func mustRead(tb testing.TB, name string) []byte {
	tb.Helper()
	data, err := fs.ReadFile(FS(), name)
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

// mustText returns the report text of e from its container, checking on the
// way that the container's own metadata agrees with the manifest.
func mustText(tb testing.TB, e Entry) string {
	tb.Helper()
	data := mustRead(tb, e.File)
	switch path.Ext(e.File) {
	case ".txt":
		return string(data)
	case ".html":
		s := string(data)
		i, j := strings.Index(s, "<article"), strings.Index(s, "</article>")
		if i < 0 || j < i {
			tb.Fatalf("%s: no <article> element", e.File)
		}
		return stripTags(s[i:j])
	case ".jsonl":
		for line := range strings.Lines(string(data)) {
			var r struct{ ID, URL, Outlet, Title, Published, Text string }
			if err := json.Unmarshal([]byte(line), &r); err != nil {
				tb.Fatalf("%s: %v", e.File, err)
			}
			if r.ID != e.ID {
				continue
			}
			if _, err := time.Parse(time.RFC3339, r.Published); err != nil || !strings.HasPrefix(r.Published, e.Published) {
				tb.Errorf("%s: got published %q, want RFC 3339 on %s", e.ID, r.Published, e.Published)
			}
			if r.Outlet != e.Outlet || r.Title == "" || !strings.HasPrefix(r.URL, "https://example.invalid/") {
				tb.Errorf("%s: record fields disagree with the manifest: %+v", e.ID, r)
			}
			return r.Text
		}
		tb.Fatalf("%s: no record with id %s", e.File, e.ID)
	case ".xml":
		var rss struct {
			Version string `xml:"version,attr"`
			Items   []struct {
				Title   string `xml:"title"`
				Link    string `xml:"link"`
				GUID    string `xml:"guid"`
				PubDate string `xml:"pubDate"`
				Content string `xml:"http://purl.org/rss/1.0/modules/content/ encoded"`
			} `xml:"channel>item"`
		}
		if err := xml.Unmarshal(data, &rss); err != nil {
			tb.Fatalf("%s: %v", e.File, err)
		}
		if rss.Version != "2.0" {
			tb.Errorf("%s: got RSS version %q, want 2.0", e.File, rss.Version)
		}
		for _, it := range rss.Items {
			if it.GUID != e.ID {
				continue
			}
			d, err := time.Parse(time.RFC1123Z, it.PubDate)
			if err != nil {
				d, err = time.Parse(time.RFC1123, it.PubDate)
			}
			if err != nil || d.Format(time.DateOnly) != e.Published {
				tb.Errorf("%s: got pubDate %q, want a date on %s", e.ID, it.PubDate, e.Published)
			}
			if it.Title == "" || !strings.HasPrefix(it.Link, "https://example.invalid/") {
				tb.Errorf("%s: got title %q and link %q", e.ID, it.Title, it.Link)
			}
			return stripTags(it.Content)
		}
		tb.Fatalf("%s: no item with guid %s", e.File, e.ID)
	}
	tb.Fatalf("%s: unknown format", e.File)
	return ""
}

// stripTags drops markup, leaving text runs separated by spaces; enough for
// word counts in tests, not an extractor.
func stripTags(s string) string {
	var b strings.Builder
	in := false
	for _, r := range s {
		switch {
		case r == '<':
			in = true
			b.WriteByte(' ')
		case r == '>':
			in = false
		case !in:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func shingles(s string) map[string]bool {
	w := strings.Fields(s)
	set := map[string]bool{}
	for i := 0; i+3 <= len(w); i++ {
		set[strings.Join(w[i:i+3], " ")] = true
	}
	return set
}

func jaccard(a, b map[string]bool) float64 {
	inter := 0
	for k := range a {
		if b[k] {
			inter++
		}
	}
	union := len(a) + len(b) - inter
	if union == 0 {
		return 0
	}
	return float64(inter) / float64(union)
}
