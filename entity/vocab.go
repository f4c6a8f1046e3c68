package entity

import (
	"strings"
	"unicode/utf8"
)

// word is what the recogniser knows of one normalised word whatever the
// document it stands in: its clitic bases and which of them begin a
// phrase of each index. It is computed once per distinct word and cached
// (see vocab), so that the n-gram attempts and the resolution steps of a
// document, and the documents after it, read it without recomputing.
type word struct {
	norm  string
	bases []string // appendBasesOf(norm), in its order
	pre   int      // bases[:pre] are norm and the bases that drop proclitics only
	forms []hit    // the bases that begin a knowledge-base phrase, in order
	roles []hit    // the bases that begin a role phrase, in order
	skels []hit    // the bases whose skeleton begins a skeleton phrase; empty when the word is not read by skeleton
	skel  string   // appendSkeleton(norm)
	// skelLetters is the number of letters of skel.
	skelLetters int
	counterpart string   // the first base in counterparts, or ""
	group       int8     // the first base in groups: 0 none, 1 countries, 2 people
	insts       []string // the bases in institutions, in order
	roleFirst   bool     // norm begins a role phrase
}

// hit is a base of a word that begins at least one phrase of an index.
type hit struct {
	base    string // the base
	key     string // its key in the index: the base, or its skeleton
	max     int    // the words of the longest phrase that begins with key
	letters int    // letters of key (skeleton hits only)
}

// skelCandidate reports whether a normalised word may be matched by its
// consonant skeleton: six bytes or more, Arabic, without the article.
func skelCandidate(w string) bool {
	return !(len(w) < 6 || strings.HasPrefix(w, "ال") || w[0] < 0x80)
}

// newWord computes the word record of a normalised word; norm must not
// alias a buffer that is reused.
func (r *Recognizer) newWord(norm string) *word {
	w := &word{norm: norm}
	w.bases = appendBasesOf(nil, norm)
	w.pre = len(w.bases)
	for bi, b := range w.bases {
		if bi > 0 && !strings.HasSuffix(norm, b) {
			w.pre = bi
			break
		}
	}
	for _, b := range w.bases {
		if mx := r.forms.first[b]; mx > 0 && !suffixedDefinite(norm, b) {
			w.forms = append(w.forms, hit{base: b, key: b, max: mx})
		}
		if mx := r.roles.first[b]; mx > 0 {
			w.roles = append(w.roles, hit{base: b, key: b, max: mx})
		}
		if w.counterpart == "" && counterparts[b] {
			w.counterpart = b
		}
		if w.group == 0 {
			if people, ok := groups[b]; ok {
				w.group = 1
				if people {
					w.group = 2
				}
			}
		}
		if _, ok := institutions[b]; ok {
			w.insts = append(w.insts, b)
		}
	}
	var sk []byte
	if skelCandidate(norm) {
		for _, b := range w.bases {
			if strings.HasPrefix(b, "ال") {
				continue // للملكية is no transliterated name
			}
			sk = appendSkeleton(sk[:0], b)
			if mx := r.skels.first[string(sk)]; mx > 0 {
				w.skels = append(w.skels, hit{base: b, key: string(sk), max: mx, letters: utf8.RuneCount(sk)})
			}
		}
	}
	sk = appendSkeleton(sk[:0], norm)
	w.skel = string(sk)
	w.skelLetters = utf8.RuneCount(sk)
	w.roleFirst = r.roles.first[norm] > 0
	return w
}

// vocabMax bounds the words one cache holds; words beyond it are computed
// for their document only.
const vocabMax = 1 << 15

// vocab caches word records by normalised word. It belongs to one state
// (one goroutine at a time), so it needs no lock.
type vocab struct {
	m map[string]*word
}

// get returns the record of the normalised word b, from the cache or
// computed (and cached while there is room).
func (v *vocab) get(r *Recognizer, b []byte) *word {
	if w, ok := v.m[string(b)]; ok {
		return w
	}
	w := r.newWord(string(b))
	if len(v.m) < vocabMax {
		v.m[w.norm] = w
	}
	return w
}

// suffixedDefinite reports whether base, with the article, was read from
// norm by dropping an enclitic: a definite noun takes no possessive
// pronoun, so والمتوسطة is not المتوسط with ه. The article restored after
// ل (للأمم → الأمم) is no enclitic.
func suffixedDefinite(norm, base string) bool {
	if !strings.HasPrefix(base, "ال") || strings.HasSuffix(norm, base) {
		return false
	}
	return !strings.HasSuffix(norm, base[len("ال"):])
}
