package event

import (
	"strings"
	"unicode/utf8"

	"github.com/marsad-project/marsad/arabic"
)

// lexWord is what the coder knows of one token text whatever the document it
// stands in: its normalised form, its segmentations, the lexicon entries
// its bases may begin and the word lists it belongs to. It is computed once
// per distinct token (see vocab) and read by every pattern attempt of
// every sentence and document after.
type lexWord struct {
	norm  string
	segs  []arabic.Segmentation // arabic.Segmentations(norm) for a Word, else the norm alone
	cands []cand                // the entries the bases may begin, in the order findPreds tries them
	prep  string                // the first unsuffixed base in prepWords, or ""
	pron  string                // the pronoun suffix of a preposition that introduces a target (عليها, بحقه: ها, ه), or ""
	flags wflag
}

// cand is a lexicon entry a word may begin, through one segmentation.
type cand struct {
	ei  int32 // the entry in lexicon.entries
	seg int32 // the segmentation in lexWord.segs
}

// wflag is a set of facts about a word.
type wflag uint32

const (
	fRel        wflag = 1 << iota // baseIn relWords
	fClause                       // baseIn clauseWords
	fNeg                          // baseIn negWords
	fPlan                         // baseIn planWords
	fClaim                        // baseIn claimWords
	fDeny                         // baseIn denyWords
	fContext                      // norm in contextWords
	fAgent                        // norm in agentWords
	fPrepWaw                      // the prep segmentation's proclitics begin with و
	fWawSeg                       // a segmentation has exactly the proclitic و
	fBoundary                     // a clause boundary (punctuation)
	fKhilal                       // norm is خلاله, خلالها or خلالهما
	fContextCue                   // norm is خلال, وخلال, عقب, وعقب, وفي, في, منذ or ومنذ
	fFutureAdj                    // norm is المقبل, المقبله, القادم or القادمه
	fPronoun                      // norm is انه, انها, انهم, انهما, وانه or وانها
	fWaw                          // norm is و
	fQabl                         // norm is قبل
	fContinue                     // norm is a statement verb that continues the speaker before: وأضاف, وتابع, وأردف...
	fTemporal                     // norm begins a temporal adjunct: عندما, حين, قبل, بعد, قبيل, عقب, منذ, إثر, وذلك
	fPast                         // norm is كان, كانت, وكان, وكانت...: a pluperfect auxiliary
	fBefore                       // norm sets an action before the report: منذ, ومنذ, سبق, وسبق, السابق...
	fTimeNoun                     // norm is a noun of time (الأسابيع, الأيام, الساعات): a preposition before it governs it, not a name after
	fNumber                       // a number: digits or a number word (ثلاثة, عشرات, مئات)
	fCause                        // norm introduces a cause or circumstance, a separate event: بسبب, إثر, عقب, بعد, رغم...
	fQuant                        // norm is a quantifier of an indefinite noun: أي, كل, جميع (with a preposition or و)
	fOurPair                      // norm is in ourPairWords: قادتنا, بلدانا...
	fMeasure                      // norm is a noun of measure: حجم, قيمة, إجمالي, نسبة, معدل (a statistic follows)
)

// growthWords, before a measured nominal (زيادة حجم التبادل التجاري),
// make it an action on the quantity rather than a statistic.
var growthWords = map[string]bool{
	"زياده": true, "بزياده": true, "وزياده": true, "رفع": true, "برفع": true, "ورفع": true,
	"تعزيز": true, "بتعزيز": true, "وتعزيز": true, "مضاعفه": true, "بمضاعفه": true,
	"توسيع": true, "بتوسيع": true, "وتوسيع": true, "تنميه": true, "بتنميه": true,
}

// temporalWords begin a clause that dates the clause before it (زار X
// بكين، عندما ... في سبتمبر الماضي; أعلنتا شراكة، قبل أيام من ... في
// فبراير 2022), normalised.
var temporalWords = map[string]bool{
	"عندما": true, "وعندما": true, "حين": true, "حينما": true, "قبل": true, "قبيل": true, "بعد": true,
	"عقب": true, "منذ": true, "اثر": true, "وذلك": true, "لدي": true, "خلال": true, "اثناء": true,
}

