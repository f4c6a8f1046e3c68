package quote

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/arabic"
	"github.com/marsad-project/marsad/clean"
	"github.com/marsad-project/marsad/internal/shared"
)

// seedNames are the people, places and bodies of the seed articles, with
// the role phrases the entity stage resolves. Test scaffolding only: it
// stands in for the entity stage, which does not exist yet.
var seedNames = []name{
	{[]string{"فلاديمير بوتين", "بوتين", "الرئيس الروسي", "لبوتين"}, "Q7747", "RUS", marsad.EntityPerson},
	{[]string{"شي جين بينغ", "شي جين بينج", "شي", "الرئيس الصيني", "الزعيم الصيني"}, "Q15031", "CHN", marsad.EntityPerson},
	{[]string{"لي تشيانج", "تشيانج", "رئيس مجلس الدولة الصيني", "رئيس الوزراء الصيني"}, "Q10895776", "CHN", marsad.EntityPerson},
	{[]string{"ميخائيل ميشوستين", "ميشوستين", "رئيس الوزراء الروسي"}, "Q4271530", "RUS", marsad.EntityPerson},
	{[]string{"دميتري بيسكوف", "بيسكوف", "المتحدث باسم الكرملين"}, "", "RUS", marsad.EntityPerson},
	{[]string{"ناريندرا مودي", "مودي"}, "Q1058", "IND", marsad.EntityPerson},
	{[]string{"فولوديمير زيلينسكي", "زيلينسكي"}, "Q3874799", "UKR", marsad.EntityPerson},
	{[]string{"أنتوني بلينكن", "بلينكن"}, "", "USA", marsad.EntityPerson},
	{[]string{"دونالد ترامب", "دونالد ترمب", "ترامب", "ترمب"}, "Q22686", "USA", marsad.EntityPerson},
	{[]string{"كيم جونغ أون", "كيم جونج أون"}, "Q56226", "PRK", marsad.EntityPerson},
	{[]string{"وزارة الخارجية الصينية"}, "", "CHN", marsad.EntityOrganization},
	{[]string{"وكالة الإعلام الروسية الرسمية تاس", "وكالة تاس"}, "Q223416", "RUS", marsad.EntityOrganization},
	{[]string{"وكالة إنترفاكس"}, "Q1666669", "RUS", marsad.EntityOrganization},
	{[]string{"الكرملين"}, "", "RUS", marsad.EntityOrganization},
	{[]string{"منظمة شنغهاي للتعاون"}, "Q485207", "SCO", marsad.EntityOrganization},
	{[]string{"حلف شمال الأطلسي", "الناتو"}, "Q7184", "NATO", marsad.EntityOrganization},
	{[]string{"البيت الأبيض"}, "Q35525", "USA", marsad.EntityOrganization},
	{[]string{"الصين"}, "Q148", "CHN", marsad.EntityCountry},
	{[]string{"روسيا"}, "Q159", "RUS", marsad.EntityCountry},
	{[]string{"الولايات المتحدة"}, "Q30", "USA", marsad.EntityCountry},
	{[]string{"أوكرانيا"}, "Q212", "UKR", marsad.EntityCountry},
	{[]string{"منغوليا"}, "Q711", "MNG", marsad.EntityCountry},
	{[]string{"اليابان"}, "Q17", "JPN", marsad.EntityCountry},
	{[]string{"كوريا الشمالية"}, "Q423", "PRK", marsad.EntityCountry},
	{[]string{"تايوان"}, "Q865", "TWN", marsad.EntityCountry},
	{[]string{"بكين"}, "Q956", "CHN", marsad.EntityCity},
	{[]string{"موسكو"}, "Q649", "RUS", marsad.EntityCity},
	{[]string{"واشنطن"}, "Q61", "USA", marsad.EntityCity},
	{[]string{"كييف"}, "Q1899", "UKR", marsad.EntityCity},
	{[]string{"أوروبا"}, "Q46", "EUR", marsad.EntityLocation},
	{[]string{"الغرب"}, "Q160381", "WST", marsad.EntityLocation},
}

var seedGroups = []group{
	{"الزعيمان", []marsad.QID{"Q15031", "Q7747"}},
	{"الزعيمين", []marsad.QID{"Q15031", "Q7747"}},
	{"البلدان", []marsad.QID{"Q148", "Q159"}},
	{"الجانبان", []marsad.QID{"Q148", "Q159"}},
}

