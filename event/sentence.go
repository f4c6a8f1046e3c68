package event

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/arabic"
)

// prepWords are the prepositions that govern an actor, normalised.
var prepWords = map[string]bool{
	"في": true, "الي": true, "علي": true, "مع": true, "ضد": true, "من": true, "عن": true,
	"بين": true, "لدي": true, "تجاه": true, "نحو": true, "عبر": true, "حول": true, "امام": true,
	"ازاء": true, "بحق": true, "لصالح": true, "ضمن": true, "عند": true, "جانب": true, "بشان": true,
}

// targetPreps are the prepositions that introduce the target of an action.
var targetPreps = map[string]bool{
	"الي": true, "علي": true, "مع": true, "ضد": true, "ل": true, "ب": true, "تجاه": true, "نحو": true,
	"ازاء": true, "بحق": true, "لصالح": true, "عن": true, "لدي": true, "امام": true, "جانب": true, "بين": true,
	"بشان": true,
}

// agentWords introduce the agent of a passive or of a casualty (قتل
// برصاص الجيش, على يد مسلحين), normalised.
var agentWords = map[string]bool{"برصاص": true, "بنيران": true, "بقصف": true, "بغاره": true, "بغارات": true, "يد": true, "ايدي": true, "بيد": true}

// relWords begin a relative clause, whose subject is the noun before it.
var relWords = map[string]bool{"الذي": true, "التي": true, "الذين": true, "اللذان": true, "اللتان": true, "اللذين": true, "اللتين": true}

// clauseWords begin a new clause.
var clauseWords = map[string]bool{"حيث": true, "فيما": true, "بينما": true, "ان": true, "لكن": true, "لكنها": true, "لكنه": true, "اذ": true}

// negWords negate the verb or noun right after them.
var negWords = map[string]bool{"لم": true, "لن": true, "لا": true, "ليس": true, "ليست": true, "عدم": true, "دون": true, "بدون": true, "لما": true}

// planWords mark an action announced or expected, not yet done.
var planWords = map[string]bool{
	"سوف": true, "المتوقع": true, "متوقع": true, "المقرر": true, "مقرر": true, "المزمع": true, "يعتزم": true, "تعتزم": true,
	"يعتزمان": true, "يخطط": true, "تخطط": true, "ينوي": true, "تنوي": true, "يرتقب": true, "المرتقب": true, "المرتقبه": true,
	"المقبل": true, "المقبله": true, "القادم": true, "القادمه": true, "غدا": true, "ستستمر": true, "يستعد": true, "تستعد": true,
}

// claimWords mark an action the text attributes without endorsing.
var claimWords = map[string]bool{
	"زعم": true, "زعمت": true, "زعموا": true, "يزعم": true, "تزعم": true, "مزاعم": true, "المزعوم": true, "المزعومه": true,
	"ادعي": true, "ادعت": true, "يدعي": true, "تدعي": true, "ادعاءات": true, "مزعوم": true, "مزعومه": true,
}

// denyWords, after an action in the same sentence, make it a claim that
// another party denies (وهو ما تنفيه بكين).
var denyWords = map[string]bool{"تنفيه": true, "ينفيه": true, "تنفيها": true, "ينفيها": true, "نفته": true, "نفاه": true, "تنفيان": true}

// contextWords mark a sentence that continues the event of the sentence
// before (خلال ذلك اللقاء): with no date of its own it takes that date.
var contextWords = map[string]bool{"خلاله": true, "خلالها": true, "خلالهما": true, "ذلك": true, "اللقاء": true, "الاجتماع": true, "المحادثات": true, "الزياره": true, "القمه": true, "الاتصال": true, "المباحثات": true}

func isBoundary(s string) bool {
	switch s {
	case "،", ",", "؛", ";", ":", "-", "–", "—", "(", ")", "«", "»", "\"", "“", "”", "!", "؟", "?", ".":
		return true
	}
	return false
}

