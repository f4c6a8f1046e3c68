package quote

import "unicode/utf8"

// Quote mark families. Marks of one family pair with each other whatever
// their direction, because Arabic pages mix “…”, ”…“ and ”…” freely.
const (
	famDouble   = 1 // " “ ” „ ‟
	famGuille   = 2 // « »
	famSingleGu = 3 // ‹ ›
)

// hint is what a mark's glyph says about its direction.
const (
	hintNone  = 0
	hintOpen  = 1
	hintClose = 2
)

// mark is one quote mark found in a line.
type mark struct {
	start, end int // byte span of the mark
	fam, hint  int8
}

// pair is a matched opening and closing mark.
type pair struct {
	open, close mark
}

// markAt reports the mark that starts at s[i], if any.
func markAt(s string, i int) (m mark, ok bool) {
	switch c := s[i]; c {
	case '"':
		return mark{i, i + 1, famDouble, hintNone}, true
	case 0xC2:
		if i+1 < len(s) {
			switch s[i+1] {
			case 0xAB: // «
				return mark{i, i + 2, famGuille, hintOpen}, true
			case 0xBB: // »
				return mark{i, i + 2, famGuille, hintClose}, true
			}
		}
	case 0xE2:
		if i+2 < len(s) && s[i+1] == 0x80 {
			switch s[i+2] {
			case 0x9C: // “
				return mark{i, i + 3, famDouble, hintOpen}, true
			case 0x9D: // ”
				return mark{i, i + 3, famDouble, hintClose}, true
			case 0x9E: // „
				return mark{i, i + 3, famDouble, hintOpen}, true
			case 0x9F: // ‟
				return mark{i, i + 3, famDouble, hintOpen}, true
			case 0xB9: // ‹
				return mark{i, i + 3, famSingleGu, hintOpen}, true
			case 0xBA: // ›
				return mark{i, i + 3, famSingleGu, hintClose}, true
			}
		}
	}
	return mark{}, false
}

// isSpace reports white space, including the no-break and thin spaces.
func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', 0x00A0, 0x2009, 0x200A, 0x202F, 0x2002, 0x2003, 0x3000:
		return true
	}
	return false
}

// isOpenPunct reports marks after which a quote may open: a colon, a comma,
// an opening bracket, a dash.
func isOpenPunct(r rune) bool {
	switch r {
	case ':', '،', ',', '(', '[', '{', '-', '–', '—', '؛', ';', '/':
		return true
	}
	return false
}

// isClosePunct reports marks that may follow a closing quote.
func isClosePunct(r rune) bool {
	switch r {
	case '.', '،', ',', ':', '؛', ';', '!', '?', '؟', ')', ']', '}', '-', '–', '—', '…', '/':
		return true
	}
	return false
}

// isWordy reports letters, digits and the marks inside words.
func isWordy(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '%' || r == '$'
	}
	if r >= 0x0600 && r <= 0x06FF {
		return r != '،' && r != '؛' && r != '؟' && r != '٭'
	}
	return !isSpace(r) && !isClosePunct(r) && !isOpenPunct(r) && r != '«' && r != '»' && r != '“' && r != '”' && r != '„' && r != '‹' && r != '›'
}

// isClitic reports the one-letter proclitics that are written before an
// opening quote: بـ"..." و"..." لـ"..." كـ"...".
func isClitic(r rune) bool {
	return r == 'ب' || r == 'ل' || r == 'و' || r == 'ف' || r == 'ك' || r == 'ـ'
}

// direction decides whether m opens (true) or closes a quote, from the
// characters around it, then its glyph, then whether a quote of its family
// is open.
func direction(s string, m mark, pending bool) bool {
	var p, pp, n rune = -1, -1, -1
	if m.start > 0 {
		p, _ = utf8.DecodeLastRuneInString(s[:m.start])
		if p != -1 {
			_, w := utf8.DecodeLastRuneInString(s[:m.start])
			if m.start-w > 0 {
				pp, _ = utf8.DecodeLastRuneInString(s[:m.start-w])
			}
		}
	}
	if m.end < len(s) {
		n, _ = utf8.DecodeRuneInString(s[m.end:])
	}
	leftOpen := p == -1 || isSpace(p) || isOpenPunct(p) || p == 'ـ' ||
		isClitic(p) && (pp == -1 || isSpace(pp) || isOpenPunct(pp))
	nextWordy := n != -1 && isWordy(n)
	prevWordy := p != -1 && (isWordy(p) || p == '.' || p == '!' || p == '?' || p == '؟' || p == '…' || p == ')')
	rightClose := n == -1 || isSpace(n) || isClosePunct(n)
	openLike := leftOpen && nextWordy
	closeLike := prevWordy && rightClose && !leftOpen
	switch {
	case openLike && !closeLike:
		return true
	case closeLike && !openLike:
		return false
	case m.hint == hintOpen && !pending:
		return true
	case m.hint == hintClose && pending:
		return false
	}
	return !pending
}

// pairMarks finds the quotes of one paragraph, s, whose byte offsets start
// at base. Marks are paired innermost first; a pair nested in another pair
// is part of that quote and is dropped, so only outermost pairs are kept.
// A mark left open at the end of the paragraph is dropped, and the pairs
// inside it are kept. The pairs are appended to dst in order.
func pairMarks(dst []pair, stack []mark, s string) ([]pair, []mark) {
	first := len(dst)
	stack = stack[:0]
	for i := 0; i < len(s); i++ {
		if c := s[i]; c != '"' && c != 0xC2 && c != 0xE2 {
			continue
		}
		m, ok := markAt(s, i)
		if !ok {
			continue
		}
		i = m.end - 1
		top := -1
		for j := len(stack) - 1; j >= 0; j-- {
			if stack[j].fam == m.fam {
				top = j
				break
			}
		}
		if direction(s, m, top >= 0) {
			stack = append(stack, m)
			continue
		}
		if top < 0 {
			continue // a stray closing mark
		}
		dst = append(dst, pair{stack[top], m})
		stack = stack[:top]
	}
	// Keep the outermost pairs: drop every pair inside another.
	ps := dst[first:]
	sortPairs(ps)
	k := first
	end := -1
	for _, p := range ps {
		if p.open.start < end {
			continue
		}
		dst[k] = p
		k++
		end = p.close.end
	}
	return dst[:k], stack
}

// sortPairs orders pairs by their opening mark (insertion sort: a paragraph
// holds few quotes).
func sortPairs(ps []pair) {
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && ps[j].open.start < ps[j-1].open.start; j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
}
