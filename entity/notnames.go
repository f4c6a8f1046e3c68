package entity

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/marsad-project/marsad/arabic"
)

// notNamesText is the list of notNames, one normalised word a line,
// derived from ANERcorp's training part by DeriveNotNames (see
// TestNotNames, which rebuilds it). ANERcorp: Benajiba, Rosso and
// Benedí, 2007, CC BY-SA 4.0 as published by CAMeL Lab; this list, a
// derived work, is under the same licence.
//
//go:embed notnames.txt
var notNamesText string

// notNames holds words that news text uses often and never as a word of
// a person's name: the words a name read after a title (unknownName)
// cannot hold (لكرة القدم, الاتفاق).
var notNames = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(notNamesText) {
		m[w] = true
	}
	return m
}()

// notNameMin is the number of times a word must occur in the corpus, never
// in a person's name, to be one of notNames.
const notNameMin = 3

// DeriveNotNames reads a CoNLL corpus (token and BIO tag a line, as
// ANERcorp's train.txt) and returns, sorted, the normalised Arabic words
// of two letters or more that occur at least notNameMin times and never
// inside a PERS span.
func DeriveNotNames(r io.Reader) ([]string, error) {
	count, pers := map[string]int{}, map[string]bool{}
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 2 {
			continue
		}
		w := arabic.Normalize(f[0])
		if utf8.RuneCountInString(w) < 2 || !allArabic(w) {
			continue
		}
		count[w]++
		if strings.HasSuffix(f[len(f)-1], "PERS") {
			pers[w] = true
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read corpus: %w", err)
	}
	var out []string
	for w, n := range count {
		if n >= notNameMin && !pers[w] {
			out = append(out, w)
		}
	}
	slices.Sort(out)
	return out, nil
}

// allArabic reports whether every letter of w is in the Arabic block.
func allArabic(w string) bool {
	for _, r := range w {
		if r < 0x0600 || r > 0x06FF {
			return false
		}
	}
	return true
}
