package quote

import (
	"testing"
	"unicode/utf8"
)

func FuzzFind(f *testing.F) {
	// A plain attributed quote.
	f.Add(`وقال بوتين: "الحوار مستمر".`)
	// Guillemets nested around ASCII marks.
	f.Add(`وقال عراقجي: «إن ما يسمى "الضغط الأقصى" فشل».`)
	// A stray opening mark before two quoted phrases.
	f.Add(`وقال الزعيمان إنهما "سيعملان على "تعميق الثقة" و"القدرات".`)
	// An opening mark left open across a paragraph break.
	f.Add("وقال: \"لن نتراجع\n\nوأضاف شي.")
	// Marks only.
	f.Add(`"""«»“”„‹›`)
	// A quoted subheading, then its section.
	f.Add("\"زيارة مهمة\"\nوقال بيسكوف إن الزيارة \"بالغة\".")
	// Invalid UTF-8 and a truncated mark.
	f.Add("قال \xe2\x80 \"\xff\"")
	fn := NewFinder()
	f.Fuzz(func(t *testing.T, text string) {
		ents := mustEntities(t, text, testNames, testGroups)
		for _, q := range fn.Find(text, ents) {
			if !q.Span.In(len(text)) || q.Span.Len() == 0 {
				t.Fatalf("Find(%q): span %v out of bounds or empty", text, q.Span)
			}
			if text[q.Span.Start:q.Span.End] != q.Text {
				t.Fatalf("Find(%q): text %q differs from the text at its span %q", text, q.Text, text[q.Span.Start:q.Span.End])
			}
			if utf8.ValidString(text) && !utf8.ValidString(q.Text) {
				t.Fatalf("Find(%q): quote %q splits a rune", text, q.Text)
			}
		}
	})
}
