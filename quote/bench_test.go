package quote

import (
	"strings"
	"testing"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/arabic"
)

// benchArticle is a 5 KB article of our own: paragraphs with and without
// quotes, indirect speech, scare quotes and a quoted subheading.
func benchArticle(tb testing.TB) *marsad.Document {
	tb.Helper()
	paras := []string{
		`استقبل الرئيس الصيني شي جين بينغ نظيره الروسي فلاديمير بوتين في بكين، في زيارة وصفها الجانبان بأنها "تاريخية"، وسط ترقب دولي لنتائجها.`,
		`وقال بوتين في مستهل المحادثات إن "العلاقات بين موسكو وبكين بلغت مستوى غير مسبوق"، مضيفا أن التعاون الاقتصادي "يتسع عاما بعد عام".`,
		`من جهته، أكد شي أن الصين مستعدة للعمل مع روسيا من أجل "نظام دولي أكثر عدلا"، وشدد على أهمية التنسيق في القضايا الإقليمية.`,
		`"شراكة بلا حدود"`,
		`وأوضح بيان مشترك صدر عن الزعيمين أن البلدين سيعززان التعاون في مجالات الطاقة والتجارة والنقل، وأن حجم التبادل التجاري تجاوز مستويات قياسية.`,
		`وقال المتحدث باسم الكرملين دميتري بيسكوف للصحفيين إن الزيارة "مهمة للغاية"، مشيرا إلى أن الجانبين وقعا عددا من الاتفاقيات.`,
		`وفي المقابل، انتقدت الولايات المتحدة ما وصفته بـ"الدعم الصيني للمجهود الحربي الروسي"، وهو ما تنفيه بكين.`,
		`وأضاف بوتين: "نحن نقدر موقف الصين المتوازن. ونعتقد أن الحوار هو الطريق الوحيد"، فيما قال شي إن بلاده "لن تتخلى عن أصدقائها".`,
		`وتأتي الزيارة بعد أسابيع من إعلان الطرفين خطة "التعاون الشامل" التي تمتد حتى عام 2030، بحسب ما أفادت به وزارة الخارجية الصينية.`,
		`ويرى مراقبون أن التقارب بين البلدين يعكس رغبة مشتركة في مواجهة الضغوط الغربية، في حين يحذر آخرون من أن هذه الشراكة قد تواجه اختبارات صعبة في المستقبل.`,
	}
	var b strings.Builder
	for b.Len() < 5000 {
		for _, p := range paras {
			b.WriteString(p)
			b.WriteString("\n\n")
		}
	}
	text := b.String()[:strings.LastIndex(b.String()[:5200], "\n\n")]
	doc := &marsad.Document{Article: marsad.Article{Text: text}}
	off := 0
	for _, l := range strings.Split(text, "\n") {
		if l != "" {
			doc.Body = append(doc.Body, marsad.Line{Text: l, Span: marsad.Span{Start: off, End: off + len(l)}})
		}
		off += len(l) + 1
	}
	for _, l := range doc.Body {
		for _, g := range arabic.Sentences(l.Text) {
			doc.Sentences = append(doc.Sentences, marsad.Span{Start: l.Span.Start + g.Start, End: l.Span.Start + g.End})
		}
	}
	doc.Entities = mustEntities(tb, text, testNames, testGroups)
	return doc
}

func BenchmarkRun(b *testing.B) {
	f := NewFinder()
	doc := benchArticle(b)
	b.SetBytes(int64(len(doc.Article.Text)))
	b.ReportAllocs()
	for b.Loop() {
		f.Run(doc)
	}
}

// TestFinder_Run_Bench checks the benchmark article's quotes, so the
// benchmark measures real work.
func TestFinder_Run_Bench(t *testing.T) {
	doc := benchArticle(t)
	NewFinder().Run(doc)
	if len(doc.Quotes) < 20 {
		t.Fatalf("got %d quotes, want at least 20", len(doc.Quotes))
	}
	for _, q := range doc.Quotes {
		if q.Text == "نحن نقدر موقف الصين المتوازن. ونعتقد أن الحوار هو الطريق الوحيد" && q.Speaker != "Q7747" {
			t.Errorf("quote %q: got speaker %q, want Q7747", q.Text, q.Speaker)
		}
	}
}
