package clean

import (
	"os"
	"strings"
	"testing"

	"github.com/marsad-project/marsad"
)

// FuzzClean checks that Clean never panics, that every span lies in the
// text and holds its line's text, and that Clean leaves the text alone.
func FuzzClean(f *testing.F) {
	f.Add("")                                                                 // an empty text
	f.Add("\n\n\n")                                                           // blank lines only
	f.Add("عنوان قصير\n\nالقاهرة (رويترز) - قال مسؤول إن الاجتماع انتهى.")    // a title and a paragraph dateline
	f.Add("بيروت ـ «")                                                        // an unclosed quoted source
	f.Add("(رويترز)")                                                         // an agency alone
	f.Add("#وسم #آخر\n\u00a0\nشارك")                                          // hashtags, a no-break space line, a label
	f.Add("صورة: \xff\xfe أ ف ب")                                             // invalid UTF-8 in a credit
	f.Add("ـ ـ - - : (")                                                      // separators with no words
	f.Add(strings.Repeat("كلمة ", 300) + ".\n" + strings.Repeat("سطر\n", 80)) // a long paragraph and many lines
	if b, err := os.ReadFile("testdata/skynews_like.txt"); err == nil {
		f.Add(string(b)) // a page with captions, labels and a blurb
	}
	f.Fuzz(func(t *testing.T, text string) {
		a := &marsad.Article{Text: text}
		d := New().Clean(a)
		if a.Text != text || d.Article.Text != text {
			t.Fatalf("Clean changed the text")
		}
		checkSpans(t, a, d)
	})
}