// sentence codes the events of the sentence at span s.
func (st *state) sentence(s marsad.Span) {
	text := st.doc.Article.Text
	stext := text[s.Start:s.End]
	st.tokenize(s, stext)
	if len(st.toks) == 0 {
		return
	}
	st.buildSlots(s)
	st.buildClauses()
	st.findPreds()
	if len(st.preds) == 0 {
		return
	}
	st.finishSlots()
	st.resolveGroups()
	st.absorb()
	st.code(s, stext)
}

func (st *state) tokenize(s marsad.Span, stext string) {
	st.atoks = arabic.AppendTokens(st.atoks[:0], stext)
	st.toks = st.toks[:0]
	for _, t := range st.atoks {
		w := st.voc.get(st.lx, t.Kind, stext[t.Start:t.End])
		st.toks = append(st.toks, tok{start: s.Start + t.Start, end: s.Start + t.End, kind: t.Kind, norm: w.norm, w: w, slot: -1})
	}
}

// tokAt returns the index of the token containing byte offset p, or of
// the first token after it.
func (st *state) tokAt(p int) int {
	return sort.Search(len(st.toks), func(i int) bool { return st.toks[i].end > p })
}

func (st *state) buildSlots(s marsad.Span) {
	st.slots = st.slots[:0]
	st.evspans = st.evspans[:0]
	ms := st.mentions
	i := sort.Search(len(ms), func(i int) bool { return ms[i].span.End > s.Start })
	for ; i < len(ms) && ms[i].span.Start < s.End; i++ {
		m := ms[i]
		ti, tj := st.tokAt(m.span.Start), st.tokAt(m.span.End-1)+1
		if ti >= len(st.toks) || ti >= tj {
			continue
		}
		tj = min(tj, len(st.toks))
		if st.doc.Entities[m.ent].Type == marsad.EntityEvent {
			st.evspans = append(st.evspans, [2]int{ti, tj})
			continue
		}
		for k := ti; k < tj; k++ {
			st.toks[k].mention = true
		}
		if st.actors[m.ent].code == "" {
			continue
		}
		// Overlaps: the longer mention wins; the same span joins a group.
		if n := len(st.slots); n > 0 && ti < st.slots[n-1].tj {
			last := &st.slots[n-1]
			switch {
			case ti == last.ti && tj == last.tj:
				if !containsEnt(last.ents, m.ent) {
					last.ents = append(last.ents, m.ent)
				}
			case tj-ti > last.tj-last.ti:
				*last = slot{ti: ti, tj: tj, ents: append(last.ents[:0], m.ent)}
			}
			continue
		}
		sl := slot{ti: ti, tj: tj, ents: st.one(m.ent)}
		st.cliticOf(&sl, m)
		st.slots = append(st.slots, sl)
	}
	st.dropAppositions()
	// Adjacent slots of one actor code (الرئيس الصيني + شي جين بينغ) are
	// one, and so are two of one entity joined by a particle of names
	// (فيصل بن فرحان آل سعود: the family name).
	out := st.slots[:0]
	for _, sl := range st.slots {
		if n := len(out); n > 0 && len(sl.ents) == 1 && len(out[n-1].ents) == 1 && sl.ti == out[n-1].tj+1 && sl.ents[0] == out[n-1].ents[0] &&
			!sl.conj && sl.prep == "" && nameParticle(st.toks[sl.ti-1].norm) {
			out[n-1].tj = sl.tj
			continue
		}
		if n := len(out); n > 0 && out[n-1].tj == sl.ti && len(sl.ents) == 1 && len(out[n-1].ents) == 1 &&
			st.actors[sl.ents[0]].code == st.actors[out[n-1].ents[0]].code && !sl.conj && sl.prep == "" &&
			!(st.doc.Entities[sl.ents[0]].Type == marsad.EntityOrganization && st.doc.Entities[out[n-1].ents[0]].Type == marsad.EntityOrganization) {
			prev := &out[n-1]
			if st.doc.Entities[sl.ents[0]].Type == marsad.EntityPerson {
				prev.ents[0] = sl.ents[0]
			}
			prev.tj = sl.tj
			continue
		}
		out = append(out, sl)
	}
	st.slots = out
	st.ourPair()
	// An event's name that holds actors (الغزو الروسي لأوكرانيا) holds a
	// predicate too; one that holds none (الحرب العالمية الثانية) is a name.
	for _, r := range st.evspans {
		inner := false
		for _, sl := range st.slots {
			if sl.ti >= r[0] && sl.ti < r[1] {
				inner = true
			}
		}
		if !inner {
			for k := r[0]; k < r[1]; k++ {
				st.toks[k].mention = true
			}
		}
	}
}

