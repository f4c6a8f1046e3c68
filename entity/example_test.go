package entity_test

import (
	"fmt"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/entity"
	"github.com/marsad-project/marsad/gazetteer"
)

func ExampleRecognizer_Run() {
	r := entity.NewRecognizer(gazetteer.Default())
	doc := &marsad.Document{Article: marsad.Article{
		Text: "استقبل الرئيس الصيني شي جين بينغ نظيره الروسي في بكين. وقال شي إن العلاقات الصينية الروسية قوية.",
	}}
	doc.Published, _ = marsad.ParseDate("2024-05-16")
	r.Run(doc)
	for _, e := range doc.Entities {
		fmt.Printf("%s %s %s %q:", e.ID, e.Type, e.Code, e.Arabic)
		for _, m := range e.Mentions {
			fmt.Printf(" [%s]", m.Text)
		}
		fmt.Println()
	}
	// Output:
	// Q15031 PERSON CHN "شي جين بينغ": [الرئيس الصيني شي جين بينغ] [شي]
	// Q148 COUNTRY CHN "الصين": [الصيني] [الصينية]
	// Q7747 PERSON RUS "فلاديمير بوتين": [نظيره الروسي]
	// Q159 COUNTRY RUS "روسيا": [الروسي] [الروسية]
	// Q956 CITY CHN "بكين": [بكين]
}
