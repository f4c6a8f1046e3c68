package event_test

import (
	"fmt"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/event"
)

func ExampleCoder_Run() {
	text := "زار أردوغان القاهرة في 14 فبراير 2024."
	doc := &marsad.Document{Article: marsad.Article{Text: text}}
	doc.Sentences = []marsad.Span{{Start: 0, End: len(text)}}
	// The entity stage would fill these.
	mention := func(s string) marsad.Mention {
		i := len("زار ")
		if s == "القاهرة" {
			i = len("زار أردوغان ")
		}
		return marsad.Mention{Text: s, Span: marsad.Span{Start: i, End: i + len(s)}}
	}
	doc.Entities = []marsad.Entity{
		{ID: "Q39259", Name: "Recep Tayyip Erdoğan", Arabic: "أردوغان", Type: marsad.EntityPerson, Code: "TUR", Mentions: []marsad.Mention{mention("أردوغان")}},
		{ID: "Q85", Name: "Cairo", Arabic: "القاهرة", Type: marsad.EntityCity, Code: "EGY", Mentions: []marsad.Mention{mention("القاهرة")}},
	}
	event.NewCoder().Run(doc)
	for _, e := range doc.Events {
		fmt.Println(e.Type, e.CAMEO, e.SourceCode, "→", e.TargetCode, e.Date, e.Modality)
	}
	// Output:
	// CONSULT 042 TUR → EGY 2024-02-14 asserted
}

func ExamplePLOVER() {
	for _, c := range []marsad.CAMEOCode{"043", "163", "016", "010", "1712"} {
		t, ok := event.PLOVER(c)
		fmt.Println(c, t, ok)
	}
	// Output:
	// 043 CONSULT true
	// 163 COERCE true
	// 016 REJECT true
	// 010  false
	// 1712 ASSAULT true
}
