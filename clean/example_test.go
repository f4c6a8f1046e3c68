package clean_test

import (
	"fmt"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/clean"
)

func ExampleCleaner_Clean() {
	text := "البرلمان يقر الموازنة العامة\n\n" +
		"عمّان - بترا\n" +
		"أقر مجلس النواب الموازنة العامة للدولة للعام المقبل بأغلبية أعضائه بعد نقاش استمر ثلاثة أيام.\n" +
		"شاهد أيضا: الحكومة تعلن خطة لخفض العجز\n" +
		"#الأردن #الموازنة"
	d := clean.New().Clean(&marsad.Article{Text: text})
	fmt.Println("title:", d.Title)
	fmt.Println("dateline:", d.Dateline)
	fmt.Println("body lines:", len(d.Body))
	for _, l := range d.Boilerplate {
		fmt.Println(l.Kind+":", l.Text)
	}
	// Output:
	// title: البرلمان يقر الموازنة العامة
	// dateline: عمّان - بترا
	// body lines: 1
	// teaser: شاهد أيضا: الحكومة تعلن خطة لخفض العجز
	// hashtags: #الأردن #الموازنة
}
