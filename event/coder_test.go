package event

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/marsad-project/marsad"
)

// brief renders an event as TYPE CAMEO SRC>TGT date modality.
func brief(e marsad.Event) string {
	return fmt.Sprintf("%s %s %s>%s %s %s", e.Type, e.CAMEO, e.SourceCode, e.TargetCode, e.Date, e.Modality)
}

func TestCoder_Run(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"VSOHost", "استقبل الرئيس المصري عبد الفتاح السيسي نظيره التركي رجب طيب أردوغان في القاهرة.", []string{"CONSULT 043 EGY>TUR  asserted"}},
		{"SVO", "أردوغان زار القاهرة الأسبوع الماضي.", []string{"CONSULT 042 TUR>EGY  asserted"}},
		{"VisitNominal", "وجاءت زيارة أردوغان إلى مصر بعد قطيعة طويلة.", []string{"CONSULT 042 TUR>EGY  asserted"}},
		{"NoActors", "وبعد المحادثات عاد الوفد.", nil},
		{"JointSubject", "عقد السيسي وأردوغان اجتماعا مع فيصل بن فرحان.", []string{"CONSULT 040 EGY>SAU  asserted", "CONSULT 040 TUR>SAU  asserted"}},
		{"Sanctions", "وفرضت الولايات المتحدة عقوبات جديدة على إيران.", []string{"COERCE 163 USA>IRN  asserted"}},
		{"SanctionsNominal", "ورغم العقوبات الغربية على إيران واصلت طهران تصدير النفط.", []string{"COERCE 163 WST>IRN  asserted"}},
		{"Negated", "لم تدن السعودية الهجوم الإسرائيلي.", []string{"ACCUSE 111 SAU>ISR  negated"}},
		{"TargetlessPraise", "وأشاد السيسي بالنتائج.", nil},
		{"Planned", "ومن المتوقع أن يزور عراقجي السعودية.", []string{"CONSULT 042 IRN>SAU  planned"}},
		{"FuturePrefix", "وسيزور أردوغان القاهرة.", []string{"CONSULT 042 TUR>EGY  planned"}},
		{"ClaimedDenied", "واتهمت إسرائيل إيران بتزويد الحوثيين بالصواريخ، وهو ما تنفيه طهران.", []string{"ACCUSE 112 ISR>IRN  asserted", "REJECT 016 IRN>  asserted"}},
		{"Deny", "ونفت إيران أي دور لها في الهجوم.", []string{"REJECT 016 IRN>  asserted"}},
		{"AttributionSpeakerAsContext", "وقال أردوغان إنه سيزور مصر.", []string{"CONSULT 042 TUR>EGY  planned"}},
		{"Protest", "تظاهر آلاف في طهران ضد الولايات المتحدة.", []string{"PROTEST 141 IRN>USA  asserted"}},
		{"AirStrike", "شنت إسرائيل غارات جوية على لبنان.", []string{"ASSAULT 195 ISR>LBN  asserted"}},
		{"Phone", "أجرى ولي العهد السعودي اتصالا هاتفيا مع الرئيس الإيراني.", []string{"CONSULT 041 SAU>IRN  asserted"}},
		{"Praise", "وأشاد السيسي بالعلاقات مع السعودية.", []string{"SUPPORT 051 EGY>SAU  asserted"}},
		{"Request", "ودعت الأمم المتحدة إيران إلى ضبط النفس.", []string{"REQUEST 020 UN>IRN  asserted"}},
		{"Threaten", "وهددت إيران إسرائيل بالرد.", []string{"THREATEN 130 IRN>ISR  asserted"}},
		{"StatementIsNoEvent", "وقال السيسي إن العلاقات ممتازة.", nil},
		{"DateInSentence", "وزار أردوغان القاهرة في 14 فبراير 2024.", []string{"CONSULT 042 TUR>EGY 2024-02-14 asserted"}},
		{"Arrest", "واعتقلت السلطات الإيرانية عشرات المحتجين في طهران.", []string{"COERCE 173 IRN>IRN  asserted"}},
		{"Veto", "واستخدمت روسيا حق النقض ضد مشروع القرار في مجلس الأمن.", []string{"REJECT 120 RUS>  asserted"}},
	}
	c := NewCoder()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := newDoc(t, tt.text, "")
			c.Run(doc)
			var got []string
			for _, e := range doc.Events {
				got = append(got, brief(e))
				if doc.Article.Text[e.EvidenceSpan.Start:e.EvidenceSpan.End] != e.Evidence {
					t.Errorf("evidence %q is not the text at its span", e.Evidence)
				}
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("Run(%q):\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestCoder_Concurrent codes the golden articles from several goroutines
// with one Coder (its states and word caches are shared through the free
// list) and checks each result against a sequential run with a new Coder.
func TestCoder_Concurrent(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no inputs: %v", err)
	}
	var texts, want []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc := newDoc(t, string(b), "2025-04-10")
		NewCoder().Run(doc)
		texts = append(texts, string(b))
		want = append(want, fmt.Sprint(doc.Events))
	}
	docs := make([][]*marsad.Document, 4)
	for g := range docs {
		for range 3 {
			for _, s := range texts {
				docs[g] = append(docs[g], newDoc(t, s, "2025-04-10"))
			}
		}
	}
	c := NewCoder()
	var wg sync.WaitGroup
	for g := range docs {
		wg.Go(func() {
			for _, d := range docs[g] {
				c.Run(d)
			}
		})
	}
	wg.Wait()
	for g := range docs {
		for i, d := range docs[g] {
			if got := fmt.Sprint(d.Events); got != want[i%len(texts)] {
				t.Errorf("goroutine %d, %s: got %s, want %s", g, files[i%len(texts)], got, want[i%len(texts)])
			}
		}
	}
}