// maxApposition is the most tokens an apposition between commas holds.
const maxApposition = 10

// dropAppositions removes from the sentence the appositions set after an
// actor: a run between commas (وسّع شي وبوتين، المعروفان بتناغمهما،
// التنسيق; أدانت مصر، الاثنين، الهجوم; أعلن الحوثيون، مساء الأحد،
// استهداف; أدان الوزير، في بيان، الهجمات) that opens with a definite
// word which is neither a name, a relative pronoun nor a predicate, a
// word of time, or في or عبر before a word of statement, and closes with
// a comma before more of the sentence; a short run in parentheses (قوات
// الدعم السريع (الدعم السريع), محمد حمدان دقلو (حميدتي)); and the leader
// named after بقيادة, بزعامة or برئاسة (اتهمت قوات الدعم السريع بقيادة
// حميدتي الجيش). The actor and the words after the apposition then stand
// side by side, as the syntax has them; the names inside it are no actors
// of the clause. Token offsets stay those of the text, so evidence and
// dates still cover the whole clause.
func (st *state) dropAppositions() {
	for k := 0; k < len(st.slots); k++ {
		for st.dropAfter(k) {
		}
	}
}

// dropAfter drops one apposition right after slot k, and reports whether
// it found one.
func (st *state) dropAfter(k int) bool {
	i := st.slots[k].tj // the token after the actor
	if i+2 >= len(st.toks) {
		return false
	}
	switch st.toks[i].norm {
	case "(":
		// A nickname or an acronym in parentheses.
		j := i + 1
		for j < len(st.toks) && j-i <= maxParen && st.toks[j].norm != ")" && st.toks[j].w.flags&fBoundary == 0 {
			j++
		}
		if j >= len(st.toks)-1 || st.toks[j].norm != ")" || j == i+1 || st.toks[j+1].kind != arabic.Word {
			return false
		}
		st.cut(k, i, j)
		return true
	case "بقياده", "بزعامه", "برئاسه":
		// The leader of the actor: part of its description.
		if n := k + 1; n < len(st.slots) && st.slots[n].ti == i+1 && st.slots[n].tj < len(st.toks) {
			st.cut(k, i, st.slots[n].tj-1)
			return true
		}
		return false
	case "،":
	default:
		return false
	}
	a := &st.toks[i+1]
	if a.kind != arabic.Word || a.mention || a.w.flags&(fRel|fClause) != 0 {
		return false
	}
	// (فجر الخميس is a time, not the verb فجّر.)
	if len(a.w.cands) > 0 && !(timeWord(a.norm) && dayWord(st.toks[i+2].norm)) {
		return false
	}
	bare := false // an adjunct of time or of the statement's medium: no names inside
	switch {
	case timeWord(a.norm):
		bare = true
	case a.norm == "في" || a.norm == "عبر":
		if !mediumWord(st.toks[i+2].norm) {
			return false
		}
		bare = true
	case !strings.HasPrefix(a.norm, "ال"):
		return false
	}
	j := i + 2
	for j < len(st.toks) && j-i <= maxApposition && st.toks[j].w.flags&fBoundary == 0 {
		if bare && st.toks[j].mention {
			return false
		}
		j++
	}
	if j >= len(st.toks)-1 || j-i > maxApposition || st.toks[j].norm != "،" || st.toks[j+1].kind != arabic.Word {
		return false
	}
	st.cut(k, i, j)
	return true
}

