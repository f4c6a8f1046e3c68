package event

import (
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/arabic"
)

// name is an entry of the tests' mini name list, standing in for the
// entity stage.
type name struct {
	id   marsad.QID
	en   string
	typ  marsad.EntityType
	code marsad.ActorCode
}

// names maps Arabic forms (normalised on use) to entities.
var names = map[string]name{}

func addNames(n name, forms ...string) {
	for _, f := range forms {
		names[arabic.Normalize(f)] = n
	}
}

func init() {
	c := marsad.EntityCountry
	addNames(name{"Q851", "Saudi Arabia", c, "SAU"}, "السعودية", "المملكة العربية السعودية", "السعودي", "السعودية")
	addNames(name{"Q794", "Iran", c, "IRN"}, "إيران", "الإيراني", "الإيرانية", "طهران")
	addNames(name{"Q79", "Egypt", c, "EGY"}, "مصر", "المصري", "المصرية", "القاهرة")
	addNames(name{"Q43", "Turkey", c, "TUR"}, "تركيا", "التركي", "التركية", "أنقرة")
	addNames(name{"Q30", "United States", c, "USA"}, "الولايات المتحدة", "واشنطن", "الأمريكي", "الأمريكية", "الأميركية")
	addNames(name{"Q148", "China", c, "CHN"}, "الصين", "الصيني", "الصينية", "بكين")
	addNames(name{"Q159", "Russia", c, "RUS"}, "روسيا", "الروسي", "الروسية", "موسكو")
	addNames(name{"Q212", "Ukraine", c, "UKR"}, "أوكرانيا", "الأوكراني", "الأوكرانية", "كييف")
	addNames(name{"Q801", "Israel", c, "ISR"}, "إسرائيل", "الإسرائيلي", "الإسرائيلية")
	addNames(name{"Q858", "Syria", c, "SYR"}, "سوريا", "السوري", "السورية", "دمشق")
	addNames(name{"Q805", "Yemen", c, "YEM"}, "اليمن", "اليمني", "اليمنية")
	addNames(name{"Q822", "Lebanon", c, "LBN"}, "لبنان", "اللبناني", "اللبنانية", "بيروت")
	addNames(name{"Q1065", "United Nations", marsad.EntityOrganization, "UN"}, "الأمم المتحدة")
	addNames(name{"Q37470", "UN Security Council", marsad.EntityOrganization, "UNSC"}, "مجلس الأمن")
	addNames(name{"", "the West", marsad.EntityLocation, "WST"}, "الغربية", "الدول الغربية")
	addNames(name{"Q458", "European Union", marsad.EntityOrganization, "EU"}, "الاتحاد الأوروبي")
	p := marsad.EntityPerson
	addNames(name{"Q7747", "Vladimir Putin", p, "RUS"}, "فلاديمير بوتين", "بوتين")
	addNames(name{"Q15031", "Xi Jinping", p, "CHN"}, "شي جين بينغ", "شي")
	addNames(name{"Q58311", "Abdel Fattah el-Sisi", p, "EGY"}, "عبد الفتاح السيسي", "السيسي")
	addNames(name{"Q39259", "Recep Tayyip Erdoğan", p, "TUR"}, "رجب طيب أردوغان", "أردوغان")
	addNames(name{"Q6101686", "Mohammed bin Salman", p, "SAU"}, "محمد بن سلمان", "ولي العهد السعودي")
	addNames(name{"", "Abbas Araghchi", p, "IRN"}, "عباس عراقجي", "عراقجي")
	addNames(name{"", "Faisal bin Farhan", p, "SAU"}, "فيصل بن فرحان")
	addNames(name{"", "Sanaa", marsad.EntityCity, "YEM"}, "صنعاء")
}

// attach finds the names of the mini list in doc's body and fills
// doc.Entities, as the entity stage would: longest match first, clitics
// before a name left out of its span.
func attach(tb testing.TB, doc *marsad.Document) {
	tb.Helper()
	attachWith(doc, func(phrase string) (name, bool) { n, ok := names[phrase]; return n, ok }, 4)
}

