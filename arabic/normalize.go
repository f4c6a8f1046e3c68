package arabic

import (
	"unicode/utf8"
	"unsafe"
)

// A foldTable gives, for each rune of the Arabic block U+0600–U+06FF, what
// normalisation does with it: foldKeep, foldDrop, or the replacement rune.
type foldTable [256]rune

const (
	foldKeep  rune = 0  // the rune is already normal
	foldDrop  rune = -1 // the rune is removed (diacritics, tatweel, invisible controls)
	foldMulti rune = -2 // the rune becomes a string (presentation forms, ellipsis)
)

var (
	// foldFull is the table of Normalize: hamza carriers folded.
	foldFull = newFoldTable(true)
	// foldHamza is the table of NormalizeKeepHamza: ؤ and ئ kept.
	foldHamza = newFoldTable(false)
)

func newFoldTable(hamza bool) *foldTable {
	var t foldTable
	set := func(lo, hi rune, to rune) {
		for r := lo; r <= hi; r++ {
			t[r-0x0600] = to
		}
	}
	set(0x0610, 0x061A, foldDrop) // honorifics and small Quranic signs above letters
	set(0x061C, 0x061C, foldDrop) // ARABIC LETTER MARK (bidi control)
	set(0x0640, 0x0640, foldDrop) // tatweel
	set(0x064B, 0x065F, foldDrop) // harakat, shadda, sukun, maddah/hamza above and below, ...
	set(0x0670, 0x0670, foldDrop) // superscript alef
	set(0x06D6, 0x06ED, foldDrop) // Quranic annotation marks
	for _, r := range []rune{0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673, 0x0675} {
		set(r, r, 'ا') // آ أ إ ٱ ٲ ٳ ٵ
	}
	set(0x0649, 0x0649, 'ي') // alef maqsura ى
	set(0x0629, 0x0629, 'ه') // taa marbuta ة
	for _, r := range []rune{0x06BE, 0x06C0, 0x06C1, 0x06C2, 0x06D5} {
		set(r, r, 'ه') // ھ ۀ ہ ۂ ە (Persian, Urdu, Kurdish heh forms)
	}
	for _, r := range []rune{0x06CC, 0x06CD, 0x06CE, 0x06D0, 0x06D2, 0x06D3} {
		set(r, r, 'ي') // ی ۍ ێ ې ے ۓ (Persian, Pashto, Kurdish, Urdu yeh forms)
	}
	set(0x06A9, 0x06AA, 'ك') // ک ڪ
	if hamza {
		set(0x0624, 0x0624, 'و') // ؤ
		set(0x0676, 0x0676, 'و') // ٶ high hamza waw
		set(0x0626, 0x0626, 'ي') // ئ
		set(0x0678, 0x0678, 'ي') // ٸ high hamza yeh
	}
	for d := rune(0); d < 10; d++ {
		set(0x0660+d, 0x0660+d, '0'+d) // Arabic-Indic digits
		set(0x06F0+d, 0x06F0+d, '0'+d) // Extended (Persian, Urdu) digits
	}
	set(0x066A, 0x066A, '%') // ٪
	set(0x066B, 0x066B, '.') // ٫ decimal separator
	set(0x066C, 0x066C, ',') // ٬ thousands separator
	return &t
}

// lookup reports what normalisation does with r: foldKeep, foldDrop,
// foldMulti, or the replacement rune.
func lookup(r rune, t *foldTable) rune {
	switch {
	case r < 0x80:
		return foldKeep
	case r >= 0x0600 && r <= 0x06FF:
		return t[r-0x0600]
	case r < 0x0600:
		switch r {
		case 0x00A0:
			return ' '
		case 0x00AD:
			return foldDrop
		case 0x00AB, 0x00BB: // « »
			return '"'
		}
		return foldKeep
	case r >= 0x08D3 && r <= 0x08FF && r != 0x08E2: // Arabic Extended-A marks
		return foldDrop
	case r >= 0x2000 && r <= 0x206F:
		switch {
		case r <= 0x200A, r == 0x202F, r == 0x205F:
			return ' '
		case r <= 0x200F, r >= 0x202A && r <= 0x202E, r >= 0x2060 && r <= 0x2069:
			return foldDrop // zero-width and bidi controls
		}
		switch r {
		case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x2035: // ‘ ’ ‚ ‛ ′ ‵
			return '\''
		case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x2036, 0x2039, 0x203A: // “ ” „ ‟ ″ ‶ ‹ ›
			return '"'
		case 0x2026: // …
			return foldMulti
		}
		return foldKeep
	case r == 0x3000:
		return ' '
	case r >= 0x301D && r <= 0x301F: // 〝 〞 〟
		return '"'
	case r >= 0xFB50 && r <= 0xFDFF:
		if forms0Off[r-0xFB50] != forms0Off[r-0xFB50+1] {
			return foldMulti
		}
		return foldKeep
	case r == 0xFEFF: // BOM, zero-width no-break space
		return foldDrop
	case r >= 0xFE70 && r <= 0xFEFF:
		if forms1Off[r-0xFE70] != forms1Off[r-0xFE70+1] {
			return foldMulti
		}
		return foldKeep
	case r >= 0xFF01 && r <= 0xFF5E: // fullwidth ASCII
		return r - 0xFEE0
	case r == utf8.RuneError:
		return foldKeep
	}
	return foldKeep
}

