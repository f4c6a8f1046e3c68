package story_test

import (
	"context"
	"path"
	"strings"
	"testing"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/clean"
	"github.com/marsad-project/marsad/entity"
	"github.com/marsad-project/marsad/event"
	"github.com/marsad-project/marsad/gazetteer"
	"github.com/marsad-project/marsad/ingest"
	"github.com/marsad-project/marsad/sample"
	"github.com/marsad-project/marsad/timex"
)

// MustAnalyze reads every article under dir and runs the real stages on
// it (clean, timex, entity, event), as `marsad analyze` does, without
// fetching anything.
func MustAnalyze(tb testing.TB, dir string) []*marsad.Document {
	tb.Helper()
	opt := ingest.DefaultOptions()
	opt.FetchItems = false
	rec := entity.NewRecognizer(gazetteer.Default())
	coder := event.NewCoder()
	c := clean.New()
	var docs []*marsad.Document
	for a, err := range ingest.Read(context.Background(), dir, opt) {
		if err != nil {
			tb.Fatalf("read %s: %v", dir, err)
		}
		d := c.Clean(a)
		timex.InferPublished(d)
		rec.Run(d)
		coder.Run(d)
		docs = append(docs, d)
	}
	return docs
}

// MustSample analyses the bundled sample corpus and returns its documents
// with the story key MANIFEST.tsv gives each.
func MustSample(tb testing.TB) (docs []*marsad.Document, key map[string]string) {
	tb.Helper()
	dir := tb.TempDir()
	if err := sample.CopyTo(dir); err != nil {
		tb.Fatal(err)
	}
	entries, err := sample.Manifest()
	if err != nil {
		tb.Fatal(err)
	}
	docs = MustAnalyze(tb, dir)
	key = map[string]string{}
	for _, d := range docs {
		k, ok := manifestKey(entries, d)
		if !ok {
			tb.Fatalf("document %s (%s, %s) is not in the manifest", d.ID(), d.Article.Source, d.Article.URL)
		}
		key[d.ID()] = k
	}
	if len(docs) != len(entries) {
		tb.Fatalf("got %d documents, want the %d of the manifest", len(docs), len(entries))
	}
	return docs, key
}

// manifestKey finds the manifest entry of d: by id, or for a feed item
// (whose id is a hash of its link) by its outlet and the last segment of
// the link, which the id of exactly one entry ends with.
func manifestKey(entries []sample.Entry, d *marsad.Document) (string, bool) {
	for _, e := range entries {
		if e.ID == d.ID() {
			return e.Story, true
		}
	}
	seg := path.Base(d.Article.URL)
	found, n := "", 0
	for _, e := range entries {
		if seg != "" && seg != "." && strings.HasSuffix(e.ID, "-"+seg) && e.Outlet != "" && strings.Contains(d.Article.Outlet, e.Outlet) {
			found, n = e.Story, n+1
		}
	}
	if n == 1 {
		return found, true
	}
	return "", false
}
