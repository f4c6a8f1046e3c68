package arabic

import (
	"slices"
	"testing"
)

func TestBases(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string // must appear, in this relative order
		not      []string // must not appear
	}{
		{"ConjPrepArticle", "وللحكومه", []string{"وللحكومه", "للحكومه", "حكومه"}, []string{"كومه"}},
		{"ConjPlace", "وبكين", []string{"وبكين", "بكين"}, nil},
		{"PrepName", "لبوتين", []string{"لبوتين", "بوتين"}, nil},
		{"PrepPlace", "بموسكو", []string{"بموسكو", "موسكو"}, nil},
		{"ConjArticle", "والصين", []string{"والصين", "الصين", "صين"}, nil},
		{"PrepArticle", "بالعاصمه", []string{"بالعاصمه", "العاصمه", "عاصمه"}, nil},
		{"KafArticle", "كالعاده", []string{"كالعاده", "العاده", "عاده"}, nil},
		{"FaArticle", "فالحكومه", []string{"فالحكومه", "الحكومه", "حكومه"}, nil},
		{"ConjBaArticle", "وبالتالي", []string{"وبالتالي", "بالتالي", "التالي", "تالي"}, nil},
		{"FaLamLam", "فللشعب", []string{"فللشعب", "للشعب", "شعب"}, nil},
		{"Future", "سيعقد", []string{"سيعقد", "يعقد"}, nil},
		{"ConjFuture", "وستعلن", []string{"وستعلن", "ستعلن", "تعلن"}, nil},
		{"NotFuture", "سلام", []string{"سلام"}, []string{"لام"}},
		{"PronounHa", "حكومتها", []string{"حكومتها", "حكومه"}, nil},
		{"PronounHum", "رئيسهم", []string{"رئيسهم", "رئيس"}, nil},
		{"PronounHuma", "بلديهما", []string{"بلديهما", "بلدي"}, nil},
		{"PronounNa", "بلادنا", []string{"بلادنا", "بلاد"}, nil},
		{"PronounKum", "وطنكم", []string{"وطنكم", "وطن"}, nil},
		{"ProcliticAndPronoun", "وبلادهم", []string{"وبلادهم", "بلادهم", "بلاد"}, nil},
		{"ShortWordKept", "في", []string{"في"}, []string{"ي"}},
		{"ShortWordKept2", "بل", []string{"بل"}, nil},
		{"MinBase", "وله", []string{"وله", "له"}, []string{"ل"}},
		{"YehNeedsLongBase", "ابي", []string{"ابي"}, []string{"اب"}},
		{"Latin", "Reuters", []string{"Reuters"}, []string{"euters"}},
		{"NoClitic", "موسكو", []string{"موسكو"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Bases(tt.in)
			if len(got) == 0 || got[0] != tt.in {
				t.Fatalf("Bases(%q) = %q: want the word itself first", tt.in, got)
			}
			last := -1
			for _, w := range tt.want {
				i := slices.Index(got, w)
				if i < 0 || i < last {
					t.Errorf("Bases(%q) = %q: want %q, after %q", tt.in, got, w, tt.want)
				}
				last = i
			}
			for _, w := range tt.not {
				if slices.Contains(got, w) {
					t.Errorf("Bases(%q) = %q: got %q, want it absent", tt.in, got, w)
				}
			}
			for i := 1; i < len(got); i++ {
				if runeLen(got[i]) > runeLen(got[i-1]) && i > 1 {
					t.Errorf("Bases(%q) = %q: not by decreasing length at %d", tt.in, got, i)
				}
				if runeLen(got[i]) < minBase {
					t.Errorf("Bases(%q) = %q: base %q too short", tt.in, got, got[i])
				}
				if slices.Index(got, got[i]) != i {
					t.Errorf("Bases(%q) = %q: %q repeated", tt.in, got, got[i])
				}
			}
		})
	}
}

func runeLen(s string) int { return len([]rune(s)) }

func TestSegmentations(t *testing.T) {
	got := Segmentations("وبحكومتهم")
	want := []Segmentation{
		{"", "وبحكومتهم", ""},
		{"و", "بحكومتهم", ""},
		{"وب", "حكومتهم", ""},
		{"", "وبحكومت", "هم"},
		{"", "وبحكومه", "هم"},
		{"و", "بحكومت", "هم"},
		{"و", "بحكومه", "هم"},
		{"وب", "حكومت", "هم"},
		{"وب", "حكومه", "هم"},
	}
	if !slices.Equal(got, want) {
		t.Errorf("Segmentations(%q):\n got %q\nwant %q", "وبحكومتهم", got, want)
	}
	for _, s := range Segmentations("والعاصمة") {
		if s.Prefixes+s.Base+s.Suffix != "والعاصمة" {
			t.Errorf("Segmentations(%q): %+v does not spell the word", "والعاصمة", s)
		}
	}
}

func TestAppendBases_Alloc(t *testing.T) {
	dst := make([]string, 0, 32)
	allocs := testing.AllocsPerRun(100, func() { dst = AppendBases(dst[:0], "وللحكومه") })
	if allocs != 0 {
		t.Errorf("AppendBases with room: got %v allocs, want 0", allocs)
	}
}
