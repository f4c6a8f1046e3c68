package arabic

import (
	"strings"
	"testing"
)

func segStrings(text string, segs []Segment) string {
	parts := make([]string, len(segs))
	for i, g := range segs {
		parts[i] = g.Text(text)
	}
	return strings.Join(parts, " | ")
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"Empty", "", ""},
		{"OnlySpace", "  \n \t ", ""},
		{"One", "قال الرئيس", "قال الرئيس"},
		{"Period", "وصل الوفد. بدأت المحادثات.", "وصل الوفد. | بدأت المحادثات."},
		{"QuestionMarks", "هل تأتي؟ نعم! why? ok", "هل تأتي؟ | نعم! | why? | ok"},
		{"ArabicSemicolon", "أولا؛ ثانيا", "أولا؛ | ثانيا"},
		{"LineBreaks", "العنوان\nالنص الأول\r\nالنص الثاني", "العنوان | النص الأول | النص الثاني"},
		{"TrimSpaces", "  أولا.   ثانيا.  ", "أولا. | ثانيا."},
		{"Decimal", "ارتفع بنسبة 3.5 بالمئة.", "ارتفع بنسبة 3.5 بالمئة."},
		{"ArabicLetterAbbrev", "قال د. أحمد إن م. علي حضر.", "قال د. أحمد إن م. علي حضر."},
		{"HamzaAbbrev", "كتب أ. محمود. ثم غادر", "كتب أ. محمود. | ثم غادر"},
		{"BC", "في عام 300 ق.م. وقعت", "في عام 300 ق.م. وقعت"},
		{"AgencyInitials", "(أ.ف.ب) قال", "(أ.ف.ب) قال"},
		{"LatinInitials", "U.S. officials met. Talks ended.", "U.S. officials met. | Talks ended."},
		{"LatinTitle", "Dr. Smith and Gen. Miller left. Then", "Dr. Smith and Gen. Miller left. | Then"},
		{"EraLetterEnds", "ولد عام 1950م. وقد درس", "ولد عام 1950م. | وقد درس"},
		{"EraLetterSpaceEnds", "ولد عام 1950 م. وقد درس", "ولد عام 1950 م. | وقد درس"},
		{"Domain", "نشر موقع aljazeera.net الخبر. ثم", "نشر موقع aljazeera.net الخبر. | ثم"},
		{"ListNumber", "1. البند الأول", "1. البند الأول"},
		{"NumberEnds", "بلغ العدد 25. وقال", "بلغ العدد 25. | وقال"},
		{"GuillemetsInside", "قال: «لن نقبل. أبدا» ثم غادر.", "قال: «لن نقبل. أبدا» ثم غادر."},
		{"GuillemetsClose", "قال: «لن نقبل.» ثم غادر.", "قال: «لن نقبل.» | ثم غادر."},
		{"CurlyInside", "قال “لن نقبل. أبدا” ثم غادر.", "قال “لن نقبل. أبدا” ثم غادر."},
		{"CurlyReversed", "قال ”لن نقبل. أبدا“ ثم غادر.", "قال ”لن نقبل. أبدا“ ثم غادر."},
		{"ASCIIQuoteInside", `قال "لن نقبل. أبدا" ثم غادر.`, `قال "لن نقبل. أبدا" ثم غادر.`},
		{"ASCIIQuoteClose", `قال: "سنعود." ثم غادر`, `قال: "سنعود." | ثم غادر`},
		{"QuestionInQuoteClose", "سأل: «متى؟» فأجاب", "سأل: «متى؟» | فأجاب"},
		{"PeriodAfterQuote", "قال «لن نقبل». ثم غادر.", "قال «لن نقبل». | ثم غادر."},
		{"NestedQuotes", "قال «نقل “لا. لا” عنه. ثم» انتهى. بعد", "قال «نقل “لا. لا” عنه. ثم» انتهى. | بعد"},
		{"UnbalancedQuote", "قال «لن نقبل. ثم غادر. وعاد", "قال «لن نقبل. | ثم غادر. | وعاد"},
		{"QuoteEndsAtLine", "قال «لن نقبل.\nثم غادر.", "قال «لن نقبل. | ثم غادر."},
		{"DoublePeriod", "زيارة غير مسبوقة.. أوكرانيا ترحب", "زيارة غير مسبوقة.. | أوكرانيا ترحب"},
		{"Ellipsis", "انتظر... ثم تكلم", "انتظر... | ثم تكلم"},
		{"EllipsisChar", "انتظر… ثم تكلم", "انتظر… | ثم تكلم"},
		{"EllipsisGlued", "انتظر...ثم تكلم", "انتظر...ثم تكلم"},
		{"EllipsisAtEnd", "انتظر...", "انتظر..."},
		{"MixedTerminators", "حقا؟! نعم", "حقا؟! | نعم"},
		{"URLQuery", "انظر example.com/a?id=3 للمزيد. ثم", "انظر example.com/a?id=3 للمزيد. | ثم"},
		{"StrayPunctMerged", "انتهى. . ثم", "انتهى. . | ثم"},
		{"LonePunctLine", "...", "..."},
		{"ClosingParen", "(وصل الوفد.) ثم", "(وصل الوفد.) | ثم"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := segStrings(tt.in, Sentences(tt.in)); got != tt.want {
				t.Errorf("Sentences(%q):\n got %s\nwant %s", tt.in, got, tt.want)
			}
		})
	}
}

func TestAppendSentences_NoAlloc(t *testing.T) {
	text := "وصل الوفد. بدأت المحادثات؟ قال «لن نقبل. أبدا» ثم غادر."
	buf := make([]Segment, 0, 16)
	allocs := testing.AllocsPerRun(100, func() { buf = AppendSentences(buf[:0], text) })
	if allocs != 0 {
		t.Errorf("AppendSentences with room: got %v allocs, want 0", allocs)
	}
}