type goldQuote struct {
	Speaker     *string `json:"speaker"`
	SpeakerCode *string `json:"speaker_code"`
	Text        string  `json:"text"`
}

type goldDoc struct {
	ID     string      `json:"id"`
	Quotes []goldQuote `json:"quotes"`
}

// scoreTokens returns the normalised tokens of s as the scorer reads them:
// arabic.Normalize, then punctuation to spaces.
func scoreTokens(s string) []string {
	n := arabic.Normalize(s)
	return strings.FieldsFunc(n, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) })
}

// tokenF1 is the F1 of the two token multisets.
func tokenF1(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	count := map[string]int{}
	for _, t := range a {
		count[t]++
	}
	common := 0
	for _, t := range b {
		if count[t] > 0 {
			count[t]--
			common++
		}
	}
	if common == 0 {
		return 0
	}
	p, r := float64(common)/float64(len(b)), float64(common)/float64(len(a))
	return 2 * p * r / (p + r)
}

func isQID(s string) bool {
	if len(s) < 2 || s[0] != 'Q' {
		return false
	}
	for _, c := range s[1:] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// sameSpeaker applies the scorer's rule: the QID where the gold has one,
// else the actor code (null equals null).
func sameSpeaker(g goldQuote, p marsad.Quote) bool {
	if g.Speaker != nil && isQID(*g.Speaker) {
		return p.Speaker == *g.Speaker
	}
	code := ""
	if g.SpeakerCode != nil {
		code = *g.SpeakerCode
	}
	return string(p.SpeakerCode) == code
}

// TestFinder_Seeds scores the quotes of the seed articles against the gold
// standard with the scorer's rules. The entities come from the seedNames
// scaffolding, so the figure measures this stage alone.
func TestFinder_Seeds(t *testing.T) {
	seeds := shared.Path(t, "seeds")
	raw, err := os.ReadFile(shared.Path(t, "gold", "seeds.gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	var gold struct {
		Documents []goldDoc `json:"documents"`
	}
	if err := json.Unmarshal(raw, &gold); err != nil {
		t.Fatal(err)
	}
	f, cl := NewFinder(), clean.New()
	tp, np, ng := 0, 0, 0
	for _, gd := range gold.Documents {
		text, err := os.ReadFile(filepath.Join(seeds, gd.ID+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		doc := cl.Clean(&marsad.Article{ID: gd.ID, Text: string(text)})
		doc.Entities = mustEntities(t, doc.Article.Text, seedNames, seedGroups)
		f.Run(doc)
		for _, q := range doc.Quotes {
			if !q.Span.In(len(doc.Article.Text)) || doc.Article.Text[q.Span.Start:q.Span.End] != q.Text {
				t.Errorf("%s: quote %q: span %v does not hold its text", gd.ID, q.Text, q.Span)
			}
		}
		used := make([]bool, len(doc.Quotes))
		for _, g := range gd.Quotes {
			gt := scoreTokens(g.Text)
			hit := false
			for i, p := range doc.Quotes {
				if !used[i] && sameSpeaker(g, p) && tokenF1(gt, scoreTokens(p.Text)) >= 0.8 {
					used[i], hit = true, true
					tp++
					break
				}
			}
			if !hit {
				sp := "null"
				if g.Speaker != nil {
					sp = *g.Speaker
				}
				t.Logf("%s: missed %q by %s", gd.ID, g.Text, sp)
			}
		}
		for i, p := range doc.Quotes {
			if !used[i] {
				t.Logf("%s: spurious %q by %q/%q", gd.ID, p.Text, p.Speaker, p.SpeakerCode)
			}
		}
		np += len(doc.Quotes)
		ng += len(gd.Quotes)
	}
	p, r := float64(tp)/float64(max(np, 1)), float64(tp)/float64(max(ng, 1))
	f1 := 0.0
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	t.Logf("quotes: P %.3f R %.3f F1 %.3f (%d matched, %d found, %d gold)", p, r, f1, tp, np, ng)
	// The figure reached with the scaffolding entities; it must not fall.
	if f1 < 0.95 {
		t.Errorf("got F1 %.3f, want at least 0.95", f1)
	}
}
