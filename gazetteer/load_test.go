package gazetteer

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/arabic"
)

const userTSV = "# a user's file\n" +
	"qid\ttype\tcode\tname\tarabic\taliases\tnisba\tcapital\troles\tambiguous\n" +
	"Q1\tCOUNTRY\tFRA\tTestland\tتستلاند\tتستلاندا|~تست\t+تستي\t\t\t\n" +
	"\tPERSON\tFRA\tJane Doe\tجين دو\tدو\t\t\tpresident:FRA:2020-01-01:2021-01-01|president:FRA:2022-01-01:\t\n"

func TestLoad_TSV(t *testing.T) {
	kb, err := Load(strings.NewReader(userTSV), FormatTSV)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	if got := len(kb.All()); got != 2 {
		t.Fatalf("got %d entities, want 2", got)
	}
	c := kb.ByQID("Q1")
	if c == nil || c.Type != marsad.EntityCountry {
		t.Fatalf("ByQID(Q1) = %+v, want the country", c)
	}
	if !slices.Contains(c.Nisba, "التستيون") || !slices.Contains(c.Nisba, "تستية") {
		t.Errorf("Nisba = %v, want the regular inflections of تستي", c.Nisba)
	}
	if !slices.Equal(c.Weak, []string{"تست"}) {
		t.Errorf("Weak = %v, want [تست]", c.Weak)
	}
	ms := kb.Find(arabic.Normalize("تست"))
	if len(ms) != 1 || !ms[0].Weak || ms[0].Kind != MatchAlias {
		t.Errorf("Find(تست) = %+v, want one weak alias match", ms)
	}
	for _, c := range []struct {
		on   string
		want string
	}{
		{"2020-06-01", "Jane Doe"}, {"2021-06-01", ""}, {"2030-01-01", "Jane Doe"}, {"2019-12-31", ""},
	} {
		on, _ := time.Parse(time.DateOnly, c.on)
		got := ""
		if e := kb.Holder("president", "FRA", on); e != nil {
			got = e.Name
		}
		if got != c.want {
			t.Errorf("Holder(president, FRA, %s) = %q, want %q", c.on, got, c.want)
		}
	}
}

func TestLoad_JSONL(t *testing.T) {
	src := `{"qid":"Q2","type":"CITY","code":"FRA","name":"Testville","arabic":"تستفيل","aliases":["تست فيل"]}
{"key":"mayor","phrases":["العمدة","عمدة"]}
`
	kb, err := Load(strings.NewReader(src), FormatJSONL)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	if e := kb.Lookup(arabic.Normalize("تست فيل")); len(e) != 1 || e[0].Name != "Testville" {
		t.Errorf("Lookup(تست فيل) = %v, want Testville", e)
	}
	if got := kb.RolePhrases()[arabic.Normalize("العمدة")]; !slices.Equal(got, []string{"mayor"}) {
		t.Errorf("RolePhrases()[العمده] = %v, want [mayor]", got)
	}
}

func TestLoad_Errors(t *testing.T) {
	hdr := "qid\ttype\tcode\tname\tarabic\troles\n"
	for _, c := range []struct {
		name, src, format, want string
	}{
		{"unknown column", "qid\tcolour\n", "tsv", `unknown column "colour"`},
		{"bad QID", hdr + "X1\tCITY\tFRA\tA\tا\t\n", "tsv", "malformed QID"},
		{"no Arabic", hdr + "\tCITY\tFRA\tA\t\t\n", "tsv", "no Arabic form"},
		{"bad type", hdr + "\tTOWN\tFRA\tA\tا\t\n", "tsv", "unknown type"},
		{"bad role", hdr + "\tPERSON\tFRA\tA\tا\tpresident:FRA\n", "tsv", "want key:CODE:from:to"},
		{"bad date", hdr + "\tPERSON\tFRA\tA\tا\tpresident:FRA:2020-13-01:\n", "tsv", "bad start date"},
		{"reversed dates", hdr + "\tPERSON\tFRA\tA\tا\tpresident:FRA:2020-01-01:2019-01-01\n", "tsv", "ends before it starts"},
		{"too many fields", hdr + "\tCITY\tFRA\tA\tا\t\textra\n", "tsv", "7 fields for 6 columns"},
		{"bad JSON", `{"qid":`, "jsonl", "line 1"},
		{"unknown JSON field", `{"colour":"red"}`, "jsonl", "unknown field"},
		{"unknown format", "", "xml", "unknown format"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := Load(strings.NewReader(c.src), c.format)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("Load error = %v, want one containing %q", err, c.want)
			}
			var me *marsad.Error
			if !errors.As(err, &me) {
				t.Errorf("error %T is not a *marsad.Error", err)
			}
		})
	}
}