// maxParen is the most tokens a parenthesis after an actor holds.
const maxParen = 5

// cut removes tokens i..j (after slot k) and the slots inside them, and
// shifts the later slots.
func (st *state) cut(k, i, j int) {
	n := j + 1 - i
	st.toks = append(st.toks[:i], st.toks[j+1:]...)
	out := st.slots[:k+1]
	for _, sl := range st.slots[k+1:] {
		if sl.ti <= j {
			continue // a name inside the apposition
		}
		sl.ti, sl.tj = sl.ti-n, sl.tj-n
		out = append(out, sl)
	}
	st.slots = out
}

// timeWord reports whether a normalised word opens an adjunct of time
// (مساء الأحد, صباح اليوم, يوم الاثنين, أمس).
func timeWord(w string) bool {
	switch w {
	case "مساء", "صباح", "ظهر", "فجر", "ليل", "ليله", "عصر", "يوم", "امس", "اليوم", "الليله", "فجرا", "مساءا", "صباحا":
		return true
	}
	return false
}

// dayWord reports whether a normalised word names a day (الخميس, اليوم,
// أمس).
func dayWord(w string) bool {
	switch w {
	case "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "اليوم", "امس", "الامس":
		return true
	}
	return false
}

// mediumWord reports whether a normalised word names the medium of a
// statement (في بيان, عبر منصة, في تصريحات).
func mediumWord(w string) bool {
	switch w {
	case "بيان", "بيانها", "بيانه", "تصريح", "تصريحات", "تصريحه", "كلمه", "كلمته", "مؤتمر", "تغريده", "منشور", "مقابله", "رساله", "حديث", "منصه", "حسابه", "حسابها":
		return true
	}
	return false
}

// finishSlots reads the preposition, conjunction and place of each slot,
// once the predicates are known.
//
// A body of water (البحر الأحمر, مضيق هرمز, or a place named after بحر,
// خليج, مضيق: خليج عدن, بحر اليابان) is where an action happens, never
// one of its actors: its slot leaves the list for st.waters, which only
// the event's location reads. A region (الشرق الأوسط) has no people a
// place stands for (see region).
func (st *state) finishSlots() {
	st.waters = st.waters[:0]
	out := st.slots[:0]
	for k := range st.slots {
		if st.water(&st.slots[k]) {
			sl := st.slots[k]
			sl.loc = true
			st.waters = append(st.waters, sl)
			continue
		}
		out = append(out, st.slots[k])
	}
	st.slots = out
	for k := range st.slots {
		sl := &st.slots[k]
		st.prepOf(k)
		sl.place, sl.region = true, true
		for _, e := range sl.ents {
			if !st.places[e] {
				sl.place = false
			}
			if !st.regions[e] {
				sl.region = false
			}
		}
		sl.loc = sl.place && (sl.prep == "في" || sl.prep == "ب")
		for t := sl.ti; t < sl.tj; t++ {
			st.toks[t].slot = int32(k)
		}
	}
}

// water reports whether a slot names a body of water: an entity whose name
// begins with a word of water (البحر الأحمر, مضيق هرمز, قناة السويس), or a
// place right after one (خليج عدن, بحر اليابان).
func (st *state) water(sl *slot) bool {
	if len(sl.ents) != 1 || !st.places[sl.ents[0]] {
		return false
	}
	if waterWord(firstWord(st.entNorm[sl.ents[0]])) {
		return true
	}
	if sl.ti == 0 {
		return false
	}
	t := &st.toks[sl.ti-1]
	if t.kind != arabic.Word || t.mention {
		return false
	}
	for _, g := range t.w.segs {
		if g.Suffix == "" && waterWord(g.Base) {
			return true
		}
	}
	return false
}

