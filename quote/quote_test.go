package quote

import (
	"fmt"
	"strings"
	"testing"

	"github.com/marsad-project/marsad"
)

// q is an expected quote: its text and speaker (QID, Arabic name or "").
type q struct {
	text, speaker string
	code          marsad.ActorCode
}

func (x q) String() string { return fmt.Sprintf("%q by %q/%q", x.text, x.speaker, x.code) }

func runCase(t *testing.T, text string) []q {
	t.Helper()
	f := NewFinder()
	ents := mustEntities(t, text, testNames, testGroups)
	var got []q
	for _, qt := range f.Find(text, ents) {
		if qt.Span.Start < 0 || qt.Span.End > len(text) || text[qt.Span.Start:qt.Span.End] != qt.Text {
			t.Fatalf("quote %q: span %v does not hold its text", qt.Text, qt.Span)
		}
		got = append(got, q{qt.Text, qt.Speaker, qt.SpeakerCode})
	}
	return got
}

func TestFinder_Find(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []q
	}{
		{"VSO", `وقال وزير الخارجية الإيراني عباس عراقجي: "لن نتفاوض تحت الضغط".`,
			[]q{{"لن نتفاوض تحت الضغط", "Q5928537", "IRN"}}},
		{"SVO", `بوتين أكد أن "العلاقات مع بكين في أفضل حالاتها".`,
			[]q{{"العلاقات مع بكين في أفضل حالاتها", "Q7747", "RUS"}}},
		{"QuoteFirst", `"سنواصل الحوار مع الجميع"، قال عراقجي للصحفيين.`,
			[]q{{"سنواصل الحوار مع الجميع", "Q5928537", "IRN"}}},
		{"Interrupted", `وقال غوتيريش: "الوضع خطير"، وأضاف: "على الجميع التحرك فورا".`,
			[]q{{"الوضع خطير", "Q311440", "UN"}, {"على الجميع التحرك فورا", "Q311440", "UN"}}},
		{"AddedNoSubjectNextSentence", "وقال بوتين إن المحادثات كانت مثمرة.\nوأضاف: \"سنلتقي مجددا في موسكو\".",
			[]q{{"سنلتقي مجددا في موسكو", "Q7747", "RUS"}}},
		{"Participle", `وأشاد شي بالعلاقات الثنائية، مؤكدا أن "الصداقة بين البلدين راسخة".`,
			[]q{{"الصداقة بين البلدين راسخة", "Q15031", "CHN"}}},
		{"RolePhrase", `وقال الرئيس الصيني إن "التعاون سيتعمق".`,
			[]q{{"التعاون سيتعمق", "Q15031", "CHN"}}},
		{"GroupSubject", `والتقى شي بوتين في بكين. وأكد الزعيمان "التزامهما بالشراكة".`,
			[]q{{"التزامهما بالشراكة", "Q15031", "CHN"}}},
		{"JointSubject", `روسيا والصين أعلنتا "شراكة بلا حدود".`,
			[]q{{"شراكة بلا حدود", "Q159", "RUS"}}},
		{"NonEntitySpeaker", `وأعلن البيان المشترك أن "العلاقات تمر بأفضل مراحلها".`,
			[]q{{"العلاقات تمر بأفضل مراحلها", "البيان المشترك", ""}}},
		{"SourcesSVO", `لكن مصادر مطلعة أكدت أن الاتفاق بات "وشيكا".`,
			[]q{{"وشيكا", "مصادر مطلعة", ""}}},
		{"ScareQuoteDescribed", `ووصف بوتين الشراكة بـ"النموذجية".`,
			[]q{{"النموذجية", "Q7747", "RUS"}}},
		{"DescribedNoSubject", `قال بوتين إن المحادثات جيدة، ووصف الشراكة بـ"النموذجية".`,
			[]q{{"النموذجية", "Q7747", "RUS"}}},
		{"RelativeWhatHeCalled", `وأشاد عراقجي بما وصفه "الحيوية والنشاط" في العلاقات.`,
			[]q{{"الحيوية والنشاط", "Q5928537", "IRN"}}},
		{"PassiveDescribed", `اختتم بوتين زيارة وُصفت بـ"التاريخية".`,
			[]q{{"التاريخية", "", ""}}},
		{"UnattributedScare", `وفي إطار الاحتفالات المقررة، ستقام "أمسية" فنية كبرى.`,
			[]q{{"أمسية", "", ""}}},
		{"OperationName", `وأطلق الجيش عملية "الفجر الجديد" صباح اليوم.`,
			[]q{{"الفجر الجديد", "", ""}}},
		{"SourceAfter", `وتوصل الجانبان إلى "تفاهم واسع"، بحسب ما أفادت به وزارة الخارجية الصينية.`,
			[]q{{"تفاهم واسع", "وزارة الخارجية الصينية", "CHN"}}},
		{"CapitalSpeaksForCountry", `وتتهم واشنطن الصين بدعم روسيا. وانتقدت بكين ما وصفته بـ"الاتهامات الباطلة".`,
			[]q{{"الاتهامات الباطلة", "Q148", "CHN"}}},
		{"SpokesmanTitle", `وقال المتحدث باسم الكرملين دميتري بيسكوف الجمعة إن الزيارة "مهمة للغاية".`,
			[]q{{"مهمة للغاية", "دميتري بيسكوف", "RUS"}}},
		{"Guillemets", `وقال غوتيريش: «نحن بحاجة إلى وقف فوري لإطلاق النار».`,
			[]q{{"نحن بحاجة إلى وقف فوري لإطلاق النار", "Q311440", "UN"}}},
		{"CurlyReversed", `وقال بوتين ”لا بديل عن الحوار“ في ختام القمة.`,
			[]q{{"لا بديل عن الحوار", "Q7747", "RUS"}}},
		{"CurlyBothClosing", `وقال شي إن الوضع ”معقد”.`,
			[]q{{"معقد", "Q15031", "CHN"}}},
		{"LowHigh", `وكتب عراقجي: „الدبلوماسية هي الطريق“.`,
			[]q{{"الدبلوماسية هي الطريق", "Q5928537", "IRN"}}},
		{"SingleGuillemets", `وقال غوتيريش: ‹السلام ممكن›.`,
			[]q{{"السلام ممكن", "Q311440", "UN"}}},
		{"MultiSentence", `وقال بوتين: "نحن مستعدون. لكننا لن نقبل الإملاءات".`,
			[]q{{"نحن مستعدون. لكننا لن نقبل الإملاءات", "Q7747", "RUS"}}},
		{"Nested", `وقال عراقجي: «إن ما يسمى "الضغط الأقصى" فشل».`,
			[]q{{`إن ما يسمى "الضغط الأقصى" فشل`, "Q5928537", "IRN"}}},
		{"StrayOpening", `واستقبل شي بوتين. وقال الزعيمان إنهما "سيعملان على "تعميق الثقة" وتحسين "القدرات المشتركة".`,
			[]q{{"تعميق الثقة", "Q15031", "CHN"}, {"القدرات المشتركة", "Q15031", "CHN"}}},
		{"StrayOpeningAcrossParagraphs", "وقال بوتين: \"لن نتراجع\n\nوأضاف شي أن التعاون مستمر.",
			nil},
		{"IndirectSpeechIsNotAQuote", `وقال بوتين إن العلاقات مع الصين جيدة.`, nil},
		{"ColonLineIntroduces", "وقال فيصل بن فرحان في كلمته:\n\"المملكة تدعم كل جهود السلام\".",
			[]q{{"المملكة تدعم كل جهود السلام", "Q5429373", "SAU"}}},
		{"QuotedSubheading", "\"زيارة مهمة للغاية\"\nووصل الوفد إلى بكين.\nوقال بيسكوف إن الكرملين يولي أهمية \"بالغة\" للزيارة.",
			[]q{{"زيارة مهمة للغاية", "دميتري بيسكوف", "RUS"}, {"بالغة", "دميتري بيسكوف", "RUS"}}},
		{"RelayedVia", `ونقلت وكالة الأنباء عن بيسكوف قوله إن "الاتصالات مستمرة".`,
			[]q{{"الاتصالات مستمرة", "دميتري بيسكوف", "RUS"}}},
		{"OnTheTongueOf", `وجاء على لسان غوتيريش أن "الوقت ينفد".`,
			[]q{{"الوقت ينفد", "Q311440", "UN"}}},
		{"SubjectOfMainClause", `استقبل شي نظيره بوتين بوصفه "الصديق القديم".`,
			[]q{{"الصديق القديم", "Q15031", "CHN"}}},
		{"ScareQuoteSubject", `وطرح شي مبادرة لبناء "نظام عالمي أكثر عدالة".`,
			[]q{{"نظام عالمي أكثر عدالة", "Q15031", "CHN"}}},
		{"Empty", `وقال "" ثم صمت.`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := runCase(t, tt.text)
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("Find(%q):\ngot  %v\nwant %v", tt.text, got, tt.want)
			}
		})
	}
}

