package entity

import (
	"hash/maphash"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/marsad-project/marsad/arabic"
	"github.com/marsad-project/marsad/internal/wymix"
)

// word is what the recogniser knows of one normalised word whatever the
// document it stands in: its clitic bases and which of them begin a
// phrase of each index. It is computed once per distinct word and cached
// (see vocab), so that the n-gram attempts and the resolution steps of a
// document, and the documents after it, read it without recomputing.
type word struct {
	// The fields scan reads of a word that may begin a name come first,
	// laid out by cache line (TestWordLayout): the record is 320 bytes,
	// five lines, so that the records are 64-byte aligned in the vocab's
	// slabs (vocab.keep; a slab of 256 is page-aligned) and in the
	// allocator's spans of their size class alike. The first line holds
	// what kbAt and lookup read, the second the kept match of a word read
	// alone, the third its skeleton hits.

	// is holds the word lists norm is in (n* bits), those one of
	// bases[:pre] is in (b* bits), and which of the lists below are not
	// empty (h* bits), so that the passes test a bit where they would
	// look a word up in a map or read a list.
	is    flags
	group int8 // the first base in groups: 0 none, 1 countries, 2 people
	// roleFirst: norm begins a role phrase.
	roleFirst bool
	// kbSet: kb is computed.
	kbSet bool
	// notName: norm is in notNames (unknownName reads it without a map).
	notName bool
	// ids are the word's ids in the tries of the indexes (see idx*): of
	// norm in forms and roles, of skel in skels; 0 when no phrase has it
	// after its first word.
	ids [3]int32
	// skelLetters is the number of letters of skel.
	skelLetters int32
	forms       []hit // the bases that begin a knowledge-base phrase, in order
	year        int16 // the year norm begins with (1945 or later: 2024, 2024م), or 0
	pre         int32 // bases[:pre] are norm and the bases that drop proclitics only
	_           [8]byte

	// kb is kbAt's result at a token of this word once computed (kbSet),
	// where it does not depend on the words around it: for a word whose
	// phrases are all of one word (hLocal), or where the next token is in
	// no longer phrase (endsPhrases).
	kb kbMemo
	// event is the base of the word that heads a named event (قمة,
	// الانتخابات, كأس), "" for the others.
	event string

	skels       []hit // the bases whose skeleton begins a skeleton phrase; empty when the word is not read by skeleton
	norm        string
	bases       []string // appendBasesOf(norm), in its order
	roles       []hit    // the bases that begin a role phrase, in order
	skel        string   // appendSkeleton(norm)
	counterpart string   // the first base in counterparts, or ""
	insts       []string // the bases in institutions, in order
	// hashes are the partHash of each of bases[:pre] (their partBit are
	// hotTok.bits).
	hashes []uint32
	_      [24]byte
}

// flags is a set of word-list memberships of a word.
type flags uint32

const (
	nStop        flags = 1 << iota // norm in stopName
	nConnector                     // norm a connector (connectors true)
	nCounterpart                   // norm in counterparts
	nGroupPeople                   // norm in groups, naming people
	nModifier                      // norm in modifiers
	nModPast                       // norm a modifier marking a past holder
	nCityCue                       // norm in cityCues
	bStop                          // a base of bases[:pre] in stopName
	bOffice                        // ... in officeWords
	bOrgHead                       // ... in orgHeads
	bPlaceCue                      // ... in placeCues
	bCityWord                      // ... in cityWords
	bDirection                     // ... in directions
	bGeoCue                        // ... in geoCues
	bBlocHead                      // ... in blocHeads
	hRoles                         // roles is not empty
	hSkels                         // skels is not empty
	hCounterpart                   // counterpart is not ""
	hInsts                         // insts is not empty
	hLocal                         // the phrases forms and skels begin here are of one word
	nCommon                        // norm reads as a common noun after a title (commonNoun)
	nPrepArt                       // norm is a preposition and a noun with the article (prepArticle)
	nAdjAcc                        // norm reads as an indefinite accusative adjective (رسميا, مشتركا)
	nAdjFem                        // norm reads as an indefinite feminine adjective (رسمية, مشتركة)
	// hAny: the word may begin something scan reads (forms, skels,
	// roles, counterpart, group or insts is not empty); scan passes
	// over the others without reading their record.
	hAny
	nYear     // year is not 0
	hPre3     // pre >= 3: hashes has more than hotTok holds
	hKB       // forms or skels is not empty: kbFind may find something
	hEvent    // event is not "": the word may begin a named event (namedEvents)
	hOne      // a hit of forms or skels is a phrase alone (hit.one)
	nSkelNext // ids[idxSkels] is not 0: the word's skeleton is in a skeleton phrase after its first word
	bSpeech   // a base of bases[:pre] in speechVerbs
)

