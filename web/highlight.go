package web

import (
	"cmp"
	"html/template"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/marsad-project/marsad"
)

// Mark is a range of a text to highlight: Span in byte offsets of the
// text, Class the mark's CSS class (entity, quote, figure, event, match) and
// Title the tooltip.
type Mark struct {
	Span  marsad.Span
	Class string
	Title string
}

// Highlight returns text as HTML with each mark wrapped in
// <mark class="..." title="...">. Every piece of text, class and title is
// escaped, so the result is safe whatever text and marks hold. Marks that
// fall outside the text or are empty are ignored; a mark that cuts a UTF-8
// sequence is widened to whole characters. Overlapping marks nest where
// they can and are split where they cross, so the tags always balance: an
// outer mark opens first when two start together (the longer one), and a
// mark cut by the end of another is closed and reopened around it.
func Highlight(text string, marks []Mark) template.HTML {
	var b strings.Builder
	b.Grow(len(text) + len(text)/4)
	writeHighlight(&b, text, marks)
	return template.HTML(b.String())
}

// active is a mark being written.
type active struct {
	m   *Mark
	end int
}

func writeHighlight(b *strings.Builder, text string, marks []Mark) {
	if len(marks) == 0 {
		b.WriteString(template.HTMLEscapeString(text))
		return
	}
	ms := make([]Mark, 0, len(marks))
	for _, m := range marks {
		if !m.Span.In(len(text)) || m.Span.Len() == 0 {
			continue
		}
		m.Span.Start = runeStart(text, m.Span.Start)
		m.Span.End = runeEnd(text, m.Span.End)
		if m.Span.Len() > 0 {
			ms = append(ms, m)
		}
	}
	// Longer marks first among those that start together: they nest outside.
	slices.SortStableFunc(ms, func(a, b Mark) int {
		return cmp.Or(cmp.Compare(a.Span.Start, b.Span.Start), cmp.Compare(b.Span.End, a.Span.End))
	})
	var stack []active
	pos, next := 0, 0
	for pos < len(text) {
		// Open every mark that starts here.
		for next < len(ms) && ms[next].Span.Start <= pos {
			m := &ms[next]
			next++
			if m.Span.End <= pos {
				continue
			}
			open(b, m)
			stack = append(stack, active{m, m.Span.End})
		}
		// Write up to the next boundary: a mark's end or a mark's start.
		stop := len(text)
		if next < len(ms) {
			stop = min(stop, ms[next].Span.Start)
		}
		for _, a := range stack {
			stop = min(stop, a.end)
		}
		b.WriteString(template.HTMLEscapeString(text[pos:stop]))
		pos = stop
		// Close the marks that end here, reopening the ones above them.
		if i := slices.IndexFunc(stack, func(a active) bool { return a.end <= pos }); i >= 0 {
			for range stack[i:] {
				b.WriteString("</mark>")
			}
			keep := stack[:i]
			for _, a := range stack[i:] {
				if a.end > pos {
					open(b, a.m)
					keep = append(keep, a)
				}
			}
			stack = keep
		}
	}
	for range stack {
		b.WriteString("</mark>")
	}
}

func open(b *strings.Builder, m *Mark) {
	b.WriteString(`<mark class="`)
	b.WriteString(template.HTMLEscapeString(validUTF8(m.Class)))
	b.WriteByte('"')
	if m.Title != "" {
		b.WriteString(` title="`)
		b.WriteString(template.HTMLEscapeString(validUTF8(m.Title)))
		b.WriteByte('"')
	}
	b.WriteByte('>')
}

// runeStart moves i back to the start of the character it is in.
func runeStart(s string, i int) int {
	for i > 0 && i < len(s) && !utf8.RuneStart(s[i]) {
		i--
	}
	return i
}

// runeEnd moves i forward to the end of the character it is in.
func runeEnd(s string, i int) int {
	for i > 0 && i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return i
}

// validUTF8 replaces invalid UTF-8 in an attribute value.
func validUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	return strings.ToValidUTF8(s, "\uFFFD")
}
