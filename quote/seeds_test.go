package quote

import (
	"testing"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/clean"
	"github.com/marsad-project/marsad/internal/seedtest"
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

// seedMinF1 is the quote F1 reached on the seeds with the scaffolding
// entities; the test fails when a change lowers it.
const seedMinF1 = 0.95

// TestFinder_Seeds scores the quotes of the seed articles against the gold
// standard with package eval. The entities come from the seedNames
// scaffolding, so the figure measures this stage alone.
func TestFinder_Seeds(t *testing.T) {
	g := seedtest.Gold(t)
	f, cl := NewFinder(), clean.New()
	var docs []*marsad.Document
	for _, a := range seedtest.Articles(t, g) {
		doc := cl.Clean(a)
		doc.Entities = mustEntities(t, doc.Article.Text, seedNames, seedGroups)
		f.Run(doc)
		for _, q := range doc.Quotes {
			if !q.Span.In(len(doc.Article.Text)) || doc.Article.Text[q.Span.Start:q.Span.End] != q.Text {
				t.Errorf("%s: quote %q: span %v does not hold its text", a.ID, q.Text, q.Span)
			}
		}
		docs = append(docs, doc)
	}
	q := seedtest.Score(t, g, docs).Quotes
	t.Logf("quotes: P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", q.P(), q.R(), q.F1(), q.TP, q.FP, q.FN)
	if q.F1() < seedMinF1 {
		t.Errorf("got F1 %.3f, want at least %.2f", q.F1(), seedMinF1)
	}
}