// waterWord reports whether a normalised word names a kind of body of
// water.
func waterWord(w string) bool {
	switch w {
	case "البحر", "بحر", "مضيق", "خليج", "قناه", "المحيط", "محيط", "باب":
		return true
	}
	return false
}

// regionCodes are CAMEO's codes of regions and blocs, which no country
// code is.
var regionCodes = map[marsad.ActorCode]bool{
	"WST": true, "EUR": true, "AFR": true, "MEA": true, "ASA": true, "LAM": true, "NMR": true, "SAM": true, "CAM": true,
	"CRB": true, "NAF": true, "WAF": true, "EAF": true, "SAF": true, "EEU": true, "CEU": true, "SCN": true, "BLK": true,
	"MDT": true, "PGS": true, "CAS": true, "SAS": true, "SEA": true, "CAU": true, "SCA": true, "NAS": true,
}

func containsEnt(es []int32, e int32) bool {
	for _, x := range es {
		if x == e {
			return true
		}
	}
	return false
}

// cliticOf reads the clitics written on the mention's first token: those
// before the mention's start (لـروسيا with the span on روسيا), or those
// the token adds to the entity's name when the span covers the whole word.
func (st *state) cliticOf(sl *slot, m mref) {
	t := &st.toks[sl.ti]
	pre := ""
	if m.span.Start > t.start {
		pre = arabic.Normalize(st.doc.Article.Text[t.start:m.span.Start])
	} else {
		name := st.entNorm[m.ent]
		if name == "" || !strings.HasPrefix(t.norm, firstWord(name)) {
			for _, g := range t.w.segs {
				if g.Prefixes != "" && len(g.Prefixes) > len(pre) && name != "" && (nameHasWord(name, g.Base) || caseForm(firstWord(name), g)) {
					pre = g.Prefixes
				}
				// A title with و (والرئيس الفرنسي): the conjunction before the article.
				if pre == "" && (g.Prefixes == "و" || g.Prefixes == "ف") && g.Suffix == "" && strings.HasPrefix(g.Base, "ال") && utf8.RuneCountInString(g.Base) >= 5 {
					pre = g.Prefixes
				}
			}
		}
	}
	if pre == "" {
		return
	}
	if strings.HasPrefix(pre, "و") || strings.HasPrefix(pre, "ف") {
		sl.conj = true
		pre = pre[len("و"):]
	}
	switch {
	case strings.HasPrefix(pre, "ب"):
		sl.prep = "ب"
	case strings.HasPrefix(pre, "ل"):
		sl.prep = "ل"
	case strings.HasPrefix(pre, "ك"):
		sl.prep = "ك"
	}
}

// caseForm reports whether segmentation g is the definite word w in
// another case after a proclitic with the article (الحوثيون written
// للحوثيين or بالحوثيين: the base without its last two letters is w's).
func caseForm(w string, g arabic.Segmentation) bool {
	if !strings.HasSuffix(g.Prefixes, "ال") && !strings.HasSuffix(g.Prefixes, "لل") || !strings.HasPrefix(w, "ال") {
		return false
	}
	w = w[len("ال"):]
	b := g.Base
	if utf8.RuneCountInString(w) < 5 || utf8.RuneCountInString(b) < 5 {
		return false
	}
	cut := func(s string) string { // the last two letters off
		for range 2 {
			_, n := utf8.DecodeLastRuneInString(s)
			s = s[:len(s)-n]
		}
		return s
	}
	return cut(w) == cut(b)
}

// nameHasWord reports whether b begins name or is one of its words
// (بوتين in فلاديمير بوتين: وبوتين names the person with a conjunction).
func nameHasWord(name, b string) bool {
	if b == "" {
		return false
	}
	if strings.HasPrefix(name, b) {
		return true
	}
	for i := strings.Index(name, b); i >= 0; {
		end := i + len(b)
		if name[i-1] == ' ' && (end == len(name) || name[end] == ' ') {
			return true
		}
		j := strings.Index(name[end:], b)
		if j < 0 {
			break
		}
		i = end + j
	}
	return false
}

