package gazetteer

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/arabic"
)

// TestData_Valid loads the files under data/ from disk (so a broken edit
// fails here, not as a panic in Default) and validates the whole KB.
func TestData_Valid(t *testing.T) {
	kb, err := loadFS(os.DirFS("."), "data")
	if err != nil {
		t.Fatalf("load data: %v", err)
	}
	if err := kb.Validate(); err != nil {
		for _, line := range strings.Split(err.Error(), "\n") {
			t.Error(line)
		}
	}
	if Default() == nil {
		t.Fatal("Default() = nil")
	}
}

func count(kb *KB, typ marsad.EntityType) int {
	n := 0
	for _, e := range kb.All() {
		if e.Type == typ {
			n++
		}
	}
	return n
}

func TestData_Coverage(t *testing.T) {
	kb := Default()
	for _, c := range []struct {
		typ  marsad.EntityType
		want int
	}{
		{marsad.EntityCountry, 195},
		{marsad.EntityCity, 150},
		{marsad.EntityOrganization, 150},
		{marsad.EntityPerson, 300},
	} {
		if got := count(kb, c.typ); got < c.want {
			t.Errorf("%s records: got %d, want at least %d", c.typ, got, c.want)
		}
	}
	for _, code := range []marsad.ActorCode{"PSE", "VAT", "TWN", "XKX", "ESH", "HKG", "MAC", "PRI", "GRL"} {
		if kb.Country(code) == nil {
			t.Errorf("Country(%s) = nil, want a record", code)
		}
	}
	for _, e := range kb.All() {
		if e.Type != marsad.EntityCountry {
			continue
		}
		if e.Capital == "" && e.Code != "ESH" {
			t.Errorf("%s has no capital", e.Name)
		}
		if len(e.Nisba) == 0 && isMajor(e.Code) {
			t.Errorf("%s has no nisba forms", e.Name)
		}
	}
}

// requiredHeads lists the countries (and the EU) that must have a head of
// state or of government recorded for every day of the covered period.
var requiredHeads = []marsad.ActorCode{
	// G20
	"ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "MEX",
	"RUS", "SAU", "ZAF", "KOR", "TUR", "GBR", "USA", "EU",
	// Arab League (SAU above)
	"DZA", "BHR", "COM", "DJI", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY", "MRT", "MAR",
	"OMN", "PSE", "QAT", "SOM", "SDN", "SYR", "TUN", "ARE", "YEM",
	// and
	"IRN", "ISR", "UKR",
}

// headRoles are the role keys that make a person head of state or of
// government.
var headRoles = []string{
	"president", "king", "emir", "sultan", "emperor", "chairman", "leader", "supreme_leader",
	"prime_minister", "chancellor", "commission_president", "council_president",
}

// knownGaps are documented days without a recorded head: none at present.
// An entry is country, first day and last day of the gap, and the reason.
var knownGaps = []struct {
	code     marsad.ActorCode
	from, to string
	reason   string
}{}

func isMajor(c marsad.ActorCode) bool {
	for _, r := range requiredHeads {
		if r == c {
			return true
		}
	}
	return false
}

func TestData_HeadsCoverage(t *testing.T) {
	kb := Default()
	start := time.Date(2010, 1, 1, 0, 0, 0, 0, time.UTC)
	end := time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)
	for _, code := range requiredHeads {
		var gapStart time.Time
		for d := start; !d.After(end); d = d.AddDate(0, 0, 1) {
			held := false
			for _, r := range headRoles {
				if kb.Holder(r, code, d) != nil {
					held = true
					break
				}
			}
			if !held && !inKnownGap(code, d) {
				if gapStart.IsZero() {
					gapStart = d
				}
			}
			if (held || d.Equal(end)) && !gapStart.IsZero() {
				t.Errorf("%s: no head of state or government recorded from %s to %s", code,
					gapStart.Format(time.DateOnly), d.AddDate(0, 0, -1).Format(time.DateOnly))
				gapStart = time.Time{}
			}
		}
	}
}

func inKnownGap(code marsad.ActorCode, d time.Time) bool {
	for _, g := range knownGaps {
		f, _ := time.Parse(time.DateOnly, g.from)
		to, _ := time.Parse(time.DateOnly, g.to)
		if g.code == code && !d.Before(f) && !d.After(to) {
			return true
		}
	}
	return false
}

func date(s string) time.Time {
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return d
}