// pronPreps are the prepositions that, with a pronoun suffix, name the
// target of an action (عليها, بحقه, معه, ضدهم, إليه), normalised. The
// clitics ل and ب are left out: له, به are mostly no target.
var pronPreps = map[string]bool{"علي": true, "مع": true, "ضد": true, "الي": true, "بحق": true, "تجاه": true, "نحو": true, "امام": true, "ازاء": true}

// causeWords introduce the cause or the circumstance of an action: the
// nominal after them is an event of its own (أثارت انتقادات بسبب مذكرة
// توقيف), not the action's content. Normalised.
var causeWords = map[string]bool{
	"بسبب": true, "جراء": true, "اثر": true, "عقب": true, "بعد": true, "قبل": true, "رغم": true, "برغم": true,
	"وسط": true, "ازاء": true, "لسبب": true, "خلفيه": true,
}

// timeNouns are nouns of time, normalised: في الأسابيع الأخيرة بكين puts
// في on the weeks, and بكين is a bare object.
var timeNouns = map[string]bool{
	"الاسابيع": true, "الايام": true, "الاشهر": true, "الشهور": true, "الساعات": true, "السنوات": true, "الاعوام": true,
	"الفتره": true, "الاسبوع": true, "الشهر": true, "العام": true, "اليوم": true, "الليله": true, "السنه": true,
	"وقت": true, "الوقت": true, "اسابيع": true, "ايام": true, "اشهر": true, "ساعات": true, "سنوات": true,
}

// numberWords are cardinal numbers and counts, normalised: a violent verb
// right before one reads as a passive (قتل عشرة فلسطينيين).
var numberWords = map[string]bool{
	"اثنان": true, "اثنين": true, "ثلاثه": true, "اربعه": true, "خمسه": true, "سته": true, "سبعه": true, "ثمانيه": true,
	"تسعه": true, "عشره": true, "ثلاث": true, "اربع": true, "خمس": true, "ست": true, "سبع": true, "ثماني": true, "تسع": true,
	"عشر": true, "عشرات": true, "مئات": true, "الاف": true, "الالاف": true, "العشرات": true, "المئات": true, "عشرين": true,
	"ثلاثين": true, "اربعين": true, "خمسين": true, "مئه": true, "نحو": true, "اكثر": true, "عدد": true, "شخصان": true,
}

// newWord computes the record of a token of kind k with normalised form
// norm, which must not alias a reused buffer.
func newWord(lx *lexicon, k arabic.Kind, norm string) *lexWord {
	w := &lexWord{norm: norm}
	if k == arabic.Word {
		w.segs = arabic.AppendSegmentations(nil, norm)
	}
	if len(w.segs) == 0 {
		w.segs = []arabic.Segmentation{{Base: norm}}
	}
	sets := [...]struct {
		set map[string]bool
		f   wflag
	}{{relWords, fRel}, {clauseWords, fClause}, {negWords, fNeg}, {planWords, fPlan}, {claimWords, fClaim}, {denyWords, fDeny}}
	for _, s := range sets {
		if baseIn(norm, w.segs, s.set) {
			w.flags |= s.f
		}
	}
	if contextWords[norm] {
		w.flags |= fContext
	}
	if temporalWords[norm] {
		w.flags |= fTemporal
	}
	if numberWords[norm] || k == arabic.Number {
		w.flags |= fNumber
	}
	if ourPairWords[norm] {
		w.flags |= fOurPair
	}
	if timeNouns[norm] {
		w.flags |= fTimeNoun
	}
	if agentWords[norm] {
		w.flags |= fAgent
	}
	if k == arabic.Punct && isBoundary(norm) {
		w.flags |= fBoundary
	}
	switch norm {
	case "خلاله", "خلالها", "خلالهما":
		w.flags |= fKhilal
	case "خلال", "وخلال", "عقب", "وعقب", "وفي", "في", "منذ", "ومنذ":
		w.flags |= fContextCue
	case "واضاف", "واضافت", "وتابع", "وتابعت", "واردف", "واردفت", "واستطرد", "واستطردت", "وزاد":
		w.flags |= fContinue
	case "المقبل", "المقبله", "القادم", "القادمه":
		w.flags |= fFutureAdj
	case "انه", "انها", "انهم", "انهما", "وانه", "وانها":
		w.flags |= fPronoun
	case "و":
		w.flags |= fWaw
	case "قبل":
		w.flags |= fQabl
	case "اي", "لاي", "باي", "واي", "كل", "لكل", "بكل", "وكل", "جميع", "لجميع", "بجميع":
		w.flags |= fQuant
	case "حجم", "وحجم", "بحجم", "لحجم", "قيمه", "وقيمه", "بقيمه", "اجمالي", "واجمالي", "نسبه", "ونسبه", "معدل", "ومعدل", "معدلات", "حصه", "وحصه":
		w.flags |= fMeasure
	}
	switch norm {
	case "كان", "كانت", "وكان", "وكانت", "كانا", "كانتا", "وكانا", "وكانتا", "كانوا", "وكانوا", "فكان", "فكانت":
		w.flags |= fPast
	case "منذ", "ومنذ", "سبق", "وسبق", "السابق", "السابقه", "سابقا", "قبلها", "قبله":
		w.flags |= fBefore
	}
	for _, g := range w.segs {
		if g.Suffix == "" && prepWords[g.Base] {
			w.prep = g.Base
			if strings.HasPrefix(g.Prefixes, "و") {
				w.flags |= fPrepWaw
			}
			break
		}
	}
	for _, g := range w.segs {
		if g.Prefixes == "و" {
			w.flags |= fWawSeg
		}
		if g.Prefixes == "" && pronPreps[g.Base] {
			switch g.Suffix {
			case "ه", "ها", "هم", "هما":
				w.pron = g.Suffix
			}
		}
		if g.Suffix == "" && (g.Prefixes == "" || g.Prefixes == "و") && causeWords[g.Base] {
			w.flags |= fCause
		}
	}
	if k == arabic.Word {
		w.cands = appendCands(nil, lx, w.segs)
	}
	return w
}

