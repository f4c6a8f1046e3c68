package search_test

import (
	"fmt"

	"github.com/marsad-project/marsad/search"
)

func ExampleParseQuery() {
	q := search.ParseQuery(`غزة "وقف إطلاق النار" -الهدنة`)
	for _, p := range q.Parts {
		fmt.Printf("%q phrase=%v exclude=%v\n", p.Text, p.Phrase, p.Exclude)
	}
	// Output:
	// "غزة" phrase=false exclude=false
	// "وقف إطلاق النار" phrase=true exclude=false
	// "الهدنة" phrase=false exclude=true
}

func ExampleSnippet() {
	text := "أعلنت الحكومة خطة جديدة، وقال وزير النقل إن للحكومة أولويات."
	var keys []string
	for _, t := range (search.Arabic{}).Terms("الحكومة") {
		keys = append(keys, t.Key)
	}
	s, hs := search.Snippet(text, search.Arabic{}, keys, 200)
	for _, h := range hs {
		fmt.Println(s[h.Start:h.End])
	}
	// Output:
	// الحكومة
	// للحكومة
}