func TestReference(t *testing.T) {
	day := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		name         string
		published    marsad.Date
		rng          *marsad.DateRange
		ref, from    string
		refPrecision marsad.Precision
	}{
		{"Published", marsad.DayDate(day(2025, 4, 10)), nil, "2025-04-10", "", marsad.PrecisionDay},
		{"WeekRange", marsad.Date{}, &marsad.DateRange{From: day(2025, 9, 3), To: day(2025, 9, 10)}, "2025-09-03", "", marsad.PrecisionDay},
		{"MonthRange", marsad.Date{}, &marsad.DateRange{From: day(2025, 6, 2), To: day(2025, 6, 28)}, "2025-06", "2025-06-02", marsad.PrecisionMonth},
		{"YearRange", marsad.Date{}, &marsad.DateRange{From: day(2024, 1, 1), To: day(2024, 12, 31)}, "2024", "2024-01-01", marsad.PrecisionYear},
		{"AcrossYears", marsad.Date{}, &marsad.DateRange{From: day(2022, 3, 1), To: day(2023, 2, 28)}, "", "2022-03-01", marsad.PrecisionNone},
		{"Nothing", marsad.Date{}, nil, "", "", marsad.PrecisionNone},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &marsad.Document{Published: tt.published, PublishedRange: tt.rng}
			ref, from := reference(doc)
			if ref.String() != tt.ref || from.String() != tt.from || ref.Precision != tt.refPrecision {
				t.Errorf("reference: got %q (precision %d), %q; want %q (precision %d), %q", ref, ref.Precision, from, tt.ref, tt.refPrecision, tt.from)
			}
		})
	}
}

// TestCoder_WideRange checks the dates found when the publication is known
// only as a range of a year: a named past month and an explicit date
// resolve, a weekday does not.
func TestCoder_WideRange(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"NamedMonth", "وزار أردوغان القاهرة في سبتمبر الماضي.", []string{"CONSULT 042 TUR>EGY 2023-09 asserted"}},
		{"Explicit", "وزار أردوغان القاهرة في فبراير 2022.", []string{"CONSULT 042 TUR>EGY 2022-02 asserted"}},
		{"Weekday", "وزار أردوغان القاهرة يوم الخميس.", []string{"CONSULT 042 TUR>EGY  asserted"}},
		{"LastYear", "وزار أردوغان القاهرة العام الماضي.", []string{"CONSULT 042 TUR>EGY 2023 asserted"}},
	}
	c := NewCoder()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := newDoc(t, "تقرير\n"+tt.text, "")
			doc.PublishedRange = &marsad.DateRange{From: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2024, 12, 31, 0, 0, 0, 0, time.UTC)}
			c.Run(doc)
			var got []string
			for _, e := range doc.Events {
				got = append(got, brief(e))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("Run(%q):\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}
