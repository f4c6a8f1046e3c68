package quote

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/marsad-project/marsad"
)

// name is one entity of a test's mini gazetteer: the forms to look for in
// the text (longest first is not required) and what they link to. Test
// scaffolding only: it stands in for the entity stage.
type name struct {
	forms []string
	id    marsad.QID
	code  marsad.ActorCode
	typ   marsad.EntityType
}

// groups are phrases that mention several entities at once, as the entity
// stage attaches them (الزعيمان → both leaders named in the text).
type group struct {
	form    string
	members []marsad.QID
}

// testNames is the mini gazetteer of the unit tests.
var testNames = []name{
	{[]string{"فلاديمير بوتين", "بوتين", "الرئيس الروسي"}, "Q7747", "RUS", marsad.EntityPerson},
	{[]string{"شي جين بينغ", "شي جين بينج", "شي", "الرئيس الصيني"}, "Q15031", "CHN", marsad.EntityPerson},
	{[]string{"الصين"}, "Q148", "CHN", marsad.EntityCountry},
	{[]string{"روسيا"}, "Q159", "RUS", marsad.EntityCountry},
	{[]string{"إيران"}, "Q794", "IRN", marsad.EntityCountry},
	{[]string{"عباس عراقجي", "عراقجي"}, "Q5928537", "IRN", marsad.EntityPerson},
	{[]string{"فيصل بن فرحان"}, "Q5429373", "SAU", marsad.EntityPerson},
	{[]string{"أنطونيو غوتيريش", "غوتيريش"}, "Q311440", "UN", marsad.EntityPerson},
	{[]string{"بكين"}, "Q956", "CHN", marsad.EntityCity},
	{[]string{"موسكو"}, "Q649", "RUS", marsad.EntityCity},
	{[]string{"الكرملين"}, "", "RUS", marsad.EntityOrganization},
	{[]string{"دميتري بيسكوف", "بيسكوف"}, "", "RUS", marsad.EntityPerson},
	{[]string{"وزارة الخارجية الصينية"}, "", "CHN", marsad.EntityOrganization},
	{[]string{"الأمم المتحدة"}, "Q1065", "UN", marsad.EntityOrganization},
	{[]string{"الولايات المتحدة"}, "Q30", "USA", marsad.EntityCountry},
}

var testGroups = []group{
	{"الزعيمان", []marsad.QID{"Q15031", "Q7747"}},
	{"الرئيسان", []marsad.QID{"Q15031", "Q7747"}},
	{"البلدان", []marsad.QID{"Q148", "Q159"}},
	{"الجانبان", []marsad.QID{"Q148", "Q159"}},
}

// mustEntities finds the names and groups in text and returns the entities
// with their mentions, as the entity stage would.
func mustEntities(tb testing.TB, text string, names []name, groups []group) []marsad.Entity {
	tb.Helper()
	var ents []marsad.Entity
	taken := make([]bool, len(text))
	idx := map[marsad.QID]int{}
	for _, n := range names {
		e := marsad.Entity{ID: n.id, Name: n.forms[0], Arabic: n.forms[0], Type: n.typ, Code: n.code}
		forms := append([]string(nil), n.forms...)
		// Longest forms claim their text first.
		for i := range forms {
			for j := i + 1; j < len(forms); j++ {
				if len(forms[j]) > len(forms[i]) {
					forms[i], forms[j] = forms[j], forms[i]
				}
			}
		}
		for _, f := range forms {
			for _, sp := range occurrences(text, f) {
				if taken[sp.Start] {
					continue
				}
				for k := sp.Start; k < sp.End; k++ {
					taken[k] = true
				}
				e.Mentions = append(e.Mentions, marsad.Mention{Text: text[sp.Start:sp.End], Span: sp})
			}
		}
		if len(e.Mentions) > 0 {
			idx[n.id] = len(ents)
			ents = append(ents, e)
		}
	}
	for _, g := range groups {
		for _, sp := range occurrences(text, g.form) {
			for _, q := range g.members {
				if i, ok := idx[q]; ok {
					ents[i].Mentions = append(ents[i].Mentions, marsad.Mention{Text: text[sp.Start:sp.End], Span: sp})
				}
			}
		}
	}
	// Mentions in text order, as the entity stage gives them.
	for i := range ents {
		ms := ents[i].Mentions
		for a := 1; a < len(ms); a++ {
			for b := a; b > 0 && ms[b].Span.Start < ms[b-1].Span.Start; b-- {
				ms[b], ms[b-1] = ms[b-1], ms[b]
			}
		}
	}
	return ents
}

// occurrences returns the spans of form in text standing as a word, maybe
// after one proclitic (و ب ل ف ك), with the clitic left out of the span.
func occurrences(text, form string) []marsad.Span {
	var out []marsad.Span
	for from := 0; ; {
		i := strings.Index(text[from:], form)
		if i < 0 {
			return out
		}
		s := from + i
		e := s + len(form)
		from = s + 1
		if !wordEdgeBefore(text, s) || !wordEdgeAfter(text, e) {
			continue
		}
		out = append(out, marsad.Span{Start: s, End: e})
	}
}

func wordEdgeBefore(text string, s int) bool {
	if s == 0 {
		return true
	}
	r, n := utf8.DecodeLastRuneInString(text[:s])
	if !unicode.IsLetter(r) {
		return true
	}
	if strings.ContainsRune("وبلفك", r) {
		if s-n == 0 {
			return true
		}
		r2, _ := utf8.DecodeLastRuneInString(text[:s-n])
		return !unicode.IsLetter(r2) || r2 == 'و' && s-n-2 >= 0 && (s-n-2 == 0 || !unicode.IsLetter(lastRune(text[:s-n-2])))
	}
	return false
}

func lastRune(s string) rune { r, _ := utf8.DecodeLastRuneInString(s); return r }

func wordEdgeAfter(text string, e int) bool {
	if e == len(text) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[e:])
	return !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r)
}
