package figure

import (
	"testing"
	"unicode/utf8"
)

func FuzzFind(f *testing.F) {
	f.Add("ارتفع حجم التبادل التجاري إلى أكثر من 240 مليار دولار العام الماضي") // mixed number, qualifier, relative year
	f.Add("عقد الاجتماع الثالث والأربعين للجنة")                                // compound ordinal
	f.Add("احتفالات بالذكرى الـ80 لنهاية الحرب")                                // article and digits apart
	f.Add("قدمت واشنطن ملياري دولار أمريكي")                                    // dual scale and currency adjective
	f.Add("وصل في 3 نوفمبر 2025 الساعة 10:30")                                  // date and time: no figure
	f.Add("١٬٥٠٠ لاجئ و٣٫٥ بالمئة")                                             // Arabic-Indic digits and separators
	f.Add("الـ")                                                                // an article with nothing after it
	f.Add("مليون")                                                              // a scale word at the end of the text
	f.Add("نحو")                                                                // a qualifier alone
	f.Add("99999999999999999999 دولار")                                         // a number too long to read
	f.Add("\xff\xfe 5 \x80 يوم")                                                // invalid UTF-8 around a figure
	fd := NewFinder()
	f.Fuzz(func(t *testing.T, s string) {
		for _, fg := range fd.Find(s) {
			if !fg.EvidenceSpan.In(len(s)) {
				t.Fatalf("Find(%q): span %v out of %d bytes", s, fg.EvidenceSpan, len(s))
			}
			if got := s[fg.EvidenceSpan.Start:fg.EvidenceSpan.End]; got != fg.Evidence {
				t.Fatalf("Find(%q): text at span %q, want evidence %q", s, got, fg.Evidence)
			}
			if fg.Value <= 0 || fg.Unit == "" || fg.Qualifier == "" {
				t.Fatalf("Find(%q): incomplete figure %+v", s, fg)
			}
			if utf8.ValidString(s) && !utf8.ValidString(fg.Subject) {
				t.Fatalf("Find(%q): subject %q is not valid UTF-8", s, fg.Subject)
			}
		}
	})
}