// TestFinder_Run_BodyOnly checks that the title and boilerplate lines are
// not searched.
func TestFinder_Run_BodyOnly(t *testing.T) {
	text := "بوتين: \"لن نتراجع\"\nاقرأ أيضا: شي يصف العلاقات بـ\"الممتازة\"\nوقال بوتين: \"الحوار مستمر\"."
	lines := strings.Split(text, "\n")
	doc := &marsad.Document{Article: marsad.Article{Text: text}}
	off := 0
	for i, l := range lines {
		ln := marsad.Line{Text: l, Span: marsad.Span{Start: off, End: off + len(l)}}
		switch i {
		case 0:
			doc.Title, doc.TitleSpan = l, ln.Span
		case 1:
			ln.Kind = marsad.BoilerTeaser
			doc.Boilerplate = append(doc.Boilerplate, ln)
		default:
			doc.Body = append(doc.Body, ln)
		}
		off += len(l) + 1
	}
	doc.Entities = mustEntities(t, text, testNames, nil)
	NewFinder().Run(doc)
	if len(doc.Quotes) != 1 || doc.Quotes[0].Text != "الحوار مستمر" {
		t.Fatalf("got %v, want only the body's quote", doc.Quotes)
	}
	if doc.Quotes[0].Speaker != "Q7747" {
		t.Errorf("got speaker %q, want Q7747", doc.Quotes[0].Speaker)
	}
}