func firstWord(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}

// prepOf finds the preposition governing slot k among the two words
// before it, and a conjunction joining it to the slot before.
func (st *state) prepOf(k int) {
	sl := &st.slots[k]
	lo := 0
	if k > 0 {
		lo = st.slots[k-1].tj
	}
	for i, n := sl.ti-1, 0; i >= lo && n < 3; i, n = i-1, n+1 {
		t := &st.toks[i]
		if t.kind == arabic.Punct || t.used {
			break // a preposition before a predicate governs the predicate
		}
		if t.w.flags&fTimeNoun != 0 && i < sl.ti-1 {
			break // في الأسابيع الأخيرة بكين: the preposition governs the time
		}
		if t.w.flags&fWaw != 0 {
			if i == sl.ti-1 {
				sl.conj = true
			}
			break
		}
		if sl.prep == "" {
			if t.w.prep != "" {
				sl.prep = t.w.prep
				if t.w.flags&fPrepWaw != 0 && i == sl.ti-1 {
					sl.conj = false
				}
			}
			if sl.prep == "من" && i > lo && st.toks[i+1].w.flags&fQabl != 0 {
				sl.prep = "من قبل"
			}
			if sl.prep == "" && t.w.flags&fAgent != 0 {
				sl.prep = "من قبل" // برصاص الشرطة, على يد مسلحين: the agent
			}
			if sl.prep != "" {
				break
			}
		}
		// A word with و before a slot joins it to the one before (ودول أوروبية).
		if k > 0 && i == sl.ti-1 && !t.used && strings.HasPrefix(t.norm, "و") && len(t.norm) > len("و") && sl.ti-st.slots[k-1].tj <= 1 {
			if t.w.flags&fWawSeg != 0 {
				sl.conj = true
			}
		}
	}
	if k > 0 && sl.conj && sl.ti-st.slots[k-1].tj > 2 {
		sl.conj = false
	}
	if sl.conj && k > 0 && sl.prep == "" {
		sl.prep = st.slots[k-1].prep
	}
	if k == 0 {
		sl.conj = false
	}
}

func (st *state) buildClauses() {
	st.clauses = st.clauses[:0]
	cur := clause{ti: 0}
	for i := range st.toks {
		t := &st.toks[i]
		if t.w.flags&fBoundary != 0 {
			if i > cur.ti {
				cur.tj = i
				st.clauses = append(st.clauses, cur)
			}
			cur = clause{ti: i + 1}
			continue
		}
		if t.kind != arabic.Word || t.mention || i == cur.ti {
			if i == cur.ti && t.kind == arabic.Word {
				cur.rel = t.w.flags&fRel != 0
			}
			continue
		}
		rel := t.w.flags&fRel != 0
		if rel || t.w.flags&fClause != 0 {
			cur.tj = i
			st.clauses = append(st.clauses, cur)
			cur = clause{ti: i, rel: rel}
		}
	}
	if len(st.toks) > cur.ti {
		cur.tj = len(st.toks)
		st.clauses = append(st.clauses, cur)
	}
}

// has reports whether token i has all the flags f.
func (st *state) has(i int, f wflag) bool { return st.toks[i].w.flags&f == f }

func (st *state) clauseOf(i int) int {
	for k, c := range st.clauses {
		if i < c.tj {
			return k
		}
	}
	return len(st.clauses) - 1
}

