package entity_test

import (
	"testing"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/clean"
)

// FuzzRun checks that Run never panics and that every mention lies in the
// text and reads as its span, on raw and on cleaned documents.
func FuzzRun(f *testing.F) {
	f.Add("استقبل الرئيس الصيني شي جين بينغ نظيره الروسي فلاديمير بوتين في بكين.") // title, name, counterpart
	f.Add("وقال شي إن البلدين صديقان، وأكد الزعيمان ذلك.")                         // short name and groups without support
	f.Add("وصل رئيس الوزراء الإثيوبي أبي أحمد إلى نيروبي")                         // a person the KB lacks, at the end of the text
	f.Add("للأمم المتحدة ولل ال و ب")                                              // clitics alone and a restored article
	f.Add("الرئيس\nالروسي\n\nبوتين")                                               // a title broken across lines
	f.Add("وزارة الخارجية")                                                        // an institution head without its nisba
	f.Add("بِكِّينَ وَمُوسكُو «الصّين» ترمب ترامب")                                // diacritics and quotes
	f.Add("\xff\xfeالصين\x00روسيا")                                                // invalid UTF-8 and a NUL
	f.Add("")                                                                      // empty text
	c := clean.New()
	f.Fuzz(func(t *testing.T, text string) {
		raw := &marsad.Document{Article: marsad.Article{Text: text}}
		recognizer.Run(raw)
		checkSpans(t, raw)
		doc := c.Clean(&marsad.Article{ID: "f", Text: text})
		recognizer.Run(doc)
		checkSpans(t, doc)
	})
}
