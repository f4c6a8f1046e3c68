package event

import (
	"testing"
	"unicode/utf8"

	"github.com/marsad-project/marsad"
)

// FuzzRun checks that Run never panics and that every event has a type
// from the table, an actor that is an entity of the document and an
// evidence that is the text at its span.
func FuzzRun(f *testing.F) {
	f.Add("استقبل الرئيس المصري عبد الفتاح السيسي نظيره التركي رجب طيب أردوغان في القاهرة.") // VSO with roles
	f.Add("عقد السيسي وأردوغان اجتماعا مع فيصل بن فرحان")                                    // gap pattern, joint subject
	f.Add("واتهمت إسرائيل إيران بتزويد الحوثيين بالصواريخ، وهو ما تنفيه طهران.")             // claim denied
	f.Add("وسيزور أردوغان القاهرة في 14 فبراير 2024")                                        // future prefix, date
	f.Add("بين إيران و")                                                                     // truncated pair
	f.Add("،،، عقوبات على")                                                                  // punctuation, nominal without actors
	f.Add("\xff\xfe استقبل")                                                                 // invalid UTF-8
	f.Add("")                                                                                // empty
	c := NewCoder()
	f.Fuzz(func(t *testing.T, text string) {
		doc := newDoc(t, text, "2025-04-10")
		c.Run(doc)
		for _, e := range doc.Events {
			if typ, ok := PLOVER(e.CAMEO); !ok || typ != e.Type {
				t.Errorf("event type %q for code %q", e.Type, e.CAMEO)
			}
			if !e.EvidenceSpan.In(len(text)) || text[e.EvidenceSpan.Start:e.EvidenceSpan.End] != e.Evidence {
				t.Errorf("evidence span %v out of place in %q", e.EvidenceSpan, text)
			}
			if e.SourceCode == "" && e.TargetCode == "" {
				t.Errorf("event without an actor: %+v", e)
			}
			if utf8.ValidString(text) && !utf8.ValidString(e.Evidence) {
				t.Errorf("evidence %q is not valid UTF-8", e.Evidence)
			}
			if e.Modality == "" {
				t.Errorf("event without modality: %+v", e)
			}
		}
		_ = marsad.Asserted
	})
}