func TestValidate_Rejects(t *testing.T) {
	const hdr = "qid\ttype\tcode\tname\tarabic\taliases\troles\tambiguous\n"
	base := "Q142\tCOUNTRY\tFRA\tFrance\tفرنسا\t\t\t\n" +
		"Q145\tCOUNTRY\tGBR\tUnited Kingdom\tبريطانيا\t\t\t\n"
	for _, c := range []struct {
		name, rows, want string
	}{
		{"duplicate QID", "Q142\tCITY\tFRA\tParis\tباريس\t\t\t\n", "QID Q142 already used by France"},
		{"bad country code", "Q1\tCOUNTRY\tFRX\tFrankia\tفرنكيا\t\t\t\n", "not ISO 3166-1 alpha-3"},
		{"duplicate country code", "Q2\tCOUNTRY\tFRA\tGaul\tالغال\t\t\t\n", "code FRA used by countries"},
		{"country without QID", "\tCOUNTRY\tDEU\tGermany\tألمانيا\t\t\t\n", "has no QID"},
		{"unknown code", "\tCITY\tZZZ\tNowhere\tلامكان\t\t\t\n", `unknown code "ZZZ"`},
		{"role in unknown country", "\tPERSON\tFRA\tA\tأ\t\tpresident:DEU:2020-01-01:\t\n", `unknown country "DEU"`},
		{"overlapping terms", "\tPERSON\tFRA\tA\tأ\t\tpresident:FRA:2020-01-01:2022-01-01\t\n" +
			"\tPERSON\tFRA\tB\tب\t\tpresident:FRA:2021-01-01:\t\n", "overlaps"},
		{"shared alias", "\tPERSON\tFRA\tA\tأ\tالاسم\t\t\n\tPERSON\tGBR\tB\tب\tالإسم\t\t\n", `key "الاسم" claimed by A, B`},
		{"alias equal to a country", "\tCITY\tGBR\tFake\tمدينة\tفرنسا\t\t\n", `key "فرنسا" claimed by France, Fake`},
	} {
		t.Run(c.name, func(t *testing.T) {
			kb, err := Load(strings.NewReader(hdr+base+c.rows), FormatTSV)
			if err == nil {
				err = kb.Validate()
			}
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("Validate() = %v, want an error containing %q", err, c.want)
			}
		})
	}
	// Allowed: a weak alias, an ambiguous entity with a reason.
	ok := "\tCITY\tGBR\tParis, Texas\tباريس تكساس\t~فرنسا\t\t\n" +
		"\tCITY\tFRA\tLondon, Ontario\tلندن\t\t\tthe Canadian city shares the name\n" +
		"\tCITY\tGBR\tLondon\tلندن\t\t\t\n"
	kb, err := Load(strings.NewReader(hdr+base+ok), FormatTSV)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	if err := kb.Validate(); err != nil {
		t.Errorf("Validate() = %v, want nil for marked collisions", err)
	}
	if ms := kb.Find("لندن"); len(ms) != 2 || ms[0].Entity.Name != "London" {
		t.Errorf("Find(لندن)[0] = %v, want the strong London first", ms)
	}
}

func TestMerge_Replaces(t *testing.T) {
	kb := New()
	if err := kb.Merge(Default()); err != nil {
		t.Fatal(err)
	}
	user, err := Load(strings.NewReader("qid\ttype\tcode\tname\tarabic\taliases\n"+
		"Q148\tCOUNTRY\tCHN\tChina\tالصين\tالتنين الصيني\n"), FormatTSV)
	if err != nil {
		t.Fatal(err)
	}
	n := len(kb.All())
	if err := kb.Merge(user); err != nil {
		t.Fatal(err)
	}
	if got := len(kb.All()); got != n {
		t.Errorf("after merge %d entities, want %d (replaced, not added)", got, n)
	}
	if es := kb.Lookup(arabic.Normalize("التنين الصيني")); len(es) != 1 || es[0].QID != "Q148" {
		t.Errorf("Lookup(التنين الصيني) = %v, want China", es)
	}
	if es := kb.Lookup(arabic.Normalize("جمهورية الصين الشعبية")); len(es) != 0 {
		t.Errorf("old alias still indexed: %v", es)
	}
	if Default().Lookup(arabic.Normalize("التنين الصيني")) != nil {
		t.Error("Merge into a new KB changed Default()")
	}
}

func TestInflect(t *testing.T) {
	got := Inflect("كوري جنوبي")
	for _, want := range []string{"الكوري الجنوبي", "الكورية الجنوبية", "الكوريون الجنوبيون", "كوريين جنوبيين"} {
		if !slices.Contains(got, want) {
			t.Errorf("Inflect(كوري جنوبي) lacks %q: %v", want, got)
		}
	}
	if got := Inflect(""); got != nil {
		t.Errorf("Inflect(\"\") = %v, want nil", got)
	}
}

// TestLoad_JeemNisba checks that a country whose name is also written with
// ج for غ has its adjectives written so too, and that one without such a
// spelling gets none.
func TestLoad_JeemNisba(t *testing.T) {
	const tsv = "qid\ttype\tcode\tname\tarabic\taliases\tnisba\n" +
		"Q1\tCOUNTRY\tTST\tTestgal\tتستغال\tتستجال\t+تستغالي\n" +
		"Q2\tCOUNTRY\tTSU\tTestghar\tتسغار\t\t+تسغاري\n"
	kb, err := Load(strings.NewReader(tsv), FormatTSV)
	if err != nil {
		t.Fatal(err)
	}
	if c := kb.ByQID("Q1"); !slices.Contains(c.Nisba, "التستجالية") || !slices.Contains(c.Nisba, "التستغالية") {
		t.Errorf("Q1 nisba = %v, want both spellings", c.Nisba)
	}
	if c := kb.ByQID("Q2"); slices.ContainsFunc(c.Nisba, func(n string) bool { return strings.Contains(n, "ج") }) {
		t.Errorf("Q2 nisba = %v, want no ج spelling", c.Nisba)
	}
}
