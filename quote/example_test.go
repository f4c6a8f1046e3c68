package quote_test

import (
	"fmt"
	"strings"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/quote"
)

func ExampleFinder_Run() {
	text := `وقال وزير الخارجية الإيراني عباس عراقجي: "لن نتفاوض تحت الضغط"، وأضاف أن بلاده "منفتحة على الحوار".`
	name := "عباس عراقجي"
	at := strings.Index(text, name)
	doc := &marsad.Document{
		Article: marsad.Article{Text: text},
		Body:    []marsad.Line{{Text: text, Span: marsad.Span{Start: 0, End: len(text)}}},
		Entities: []marsad.Entity{{
			ID: "Q5928537", Name: "Abbas Araghchi", Arabic: name, Type: marsad.EntityPerson, Code: "IRN",
			Mentions: []marsad.Mention{{Text: name, Span: marsad.Span{Start: at, End: at + len(name)}}},
		}},
	}
	quote.NewFinder().Run(doc)
	for _, q := range doc.Quotes {
		fmt.Printf("%s %s: %s\n", q.Speaker, q.SpeakerCode, q.Text)
	}
	// Output:
	// Q5928537 IRN: لن نتفاوض تحت الضغط
	// Q5928537 IRN: منفتحة على الحوار
}
