package names

import (
	"strings"
	"testing"

	"github.com/marsad-project/marsad/gazetteer"
	"github.com/marsad-project/marsad/ner"
)

func TestReadActors(t *testing.T) {
	heads, err := ReadAgentHeads(strings.NewReader("رئيس [~GOV]\nمسؤول_حكومي [~GOV]\n"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		in   string
		want string // the names read (normalised), "TYPE:text" joined by ";" (ADJ for adjectives)
	}{
		{"PersonWithDates", "نوري_المالكي_\n\t[IRQGOV 20101221-20140908]\n", "PERS:نوري المالكي"},
		{"OrgHead", "حركة_حماس_\n\t[PSEREB 20140908-20161010]\n", "ORG:حركه حماس"},
		{"TitleDropped", "أمير_محمد_بن_نايف_\n\t[SAUGOV >20121105]\n", "PERS:محمد بن نايف"},
		{"TitleTooShort", "ملك_عبد_\n", ""},
		{"RoleSkipped", "رئيس_جمهورية_باكستان_  [PAKGOV]\nمسؤول_أميركي_  [USA]\n", ""},
		{"DetachedClitic", "أمين_عام_ل_أمة_المتحدة_  [IGO]\n", ""},
		{"OneWordPlace", "غزة  [PSE]\n", "LOC:غزه"},
		{"OneWordAdjective", "سوري\n\t[SYR 20090331-18000101]\n", "ADJ:سوري"},
		{"OneWordOrg", "اليونسكو  [IGO]\n", "ORG:اليونسكو"},
		{"OneWordSectorSkipped", "الغنوشي  [TUNPTY]\n", ""},
		{"LeadingSpaceAndComment", " قطاع_غزة_  [PSE] # strip\n# a comment\n", ""},
		{"MultiWordPlace", "خان_يونس_  [PSE]\n", "LOC:خان يونس"},
		{"NoCodes", "أحمد_زويل_\n\nجلال_حسنين_\n\t[LBNCVLREF 19840502-18000101]\n", "PERS:جلال حسنين"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadActors(strings.NewReader(tt.in), heads)
			if err != nil {
				t.Fatal(err)
			}
			var s []string
			for _, n := range got {
				ty := string(n.Type)
				if n.Adjective {
					ty = "ADJ"
				}
				s = append(s, ty+":"+n.Text)
			}
			if g := strings.Join(s, ";"); g != tt.want {
				t.Errorf("ReadActors(%q) = %q, want %q", tt.in, g, tt.want)
			}
		})
	}
}

func TestReadAgentHeads(t *testing.T) {
	got, err := ReadAgentHeads(strings.NewReader("# LAST UPDATED\nانفصالي_مسلحي [~REB]\nمهاجر [~CVL]\n\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || !got["انفصالي"] || !got["مهاجر"] {
		t.Errorf("ReadAgentHeads = %v, want انفصالي and مهاجر", got)
	}
}

func TestExtra(t *testing.T) {
	names := Extra()
	if len(names) < 300 {
		t.Errorf("Extra() has %d names, want at least 300", len(names))
	}
	for _, n := range names {
		switch n.Type {
		case ner.PERS, ner.LOC, ner.ORG, ner.MISC:
		default:
			t.Errorf("Extra(): %q has type %q", n.Text, n.Type)
		}
	}
}

func TestFromKB(t *testing.T) {
	count := map[ner.Type]int{}
	adj := 0
	for _, n := range FromKB(gazetteer.Default()) {
		if n.Adjective {
			adj++
		} else {
			count[n.Type]++
		}
	}
	for _, ty := range []ner.Type{ner.PERS, ner.LOC, ner.ORG} {
		if count[ty] < 200 {
			t.Errorf("FromKB: %d names of type %s, want at least 200", count[ty], ty)
		}
	}
	if adj < 200 {
		t.Errorf("FromKB: %d adjectives, want at least 200", adj)
	}
}