// multi returns the expansion of a rune for which lookup gives foldMulti.
func multi(r rune) string {
	switch {
	case r == 0x2026:
		return "..."
	case r >= 0xFB50 && r <= 0xFDFF:
		return formsData[forms0Off[r-0xFB50]:forms0Off[r-0xFB50+1]]
	case r >= 0xFE70 && r <= 0xFEFF:
		return formsData[forms1Off[r-0xFE70]:forms1Off[r-0xFE70+1]]
	}
	return string(r)
}

// Normalize returns the matching key of s: the form under which two
// spellings of the same word compare equal. Marsad never changes stored
// text; only keys are normalised, and offsets always refer to the original.
//
// Normalize
//   - removes diacritics (U+064B–U+065F, U+0610–U+061A, superscript alef
//     U+0670, Quranic marks U+06D6–U+06ED, Arabic Extended-A marks), tatweel,
//     and invisible controls (ZWNJ, ZWJ, bidi marks, soft hyphen, BOM);
//   - folds the alef forms أ إ آ ٱ ٲ ٳ ٵ to ا, alef maqsura ى to ي, taa
//     marbuta ة to ه, the Persian, Urdu and Kurdish forms ی ۍ ې ے to ي,
//     ک ڪ to ك and ۀ ہ ھ ە to ه;
//   - folds the hamza carriers ؤ to و and ئ to ي (as the project's external
//     scorer does, so that مسؤول and the common misspelling مسوول share a
//     key, as do رئيس and رييس; مسئول stays apart, as ئ becomes ي); the
//     bare hamza ء is kept. Use NormalizeKeepHamza to keep the carriers;
//   - maps Arabic-Indic and Persian digits to ASCII 0-9, ٫ to '.', ٬ to ','
//     and ٪ to '%';
//   - maps double quote marks (“ ” « » „ ‟ ″ ‹ › and fullwidth ") to '"',
//     single ones (‘ ’ ‚ ‛ ′) to '\”, the ellipsis … to "...", and
//     no-break and typographic spaces to ' ';
//   - folds Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) to
//     their compatibility decomposition (NFKC), itself normalised, so ﻻ
//     becomes لا and ﷲ becomes الله, and fullwidth ASCII to ASCII.
//
// Latin case is not folded. Invalid UTF-8 bytes become U+FFFD, so the key
// is always valid UTF-8. Normalize is idempotent, and when s is already
// normal it returns s itself without allocating.
func Normalize(s string) string { return normalize(s, foldFull) }

// NormalizeKeepHamza is Normalize without the folding of the hamza
// carriers ؤ and ئ (the default of CAMeL Tools and Lucene). Decomposed
// carriers (و or ي followed by U+0654) still lose the combining hamza.
func NormalizeKeepHamza(s string) string { return normalize(s, foldHamza) }

// AppendNormalized appends Normalize(s) to dst and returns the extended
// buffer. It allocates only when dst must grow.
func AppendNormalized(dst []byte, s string) []byte { return appendNorm(dst, s, foldFull) }

// AppendNormalizedKeepHamza appends NormalizeKeepHamza(s) to dst.
func AppendNormalizedKeepHamza(dst []byte, s string) []byte {
	return appendNorm(dst, s, foldHamza)
}

// IsNormalized reports whether Normalize(s) == s, without allocating.
func IsNormalized(s string) bool { return firstChange(s, foldFull) < 0 }

func normalize(s string, t *foldTable) string {
	i := firstChange(s, t)
	if i < 0 {
		return s
	}
	buf := make([]byte, i, len(s)+8)
	copy(buf, s[:i])
	buf = appendNorm(buf, s[i:], t)
	if len(buf) == 0 {
		return ""
	}
	return unsafe.String(unsafe.SliceData(buf), len(buf))
}

// firstChange returns the byte offset of the first rune of s that
// normalisation changes, or -1.
func firstChange(s string, t *foldTable) int {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		if c >= 0xD8 && c <= 0xDB && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			// Fast path: the Arabic block U+0600–U+06FF.
			if t[rune(c&0x03)<<6|rune(s[i+1]&0x3F)] != foldKeep {
				return i
			}
			i += 2
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if size == 1 || lookup(r, t) != foldKeep {
			return i
		}
		i += size
	}
	return -1
}

func appendNorm(dst []byte, s string, t *foldTable) []byte {
	run := 0 // start of the pending run of unchanged bytes
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		if c >= 0xD8 && c <= 0xDB && i+1 < len(s) && s[i+1]&0xC0 == 0x80 &&
			t[rune(c&0x03)<<6|rune(s[i+1]&0x3F)] == foldKeep {
			i += 2 // fast path: an Arabic-block rune that stays
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		var f rune
		if size == 1 {
			f = utf8.RuneError // invalid byte
		} else if f = lookup(r, t); f == foldKeep {
			i += size
			continue
		}
		dst = append(dst, s[run:i]...)
		switch f {
		case foldDrop:
		case foldMulti:
			dst = appendFoldString(dst, multi(r), t)
		default:
			dst = utf8.AppendRune(dst, f)
		}
		i += size
		run = i
	}
	return append(dst, s[run:]...)
}

// appendFoldString appends the expansion of a multi rune, each of its runes
// folded once more; expansions hold no multi runes, so this does not recurse.
func appendFoldString(dst []byte, s string, t *foldTable) []byte {
	for _, r := range s {
		switch f := lookup(r, t); f {
		case foldKeep, foldMulti:
			dst = utf8.AppendRune(dst, r)
		case foldDrop:
		default:
			dst = utf8.AppendRune(dst, f)
		}
	}
	return dst
}