func TestHolder(t *testing.T) {
	kb := Default()
	for _, c := range []struct {
		name    string
		role    string
		country marsad.ActorCode
		on      string
		want    string // English name; "" for nobody
	}{
		{"US president 2018", "president", "USA", "2018-06-01", "Donald Trump"},
		{"US president 2024", "president", "USA", "2024-06-01", "Joe Biden"},
		{"US president 2025", "president", "USA", "2025-06-01", "Donald Trump"},
		{"US president on inauguration day", "president", "USA", "2021-01-20", "Joe Biden"},
		{"US president the day before", "president", "USA", "2021-01-19", "Donald Trump"},
		{"US president 2012", "president", "USA", "2012-03-01", "Barack Obama"},
		{"Russian president 2010", "president", "RUS", "2010-06-01", "Dmitry Medvedev"},
		{"Russian president 2013", "president", "RUS", "2013-06-01", "Vladimir Putin"},
		{"Russian PM 2010", "prime_minister", "RUS", "2010-06-01", "Vladimir Putin"},
		{"Russian PM 2015", "prime_minister", "RUS", "2015-06-01", "Dmitry Medvedev"},
		{"Russian PM 2024", "prime_minister", "RUS", "2024-06-01", "Mikhail Mishustin"},
		{"UK PM 2016", "prime_minister", "GBR", "2016-06-01", "David Cameron"},
		{"UK PM 2023", "prime_minister", "GBR", "2023-06-01", "Rishi Sunak"},
		{"UK PM 2025", "prime_minister", "GBR", "2025-06-01", "Keir Starmer"},
		{"UK PM during Truss", "prime_minister", "GBR", "2022-10-01", "Liz Truss"},
		{"UK foreign secretary 2024-01", "foreign_minister", "GBR", "2024-01-15", "David Cameron"},
		{"UK monarch 2020", "king", "GBR", "2020-01-01", "Elizabeth II"},
		{"UK monarch 2023", "king", "GBR", "2023-01-01", "Charles III"},
		{"China premier 2023", "prime_minister", "CHN", "2023-06-01", "Li Qiang"},
		{"China premier 2015", "prime_minister", "CHN", "2015-06-01", "Li Keqiang"},
		{"China president 2011", "president", "CHN", "2011-06-01", "Hu Jintao"},
		{"China president 2020", "president", "CHN", "2020-06-01", "Xi Jinping"},
		{"China FM 2023-03", "foreign_minister", "CHN", "2023-03-01", "Qin Gang"},
		{"China FM 2024", "foreign_minister", "CHN", "2024-03-01", "Wang Yi"},
		{"US secretary of state 2022", "foreign_minister", "USA", "2022-01-01", "Antony Blinken"},
		{"US secretary of state 2025", "foreign_minister", "USA", "2025-03-01", "Marco Rubio"},
		{"US secretary of state 2019", "foreign_minister", "USA", "2019-01-01", "Mike Pompeo"},
		{"French president 2015", "president", "FRA", "2015-01-01", "François Hollande"},
		{"German chancellor 2019", "chancellor", "DEU", "2019-01-01", "Angela Merkel"},
		{"German chancellor 2023", "chancellor", "DEU", "2023-01-01", "Olaf Scholz"},
		{"German chancellor 2025-06", "chancellor", "DEU", "2025-06-01", "Friedrich Merz"},
		{"Turkish president 2012", "president", "TUR", "2012-01-01", "Abdullah Gül"},
		{"Turkish president 2020", "president", "TUR", "2020-01-01", "Recep Tayyip Erdoğan"},
		{"Iranian president 2023", "president", "IRN", "2023-01-01", "Ebrahim Raisi"},
		{"Iranian president 2025", "president", "IRN", "2025-01-01", "Masoud Pezeshkian"},
		{"Israeli PM 2022-09", "prime_minister", "ISR", "2022-09-01", "Yair Lapid"},
		{"Israeli PM 2024", "prime_minister", "ISR", "2024-01-01", "Benjamin Netanyahu"},
		{"Ukrainian president 2016", "president", "UKR", "2016-01-01", "Petro Poroshenko"},
		{"Ukrainian president 2022", "president", "UKR", "2022-03-01", "Volodymyr Zelensky"},
		{"Saudi king 2012", "king", "SAU", "2012-01-01", "King Abdullah of Saudi Arabia"},
		{"Saudi crown prince 2020", "crown_prince", "SAU", "2020-01-01", "Mohammed bin Salman"},
		{"Egyptian president 2013-01", "president", "EGY", "2013-01-01", "Mohamed Morsi"},
		{"Egyptian president 2020", "president", "EGY", "2020-01-01", "Abdel Fattah el-Sisi"},
		{"Qatari emir 2012", "emir", "QAT", "2012-01-01", "Hamad bin Khalifa Al Thani"},
		{"UAE president 2023", "president", "ARE", "2023-01-01", "Mohamed bin Zayed Al Nahyan"},
		{"UN secretary-general 2015", "secretary_general", "UN", "2015-01-01", "Ban Ki-moon"},
		{"UN secretary-general 2020", "secretary_general", "UN", "2020-01-01", "António Guterres"},
		{"NATO secretary-general 2025", "secretary_general", "NATO", "2025-01-01", "Mark Rutte"},
		{"Lebanese president 2015 (vacant)", "president", "LBN", "2015-01-01", ""},
		{"US president 1990 (not recorded)", "president", "USA", "1990-01-01", ""},
		{"unknown role", "pope", "USA", "2020-01-01", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := ""
			if e := kb.Holder(c.role, c.country, date(c.on)); e != nil {
				got = e.Name
			}
			if got != c.want {
				t.Errorf("Holder(%q, %s, %s) = %q, want %q", c.role, c.country, c.on, got, c.want)
			}
		})
	}
}

