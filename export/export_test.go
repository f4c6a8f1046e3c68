package export_test

import (
	"bytes"
	"path/filepath"
	"testing"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/export"
	"github.com/marsad-project/marsad/internal/golden"
)

func TestWriter_Golden(t *testing.T) {
	pub := marsad.DayDate(time.Date(2025, 11, 3, 0, 0, 0, 0, time.UTC))
	docs := []*marsad.Document{
		{
			Article:         marsad.Article{ID: "dated", Outlet: "وكالة المدار", Text: "عنوان\nنص الخبر.\nاقرأ أيضا: خبر آخر"},
			Title:           "عنوان",
			Body:            []marsad.Line{{Text: "نص الخبر.", Span: marsad.Span{Start: 11, End: 27}}},
			Boilerplate:     []marsad.Line{{Text: "اقرأ أيضا: خبر آخر", Kind: marsad.BoilerTeaser}},
			Published:       pub,
			PublishedSource: marsad.DateFromText,
			Figures: []marsad.Figure{{
				Value: 2e11, Unit: "USD", Qualifier: marsad.MoreThan, Subject: "bilateral trade", Period: "2024",
				Evidence: "تجاوز 200 مليار دولار",
			}},
		},
		{
			Article:         marsad.Article{ID: "ranged", Text: "نص"},
			PublishedRange:  &marsad.DateRange{From: pub.Time, To: pub.Time.AddDate(0, 0, 7)},
			PublishedSource: marsad.DateFromInferred,
			Entities:        []marsad.Entity{{ID: "Q148", Name: "China", Arabic: "الصين", Type: marsad.EntityCountry, Code: "CHN"}},
			Events: []marsad.Event{{
				Source: "Q148", SourceCode: "CHN", Type: "CONSULT", CAMEO: "040", Target: "Q159", TargetCode: "RUS",
				Date: marsad.Date{Time: pub.Time, Precision: marsad.PrecisionMonth}, Modality: marsad.Asserted, Evidence: "بحث الجانبان",
			}},
		},
	}
	var buf bytes.Buffer
	w := export.NewWriter(&buf)
	for _, d := range docs {
		if err := w.WriteDocument(d); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.WriteStory(export.Story{Label: "a visit", Documents: []string{"dated", "ranged"}}); err != nil {
		t.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, filepath.Join("testdata", "records.golden.jsonl"), buf.Bytes())
}

func TestNewRecord_EmptyArraysNotNull(t *testing.T) {
	r := export.NewRecord(&marsad.Document{Article: marsad.Article{ID: "x"}})
	if r.Boilerplate == nil || r.Entities == nil || r.Events == nil || r.Quotes == nil || r.Figures == nil {
		t.Errorf("got nil arrays in %+v, want empty ones (the format lists them)", r)
	}
	if r.Title != nil || r.Published != nil || r.PublishedRange != nil {
		t.Errorf("got title %v, published %v, range %v; want nulls", r.Title, r.Published, r.PublishedRange)
	}
}
