package arabic

import (
	"strings"
	"testing"
)

func TestNormalize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"Empty", "", ""},
		{"ASCII", "Reuters 2024", "Reuters 2024"},
		{"AlreadyNormal", "قال الوزير", "قال الوزير"},
		{"Harakat", "مُحَمَّدٌ وَسُكُونْ", "محمد وسكون"},
		{"OtherMarks", "صلّى\u0610 \u0653\u0656\u065f", "صلي "},
		{"SuperscriptAlef", "هٰذا", "هذا"},
		{"QuranicMarks", "ٱلۡكِتَٰبُ\u06d6", "الكتب"},
		{"ExtendedAMarks", "ب\u08f0", "ب"},
		{"Tatweel", "الـــحكومة", "الحكومه"},
		{"AlefForms", "أ إ آ ٱ ٲ ٳ", "ا ا ا ا ا ا"},
		{"AlefMaqsura", "مستشفى", "مستشفي"},
		{"TaaMarbuta", "مدرسة", "مدرسه"},
		{"HamzaCarriers", "مسؤول رئيس", "مسوول رييس"},
		{"BareHamzaKept", "سماء", "سماء"},
		{"PersianYeh", "فارسی", "فارسي"},
		{"PashtoYeh", "ۍ ې ے", "ي ي ي"},
		{"Keheh", "کتاب ڪ", "كتاب ك"},
		{"HehForms", "خانۀ ہ ھ ە", "خانه ه ه ه"},
		{"ArabicIndicDigits", "٠١٢٣٤٥٦٧٨٩", "0123456789"},
		{"PersianDigits", "۰۱۲۳۴۵۶۷۸۹", "0123456789"},
		{"Separators", "١٢٫٥ ١٬٠٠٠ ٥٪", "12.5 1,000 5%"},
		{"DoubleQuotes", "«قال» “نعم” „x‟ ″ ‹›", `"قال" "نعم" "x" " ""`},
		{"SingleQuotes", "‘x’ ‚ ‛ ′", "'x' ' ' '"},
		{"Ellipsis", "ثم…", "ثم..."},
		{"Spaces", "a\u00a0b\u2003c\u202fd\u3000e", "a b c d e"},
		{"InvisibleControls", "\u200fقال\u200c\u200d\u200e\u061c\u00ad\ufeff\u2066", "قال"},
		{"Fullwidth", "ＡＢ１２＂", `AB12"`},
		{"PresentationFormsB", "ﺍﻟﺴﻼﻡ", "السلام"},
		{"LamAlefHamza", "ﻷن ﻵ ﻹ", "لان لا لا"},
		{"PresentationFormsA", "ﭖ ﮎ", "پ ك"},
		{"Allah", "ﷲ", "الله"},
		{"SallAllahu", "ﷺ", "صلي الله عليه وسلم"},
		{"IsolatedHaraka", "ب\ufe70\ufe71", "ب"},
		{"ShaddaLigature", "ب\ufc60", "ب"},
		{"RialSign", "\ufdfc", "ريال"},
		{"DecomposedHamza", "ا\u0654 و\u0654", "ا و"},
		{"InvalidUTF8", "a\xffب", "a\ufffdب"},
		{"InvalidAroundMark", "\xd8\u064e\xa7", "\ufffd\ufffd"},
		{"LatinCaseKept", "NATO Nato", "NATO Nato"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Normalize(tt.in); got != tt.want {
				t.Errorf("Normalize(%q): got %q, want %q", tt.in, got, tt.want)
			}
			if got := string(AppendNormalized([]byte("<"), tt.in)); got != "<"+tt.want {
				t.Errorf("AppendNormalized(%q): got %q, want %q", tt.in, got, "<"+tt.want)
			}
			if got := IsNormalized(tt.in); got != (tt.in == tt.want) {
				t.Errorf("IsNormalized(%q): got %v, want %v", tt.in, got, tt.in == tt.want)
			}
		})
	}
}

