package timex_test

import (
	"fmt"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/timex"
)

func ExampleFind() {
	ref := marsad.DayDate(time.Date(2025, 11, 3, 0, 0, 0, 0, time.UTC))
	text := "وصل ميشوستين الاثنين، وسيتوجه إلى بكين الثلاثاء. وكان آخر اجتماع في أغسطس من العام الماضي."
	for _, e := range timex.Find(text, ref) {
		fmt.Println(e.Text, e.Kind, e.Date, e.Future)
	}
	// Output:
	// الاثنين weekday 2025-11-03 false
	// الثلاثاء weekday 2025-11-04 true
	// أغسطس من العام الماضي relative 2024-08 false
}

func ExampleFind_anniversary() {
	text := "حضر العرض العسكري في الثالث من سبتمبر بمناسبة الذكرى الثمانين لهزيمة اليابان."
	for _, e := range timex.Find(text, marsad.Date{}) {
		fmt.Println(e.Text, e.Kind, e.Date)
	}
	// Output:
	// الثالث من سبتمبر month 2025-09-03
	// الذكرى الثمانين لهزيمة اليابان anniversary 2025-09-02
}

func ExampleInferPublished() {
	doc := &marsad.Document{Article: marsad.Article{Text: "عنوان الخبر\nالرئيس يستقبل ضيفه، القاهرة، 3 نوفمبر 2025 - رويترز\nنص الخبر."}}
	timex.InferPublished(doc)
	fmt.Println(doc.Published, doc.PublishedSource)
	// Output:
	// 2025-11-03 text
}

func ExampleInferrer() {
	// A knowledge base would name the person; this one knows a single
	// president, inaugurated on 7 May 2018 and 7 May 2024 (Tuesdays).
	in := &timex.Inferrer{TermStarts: func(doc *marsad.Document, phrase marsad.Span) []time.Time {
		return []time.Time{time.Date(2018, 5, 7, 0, 0, 0, 0, time.UTC), time.Date(2024, 5, 7, 0, 0, 0, 0, time.UTC)}
	}}
	doc := &marsad.Document{Article: marsad.Article{Text: "عنوان الخبر\n" +
		"وصل الرئيس إلى بكين يوم الخميس في أول زيارة منذ بدء ولايته الجديدة الأسبوع الماضي.\n" +
		"وتعتمد بلاده على الصين منذ فبراير 2022."}}
	in.Run(doc)
	fmt.Println(doc.PublishedRange.From.Format(time.DateOnly), doc.PublishedRange.To.Format(time.DateOnly), doc.PublishedSource)
	// Output:
	// 2024-05-16 2024-05-19 inferred
}
