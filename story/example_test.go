package story_test

import (
	"fmt"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/story"
)

func ExampleClusterer_Add() {
	c := story.NewClusterer()
	docs := []*marsad.Document{
		meeting("madar-1", "المدار", "2025-09-02", "CHN", "RUS", "2025-09-02",
			"شي يستقبل بوتين في بكين ويبحثان تعزيز الشراكة الاستراتيجية",
			"استقبل الرئيس الصيني شي جين بينغ نظيره الروسي فلاديمير بوتين في بكين حيث بحث الجانبان تعزيز الشراكة"),
		meeting("ofoq-1", "الأفق", "2025-09-03", "RUS", "CHN", "2025-09-02",
			"بوتين وشي يجتمعان في بكين لبحث الشراكة والتعاون في الطاقة",
			"التقى الرئيس الروسي فلاديمير بوتين الرئيس الصيني شي جين بينغ في بكين أمس وتناول اللقاء الشراكة بين البلدين"),
		meeting("rasd-7", "الرصد", "2025-11-04", "CHN", "RUS", "2025-11-04",
			"لي تشيانغ وميشوستين يبحثان في هانغتشو التعاون الاقتصادي",
			"بحث رئيس مجلس الدولة الصيني لي تشيانغ ورئيس الوزراء الروسي ميخائيل ميشوستين التعاون الاقتصادي"),
	}
	for _, d := range docs {
		fmt.Println(d.ID(), "→", c.Add(d))
	}
	for _, s := range c.Stories() {
		fmt.Println(s.Summary, len(s.Documents))
	}
	// Output:
	// madar-1 → madar-1
	// ofoq-1 → madar-1
	// rasd-7 → rasd-7
	// CHN–RUS CONSULT 2025-09 2
	// CHN–RUS CONSULT 2025-11 1
}

func ExampleCompare() {
	figs := []story.DocFigure{
		{DocID: "madar", Figure: marsad.Figure{Value: 200, Unit: "PERSON", Qualifier: marsad.MoreThan, Subject: "people killed"}},
		{DocID: "rasd", Figure: marsad.Figure{Value: 120, Unit: "PERSON", Qualifier: marsad.About, Subject: "killed"}},
		{DocID: "madar", Figure: marsad.Figure{Value: 300, Unit: "PERSON", Qualifier: marsad.Exact, Subject: "detainees"}},
		{DocID: "sahel", Figure: marsad.Figure{Value: 300, Unit: "PERSON", Qualifier: marsad.Exact, Subject: "detainees"}},
	}
	for _, g := range story.Compare(figs) {
		fmt.Println(g.Subject, "conflict:", g.Conflict, "corroborated:", g.Corroborated())
	}
	// Output:
	// people killed conflict: true corroborated: false
	// detainees conflict: false corroborated: true
}