// hMarked are the flags of the words the split notes in state.marks: the
// heads of named events and the words that open a tagger's window, which
// namedEvents and tagged read without passing over every token.
const hMarked = hEvent | bOffice | bOrgHead | bPlaceCue | bSpeech

// The indexes of word.ids.
const (
	idxForms = iota
	idxSkels
	idxRoles
)

// hit is a base of a word that begins at least one phrase of an index.
type hit struct {
	base    string // the base
	node    int32  // the trie node of its key (the base, or its skeleton)
	max     int    // the words of the longest phrase that begins with key
	letters int    // letters of key (skeleton hits only)
	one     bool   // key alone is a phrase
}

// skelCandidate reports whether a normalised word may be matched by its
// consonant skeleton: six bytes or more, Arabic, without the article.
func skelCandidate(w string) bool {
	return !(len(w) < 6 || strings.HasPrefix(w, "ال") || w[0] < 0x80)
}

// proclitArticle reports whether the normalised word w reads as a
// proclitic before the article (بالرئيس, والسيول: one of its bases is
// the word less its first letters and begins with ال): a definite noun,
// no transliterated name, whose skeleton matches nothing (بالرئيس has
// the consonants of بيلاروس).
func proclitArticle(w string, bases []string) bool {
	for _, b := range bases {
		if len(b) < len(w) && strings.HasPrefix(b, "ال") && strings.HasSuffix(w, b) {
			return true
		}
	}
	return false
}

