package ner

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/marsad-project/marsad/arabic"
)

// Name is an entry of an external name list given to training
// (TrainOptions.Names): a name of one or more words and its type, or,
// with Adjective, an adjective of a place (a nisba such as المصري) that
// is usually not an entity itself but often stands next to one. The model
// keeps the lists it was trained with in its file, so tagging needs no
// list of its own.
type Name struct {
	Text      string // the name, words separated by spaces (or _)
	Type      Type   // PERS, LOC, ORG or MISC; ignored with Adjective
	Adjective bool
}

// Name classes of the external lists: the four types, then adjectives.
const (
	nameAdj    = 5
	numClasses = 5
)

// Positions of a token in a matched name.
const (
	posUnit byte = iota + 1 // a one-word name
	posBegin
	posInside
	posLast
)

// nameClass gives the class number of a name (0 when its type is
// unknown).
func nameClass(n Name) byte {
	if n.Adjective {
		return nameAdj
	}
	switch n.Type {
	case PERS:
		return 1
	case LOC:
		return 2
	case ORG:
		return 3
	case MISC:
		return 4
	}
	return 0
}

// namePhrase is a normalised name of the lists with the classes it has.
type namePhrase struct {
	toks []string
	mask byte // bit c-1 for class c
}

// nameLists is the external lexicon of a model: whole names, matched
// longest first over the tokens' clitic-stripped bases, and the words
// that occur in names of each class.
type nameLists struct {
	list   []namePhrase // sorted by key, for saving
	phr    map[uint64]byte
	pre    map[uint64]struct{}
	words  map[string]nameWord
	maxLen int
}

// nameWord holds the classes of the names a word is part of: anywhere,
// as the first word of a longer name, as the last one.
type nameWord struct{ any, first, last byte }

// maxName bounds the length in words of the names kept.
const maxName = 8

// buildNames normalises the names, merges duplicates and indexes them; it
// returns nil when none is usable.
func buildNames(names []Name) *nameLists {
	byKey := map[string]*namePhrase{}
	for _, n := range names {
		c := nameClass(n)
		if c == 0 {
			continue
		}
		toks := strings.FieldsFunc(arabic.Normalize(n.Text), func(r rune) bool { return r == ' ' || r == '_' || r == '\t' })
		if len(toks) == 0 || len(toks) > maxName {
			continue
		}
		key := strings.Join(toks, " ")
		p := byKey[key]
		if p == nil {
			p = &namePhrase{toks: toks}
			byKey[key] = p
		}
		p.mask |= 1 << (c - 1)
	}
	if len(byKey) == 0 {
		return nil
	}
	keys := make([]string, 0, len(byKey))
	for k := range byKey {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	nl := &nameLists{list: make([]namePhrase, 0, len(keys))}
	for _, k := range keys {
		nl.list = append(nl.list, *byKey[k])
	}
	nl.index()
	return nl
}

// matchForm is the form names are matched on: the word without its
// article when at least three letters remain (a base of للأمم is امم,
// never الامم), so that listed and running-text forms meet.
func matchForm(w string) string {
	if len(w) > len("ال") && w[:len("ال")] == "ال" && utf8.RuneCountInString(w) >= 5 {
		return w[len("ال"):]
	}
	return w
}

// index builds the lookup tables from nl.list.
func (nl *nameLists) index() {
	nl.phr = make(map[uint64]byte, len(nl.list))
	nl.pre = make(map[uint64]struct{}, 2*len(nl.list))
	nl.words = map[string]nameWord{}
	nl.maxLen = 0
	for _, p := range nl.list {
		h := uint64(fnvOffset)
		for i, t := range p.toks {
			t = matchForm(t)
			h = hashByte(hashStr(h, t), 0)
			if i < len(p.toks)-1 {
				nl.pre[h] = struct{}{}
			}
			w := nl.words[t]
			w.any |= p.mask
			if len(p.toks) > 1 && i == 0 {
				w.first |= p.mask
			}
			if len(p.toks) > 1 && i == len(p.toks)-1 {
				w.last |= p.mask
			}
			nl.words[t] = w
		}
		nl.phr[h] |= p.mask
		nl.maxLen = max(nl.maxLen, len(p.toks))
	}
}

// names returns the model's lists as Names, in the order they are saved.
func (nl *nameLists) names() []Name {
	if nl == nil {
		return nil
	}
	var out []Name
	for _, p := range nl.list {
		text := strings.Join(p.toks, " ")
		for c := byte(1); c <= numClasses; c++ {
			if p.mask&(1<<(c-1)) == 0 {
				continue
			}
			if c == nameAdj {
				out = append(out, Name{Text: text, Adjective: true})
			} else {
				out = append(out, Name{Text: text, Type: Types[c-1]})
			}
		}
	}
	return out
}

// mark sets the name fields of info from the classes of the words (set
// by word): the longest name starting at each position, left to right,
// matched on any of each token's bases.
func (nl *nameLists) mark(info []tokInfo, bases []string) {
	for i := 0; i < len(info); {
		if info[i].nameWord == 0 {
			i++
			continue
		}
		end, mask := nl.longest(info, bases, i, i, fnvOffset)
		if end < 0 {
			i++
			continue
		}
		if end == i+1 {
			info[i].namePos, info[i].nameMask = posUnit, mask
		} else {
			for k := i; k < end; k++ {
				info[k].namePos, info[k].nameMask = posInside, mask
			}
			info[i].namePos = posBegin
			info[end-1].namePos = posLast
		}
		i = end
	}
}

// word sets the classes of the names the token in, whose bases are
// given, is part of, opens and closes (nameWord, nameFirst, nameLast):
// what mark reads of each token alone.
func (nl *nameLists) word(in *tokInfo, bases []string) {
	for _, b := range bases {
		w := nl.words[matchForm(b)]
		in.nameWord |= w.any
		in.nameFirst |= w.first
		in.nameLast |= w.last
	}
}

// longest returns the end of the longest name that extends the prefix
// hash h of info[start:j] from token j, and its classes (-1 for none).
func (nl *nameLists) longest(info []tokInfo, bases []string, start, j int, h uint64) (int, byte) {
	end, mask := -1, byte(0)
	if j >= len(info) || j-start >= nl.maxLen || info[j].nameWord == 0 {
		return end, mask
	}
	in := &info[j]
	prev := ""
	for _, b := range bases[in.b0:in.b1] {
		if b = matchForm(b); b == prev {
			continue
		}
		prev = b
		h2 := hashByte(hashStr(h, b), 0)
		if m, ok := nl.phr[h2]; ok && j+1 > end {
			end, mask = j+1, m
		}
		if _, ok := nl.pre[h2]; ok {
			if e, m := nl.longest(info, bases, start, j+1, h2); e > end {
				end, mask = e, m
			}
		}
	}
	return end, mask
}