func TestNormalizeKeepHamza(t *testing.T) {
	tests := []struct{ in, want string }{
		{"مسؤول رئيس", "مسؤول رئيس"},
		{"مُسْؤُولٌ إلى", "مسؤول الي"},
		{"ٶ ٸ", "ٶ ٸ"},
	}
	for _, tt := range tests {
		if got := NormalizeKeepHamza(tt.in); got != tt.want {
			t.Errorf("NormalizeKeepHamza(%q): got %q, want %q", tt.in, got, tt.want)
		}
		if got := string(AppendNormalizedKeepHamza(nil, tt.in)); got != tt.want {
			t.Errorf("AppendNormalizedKeepHamza(%q): got %q, want %q", tt.in, got, tt.want)
		}
	}
}

// camelRef applies CAMeL Tools' normalize_alef_ar, normalize_alef_maksura_ar,
// normalize_teh_marbuta_ar and dediac_ar (camel_tools/utils/normalize.py,
// dediac.py: AR_DIAC_CHARSET is U+064B–U+0652 and U+0670).
func camelRef(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == 0x0625 || r == 0x0623 || r == 0x0671 || r == 0x0622:
			return 0x0627
		case r == 0x0649:
			return 0x064A
		case r == 0x0629:
			return 0x0647
		case r >= 0x064B && r <= 0x0652 || r == 0x0670:
			return -1
		}
		return r
	}, s)
}

// luceneRef applies Lucene's ArabicNormalizer and then PersianNormalizer
// (the chain of PersianAnalyzer): alef forms آ أ إ, ى, ة, tatweel and the
// harakat U+064B–U+0652; then ی ے → ي, ک → ك, ۀ ہ → ه and the deletion of
// HAMZA ABOVE U+0654.
func luceneRef(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case 0x0622, 0x0623, 0x0625:
			return 0x0627
		case 0x0649, 0x06CC, 0x06D2:
			return 0x064A
		case 0x0629, 0x06C0, 0x06C1:
			return 0x0647
		case 0x06A9:
			return 0x0643
		case 0x0640, 0x0654:
			return -1
		}
		if r >= 0x064B && r <= 0x0652 {
			return -1
		}
		return r
	}, s)
}