// attachWith is attach with any lookup of normalised phrases.
func attachWith(doc *marsad.Document, look func(string) (name, bool), maxTok int) {
	text := doc.Article.Text
	toks := arabic.Tokenize(text)
	idx := map[string]int{}
	var lastPeople, lastCountries []int
	add := func(n name, ar string, sp marsad.Span) int {
		key := string(n.id) + "|" + n.en
		i, ok := idx[key]
		if !ok {
			i = len(doc.Entities)
			idx[key] = i
			doc.Entities = append(doc.Entities, marsad.Entity{ID: n.id, Name: n.en, Arabic: ar, Type: n.typ, Code: n.code})
		}
		doc.Entities[i].Mentions = append(doc.Entities[i].Mentions, marsad.Mention{Text: text[sp.Start:sp.End], Span: sp})
		return i
	}
	push := func(list []int, i int) []int {
		if len(list) > 0 && list[len(list)-1] == i {
			return list
		}
		for k, x := range list {
			if x == i {
				list = append(list[:k], list[k+1:]...)
				break
			}
		}
		return append(list, i)
	}
	for i := 0; i < len(toks); i++ {
		if toks[i].Kind != arabic.Word {
			continue
		}
		w0 := arabic.Normalize(toks[i].Text(text))
		switch w0 {
		case "الزعيمان", "الزعيمين", "والزعيمان", "الرئيسان", "الرئيسين":
			if len(lastPeople) >= 2 {
				sp := marsad.Span{Start: toks[i].Start, End: toks[i].End}
				for _, e := range lastPeople[len(lastPeople)-2:] {
					doc.Entities[e].Mentions = append(doc.Entities[e].Mentions, marsad.Mention{Text: text[sp.Start:sp.End], Span: sp})
				}
			}
			continue
		case "البلدين", "البلدان", "الجانبين", "الجانبان", "الطرفين", "الطرفان", "بلديهما":
			if len(lastCountries) >= 2 {
				sp := marsad.Span{Start: toks[i].Start, End: toks[i].End}
				for _, e := range lastCountries[len(lastCountries)-2:] {
					doc.Entities[e].Mentions = append(doc.Entities[e].Mentions, marsad.Mention{Text: text[sp.Start:sp.End], Span: sp})
				}
			}
			continue
		}
		found := false
		for n := maxTok; n >= 1 && !found; n-- {
			if i+n > len(toks) {
				continue
			}
			ok := true
			var rest strings.Builder
			for k := i + 1; k < i+n; k++ {
				if toks[k].Kind != arabic.Word {
					ok = false
					break
				}
				rest.WriteByte(' ')
				rest.WriteString(arabic.Normalize(toks[k].Text(text)))
			}
			if !ok {
				continue
			}
			for _, g := range arabic.Segmentations(w0) {
				if g.Suffix != "" {
					continue
				}
				phrase := g.Base + rest.String()
				nm, hit := look(phrase)
				if !hit {
					continue
				}
				sp := marsad.Span{Start: toks[i].Start + len(g.Prefixes), End: toks[i+n-1].End}
				if strings.HasSuffix(g.Prefixes, "ال") || strings.HasSuffix(g.Prefixes, "لل") {
					sp.Start = toks[i].Start // the article belongs to the name
					if strings.HasSuffix(g.Prefixes, "لل") {
						sp.Start += len("ل")
					}
				}
				e := add(nm, text[sp.Start:sp.End], sp)
				if nm.typ == marsad.EntityPerson {
					lastPeople = push(lastPeople, e)
				} else if nm.typ == marsad.EntityCountry {
					lastCountries = push(lastCountries, e)
				}
				i += n - 1
				found = true
				break
			}
		}
	}
	sort.SliceStable(doc.Entities, func(a, b int) bool { return false })
}

// newDoc returns a document of one paragraph with its sentences and the
// mini list's entities.
func newDoc(tb testing.TB, text string, published string) *marsad.Document {
	tb.Helper()
	doc := &marsad.Document{Article: marsad.Article{ID: "t", Text: text}}
	doc.Body = []marsad.Line{{Text: text, Span: marsad.Span{Start: 0, End: len(text)}}}
	for _, g := range arabic.Sentences(text) {
		doc.Sentences = append(doc.Sentences, marsad.Span{Start: g.Start, End: g.End})
	}
	if published != "" {
		t, err := time.Parse("2006-01-02", published)
		if err != nil {
			tb.Fatal(err)
		}
		doc.Published = marsad.DayDate(t)
	}
	attach(tb, doc)
	return doc
}
