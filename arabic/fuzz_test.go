package arabic

import (
	"testing"
	"unicode/utf8"
)

// fuzzSeeds are shared by the fuzz tests; each comment says what it probes.
var fuzzSeeds = []string{
	"",                    // empty input
	"قال الرئيس",          // plain Arabic, already normal
	"أَعْلَنَ الـــرئيسُ", // diacritics and tatweel to drop
	"إلى مستشفى المدينة",  // alef forms, alef maqsura, taa marbuta
	"مسؤول مسئول",         // hamza carriers
	"ﻻ ﷲ ﷺ ﹰ",             // presentation forms, a ligature expanding to words, an isolated haraka
	"١٢٫٥ ۱۴۰۲ ١٬٠٠٠ 2024م 1445هـ",  // digits, separators and era letters
	`بـ"التعاون"`,                   // tatweel closing a clitic before a quote
	"«قال: “لا. لا” ثم.» انتهى.",    // nested quotes with periods
	"قال «لن نقبل. ثم",              // unbalanced quote
	"زيارة.. أوكرانيا... ثم…",       // double period, ellipsis, ellipsis character
	"د. م. أ. ق.م U.S. Dr. 3.5 1. ", // abbreviations, decimal, list number
	"a\xffb\xd8\u064e\xa7",          // invalid UTF-8 around a diacritic that must not glue bytes
	"\u200fقال\u200c\u200e\ufeff",   // bidi marks, ZWNJ, BOM
	"می\u200cخواهم ک ی ۀ",           // Persian letters and ZWNJ
	"\r\n\n\u2028.\n?!؟؛",           // line breaks and lone terminators
	"?id=3&x=.. \"\" « » ”“",        // URL query, empty quotes, reversed quotes
	"ＡＢＣ＂１２３＂",                      // fullwidth ASCII
}

func FuzzNormalize(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
		if !utf8.ValidString(n) {
			t.Fatalf("Normalize(%q) = %q: not valid UTF-8", s, n)
		}
		if n2 := Normalize(n); n2 != n {
			t.Fatalf("Normalize not idempotent on %q: %q then %q", s, n, n2)
		}
		if IsNormalized(n) != true {
			t.Fatalf("IsNormalized(Normalize(%q)) = false", s)
		}
		if b := AppendNormalized([]byte("x"), s); string(b) != "x"+n {
			t.Fatalf("AppendNormalized(%q) = %q, want %q", s, b[1:], n)
		}
		h := NormalizeKeepHamza(s)
		if h2 := NormalizeKeepHamza(h); h2 != h || !utf8.ValidString(h) {
			t.Fatalf("NormalizeKeepHamza not idempotent on %q: %q then %q", s, h, h2)
		}
		if Normalize(h) != n {
			t.Fatalf("Normalize(NormalizeKeepHamza(%q)) = %q, want %q", s, Normalize(h), n)
		}
		if k, ak := Key(s), string(AppendKey(nil, s)); k != ak {
			t.Fatalf("Key(%q) = %q, AppendKey = %q", s, k, ak)
		}
		if bs := Bases(n); len(bs) == 0 || bs[0] != n {
			t.Fatalf("Bases(%q) = %q: want the word first", n, bs)
		}
	})
}

func FuzzTokenize(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for i, tok := range Tokenize(s) {
			if tok.Start < prev || tok.End <= tok.Start || tok.End > len(s) {
				t.Fatalf("Tokenize(%q)[%d] = %v: out of order, empty or out of bounds (previous end %d)", s, i, tok, prev)
			}
			if tok.Kind < Word || tok.Kind > Symbol {
				t.Fatalf("Tokenize(%q)[%d] = %v: invalid kind", s, i, tok)
			}
			prev = tok.End
		}
	})
}

func FuzzSentences(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for i, g := range Sentences(s) {
			if g.Start < prev || g.End <= g.Start || g.End > len(s) {
				t.Fatalf("Sentences(%q)[%d] = %v: out of order, empty or out of bounds (previous end %d)", s, i, g, prev)
			}
			if a, b := trimSpace(s, g.Start, g.End); a != g.Start || b != g.End {
				t.Fatalf("Sentences(%q)[%d] = %q: not trimmed", s, i, g.Text(s))
			}
			prev = g.End
		}
	})
}