// TestNormalize_CAMeLAndLucene holds Normalize to what CAMeL Tools and
// Lucene do on the same strings. camel and lucene record their outputs
// (checked against camelRef and luceneRef, re-implementations of their
// code); note says why marsad differs, wherever it does.
func TestNormalize_CAMeLAndLucene(t *testing.T) {
	tests := []struct {
		name, in, want, camel, lucene, note string
	}{
		{name: "Harakat", in: "مُحَمَّدٌ", want: "محمد", camel: "محمد", lucene: "محمد"},
		{name: "Sukun", in: "مِنْ", want: "من", camel: "من", lucene: "من"},
		{name: "TaaMarbuta", in: "مدرسة", want: "مدرسه", camel: "مدرسه", lucene: "مدرسه"},
		{name: "AlefMaqsura", in: "مستشفى", want: "مستشفي", camel: "مستشفي", lucene: "مستشفي"},
		{name: "AlefHamza", in: "أحمد إلى آخر", want: "احمد الي اخر", camel: "احمد الي اخر", lucene: "احمد الي اخر"},
		{name: "AlefWasla", in: "ٱلله", want: "الله", camel: "الله", lucene: "ٱلله",
			note: "Lucene keeps alef wasla; CAMeL and marsad fold it"},
		{name: "Tatweel", in: "الـــحكومة", want: "الحكومه", camel: "الـــحكومه", lucene: "الحكومه",
			note: "dediac_ar keeps tatweel; Lucene and marsad remove it"},
		{name: "SuperscriptAlef", in: "هٰذا", want: "هذا", camel: "هذا", lucene: "هٰذا",
			note: "Lucene keeps U+0670; CAMeL and marsad remove it"},
		{name: "QuranicMarks", in: "ذَٰلِكَ ٱلۡكِتَٰبُ", want: "ذلك الكتب", camel: "ذلك الۡكتب", lucene: "ذٰلك ٱلۡكتٰب",
			note: "neither removes the Quranic sukun U+06E1; marsad removes all of U+06D6–U+06ED"},
		{name: "HamzaCarriers", in: "مسؤول رئيس", want: "مسوول رييس", camel: "مسؤول رئيس", lucene: "مسؤول رئيس",
			note: "marsad folds ؤ→و and ئ→ي like the project's scorer; NormalizeKeepHamza keeps them as CAMeL and Lucene do"},
		{name: "BareHamza", in: "سماء", want: "سماء", camel: "سماء", lucene: "سماء"},
		{name: "DecomposedHamzaAbove", in: "ا\u0654", want: "ا", camel: "ا\u0654", lucene: "ا",
			note: "CAMeL keeps a combining hamza (its normalize_unicode would compose it to أ first)"},
		{name: "PersianYehKeheh", in: "کتاب فارسی", want: "كتاب فارسي", camel: "کتاب فارسی", lucene: "كتاب فارسي",
			note: "CAMeL's Arabic normalisers ignore Persian letters; marsad follows PersianNormalizer"},
		{name: "YehBarree", in: "ے", want: "ي", camel: "ے", lucene: "ي",
			note: "as Lucene's PersianNormalizer"},
		{name: "HehYeh", in: "خانۀ", want: "خانه", camel: "خانۀ", lucene: "خانه",
			note: "as Lucene's PersianNormalizer"},
		{name: "Digits", in: "٢٠٢٤ و۱۴۰۲", want: "2024 و1402", camel: "٢٠٢٤ و۱۴۰۲", lucene: "٢٠٢٤ و۱۴۰۲",
			note: "marsad keys compare digits across scripts (Lucene needs its DecimalDigitFilter for this)"},
		{name: "Quotes", in: "«قال» “نعم”", want: `"قال" "نعم"`, camel: "«قال» “نعم”", lucene: "«قال» “نعم”",
			note: "marsad folds quote marks so quoted names match"},
		{name: "PresentationForms", in: "ﺍﻟﺴﻼﻡ", want: "السلام", camel: "ﺍﻟﺴﻼﻡ", lucene: "ﺍﻟﺴﻼﻡ",
			note: "marsad folds presentation forms as CAMeL's normalize_unicode (NFKC) would"},
		{name: "ZWNJ", in: "می\u200cخواهم", want: "ميخواهم", camel: "می\u200cخواهم", lucene: "مي\u200cخواهم",
			note: "marsad drops ZWNJ from keys (Lucene's PersianAnalyzer maps it to a space with a char filter)"},
		{name: "Latin", in: "Reuters رويترز", want: "Reuters رويترز", camel: "Reuters رويترز", lucene: "Reuters رويترز"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := camelRef(tt.in); got != tt.camel {
				t.Errorf("CAMeL(%q): recorded %q, but its rules give %q", tt.in, tt.camel, got)
			}
			if got := luceneRef(tt.in); got != tt.lucene {
				t.Errorf("Lucene(%q): recorded %q, but its rules give %q", tt.in, tt.lucene, got)
			}
			if got := Normalize(tt.in); got != tt.want {
				t.Errorf("Normalize(%q): got %q, want %q", tt.in, got, tt.want)
			}
			if (tt.want != tt.camel || tt.want != tt.lucene) && tt.note == "" {
				t.Errorf("Normalize(%q) = %q differs from CAMeL %q or Lucene %q without a note", tt.in, tt.want, tt.camel, tt.lucene)
			}
		})
	}
}

func TestNormalize_NoAlloc(t *testing.T) {
	s := "قال الوزير ان الحكومه ستعقد اجتماعا مع 3 وفود"
	allocs := testing.AllocsPerRun(100, func() {
		if Normalize(s) != s {
			t.Fatal("Normalize changed a normal string")
		}
	})
	if allocs != 0 {
		t.Errorf("Normalize(normal string): got %v allocs, want 0", allocs)
	}
	buf := make([]byte, 0, 256)
	allocs = testing.AllocsPerRun(100, func() { buf = AppendNormalized(buf[:0], "أَعْلَنَ الـرئيسُ ﻻ") })
	if allocs != 0 {
		t.Errorf("AppendNormalized with room: got %v allocs, want 0", allocs)
	}
}

func TestNormalize_Idempotent(t *testing.T) {
	// Every rune of the Arabic blocks and the folded punctuation, alone and
	// between letters.
	for r := rune(0x00A0); r < 0x10000; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		for _, s := range []string{string(r), "ب" + string(r) + "ت"} {
			n := Normalize(s)
			if n2 := Normalize(n); n2 != n {
				t.Errorf("Normalize(%U): %q then %q", r, n, n2)
			}
		}
	}
}