// baseIn reports whether norm, or one of its bases after a conjunction, is
// in set.
func baseIn(norm string, segs []arabic.Segmentation, set map[string]bool) bool {
	if set[norm] {
		return true
	}
	for _, g := range segs {
		if g.Suffix == "" && (g.Prefixes == "و" || g.Prefixes == "ف") && set[g.Base] {
			return true
		}
	}
	return false
}

// appendCands appends the lexicon entries whose first word one of segs
// may be: exact bases, nominal entries of an accusative base without its
// alef (اعتصاما, هجوما), then prefix patterns from the longest.
func appendCands(dst []cand, lx *lexicon, segs []arabic.Segmentation) []cand {
	for gi, g := range segs {
		b := g.Base
		for _, ei := range lx.exact[b] {
			dst = append(dst, cand{ei, int32(gi)})
		}
		if a := accusative(b); a != "" {
			for _, ei := range lx.exact[a] {
				if lx.entries[ei].kind != verb {
					dst = append(dst, cand{ei, int32(gi)})
				}
			}
		}
		for n := min(len(b), lx.maxPre); n >= lx.minPre; n-- {
			if n < len(b) && !utf8.RuneStart(b[n]) {
				continue // not a character boundary
			}
			for _, ei := range lx.prefix[b[:n]] {
				dst = append(dst, cand{ei, int32(gi)})
			}
		}
	}
	return dst
}

// vocabMax bounds the words one cache holds; words beyond it are computed
// for their sentence only.
const vocabMax = 1 << 15

// vocab caches word records by token kind and text. It belongs to one
// state (one goroutine at a time), so it needs no lock.
type vocab struct {
	m  [8]map[string]*lexWord // by kind
	n  int                    // records held
	nb []byte
}

// get returns the record of the token of kind k and text raw, from the
// cache or computed (and cached while there is room).
func (v *vocab) get(lx *lexicon, k arabic.Kind, raw string) *lexWord {
	m := v.m[k&7]
	if w, ok := m[raw]; ok {
		return w
	}
	v.nb = arabic.AppendNormalized(v.nb[:0], raw)
	w := newWord(lx, k, string(v.nb))
	if v.n < vocabMax {
		if m == nil {
			m = map[string]*lexWord{}
			v.m[k&7] = m
		}
		m[strings.Clone(raw)] = w // raw points into a document's text
		v.n++
	}
	return w
}
