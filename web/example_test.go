package web_test

import (
	"fmt"
	"strings"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/web"
)

func ExampleHighlight() {
	text := "قال شي إن <العلاقات> جيدة"
	span := func(s string) marsad.Span {
		i := strings.Index(text, s)
		return marsad.Span{Start: i, End: i + len(s)}
	}
	fmt.Println(web.Highlight(text, []web.Mark{
		{Span: span("شي"), Class: "entity", Title: "Xi Jinping"},
		{Span: span("<العلاقات>"), Class: "quote"},
	}))
	// Output:
	// قال <mark class="entity" title="Xi Jinping">شي</mark> إن <mark class="quote">&lt;العلاقات&gt;</mark> جيدة
}