func TestLookup(t *testing.T) {
	kb := Default()
	for _, c := range []struct {
		name   string
		phrase string
		want   string // English name of the first entity; "" for none
		weak   bool
	}{
		{"country", "الصين", "China", false},
		{"country alias with hamza", "أميركا", "United States", false},
		{"nisba feminine", "الصينية", "China", false},
		{"nisba plural", "الأمريكيين", "United States", false},
		{"two-word nisba", "الكوريه الجنوبيه", "South Korea", false},
		{"irregular plural", "الأتراك", "Turkey", false},
		{"capital", "بكين", "Beijing", false},
		{"person surname", "بوتين", "Vladimir Putin", false},
		{"person variant", "شي جين بينج", "Xi Jinping", false},
		{"short weak name", "شي", "Xi Jinping", true},
		{"organisation acronym", "الناتو", "NATO", false},
		{"organisation long form", "مجلس التعاون لدول الخليج العربية", "Gulf Cooperation Council", false},
		{"region", "اوروبا", "Europe", false},
		{"shared key: strong first", "طرابلس", "Tripoli", false},
		{"shared key: weak capital", "الكويت", "Kuwait", false},
		{"unknown", "كلمة", "", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			ms := kb.Find(arabic.Normalize(c.phrase))
			got := ""
			if len(ms) > 0 {
				got = ms[0].Entity.Name
			}
			if got != c.want {
				t.Fatalf("Find(%q)[0] = %q, want %q", c.phrase, got, c.want)
			}
			if len(ms) > 0 && ms[0].Weak != c.weak {
				t.Errorf("Find(%q)[0].Weak = %v, want %v", c.phrase, ms[0].Weak, c.weak)
			}
			if es := kb.Lookup(arabic.Normalize(c.phrase)); len(es) != len(ms) {
				t.Errorf("Lookup(%q) has %d entities, Find %d", c.phrase, len(es), len(ms))
			}
		})
	}
	if n := kb.MaxAliasTokens(); n < 5 || n > 15 {
		t.Errorf("MaxAliasTokens() = %d, want between 5 and 15", n)
	}
}

func TestRolePhrases(t *testing.T) {
	kb := Default()
	ph := kb.RolePhrases()
	for _, c := range []struct{ phrase, key string }{
		{"الرئيس", "president"},
		{"رئيس الوزراء", "prime_minister"},
		{"رئيس مجلس الدولة", "prime_minister"},
		{"وزير الخارجية", "foreign_minister"},
		{"وزيرة الخارجية", "foreign_minister"},
		{"العاهل", "king"},
		{"ولي العهد", "crown_prince"},
		{"المرشد الأعلى", "supreme_leader"},
		{"الأمين العام", "secretary_general"},
		{"المتحدث باسم الكرملين", "presidential_spokesperson"},
	} {
		keys := ph[arabic.Normalize(c.phrase)]
		found := false
		for _, k := range keys {
			found = found || k == c.key
		}
		if !found {
			t.Errorf("RolePhrases()[%q] = %v, want it to contain %q", c.phrase, keys, c.key)
		}
	}
}

func TestByQID(t *testing.T) {
	kb := Default()
	for q, want := range map[marsad.QID]string{
		"Q148": "China", "Q159": "Russia", "Q30": "United States", "Q142": "France",
		"Q145": "United Kingdom", "Q183": "Germany", "Q17": "Japan", "Q668": "India",
		"Q155": "Brazil", "Q43": "Turkey", "Q794": "Iran", "Q801": "Israel",
		"Q212": "Ukraine", "Q851": "Saudi Arabia", "Q79": "Egypt", "Q956": "Beijing",
		"Q7747": "Vladimir Putin", "Q7184": "NATO",
	} {
		got := ""
		if e := kb.ByQID(q); e != nil {
			got = e.Name
		}
		if got != want {
			t.Errorf("ByQID(%s) = %q, want %q", q, got, want)
		}
	}
}

func BenchmarkLookup(b *testing.B) {
	kb := Default()
	keys := []string{
		arabic.Normalize("الصين"), arabic.Normalize("بوتين"), arabic.Normalize("الناتو"),
		arabic.Normalize("كلمة"), arabic.Normalize("وزارة الخارجية الروسية"), arabic.Normalize("الأمريكية"),
	}
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		for _, k := range keys {
			n += len(kb.Lookup(k))
		}
	}
	_ = fmt.Sprint(n)
}

func BenchmarkDefaultLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := loadFS(dataFS, "data"); err != nil {
			b.Fatal(err)
		}
	}
}
