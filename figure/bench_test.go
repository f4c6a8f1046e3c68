package figure

import (
	"strings"
	"testing"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/arabic"
)

// benchText is a news report of about 5 KB with figures of every kind.
var benchText = func() string {
	para := []string{
		"أعلنت وزارة المالية أن حجم التبادل التجاري بين البلدين تجاوز 120 مليار دولار خلال العام الماضي، بزيادة نسبتها 12 في المئة.",
		"وقال الوزير في مؤتمر صحفي عقده في العاصمة يوم الثلاثاء إن الحكومة تعتزم استثمار نحو خمسة مليارات يورو في مشروعات الطاقة المتجددة.",
		"وأضاف أن المحطة الجديدة ستنتج 500 ميغاواط، وأن خط الأنابيب سيمتد أكثر من 2,000 كيلومتر عبر ثلاث دول.",
		"وفي سياق متصل، قتل 14 شخصا وأصيب عشرات آخرون في انفجار وقع الأسبوع الماضي قرب الحدود، بحسب مصادر طبية.",
		"وتأتي الزيارة التي تستمر يومين في إطار الذكرى الخامسة والسبعين لإقامة العلاقات الدبلوماسية بين البلدين.",
		"وكانت الحكومة قد وقعت في فبراير 2023 على 14 اتفاقية للتعاون في مجالات النقل والزراعة والتعليم.",
	}
	var b strings.Builder
	for b.Len() < 5000 {
		for _, p := range para {
			b.WriteString(p)
			b.WriteString("\n\n")
		}
	}
	return b.String()
}()

// benchDoc returns a document whose body is every paragraph of text, as
// the cleaner would give it (the cleaner itself drops repeated paragraphs).
func benchDoc(text string) *marsad.Document {
	doc := &marsad.Document{Article: marsad.Article{ID: "bench", Text: text}}
	start := 0
	for _, line := range strings.SplitAfter(text, "\n") {
		end := start + len(strings.TrimRight(line, "\n"))
		if end > start {
			doc.Body = append(doc.Body, marsad.Line{Text: text[start:end], Span: marsad.Span{Start: start, End: end}})
			for _, g := range arabic.Sentences(text[start:end]) {
				doc.Sentences = append(doc.Sentences, marsad.Span{Start: start + g.Start, End: start + g.End})
			}
		}
		start += len(line)
	}
	return doc
}

func BenchmarkRun(b *testing.B) {
	doc := benchDoc(benchText)
	f := NewFinder()
	if f.Run(doc); len(doc.Figures) == 0 {
		b.Fatal("no figures in the benchmark text")
	}
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		doc.Figures = doc.Figures[:0]
		f.Run(doc)
	}
}

func BenchmarkFind(b *testing.B) {
	f := NewFinder()
	s := "ارتفع حجم التبادل التجاري إلى أكثر من 240 مليار دولار العام الماضي"
	b.ReportAllocs()
	for b.Loop() {
		f.Find(s)
	}
}