// resolveGroups reads again the group mentions of two (الجانبان, البلدين,
// الوزيران) whose pair the sentence does not name: one of the two has no
// actor of its code elsewhere in the sentence. They then stand for the
// sentence's joint subject before them (X وY), else the pair that last
// acted together in the document (st.pair), as countries when the group
// names countries. A group the sentence's names confirm stays.
func (st *state) resolveGroups() {
	for k := range st.slots {
		sl := &st.slots[k]
		if len(sl.ents) != 2 {
			continue
		}
		if st.namedElsewhere(k, sl.ents[0]) && st.namedElsewhere(k, sl.ents[1]) {
			continue
		}
		pa, ok := [2]int32{}, false
		for j := 1; j < k; j++ {
			a, b := &st.slots[j-1], &st.slots[j]
			if b.conj && len(a.ents) == 1 && len(b.ents) == 1 && a.prep == b.prep && !a.loc &&
				st.actors[a.ents[0]].code != st.actors[b.ents[0]].code {
				pa, ok = [2]int32{a.ents[0], b.ents[0]}, true
			}
		}
		if !ok && st.hasPair {
			pa, ok = st.pair, true
		}
		if !ok {
			continue
		}
		c0, c1 := st.actors[pa[0]].code, st.actors[pa[1]].code
		g0, g1 := st.actors[sl.ents[0]].code, st.actors[sl.ents[1]].code
		if g0 == c0 && g1 == c1 || g0 == c1 && g1 == c0 {
			continue
		}
		if st.doc.Entities[sl.ents[0]].Type == marsad.EntityCountry && st.doc.Entities[sl.ents[1]].Type == marsad.EntityCountry {
			pa[0], pa[1] = st.countryOf(pa[0]), st.countryOf(pa[1])
		}
		a := len(st.arena)
		st.arena = append(st.arena, pa[0], pa[1])
		sl.ents = st.arena[a : a+2 : a+2]
	}
}

// namedElsewhere reports whether a slot of the sentence other than k names
// a single actor of e's code.
func (st *state) namedElsewhere(k int, e int32) bool {
	for j := range st.slots {
		if o := &st.slots[j]; j != k && len(o.ents) == 1 && st.actors[o.ents[0]].code == st.actors[e].code {
			return true
		}
	}
	return false
}

// pairOf returns the document's latest pair (st.pair) as an entity list,
// or nil.
func (st *state) pairOf() []int32 {
	if !st.hasPair {
		return nil
	}
	a := len(st.arena)
	st.arena = append(st.arena, st.pair[0], st.pair[1])
	return st.arena[a : a+2 : a+2]
}

// nameParticle reports whether a normalised word links the parts of a
// person's name (آل, بن, ابن, أبو, بنت, ولد).
func nameParticle(w string) bool {
	switch w {
	case "ال", "بن", "ابن", "ابو", "بنت", "ولد":
		return true
	}
	return false
}

// ourPairWords are first-person group words of two sides, normalised: in
// a speaker's words after a meeting (والتقى قادتنا مرتين هذا العام) they
// name the pair that met.
var ourPairWords = map[string]bool{
	"قادتنا": true, "وقادتنا": true, "زعيمانا": true, "زعيمينا": true, "رئيسانا": true, "رئيسينا": true, "بلدانا": true,
	"بلدينا": true, "وبلدانا": true, "وبلدينا": true, "حكومتانا": true, "حكومتينا": true, "شعبانا": true, "شعبينا": true,
}

// ourPair adds a slot of the document's pair (st.pair) for each
// first-person group word of two sides outside the mentions (قادتنا,
// بلدانا), keeping the slots in text order.
func (st *state) ourPair() {
	if !st.hasPair {
		return
	}
	for i := range st.toks {
		t := &st.toks[i]
		if t.mention || t.w.flags&fOurPair == 0 {
			continue
		}
		k := sort.Search(len(st.slots), func(k int) bool { return st.slots[k].ti > i })
		st.slots = append(st.slots, slot{})
		copy(st.slots[k+1:], st.slots[k:])
		st.slots[k] = slot{ti: i, tj: i + 1, ents: st.pairOf()}
		t.mention = true
	}
}
