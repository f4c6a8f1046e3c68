package timex

import (
	"strings"
	"testing"
	"time"

	"github.com/marsad-project/marsad"
)

// mustDoc builds a cleaned document from lines: "T:" title, "C:" caption,
// "X:" teaser, anything else body.
func mustDoc(tb testing.TB, lines ...string) *marsad.Document {
	tb.Helper()
	var b strings.Builder
	doc := &marsad.Document{}
	for _, l := range lines {
		kind, text := "", l
		if len(l) > 2 && l[1] == ':' {
			kind, text = l[:1], l[2:]
		}
		sp := marsad.Span{Start: b.Len(), End: b.Len() + len(text)}
		b.WriteString(text)
		b.WriteByte('\n')
		switch kind {
		case "T":
			doc.Title, doc.TitleSpan = text, sp
		case "C":
			doc.Boilerplate = append(doc.Boilerplate, marsad.Line{Text: text, Span: sp, Kind: marsad.BoilerCaption})
		case "X":
			doc.Boilerplate = append(doc.Boilerplate, marsad.Line{Text: text, Span: sp, Kind: marsad.BoilerTeaser})
		default:
			doc.Body = append(doc.Body, marsad.Line{Text: text, Span: sp})
		}
	}
	doc.Article.Text = b.String()
	return doc
}

func TestInferPublished(t *testing.T) {
	day := func(s string) time.Time { return mustDate(t, s).Time }
	for _, tc := range []struct {
		name      string
		doc       *marsad.Document
		published string
		from, to  string
		source    marsad.DateSource
	}{
		{"Caption", mustDoc(t, "T:عنوان", "C:الوزير في الرياض، 3 نوفمبر 2025 (رويترز)", "قال الوزير يوم الاثنين إن المحادثات بناءة."), "2025-11-03", "", "", marsad.DateFromText},
		// A stamp line's every date is the report's, the Gregorian before
		// the Hijri, which the tabular calendar puts a day later here.
		{"StampGregorianFirst", mustDoc(t, "T:عنوان", "آخر تحديث: الجمعة 1 صفر 1437هـ - 13 نوفمبر 2015م KSA 18:25 - GMT 15:25", "قال الوزير إن المحادثات بناءة."), "2015-11-13", "", "", marsad.DateFromText},
		{"ArchiveCaptionIgnored", mustDoc(t, "T:عنوان", "C:صورة أرشيفية للوزير، 3 نوفمبر 2019", "وقع الاتفاق في 5 مايو 2024 بحضور الوزراء."), "", "2024-05-05", "2024-05-12", marsad.DateFromInferred},
		{"NewestDayEvent", mustDoc(t, "T:عنوان", "وقع الاتفاق في 5 مايو 2024 بعد مفاوضات بدأت في مارس 2023."), "", "2024-05-05", "2024-05-12", marsad.DateFromInferred},
		{"LeadWeekday", mustDoc(t, "T:عنوان", "التقى الزعيمان يوم الخميس في بكين.", "وجاء اللقاء بعد محادثات 5 مايو 2024 في موسكو."), "", "2024-05-09", "2024-05-12", marsad.DateFromInferred},
		{"FutureCaps", mustDoc(t, "T:عنوان", "اجتمع الوزراء في 10 مايو 2024.", "ومن المتوقع أن تعقد القمة في 13 مايو 2024."), "", "2024-05-10", "2024-05-13", marsad.DateFromInferred},
		{"ExplicitYearNextYear", mustDoc(t, "T:عنوان", "نما التعاون خلال عام 2025 بشكل ملحوظ."), "", "2026-01-01", "2026-12-31", marsad.DateFromInferred},
		{"TeaserIgnored", mustDoc(t, "T:عنوان", "X:شاهد أيضا: قمة في 5 يناير 2026", "وقع الاتفاق في 5 مايو 2024."), "", "2024-05-05", "2024-05-12", marsad.DateFromInferred},
		{"Anniversary", mustDoc(t, "T:عنوان", "حضر الزعيمان احتفالات الذكرى الـ80 لنهاية الحرب العالمية الثانية."), "", "2025-09-02", "2025-09-09", marsad.DateFromInferred},
		{"Nothing", mustDoc(t, "T:عنوان", "قال الوزير إن المحادثات بناءة."), "", "", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			InferPublished(tc.doc)
			d := tc.doc
			if got, want := d.Published, mustDate(t, tc.published); got != want {
				t.Errorf("got published %q, want %q", got, want)
			}
			if tc.from == "" {
				if d.PublishedRange != nil {
					t.Errorf("got range %v..%v, want none", d.PublishedRange.From, d.PublishedRange.To)
				}
			} else if r := d.PublishedRange; r == nil || !r.From.Equal(day(tc.from)) || !r.To.Equal(day(tc.to)) {
				t.Errorf("got range %+v, want %s..%s", r, tc.from, tc.to)
			}
			if d.PublishedSource != tc.source {
				t.Errorf("got source %q, want %q", d.PublishedSource, tc.source)
			}
		})
	}
	t.Run("KeepsMetadata", func(t *testing.T) {
		doc := mustDoc(t, "T:عنوان", "C:الرياض، 3 نوفمبر 2025")
		doc.Published, doc.PublishedSource = mustDate(t, "2025-11-05"), marsad.DateFromMetadata
		InferPublished(doc)
		if doc.Published.String() != "2025-11-05" || doc.PublishedSource != marsad.DateFromMetadata {
			t.Errorf("got %v (%s), want 2025-11-05 (metadata)", doc.Published, doc.PublishedSource)
		}
	})
}