// newWord computes the word record of a normalised word; norm must not
// alias a buffer that is reused.
func (r *Recognizer) newWord(norm string) *word {
	w := &word{norm: norm}
	w.bases = appendBasesOf(nil, norm)
	w.pre = int32(len(w.bases))
	for bi, b := range w.bases {
		if bi > 0 && !strings.HasSuffix(norm, b) {
			w.pre = int32(bi)
			break
		}
	}
	for _, b := range w.bases {
		if mx := r.forms.first[b]; mx > 0 && !suffixedDefinite(norm, b) {
			w.forms = append(w.forms, hit{base: b, node: r.forms.root(b), max: mx, one: r.forms.m[b] != nil})
		}
		if mx := r.roles.first[b]; mx > 0 {
			w.roles = append(w.roles, hit{base: b, node: r.roles.root(b), max: mx, one: r.roles.m[b] != nil})
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
	if skelCandidate(norm) && !proclitArticle(norm, w.bases) {
		for _, b := range w.bases {
			if strings.HasPrefix(b, "ال") {
				continue // للملكية is no transliterated name
			}
			sk = appendSkeleton(sk[:0], b)
			if mx := r.skels.first[string(sk)]; mx > 0 {
				w.skels = append(w.skels, hit{base: b, node: r.skels.root(string(sk)), max: mx, letters: utf8.RuneCount(sk), one: r.skels.m[string(sk)] != nil})
			}
		}
	}
	sk = appendSkeleton(sk[:0], norm)
	w.skel = string(sk)
	w.skelLetters = int32(utf8.RuneCount(sk))
	w.roleFirst = r.roles.first[norm] > 0
	w.ids = [3]int32{r.forms.ids[norm], r.skels.ids[w.skel], r.roles.ids[norm]}
	w.is = wordFlags(norm, w.bases[:w.pre])
	if w.is&(nStop|bStop|nCommon) != 0 {
		// A function or common word is spelt as it is, never
		// transliterated: it begins no skeleton match (kbFind).
		w.skels = nil
	}
	for _, h := range []struct {
		ok  bool
		bit flags
	}{{len(w.roles) > 0, hRoles}, {len(w.skels) > 0, hSkels}, {w.counterpart != "", hCounterpart}, {len(w.insts) > 0, hInsts}, {oneWord(w.forms) && oneWord(w.skels), hLocal}} {
		if h.ok {
			w.is |= h.bit
		}
	}
	w.notName = notNames[norm]
	w.year = int16(yearOf(norm))
	if w.year != 0 {
		w.is |= nYear
	}
	if len(w.forms) > 0 || len(w.skels) > 0 {
		w.is |= hKB
	}
	if w.ids[idxSkels] != 0 {
		w.is |= nSkelNext
	}
	for _, h := range slices.Concat(w.forms, w.skels) {
		if h.one {
			w.is |= hOne
		}
	}
	if len(w.forms) > 0 || len(w.skels) > 0 || len(w.roles) > 0 || w.counterpart != "" || w.group != 0 || len(w.insts) > 0 {
		w.is |= hAny
	}
	if w.pre >= 3 {
		w.is |= hPre3
	}
	if w.event = eventHeadOf(w.bases); w.event != "" {
		w.is |= hEvent
	}
	w.hashes = make([]uint32, w.pre)
	for i, b := range w.bases[:w.pre] {
		w.hashes[i] = partHash(b)
	}
	return w
}

// oneWord reports whether the phrases of hits are all of one word.
func oneWord(hits []hit) bool {
	for _, h := range hits {
		if h.max > 1 {
			return false
		}
	}
	return true
}

// yearOf returns the year a word begins with: four digits, 1945 to
// 9999, not followed by a fifth; 0 for none.
func yearOf(n string) int {
	if len(n) < 4 || n[0] < '1' || n[0] > '2' {
		return 0
	}
	y := 0
	for k := 0; k < 4; k++ {
		if n[k] < '0' || n[k] > '9' {
			return 0
		}
		y = y*10 + int(n[k]-'0')
	}
	if y < 1945 || len(n) > 4 && n[4] >= '0' && n[4] <= '9' {
		return 0
	}
	return y
}

// wordFlags returns the word lists a normalised word and its bases pre
// (proclitics dropped only) are in.
func wordFlags(norm string, pre []string) flags {
	var f flags
	set := func(b bool, bit flags) {
		if b {
			f |= bit
		}
	}
	set(stopName[norm], nStop)
	set(connectors[norm], nConnector)
	set(counterparts[norm], nCounterpart)
	set(groups[norm], nGroupPeople)
	past, m := modifiers[norm]
	set(m, nModifier)
	set(past, nModPast)
	set(cityCues[norm], nCityCue)
	set(commonNoun(norm), nCommon)
	set(prepArticle(norm), nPrepArt)
	set(accusativeAdjective(norm, "ا"), nAdjAcc)
	set(accusativeAdjective(norm, "ه"), nAdjFem)
	for _, b := range pre {
		set(stopName[b], bStop)
		set(officeWords[b], bOffice)
		set(speechVerbs[b], bSpeech)
		set(orgHeads[b], bOrgHead)
		set(placeCues[b], bPlaceCue)
		set(cityWords[b], bCityWord)
		set(directions[b], bDirection)
		set(geoCues[b], bGeoCue)
		set(blocHeads[b], bBlocHead)
	}
	return f
}

// vocabMax bounds the words one cache holds; words beyond it are computed
// for their document only.
const vocabMax = 1 << 15

// vocab caches word records by normalised word, and by the written form
// of a token, so that a token seen before costs one lookup and no
// normalisation. It belongs to one state (one goroutine at a time), so it
// needs no lock.
type vocab struct {
	// keep's slabs: word records, and their hits, strings and hashes
	words  []word
	hits   []hit
	strs   []string
	hashes []uint32

	m     map[string]*word // by normalised word
	raw   rawTable         // by written form (arabic.Normalize gives the key of m), and chunks by their bytes
	ctoks []ctok           // the tokens of the chunks raw keeps (keepChunk)
	buf   []byte
}

// get returns the record of the normalised word b, from the cache or
// computed (and cached while there is room).
func (v *vocab) get(r *Recognizer, b []byte) *word {
	if w, ok := v.m[string(b)]; ok {
		return w
	}
	w := r.newWord(string(b))
	if len(v.m) < vocabMax {
		w = v.keep(w)
		v.m[w.norm] = w
	}
	return w
}

// slabLen is the number of records, hits or hashes a slab of vocab.keep
// holds.
const slabLen = 256

// keep returns a copy of w, a word record to cache, and of the lists it
// holds, made in the vocab's slabs: the records of the words a document
// reads, and what scan and resolveShort read of them, then lie on a few
// pages side by side, not each in the allocator's spans of its size.
func (v *vocab) keep(w *word) *word {
	if len(v.words) == cap(v.words) {
		v.words = make([]word, 0, slabLen)
	}
	v.words = append(v.words, *w)
	k := &v.words[len(v.words)-1]
	k.forms = keepIn(&v.hits, k.forms)
	k.skels = keepIn(&v.hits, k.skels)
	k.roles = keepIn(&v.hits, k.roles)
	k.bases = keepIn(&v.strs, k.bases)
	k.insts = keepIn(&v.strs, k.insts)
	k.hashes = keepIn(&v.hashes, k.hashes)
	return k
}

// keepIn returns a copy of s in the slab *slab, a new one when it is full;
// the copy's capacity is its length, so that no append to it writes over
// the slab.
func keepIn[T any](slab *[]T, s []T) []T {
	if len(s) == 0 {
		return s
	}
	if len(*slab)+len(s) > cap(*slab) {
		*slab = make([]T, 0, max(slabLen, len(s)))
	}
	n := len(*slab)
	*slab = append(*slab, s...)
	return (*slab)[n : n+len(s) : n+len(s)]
}

// written returns the record of the word written s (not yet normalised),
// whose rawHash is h, and its hotTok. whole says that s is a chunk of its
// own (chunkEnd) that is this one word, so that the table may give the
// word for the chunk (rawSlot.whole).
func (v *vocab) written(r *Recognizer, s string, h uint64, whole bool) (*word, hotTok) {
	sl := v.raw.get(h)
	if sl != nil && sl.toks == 0 {
		sl.whole = sl.whole || whole
		return sl.w, sl.hot
	}
	v.buf = arabic.AppendNormalized(v.buf[:0], s)
	w := v.get(r, v.buf)
	if sl == nil && v.raw.n < 2*vocabMax { // (a slot of s that keeps a chunk's tokens stays)
		v.raw.put(h, rawSlot{w: w, hot: w.hot(), whole: whole})
	}
	return w, w.hot()
}

// ctok is a token of a chunk kept by keepChunk, its offsets from the
// chunk's start.
type ctok struct {
	w          *word
	hot        hotTok
	start, end uint8
	word       bool
}

// ctokMax is the number of tokens of the chunks kept at most (rawSlot.toks).
const ctokMax = 1<<16 - 1

// keepChunk keeps the tokens of the chunk s, whose hash is h and which
// does not read as one word, so that the next chunk s is split by one
// table read (state.tokenizeRegion). toks and hot are its tokens, made from
// the chunk at start in the text; a chunk whose written form the table
// keeps as a word is not kept.
func (v *vocab) keepChunk(s string, h uint64, toks []token, hot []hotTok, start uint32) {
	if len(s) > 255 || len(toks) == 0 || len(v.ctoks)+len(toks) > ctokMax || v.raw.n >= 2*vocabMax || v.raw.get(h) != nil {
		return
	}
	first := len(v.ctoks)
	for i, t := range toks {
		v.ctoks = append(v.ctoks, ctok{w: t.w, hot: hot[i], start: uint8(t.start - start), end: uint8(t.end - start), word: t.word})
	}
	v.raw.put(h, rawSlot{w: chunkMark, toks: uint16(first + 1), ntok: uint8(len(toks))})
}

// chunkMark is the w of the table's slots that keep a chunk's tokens.
var chunkMark = &word{}

// hot returns the hotTok of a token of w.
func (w *word) hot() hotTok {
	h := hotTok{is: w.is, bits: noHot.bits, formID: w.ids[idxForms]}
	switch len(w.hashes) {
	case 0:
	case 1:
		b := partBitOf(w.hashes[0])
		h.bits = [2]uint16{b, b}
	default:
		h.bits = [2]uint16{partBitOf(w.hashes[0]), partBitOf(w.hashes[1])}
	}
	if w.is&hPre3 != 0 {
		h.bits[1] = allPart // the record decides
	}
	return h
}

// rawSeed is the random seed of rawHash, one a process, so that no text
// can be made to fill one chain of a rawTable.
var rawSeed = [2]uint64{maphash.String(maphash.MakeSeed(), "k0") | 1, maphash.String(maphash.MakeSeed(), "k1") | 1}

// rawHash returns the rawTable hash of s, seeded by rawSeed: each eight
// bytes, read as a little-endian integer, are folded into the state by a
// multiply (wyhash's mix), and the bytes left over, with the length, last.
// It is cheaper than maphash for the short words it mostly hashes, and
// nextWordChunk computes the same value while it looks for a chunk's end.
func rawHash(s string) uint64 {
	h := rawSeed[0]
	n := len(s)
	for ; len(s) >= 8; s = s[8:] {
		h = wymix.Mix(h^wymix.LE64(s), rawSeed[1])
	}
	var tail uint64
	for i := len(s) - 1; i >= 0; i-- {
		tail = tail<<8 | uint64(s[i])
	}
	return hashEnd(h, tail, n)
}

// hashEnd folds the last bytes of a key, tail, and its length n into the
// state h of rawHash.
func hashEnd(h, tail uint64, n int) uint64 {
	return wymix.Mix(h^tail^uint64(n)<<58, rawSeed[1]^uint64(n))
}

// rawTable maps written forms to word records, and chunks to their
// tokens: an open-addressed hash table, cheaper per lookup than a map for
// the one lookup every chunk makes. A slot holds the token's hotTok
// inline, 32 bytes in all, so that a token seen before costs one read of
// half a cache line, not its key's and its record's too.
//
// A slot is known by its key's 64-bit rawHash alone, which folds in the
// key's length: the table keeps no key to compare. Two keys of the
// 2×vocabMax a table holds at most share a hash with a chance of about
// 2×10⁻¹⁰ (the birthday bound, 2^31 pairs over 2^64 values) in a
// process's life, the seed being drawn afresh by each process.
type rawTable struct {
	slots []rawSlot // w == nil: empty
	n     int
}

type rawSlot struct {
	h    uint64 // the key's rawHash
	w    *word  // chunkMark for a chunk that is not one word
	hot  hotTok
	toks uint16 // for a chunk that is not one word, 1 + the index of its first token in vocab.ctoks, else 0
	ntok uint8  // the tokens of that chunk
	// whole: the key is a chunk that is this one word (vocab.written).
	whole bool
}

// get returns the slot of the key whose hash is h (rawHash), or nil.
func (t *rawTable) get(h uint64) *rawSlot {
	if len(t.slots) == 0 {
		return nil
	}
	mask := uint64(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		sl := &t.slots[i]
		if sl.h == h && sl.w != nil {
			return sl
		}
		if sl.w == nil {
			return nil
		}
	}
}

// put adds sl under the hash h (rawHash of its key), which the table
// lacks. The table is kept at most half full: at three quarters, many
// chunks were past their first slot, and the probe loop's exit was a
// branch mispredicted for about two chunks in five (cachegrind's branch
// simulation: 491 mispredictions in wordChunks per generated article,
// 353 at half). Holding at most 2×vocabMax keys, it is 4 MiB either way.
func (t *rawTable) put(h uint64, sl rawSlot) {
	if 2*(t.n+1) > len(t.slots) {
		old := t.slots
		t.slots = make([]rawSlot, max(1024, 2*len(old)))
		t.n = 0
		for i := range old {
			if sl := &old[i]; sl.w != nil {
				t.insert(sl)
			}
		}
	}
	sl.h = h
	t.insert(&sl)
}

// insert puts a copy of sl at the first free slot from its hash.
func (t *rawTable) insert(sl *rawSlot) {
	mask := uint64(len(t.slots) - 1)
	i := sl.h & mask
	for t.slots[i].w != nil {
		i = (i + 1) & mask
	}
	t.slots[i] = *sl
	t.n++
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
