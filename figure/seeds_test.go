package figure

import (
	"testing"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/clean"
	"github.com/marsad-project/marsad/eval"
	"github.com/marsad-project/marsad/internal/seedtest"
)

// minSeedF1 holds the figures F1 reached on the seeds.
const minSeedF1 = 0.85

// TestSeeds runs the finder over the shared seed articles, after clean,
// and scores its figures against the gold standard with package eval. It
// holds the F1 reached; rules are general Arabic, never written for these
// texts. With -v it logs each document's counts and figures.
func TestSeeds(t *testing.T) {
	g := seedtest.Gold(t)
	c, f := clean.New(), NewFinder()
	var docs []*marsad.Document
	for _, a := range seedtest.Articles(t, g) {
		doc := c.Clean(a)
		f.Run(doc)
		for _, fg := range doc.Figures {
			checkSpan(t, doc.Article.Text, fg)
		}
		docs = append(docs, doc)
	}
	for i, doc := range docs {
		if !testing.Verbose() {
			break
		}
		r := seedtest.Score(t, &eval.Gold{Documents: g.Documents[i : i+1]}, docs[i:i+1])
		t.Logf("%s: figures %+v", doc.Article.ID, r.Figures)
		for _, fg := range doc.Figures {
			t.Logf("  %g %s %s %q period=%s: %q", fg.Value, fg.Unit, fg.Qualifier, fg.Subject, fg.Period, fg.Evidence)
		}
	}
	r := seedtest.Score(t, g, docs)
	t.Logf("seed figures: P=%.3f R=%.3f F1=%.3f %+v", r.Figures.P(), r.Figures.R(), r.Figures.F1(), r.Figures)
	if f1 := r.Figures.F1(); f1 < minSeedF1 {
		t.Errorf("seed figure F1 = %.3f, want >= %.2f", f1, minSeedF1)
	}
}

// checkSpan checks that fg's evidence span lies in text and holds its
// evidence.
func checkSpan(tb testing.TB, text string, fg marsad.Figure) {
	tb.Helper()
	if !fg.EvidenceSpan.In(len(text)) {
		tb.Errorf("figure %g %s: span %v out of a text of %d bytes", fg.Value, fg.Unit, fg.EvidenceSpan, len(text))
		return
	}
	if got := text[fg.EvidenceSpan.Start:fg.EvidenceSpan.End]; got != fg.Evidence {
		tb.Errorf("figure %g %s: text at span is %q, want the evidence %q", fg.Value, fg.Unit, got, fg.Evidence)
	}
}
