package event

import (
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/arabic"
	"github.com/marsad-project/marsad/timex"
)

// findPreds finds the predicates of the sentence, left to right, the
// pattern with most words (then the shortest span) winning at each place.
// Tokens inside entity mentions are never predicates (منظمة شنغهاي للتعاون).
func (st *state) findPreds() {
	st.preds = st.preds[:0]
	lx := st.lx
	for i := range st.toks {
		t := &st.toks[i]
		if t.kind != arabic.Word || t.mention || t.used {
			continue
		}
		var best pred
		bestWords := 0
		for _, c := range t.w.cands {
			e := &lx.entries[c.ei]
			if len(e.words) < bestWords {
				continue
			}
			var p pred
			p.e, p.h = e, i
			if !st.matchRest(&p, e, 1, i+1) {
				continue
			}
			nw := len(e.words)
			if nw > bestWords || (nw == bestWords && p.last < best.last) {
				g := &t.w.segs[c.seg]
				p.future = strings.HasSuffix(g.Prefixes, "س")
				p.waw = strings.HasPrefix(g.Prefixes, "و") || strings.HasPrefix(g.Prefixes, "ف")
				p.poss = g.Suffix != "" || e.kind != verb && possForm(st.doc.Article.Text[t.start:t.end], t.w.segs, e.words[0].form)
				p.dual = e.kind == verb && dualForm(g.Base)
				best, bestWords = p, nw
			}
		}
		if bestWords == 0 {
			continue
		}
		best.clause = st.clauseOf(i)
		// A verb in an attributive clause of an indefinite quantified noun
		// (رفض أي أعمال تهدد سلامة السفن, كل جهة تحاول) describes the
		// object of another predicate: it is no event of its own.
		// (كل يوم تقصف: a time, not a noun described.)
		best.absorbed = best.e.kind == verb && i >= 2 && st.has(i-2, fQuant) && st.toks[i-1].kind == arabic.Word &&
			!st.toks[i-1].mention && !st.toks[i-1].used && !timeUnit(st.toks[i-1].norm)
		// A nominal measured by the noun before it (حجم التبادل التجاري,
		// قيمة الاستثمارات) names the subject of a statistic: a figure,
		// not an event. An action on it (زيادة حجم التبادل) is coded by
		// its own predicate.
		if best.e.kind == nominal && i >= 1 && st.has(i-1, fMeasure) && (i < 2 || !growthWords[st.toks[i-2].norm]) {
			best.absorbed = true
		}
		best.passive = best.e.kind == verb && passiveForm(st.doc.Article.Text[t.start:t.end])
		best.counted = best.e.kind == verb && local(best.e.code) && best.last+1 < len(st.toks) && st.has(best.last+1, fNumber)
		best.tokens[0] = int16(i)
		best.nt = max(best.nt, 1)
		for _, k := range best.tokens[:best.nt] {
			st.toks[k].used = true
		}
		st.preds = append(st.preds, best)
	}
}

// possForm reports whether a lexicon form is itself a possessive (دعمه,
// دعمها): one of the token's segmentations splits it into a shorter base
// and a pronoun suffix, and the raw word does not end in ة (زيارة
// normalises to زياره, which is no زيار + ه).
func possForm(raw string, segs []arabic.Segmentation, form string) bool {
	for strings.HasSuffix(raw, "\u064B") || strings.HasSuffix(raw, "\u064C") || strings.HasSuffix(raw, "\u064D") || strings.HasSuffix(raw, "\u064E") || strings.HasSuffix(raw, "\u064F") || strings.HasSuffix(raw, "\u0650") {
		raw = raw[:len(raw)-2] // final short vowels and tanween
	}
	if strings.HasSuffix(raw, "ة") {
		return false
	}
	for _, g := range segs {
		if g.Suffix != "" && len(g.Base) < len(form) && strings.HasPrefix(form, g.Base) {
			return true
		}
	}
	return false
}

// hostForm reports whether entry e is a verb of hosting (استضاف,
// يستضيف), whose guests are the meeting's parties, not a place.
func hostForm(e *entry) bool {
	f := e.words[0].form
	return strings.Contains(f, "ستضاف") || strings.Contains(f, "ستضيف")
}

// timeUnit reports whether an indefinite noun is a unit of time (كل يوم,
// كل أسبوع, كل مرة).
func timeUnit(w string) bool {
	switch w {
	case "يوم", "اسبوع", "شهر", "عام", "سنه", "ساعه", "ليله", "مره", "صباح", "مساء", "فتره", "وقت", "حين", "لحظه":
		return true
	}
	return false
}

// dualForm reports whether a verb's base is written as a dual: a past
// form of four letters or more ending in the alef of the dual (اتفقا,
// بحثا, التقيا; not the plural وا), or an imperfect with ي or ت ending in
// ان (يبحثان, تعملان). Verbs whose root ends in alef have at most three
// letters (دعا, بدا, نجا) and are left out.
func dualForm(b string) bool {
	n := utf8.RuneCountInString(b)
	switch {
	case strings.HasSuffix(b, "ا"):
		return n >= 4 && !strings.HasSuffix(b, "وا") && !strings.HasSuffix(b, "اا")
	case strings.HasSuffix(b, "ان"):
		return n >= 5 && (strings.HasPrefix(b, "ي") || strings.HasPrefix(b, "ت"))
	}
	return false
}

// matchRest matches words wi.. of e from token j on, recording the tokens.
func (st *state) matchRest(p *pred, e *entry, wi, j int) bool {
	if p.nt == 0 {
		p.nt = 1
		p.last = p.h
	}
	if wi == len(e.words) {
		return true
	}
	w := e.words[wi]
	if w.gap {
		// A name counts as one word of the gap, however long (أجرى الرئيس
		// الروسي فلاديمير بوتين ونظيره الصيني شي جين بينغ محادثات).
		for k, n := 0, 0; n <= gapMax && k <= maxGapTokens && j+k < len(st.toks); k++ {
			if k > 0 {
				t := &st.toks[j+k-1]
				if t.w.flags&fBoundary != 0 {
					return false
				}
				if !t.mention || k == 1 || !st.toks[j+k-2].mention {
					n++
				}
				if n > gapMax {
					break
				}
			}
			save := *p
			if st.matchRest(p, e, wi+1, j+k) {
				return true
			}
			*p = save
		}
		return false
	}
	if j >= len(st.toks) || p.nt >= len(p.tokens) {
		return false
	}
	t := &st.toks[j]
	if t.kind != arabic.Word || t.used || (t.mention && !(wi > 0 && !e.words[wi-1].gap)) {
		return false
	}
	ok := false
	for _, g := range t.w.segs {
		if w.matches(g.Base) {
			ok = true
			break
		}
	}
	if !ok {
		return false
	}
	p.tokens[p.nt] = int16(j)
	p.nt++
	p.last = j
	return st.matchRest(p, e, wi+1, j+1)
}

// absorb marks nominal predicates that complete an action coded just
// before them in the same clause (دعا إلى إجراء محادثات, تعهد بتعميق
// التعاون): they are the content of that action, not events of their own.
func (st *state) absorb() {
	for k := 1; k < len(st.preds); k++ {
		p := &st.preds[k]
		if p.e.kind == verb {
			continue
		}
		for q := k - 1; q >= 0; q-- {
			o := &st.preds[q]
			if o.clause != p.clause || o.e.typ == "" || o.absorbed {
				continue
			}
			// A journey has no content: what follows it of another kind is
			// what travels (وصلت إلى ميناء بورتسودان سفينة مساعدات).
			if o.e.code == "042" && o.e.kind == verb && p.e.typ != Consult {
				break
			}
			words := 0
			for i := o.last + 1; i < p.h; i++ {
				if st.toks[i].slot < 0 && st.toks[i].kind == arabic.Word {
					words++
				}
				if st.has(i, fCause) {
					words = 1 << 10 // بسبب مذكرة التوقيف: the cause, an event of its own
				}
			}
			if words <= 3 {
				p.absorbed = true
				// Agreeing on a ceasefire (اتفقت X وY على وقف إطلاق النار,
				// توصلا إلى اتفاق لوقف إطلاق النار) is declaring it.
				if p.e.code == "0871" && (o.e.code[:2] == "03" || o.e.code == "057") {
					o.recode = p.e.code
				}
				// The content of an accusation is the accused's act, claimed:
				// اتهمت X Y بتقديم دعم عسكري لـZ, اتهم X Y بقصف Z.
				if o.e.code == "112" && o.e.kind == verb && p.e.typ != Accuse {
					p.absorbed, p.nested = false, true
				}
			}
			break
		}
	}
}

// agentAfter reports whether an agent phrase (برصاص الجيش, على يد
// مسلحين, من قبل الشرطة) follows predicate p in its clause: the verb is
// then read as a passive (قتل خمسة برصاص الجيش: the five are the victims).
func (st *state) agentAfter(p *pred, bound int) bool {
	if !local(p.e.code) {
		return false
	}
	for k := range st.slots {
		if sl := &st.slots[k]; sl.ti > p.last && sl.ti < bound && sl.prep == "من قبل" {
			return true
		}
	}
	return false
}

// group returns slot k and the slots joined to it by و after it.
func (st *state) groupAfter(k, bound int) (ents []int32, next int) {
	a := len(st.arena)
	st.arena = append(st.arena, st.slots[k].ents...)
	next = k + 1
	for next < len(st.slots) && st.slots[next].ti < bound && st.slots[next].conj {
		st.arena = append(st.arena, st.slots[next].ents...)
		next++
	}
	return st.arena[a:len(st.arena):len(st.arena)], next
}

// groupBefore returns slot k and the slots joined before it by و.
func (st *state) groupBefore(k int) []int32 {
	j := k
	for j > 0 && st.slots[j].conj {
		j--
	}
	a := len(st.arena)
	for ; j <= k; j++ {
		st.arena = append(st.arena, st.slots[j].ents...)
	}
	return st.arena[a:len(st.arena):len(st.arena)]
}

// one returns a slice of the single entity e, from the document's arena.
func (st *state) one(e int32) []int32 {
	a := len(st.arena)
	st.arena = append(st.arena, e)
	return st.arena[a : a+1 : a+1]
}

func (st *state) isPatternTok(p *pred, i int) bool {
	for _, k := range p.tokens[:p.nt] {
		if int(k) == i {
			return true
		}
	}
	return false
}

// roles finds the sources and targets of predicate p.
func (st *state) roles(pi int, subj []int32, sameSent bool) (src, tgt []int32, explicit bool) {
	p := &st.preds[pi]
	cl := st.clauses[p.clause]
	bound := cl.tj
	for q := pi + 1; q < len(st.preds); q++ {
		if o := &st.preds[q]; o.clause == p.clause && !o.absorbed && o.h > p.last {
			bound = o.h // (one inside the pattern's gap bounds nothing: واجه X في اجتماع Y بشأن)
			break
		}
	}
	// after: the slots after the head, up to the bound.
	first := -1
	for k := range st.slots {
		sl := &st.slots[k]
		if sl.ti > p.h && sl.ti < bound && !st.isPatternTok(p, sl.ti) {
			first = k
			break
		}
	}
	gapWords := func(from, to int) int {
		n := 0
		for i := from; i < to; i++ {
			if st.toks[i].kind == arabic.Word && !st.isPatternTok(p, i) {
				n++
			}
		}
		return n
	}
	next := first
	objSet := false // the target is the object of a verbal noun (قصف غزة)
	agent := -1     // the slot of the source in an attack's name (في قصف روسي)
	// before: the nearest slot before the head in the clause, with no
	// preposition, and the words between them.
	before, beforeGap := -1, 0
	for k := len(st.slots) - 1; k >= 0; k-- {
		sl := &st.slots[k]
		if sl.tj > p.h {
			continue
		}
		if sl.ti >= cl.ti && sl.prep == "" && !sl.loc {
			before = k
			beforeGap = gapWords(sl.tj, p.h)
			if beforeGap == 1 && st.toks[p.h-1].norm == "قد" {
				beforeGap = 0 // كان السيسي قد انتقد: the subject before قد
			}
		}
		break
	}
	pronoun := -1
	for i := cl.ti; i < p.h; i++ {
		if st.has(i, fPronoun) {
			pronoun = i
		}
	}
	if first >= 0 && st.slots[first].prep == "بين" {
		if g, _ := st.groupAfter(first, bound); len(g) >= 2 {
			return g[:1], g[1:2], false
		}
	}
	// A violent verb right before a count of people, opening its sentence,
	// reads as a passive (قتل عشرة فلسطينيين في غارة إسرائيلية); joined to
	// a verb with a subject it is active (، واعتقلت العشرات).
	passive := p.passive || p.counted && st.recent == nil
	unknown := false // the subject is a noun that names no actor
	if p.e.kind == verb {
		switch {
		case st.issuedBy(p, cl) >= 0:
			// قرارا يطالب الحوثيين, بيانا يدين الهجوم: the verb describes
			// a document, whose issuer (تبنى مجلس الأمن قرارا) is its
			// source; the name after it is its object.
			src = st.groupBefore(st.issuedBy(p, cl))
		case st.possessiveSubject(p, cl):
			// قال المتحدث إن قواته استهدفت ...: the speaker's own forces.
			src = append([]int32(nil), subj...)
		case pronoun >= 0 && p.h-pronoun <= 3:
			src = append([]int32(nil), subj...)
			// إنه وشي سيناقشان: the pronoun and a joint actor.
			for k := range st.slots {
				if sl := &st.slots[k]; sl.ti == pronoun+1 && sl.conj {
					src = append(src, sl.ents...)
				}
			}
		case st.joinedVerb(p, first, bound):
			// اقتحمت القوات الإسرائيلية مدينة جنين واعتقلت عشرين فلسطينيا;
			// زار نتنياهو واشنطن والتقى الرئيس الأمريكي: a verb joined by و
			// in the clause of a verb with a named subject keeps that
			// subject, and the name after it is its object.
			src = st.recent
		case before >= 0 && beforeGap == 0 && !p.waw:
			// (A name right before a verb with و is the object of the one
			// before: استقبل أردوغان السيسي ورحب الرئيس المصري بـ...)
			src = st.groupBefore(before)
			explicit = true
		case cl.rel && p.h-cl.ti <= 2:
			// The antecedent is the name right before the relative pronoun
			// (القوات الإسرائيلية التي, بوتين، الذي); after a noun that
			// names no actor (بالهجوم الإرهابي الذي استهدف) the subject is
			// that noun, unknown.
			for k := len(st.slots) - 1; k >= 0; k-- {
				if sl := &st.slots[k]; sl.tj <= cl.ti {
					if sl.tj == cl.ti || sl.tj == cl.ti-1 && st.toks[sl.tj].kind == arabic.Punct {
						src = st.groupBefore(k)
						explicit = true
					} else {
						unknown = true
					}
					break
				}
			}
		case passive || st.agentAfter(p, bound):
			// قُتل X, اعتُقل X: the noun after a passive is its patient.
		case sameSent && p.h == cl.ti && p.clause > 0 && strings.HasPrefix(st.toks[p.h].norm, "و") && st.toks[p.h-1].norm == "،" &&
			!(first >= 0 && st.slots[first].ti == p.last+1 && st.slots[first].prep == "" && overlaps(st.slots[first].ents, subj)):
			// (When the name right after the verb is the subject again,
			// ، ودعا الزعيمان إلى ...: it is the subject, read below.)
			// ورفضت طهران العقوبات، واتهمت الاتحاد الأوروبي بـ...: a verb
			// joined after a comma keeps the sentence's subject, and the
			// name after it is its object. The subject is that of the
			// nearest verb before it (، وهو ما تنفيه الصين، وعرضت الوساطة).
			if st.recent != nil {
				subj = st.recent
			}
			src = append([]int32(nil), subj...)
		case first >= 0 && st.slots[first].prep == "" && !st.slots[first].loc && st.subjectGap(gapWords(p.h+1, st.slots[first].ti), st.slots[first].ti) &&
			(p.nt == 1 || st.slots[first].ti < p.last):
			src, next = st.groupAfter(first, bound)
			explicit = true
		default:
			for k := len(st.slots) - 1; k >= 0; k-- {
				sl := &st.slots[k]
				if sl.tj > p.h || sl.ti < cl.ti {
					continue
				}
				if sl.prep == "" && !sl.loc {
					src = st.groupBefore(k)
					explicit = true
				}
				break
			}
		}
		// A dual verb with no subject of its own (واتفقا على, وبحثا) is the
		// act of the pair that last acted together.
		if p.dual && !explicit && len(src) < 2 && st.hasPair {
			src = st.pairOf()
		}
		if src == nil && !passive && !unknown {
			src = subj
		}
		if src == nil && passive {
			if agent = st.instrumentAgent(pi); agent >= 0 {
				src = st.slots[agent].ents
			}
		}
	} else {
		if first >= 0 {
			sl := &st.slots[first]
			if gapWords(p.last+1, sl.ti) <= 1 && !sl.loc {
				switch sl.prep {
				case "":
					if st.lamConstruct(sl.ti) {
						break // دعمه لجهود السودان: the beneficiary, not the genitive
					}
					// The genitive name of a transitive verbal noun is its
					// object (قصف غزة, تزويد روسيا بمعدات), and a nisba right
					// after it the actor (قصف غزة الإسرائيلي).
					if p.e.object && gapWords(p.last+1, sl.ti) == 0 && !st.nisba(first) && !st.agentGenitive(first, bound) {
						tgt, next = st.groupAfter(first, bound)
						objSet = true
						if n := next; n < len(st.slots) && st.slots[n].ti == st.slots[n-1].tj && st.slots[n].prep == "" && st.nisba(n) && !overlaps(st.slots[n].ents, tgt) {
							src, next = st.slots[n].ents, n+1
						}
						break
					}
					// Two nisbas of different codes in a row (الخلاف الأميركي
					// الصيني, الحرب الروسية الأوكرانية): the first acts on
					// the second.
					if n := first + 1; n < len(st.slots) && st.slots[n].ti == sl.tj && st.slots[n].ti < bound && st.slots[n].prep == "" && !st.slots[n].conj &&
						len(sl.ents) == 1 && len(st.slots[n].ents) == 1 && st.actors[sl.ents[0]].code != st.actors[st.slots[n].ents[0]].code {
						return sl.ents, st.slots[n].ents, false
					}
					src, next = st.groupAfter(first, bound)
				case "بين":
					src, next = st.groupAfter(first, bound)
					if len(src) > 1 {
						return src[:1], src[1:2], false
					}
				}
			}
		}
		if src == nil && p.poss {
			src = subj
		}
		// The actor of an object's verbal noun may be the genitive of the
		// noun it completes (دور الصين في تزويد روسيا, محاولات أمريكية
		// لدفع موسكو).
		if src == nil && objSet {
			for k := len(st.slots) - 1; k >= 0; k-- {
				sl := &st.slots[k]
				if sl.tj > p.h {
					continue
				}
				if !sl.loc && (sl.tj == p.h || sl.tj == p.h-1 && st.toks[p.h-1].w.prep != "") {
					src = sl.ents
				}
				break
			}
		}
		// The act a statement announces (أعلن الحوثيون في اليمن استهداف
		// سفينة, أعلنت الخزانة فرض عقوبات) is the speaker's.
		if o := pi - 1; src == nil && o >= 0 && st.preds[o].clause == p.clause && st.preds[o].e.typ == "" && st.preds[o].e.kind == verb &&
			st.recent != nil && st.recentClause == p.clause && st.bareWords(st.preds[o].last+1, p.h) <= 1 {
			src = st.recent
		}
		if src == nil && before >= 0 && beforeGap <= 3 && (pi == 0 || st.preds[pi-1].clause != p.clause || st.preds[pi-1].e.typ == "") {
			src = st.groupBefore(before)
		}
	}
	// The target: the next slot after a preposition, or a direct object,
	// near the predicate or its subject (not a name deep in its content:
	// دعا شي إلى إجراء محادثات سلام تأخذ مواقف الطرفين).
	from := p.last + 1
	if len(src) > 0 && next > 0 && next <= len(st.slots) && st.slots[next-1].tj > from {
		from = st.slots[next-1].tj
	}
	for k := next; k >= 0 && k < len(st.slots); k++ {
		sl := &st.slots[k]
		if sl.ti >= bound || sl.ti > from && gapWords(from, sl.ti) > maxTargetGap {
			break
		}
		if sl.ti <= p.h || st.isPatternTok(p, sl.ti) || k == agent {
			continue
		}
		if sl.prep == "جانب" && p.e.code == "043" && p.e.kind == verb {
			continue // a co-attendant (حضر X القمة إلى جانب Y), not the host
		}
		if sl.loc {
			if (p.e.typ == Assault || p.e.code == "043" && p.e.kind == verb) && tgt == nil && !sl.region {
				tgt = append(tgt[:0:0], sl.ents...)
			}
			continue
		}
		if sl.prep == "بين" && src == nil {
			g, _ := st.groupAfter(k, bound)
			if len(g) >= 2 {
				return g[:1], g[1:2], false
			}
		}
		if sl.prep == "من" && len(sl.ents) >= 2 && cooperative(p.e.typ) && !explicit {
			// عقد كبار الدبلوماسيين من البلدين اجتماعا: the two sides.
			return sl.ents[:1], sl.ents[1:2], false
		}
		if sl.prep == "من" && p.e.kind == verb && len(src) > 0 && tgt == nil && st.partitive(sl.ti) {
			tgt, _ = st.groupAfter(k, bound) // اعتقل الجيش عناصر من قوات الدعم السريع: some of them
			break
		}
		if sl.prep == "من" || sl.prep == "من قبل" {
			if src == nil {
				src, _ = st.groupAfter(k, bound)
			}
			continue
		}
		if (sl.prep == "" && (p.e.kind == verb || st.lamConstruct(sl.ti))) || targetPreps[sl.prep] {
			if objSet {
				break
			}
			tgt, _ = st.groupAfter(k, bound)
			// Cooperation "between their countries" by a joint subject
			// (وسّع الرئيسان التنسيق بين بلديهما, بحث الوزيران ... بين
			// البلدين) is the pair's own: the group holds them or their
			// countries, or its dual pronoun refers to them.
			if sl.prep == "بين" && len(src) >= 2 && cooperative(p.e.typ) && (containsAll(tgt, src) || st.sidesOf(tgt, src) || strings.HasSuffix(st.toks[sl.tj-1].norm, "هما")) {
				tgt = nil
				break
			}
			// A source named after the target (الضغوط على X من Y).
			for j := k + 1; src == nil && j < len(st.slots) && st.slots[j].ti < bound; j++ {
				if st.slots[j].prep == "من" || st.slots[j].prep == "من قبل" {
					src, _ = st.groupAfter(j, bound)
				}
			}
			break
		}
	}
	if tgt == nil {
		tgt = st.pronounTarget(p, bound, src)
	}
	return src, tgt, explicit
}

// pronounTarget returns the referent of a preposition with a pronoun
// suffix that names the target of predicate p (الصادرة بحقه, فرضت عليها
// واشنطن عقوبات, التبادل التجاري معها): the nearest actor before the
// predicate in the sentence that is not the source and fits the pronoun
// (ه a person or a body, ها a country, a city or a body, هما a group or a
// pair); or nil. The pronoun stands within a few words of the predicate,
// in its clause.
func (st *state) pronounTarget(p *pred, bound int, src []int32) []int32 {
	pron, words := "", 0
	for i := p.h + 1; i < bound && words <= maxTargetGap; i++ {
		t := &st.toks[i]
		if t.kind != arabic.Word || st.isPatternTok(p, i) {
			continue
		}
		if t.slot >= 0 {
			continue
		}
		if t.w.pron != "" {
			pron = t.w.pron
			break
		}
		words++
	}
	if pron == "" {
		return nil
	}
	for k := len(st.slots) - 1; k >= 0; k-- {
		sl := &st.slots[k]
		if sl.tj > p.h || overlaps(sl.ents, src) {
			continue
		}
		fits := true
		for _, e := range sl.ents {
			typ := st.doc.Entities[e].Type
			switch pron {
			case "ه":
				fits = fits && (typ == marsad.EntityPerson || typ == marsad.EntityOrganization)
			case "ها":
				fits = fits && typ != marsad.EntityPerson
			}
		}
		if pron == "هما" {
			g := st.groupBefore(k)
			if len(g) < 2 {
				continue
			}
			return g
		}
		if fits && !(pron == "هم" && len(sl.ents) < 2 && st.doc.Entities[sl.ents[0]].Type == marsad.EntityPerson) {
			return sl.ents
		}
	}
	return nil
}

// bareWords counts the words from token i to j that name no actor.
func (st *state) bareWords(i, j int) int {
	n := 0
	for ; i < j; i++ {
		if st.toks[i].kind == arabic.Word && st.toks[i].slot < 0 {
			n++
		}
	}
	return n
}

// subjectGap reports whether n words between a verb and the name at
// token i leave the name its subject: at most two (a title: وزير
// الخارجية الإيراني), or four ending with باسم (المتحدث العسكري باسم
// الجيش).
func (st *state) subjectGap(n, i int) bool {
	return n <= 2 || n <= 4 && st.toks[i-1].norm == "باسم"
}

// documentNouns are the documents whose content a verb right after them
// describes (قرارا يطالب, بيانا يدين), normalised.
var documentNouns = map[string]bool{
	"قرار": true, "قرارا": true, "بيان": true, "بيانا": true, "رساله": true, "مذكره": true, "توصيه": true,
	"نداء": true, "اعلان": true, "اعلانا": true, "تقرير": true, "تقريرا": true,
}

// issuedBy returns, for an imperfect verb right after a document noun
// (تبنى مجلس الأمن قرارا يطالب X بـ..., أصدرت الخارجية بيانا تدين فيه),
// the slot of the document's issuer: the nearest name before the noun in
// the clause with no preposition; or -1.
func (st *state) issuedBy(p *pred, cl clause) int {
	if p.h < 1 || p.h-1 <= cl.ti || !documentNouns[st.toks[p.h-1].norm] || !imperfect(st.toks[p.h].norm) && !strings.HasPrefix(st.toks[p.h].norm, "ت") {
		return -1
	}
	for k := len(st.slots) - 1; k >= 0; k-- {
		sl := &st.slots[k]
		if sl.tj > p.h-1 {
			continue
		}
		if sl.ti < cl.ti {
			break
		}
		if sl.prep == "" && !sl.loc {
			return k
		}
	}
	return -1
}

// possessive reports whether a word is a noun with a pronoun suffix
// (مواقعه, قواتها), not a preposition.
func possessive(w *lexWord) bool {
	if w.prep != "" || w.pron != "" {
		return false
	}
	for _, g := range w.segs {
		switch g.Suffix {
		case "ه", "ها", "هم", "هما":
			return g.Prefixes == "" && len(g.Base) >= 4
		}
	}
	return false
}

// possessiveSubject reports whether verb p opens its clause after إن or
// أن and one noun with a pronoun suffix (إن قواته استهدفت, أن طائراتها
// قصفت): the noun is the subject, and its pronoun the speaker before.
func (st *state) possessiveSubject(p *pred, cl clause) bool {
	if p.h != cl.ti+2 || st.toks[cl.ti].norm != "ان" {
		return false
	}
	t := &st.toks[cl.ti+1]
	return t.kind == arabic.Word && !t.mention && possessive(t.w)
}

// prepBefore reports whether one of the two words before a slot is a
// preposition (إلى ميناء بورتسودان), even one of a pattern (وصل .. إلى).
func (st *state) prepBefore(sl *slot) bool {
	if sl.prep != "" {
		return true
	}
	for i := sl.ti - 1; i >= 0 && i >= sl.ti-2; i-- {
		if st.toks[i].w.prep != "" {
			return true
		}
	}
	return false
}

// placeIn returns the slot of the first place named in predicate p's
// clause, after a preposition or after p, of a code none of src has; or
// -1.
func (st *state) placeIn(p *pred, src []int32) int {
	cl := st.clauses[p.clause]
	for k := range st.slots {
		sl := &st.slots[k]
		if sl.ti < cl.ti || sl.tj > cl.tj || !sl.place || sl.region || st.isPatternTok(p, sl.ti) || sl.ti < p.h && !st.prepBefore(sl) {
			continue // (a bare name before it is an actor)
		}
		mine := false
		for _, s := range src {
			mine = mine || st.actors[s].code == st.actors[sl.ents[0]].code
		}
		if !mine {
			return k
		}
	}
	return -1
}

// launch reports whether predicate p is a launch (أطلق .. صاروخا).
func (st *state) launch(p *pred) bool {
	for _, g := range st.toks[p.h].w.segs {
		if strings.HasPrefix(g.Base, "اطلق") || strings.HasPrefix(g.Base, "تطلق") || strings.HasPrefix(g.Base, "يطلق") {
			return true
		}
	}
	return false
}

// waterIn reports whether predicate p's clause names a body of water
// after it, with no aim named before (على سفينة في خليج عدن aims at a
// ship).
func (st *state) waterIn(p *pred) bool {
	cl := st.clauses[p.clause]
	for i := p.h + 1; i < cl.tj; i++ {
		w := st.toks[i].w
		if w.prep == "علي" || w.prep == "ضد" {
			return false
		}
		if st.toks[i].slot >= 0 {
			continue
		}
		for k := range st.waters {
			if st.waters[k].ti == i {
				return true
			}
		}
		for _, g := range w.segs {
			if g.Suffix == "" && waterWord(g.Base) {
				return true // a sea the gazetteer does not know (البحر الأصفر)
			}
		}
	}
	return false
}

// testWord reports whether the sentence calls an action a test (تجربة,
// اختبار, تجريبي).
func (st *state) testWord() bool {
	for i := range st.toks {
		for _, g := range st.toks[i].w.segs {
			if strings.HasPrefix(g.Base, "تجرب") || strings.HasPrefix(g.Base, "تجارب") || strings.HasPrefix(g.Base, "اختبار") || strings.HasPrefix(g.Base, "تجريبي") {
				return true
			}
		}
	}
	return false
}

// forceful reports whether t is an act of force: violence, coercion or a
// show of force.
func forceful(t marsad.PLOVERType) bool { return t == Assault || t == Coerce || t == Mobilize }

// sameType reports whether evs hold an event of type t.
func sameType(evs []marsad.Event, t marsad.PLOVERType) bool {
	for i := range evs {
		if evs[i].Type == t {
			return true
		}
	}
	return false
}

// maxAnaphora is how many sentences back an act named again by a
// definite noun (الهجمات, بالإطلاق) may have been reported.
const maxAnaphora = 2

// condemned returns the target of the condemnation pi by src, and whether
// it is an event without one: the author of the condemned act, named in a
// relative clause right after it (الهجمات التي تشنها جماعة الحوثي), else
// the source of the act of force reported last, at most maxAnaphora
// sentences before (وندد الجيش الكوري الجنوبي بالإطلاق). A condemned act
// of force (a violent nominal after the verb) is an event with no author
// named; so is none otherwise.
func (st *state) condemned(pi int, src []int32) ([]int32, bool) {
	p := &st.preds[pi]
	act := false // the content is an act of force
	if q := pi + 1; q < len(st.preds) && st.preds[q].clause == p.clause && st.preds[q].absorbed && forceful(st.preds[q].e.typ) {
		act = true
		o := &st.preds[q]
		if n := p.clause + 1; n < len(st.clauses) && st.clauses[n].rel && st.clauses[n].ti <= o.last+2 {
			cl := st.clauses[n]
			for k := range st.slots {
				// The subject right after the relative clause's verb.
				if sl := &st.slots[k]; sl.ti >= cl.ti && sl.ti <= cl.ti+3 && sl.tj <= cl.tj && sl.prep == "" && !sl.loc {
					if overlaps(sl.ents, src) {
						break
					}
					return sl.ents, true
				}
			}
		}
	} else {
		i := p.last + 1 // the word after the verb and its subject
		for i < len(st.toks) && st.toks[i].slot >= 0 && overlaps(st.slots[st.toks[i].slot].ents, src) {
			i = st.slots[st.toks[i].slot].tj
		}
		if i >= len(st.toks) || st.toks[i].slot >= 0 || st.toks[i].kind != arabic.Word || !definite(st.toks[i].w) {
			return nil, false
		}
	}
	if st.lastForce >= 0 && st.sentIdx-st.lastForceSent <= maxAnaphora && st.sentIdx > st.lastForceSent && !containsEnt(src, st.lastForce) {
		return st.one(st.lastForce), true
	}
	return nil, act
}

// definite reports whether a word is a definite noun, bare or after ب
// (الهجوم, بالإطلاق).
func definite(w *lexWord) bool {
	for _, g := range w.segs {
		if g.Suffix == "" && (g.Prefixes == "" || g.Prefixes == "ب" || g.Prefixes == "و") && strings.HasPrefix(g.Base, "ال") && len(g.Base) > len("ال")+4 {
			return true
		}
	}
	return strings.HasPrefix(w.norm, "ال") || strings.HasPrefix(w.norm, "بال")
}

// allTowns reports whether every entity of ents is a city or a region.
func (st *state) allTowns(ents []int32) bool {
	for _, e := range ents {
		if t := st.doc.Entities[e].Type; t != marsad.EntityCity && t != marsad.EntityLocation {
			return false
		}
	}
	return true
}

// townBefore returns the nearest slot before predicate p in its sentence
// that names only cities or regions, else the first after it in its
// clause, or -1.
func (st *state) townBefore(p *pred) int {
	for k := len(st.slots) - 1; k >= 0; k-- {
		if sl := &st.slots[k]; sl.tj <= p.h && st.allTowns(sl.ents) {
			return k
		}
	}
	// Else one after it in its clause (قتل سبعة في قصف روسي على مدينة خاركيف).
	cl := st.clauses[p.clause]
	for k := range st.slots {
		if sl := &st.slots[k]; sl.ti > p.last && sl.ti < cl.tj && st.allTowns(sl.ents) {
			return k
		}
	}
	return -1
}

// countryOf returns the country entity of e's code in the document, or e.
func (st *state) countryOf(e int32) int32 {
	for i := range st.doc.Entities {
		if o := &st.doc.Entities[i]; o.Type == marsad.EntityCountry && o.Code == st.actors[e].code {
			return int32(i)
		}
	}
	return e
}

// instrumentAgent returns the slot of the actor of the attack that a passive
// violent verb reports its victims in (قتل عشرة فلسطينيين في غارة
// إسرائيلية, أصيب ثلاثة في قصف روسي): the name right after a violent
// nominal that follows it in its clause; or -1.
func (st *state) instrumentAgent(pi int) int {
	p := &st.preds[pi]
	for q := pi + 1; q < len(st.preds); q++ {
		o := &st.preds[q]
		if o.clause != p.clause {
			break
		}
		if o.e.kind != nominal || !local(o.e.code) {
			continue
		}
		for k := range st.slots {
			if sl := &st.slots[k]; sl.ti == o.last+1 && sl.prep == "" {
				return k
			}
		}
		return -1
	}
	return -1
}

// joinedVerb reports whether verb p is joined by و, in the same clause,
// to an earlier verb whose subject was named (st.recent), and takes the
// name after it as its object: that name is not the subject again, and
// no target after a preposition follows it (ورحب الرئيس التركي بالاتفاق
// names a new subject).
func (st *state) joinedVerb(p *pred, first, bound int) bool {
	if st.recent == nil || st.recentClause != p.clause || !p.waw {
		return false
	}
	if first < 0 {
		return true
	}
	sl := &st.slots[first]
	if overlaps(sl.ents, st.recent) {
		return false
	}
	for k := first + 1; k < len(st.slots) && st.slots[k].ti < bound; k++ {
		if o := &st.slots[k]; !o.conj && o.prep != "" && o.prep != "من" && targetPreps[o.prep] {
			return false
		}
	}
	return true
}

// partitive reports whether the word before token i is a noun of
// quantity or membership whose من names the group (عناصر من, عدد من,
// العشرات من).
func (st *state) partitive(i int) bool {
	if i < 2 {
		return false
	}
	switch st.toks[i-2].norm {
	case "عناصر", "عنصرا", "عدد", "عددا", "العشرات", "عشرات", "مئات", "العديد", "اعضاء", "افراد", "قاده", "مقاتلين", "مسلحين", "بعض", "اثنين", "ثلاثه":
		return st.toks[i-1].w.prep == "من"
	}
	return false
}

// overlaps reports whether two entity lists share an entity.
func overlaps(a, b []int32) bool {
	for _, x := range a {
		if containsEnt(b, x) {
			return true
		}
	}
	return false
}

// containsAll reports whether a holds every entity of b.
// sidesOf reports whether the actors tgt are the sides of the actors src:
// each has the code of one of them, and each of src's codes is among
// theirs (البلدين after two ministers of those countries).
func (st *state) sidesOf(tgt, src []int32) bool {
	if len(tgt) < 2 {
		return false
	}
	has := func(set []int32, code marsad.ActorCode) bool {
		return slices.ContainsFunc(set, func(e int32) bool { return st.actors[e].code == code })
	}
	for _, t := range tgt {
		if c := st.actors[t].code; c == "" || !has(src, c) {
			return false
		}
	}
	for _, s := range src {
		if !has(tgt, st.actors[s].code) {
			return false
		}
	}
	return true
}

func containsAll(a, b []int32) bool {
	for _, x := range b {
		if !containsEnt(a, x) {
			return false
		}
	}
	return true
}

// lamConstruct reports whether the word right before token i carries the
// preposition لـ on a noun whose genitive the name at i is (دعمه لجهود
// البلدين, مساعدات لشعب السودان): the name is then the beneficiary.
func (st *state) lamConstruct(i int) bool {
	if i == 0 {
		return false
	}
	t := &st.toks[i-1]
	if t.kind != arabic.Word || t.used || t.mention {
		return false
	}
	for _, g := range t.w.segs {
		if (g.Prefixes == "ل" || g.Prefixes == "ول") && g.Suffix == "" && len(g.Base) > len("ال") && !strings.HasPrefix(g.Base, "ال") {
			return true
		}
	}
	return false
}

// maxTargetGap is the most words between a predicate (or its subject
// after it) and its target.
const maxTargetGap = 5

// cooperative types are those where a pair of joint actors act towards
// each other (التقى الزعيمان, محادثات بوتين وشي).
func cooperative(t marsad.PLOVERType) bool {
	switch t {
	case Agree, Consult, Support, Cooperate:
		return true
	}
	return false
}

// code turns the predicates of the sentence into events.
func (st *state) code(s marsad.Span, stext string) {
	doc := st.doc
	var exprs []timex.Expression
	found := false // exprs holds the sentence's date expressions, found on first need
	var sentSubj []int32
	sentDate, sentFramed := marsad.Date{}, false // the date of the sentence's latest event, and whether it is the day's news
	deny := -1
	for i := range st.toks {
		if st.has(i, fDeny) {
			deny = i
			break
		}
	}
	context := false
	for i := range st.toks[:min(len(st.toks), 4)] {
		if st.has(i, fContextCue) && i+1 < len(st.toks) && st.has(i+1, fContext) {
			context = true
		}
	}
	if st.has(0, fContinue) {
		context = true // وأضاف شي: the speaker goes on, in the same setting
	}
	for i := range st.toks {
		if st.has(i, fKhilal) {
			context = true
		}
	}
	claim := -1
	for i := range st.toks {
		if st.has(i, fClaim) {
			claim = i
			break
		}
	}
	start := len(doc.Events)
	st.recent = nil
	var accused, accuser []int32 // the target and source of the sentence's latest accusation
	for pi := range st.preds {
		p := &st.preds[pi]
		if p.absorbed {
			continue
		}
		subj := sentSubj
		if subj == nil {
			subj = st.topic
		}
		var src, tgt []int32
		explicit := false
		if p.nested {
			if accused == nil {
				continue
			}
			src, tgt = accused, st.nestedTarget(p, accused, accuser)
		} else {
			src, tgt, explicit = st.roles(pi, subj, sentSubj != nil)
			// A possessive in a fronted adjunct (وخلال استقباله للرئيس
			// الروسي، قال شي ...) refers forward to the subject of the
			// sentence's main verb.
			if p.poss && p.e.kind == nominal && p.clause == 0 && len(st.clauses) > 1 && st.frontedAdjunct() {
				if fw := st.forwardSubject(pi); fw != nil {
					src = fw
				}
			}
		}
		if p.e.code == "112" && p.e.kind == verb {
			accused, accuser = tgt, src
		}
		// A condemnation of an act (أدان الهجمات, ندد بالإطلاق) is towards
		// the act's author, when the text names one, and stands without.
		condemned := false
		if p.e.code == "111" && p.e.kind == verb && len(tgt) == 0 && len(src) > 0 {
			tgt, condemned = st.condemned(pi, src)
		}
		// So is an accusation of an act whose accused the text does not
		// name as an actor (اتهمت قوات الدعم السريع الجيش بقصف أحياء).
		if p.e.code == "112" && p.e.kind == verb && len(tgt) == 0 && len(src) > 0 && pi+1 < len(st.preds) && st.preds[pi+1].nested && forceful(st.preds[pi+1].e.typ) {
			condemned = true
		}
		// An attack named again by a noun with no actor of its own (أعلن
		// الحوثيون استهداف سفينة ...، في أحدث هجوم للجماعة) is the one the
		// sentence reported, not another by the people of its place.
		if p.e.kind != verb && src == nil && forceful(p.e.typ) && sameType(doc.Events[start:], p.e.typ) {
			continue
		}
		ownSrc := len(src) > 0 // the source is named, not the place's people
		// A missile fired at no one, into the sea (باتجاه بحر اليابان) or
		// as a test (تجربة صاروخية), is a show of force.
		if p.e.code == "190" && p.e.kind == verb && len(tgt) == 0 && len(src) > 0 && st.launch(p) && (st.waterIn(p) || st.testWord()) {
			p.recode = "150"
		}
		if explicit && p.e.kind == verb {
			st.topic, st.recent, st.recentClause = src, src, p.clause
			if sentSubj == nil {
				sentSubj = src
			}
		}
		if p.e.typ == "" {
			continue
		}
		// Protests, force and violence without a named actor: the people or
		// the forces of the place (تظاهر آلاف في الخرطوم, قُتل ثلاثة في حلب,
		// اعتقلت الشرطة محتجين في بيشاور); with no named target, the people
		// of the place suffer the violence.
		placeTgt := false
		if local(p.e.code) && p.e.kind != lasting && (src == nil || tgt == nil && !protestCode(p.e.code)) {
			if pl := st.placeOf(p); pl >= 0 {
				if src == nil {
					src = st.one(pl)
				}
				if tgt == nil && !protestCode(p.e.code) {
					tgt = st.one(pl)
				}
			}
		}
		// A protest before a city's building (تظاهر طلاب أمام جامعة
		// القاهرة) is by its people, not against it.
		if protestCode(p.e.code) && len(tgt) > 0 && st.allTowns(tgt) {
			if src == nil {
				src = tgt
			}
			tgt = nil
		}
		// Arrest, detention, curfews and repression (CAMEO 17 but the
		// destruction of property) by an actor with no named victim and no
		// place weigh on its own country's people (أعدمت إيران ثلاثة رجال,
		// اعتقلت الشرطة التركية رئيس بلدية إسطنبول).
		domestic := false
		if local(p.e.code) && !protestCode(p.e.code) && p.e.kind != lasting && len(src) > 0 && len(tgt) == 0 && st.placeOf(p) < 0 {
			// A town named before it in the sentence, the object of the
			// action before (هاجمت قوات الدعم السريع مدينة الفاشر وقتلت
			// عشرات المدنيين), is where it happens.
			if k := st.townBefore(p); k >= 0 {
				tgt, domestic = st.slots[k].ents, true
			} else if p.e.code[:2] == "17" && p.e.code != "1712" {
				tgt, domestic = st.one(st.countryOf(src[0])), true
			}
		}
		// Hosting the meeting of a pair named in this sentence or the one
		// before (في اجتماع استضافته سلطنة عمان) is towards the pair;
		// attending (حضره أيضا X) is towards the host: the place of the
		// event in the sentence (في بكين) when no one is named.
		if p.e.code == "043" && p.e.kind == verb && tgt == nil && src != nil && hostForm(p.e) && st.hasPair && st.sentIdx-st.pairSent <= 1 &&
			!containsEnt(src, st.pair[0]) && !containsEnt(src, st.pair[1]) && st.actors[src[0]].code != st.actors[st.pair[0]].code &&
			st.actors[src[0]].code != st.actors[st.pair[1]].code {
			tgt = st.pairOf()
		}
		if p.e.code == "043" && p.e.kind == verb && tgt == nil && src != nil {
			if pl := st.placeOf(p); pl >= 0 {
				tgt = st.one(pl)
			}
		}
		// A visit with no destination named is to the place of its
		// sentence (استقبل شي بوتين في بكين، إيذانا ببدء زيارة الرئيس
		// الروسي).
		if p.e.code == "042" && p.e.kind != verb && tgt == nil && len(src) > 0 {
			if pl := st.placeOf(p); pl >= 0 && st.actors[pl].code != st.actors[src[0]].code {
				tgt = st.one(pl)
			}
		}
		// Aid with no recipient named goes to the place it reaches in its
		// clause (وصلت إلى ميناء بورتسودان سفينة مساعدات إماراتية, إنزال
		// مساعدات فوق قطاع غزة), when that is not the giver's own.
		if p.e.typ == Aid && tgt == nil && len(src) > 0 && !p.nested {
			if k := st.placeIn(p, src); k >= 0 {
				tgt = st.slots[k].ents
			}
		}
		// Those who attend "alongside" the subject (حضر X العرض ... إلى
		// جانب Y وZ) attend too, towards the same host.
		if p.e.code == "043" && p.e.kind == verb && len(src) > 0 && len(tgt) > 0 {
			if co := st.coAttendants(pi); len(co) > 0 {
				a := len(st.arena)
				st.arena = append(append(st.arena, src...), co...)
				src = st.arena[a:len(st.arena):len(st.arena)]
			}
		}
		if local(p.e.code) && p.e.kind != lasting && len(tgt) == 1 {
			placeTgt = tgt[0] == st.placeOf(p) || domestic || st.allTowns(tgt) // the people of the place
		}
		// A show of force with no named actor is that of the place's
		// country (عرض عسكري في بكين, مناورات في البحر الأسود without a
		// country stay unattributed); its place is not its target.
		if src == nil && mobilize(p.e.code) && p.e.kind != lasting {
			if pl := st.placeOf(p); pl >= 0 && st.doc.Entities[pl].Type != marsad.EntityLocation {
				src = st.one(pl)
			}
		}
		// Sanctions name their target in the sentence when not after the
		// verb (ورغم العقوبات الغربية، حافظ الاقتصاد الروسي ...; فرضت عليها
		// واشنطن عقوبات): the nearest actor of another code.
		if p.e.code == "163" && len(tgt) == 0 && len(src) > 0 {
			if k := st.impliedTarget(p, src); k >= 0 {
				tgt = st.slots[k].ents
			}
		}
		// A lasting state (الحرب, الصراع) is an event only between named
		// parties: الحرب في أوكرانيا names a place, not who wages it.
		if p.e.kind == lasting && (len(src) == 0 || len(tgt) == 0 && st.placeGenitive(p, src)) {
			continue
		}
		// Pressure is always on someone: a nominal ضغوط with no target is
		// the background of the sentence (مع استمرار الضغوط الغربية).
		if p.e.kind == nominal && p.e.code == "100" && len(tgt) == 0 {
			continue
		}
		if len(src) == 0 && len(tgt) == 0 {
			continue
		}
		pairs := st.pairs(p, src, tgt, placeTgt)
		if len(pairs) == 0 {
			continue
		}
		// A refusal or threat of something general (رفض أي أعمال, إدانة كل
		// أشكال) with no one named is a stance, not an event.
		if len(tgt) == 0 && p.last+1 < len(st.toks) && st.has(p.last+1, fQuant) {
			continue
		}
		// The pair that acts together is the referent of later duals and
		// group mentions.
		if len(pairs) == 1 && cooperative(p.e.typ) && pairs[0][0] >= 0 && pairs[0][1] >= 0 &&
			st.actors[pairs[0][0]].code != st.actors[pairs[0][1]].code {
			st.pair, st.hasPair, st.pairSent = pairs[0], true, st.sentIdx
		}
		mod := st.modality(p, deny, claim)
		if p.nested {
			mod = marsad.Claimed
		}
		if !found {
			found = true
			if hasDigitOrWord(stext) {
				exprs = st.findDates(stext)
			}
		}
		framed := false // dated as the day's news: not a repeat of an event dated so
		date, future, own := st.dateOf(p, exprs)
		// With no date in its own clause, a predicate shares the date of
		// the sentence's event before it rather than one of another
		// clause's phrase (في اجتماع ... after الاتفاق الموقع عام 2023).
		// An action set before the report with no date of its own (منذ أن
		// شنت روسيا غزوها) that names again an action reported before is
		// that action, with its date (and so a repeat, merged).
		if date.IsZero() && st.pluperfect(p) {
			if d := st.earlier(p, src, tgt); !d.IsZero() {
				date, own = d, true
			}
		}
		if !own && !sentDate.IsZero() && !(sentFramed && mod == marsad.Planned) {
			date, future, framed = sentDate, false, sentFramed
		}
		// A meeting named again by a noun with no date of its own (اللقاء
		// بين بوتين وشي, لقاءات شي وبوتين, المباحثات) is the one reported
		// before, not another.
		anaphoric := p.e.kind == nominal && p.e.typ == Consult && date.IsZero()
		during := p.e.typ == Consult && st.during(p)
		if future && mod == marsad.Asserted {
			mod = marsad.Planned
		}
		if date.IsZero() && (context || st.lastDateLine == st.lineIdx) {
			date = st.lastDate // the time frame of the paragraph
		}
		if date.IsZero() && mod == marsad.Asserted && st.lead() && st.ref.Precision == marsad.PrecisionDay && !imperfect(st.toks[p.h].norm) {
			date = st.newsDay()
		}
		// A past action reported in a dated article, with no time of its
		// own nor a paragraph setting, is the day's news (ودعا الزعيمان
		// إلى ...), unless the clause sets it in the past before (وكانت
		// الصين قد أعلنت ..., منذ ...).
		if date.IsZero() && mod == marsad.Asserted && p.e.kind == verb && st.ref.Precision == marsad.PrecisionDay &&
			!imperfect(st.toks[p.h].norm) && !st.pluperfect(p) {
			date, framed = st.newsDay(), true
		}
		// A present action or state (تدافع قواته, مضطرتان للتعاون) and a
		// nominal in a sentence with no time of its own (كما تصاعدت الضغوط
		// على X) hold at the time of the report.
		if date.IsZero() && mod == marsad.Asserted && st.ref.Precision == marsad.PrecisionDay && !st.pluperfect(p) && !anaphoric &&
			(p.e.kind == verb && imperfect(st.toks[p.h].norm) && !p.future || p.e.kind != verb) {
			date, framed = st.ref, true
		}
		if !date.IsZero() && !st.clauses[p.clause].rel {
			sentDate, sentFramed = date, framed
			// The lead's first day, up to two days before publication, is
			// the day of the news (أمس الثلاثاء): later actions with no time
			// of their own are of that day.
			if st.news.IsZero() && st.lead() && !framed && date.Precision == marsad.PrecisionDay && st.ref.Precision == marsad.PrecisionDay &&
				!date.Time.After(st.ref.Time) && st.ref.Time.Sub(date.Time) <= maxNewsAge {
				st.news = date
			}
		}
		cl := st.clauses[p.clause]
		typ, code := p.e.typ, p.e.code
		if p.recode != "" {
			code = p.recode
			typ, _ = PLOVER(code)
		}
		ev := marsad.Event{
			Type: typ, CAMEO: code, Date: date, Modality: mod,
			Location:     st.location(p),
			EvidenceSpan: marsad.Span{Start: st.toks[cl.ti].start, End: st.toks[cl.tj-1].end},
		}
		ev.Evidence = doc.Article.Text[ev.EvidenceSpan.Start:ev.EvidenceSpan.End]
		for _, pr := range pairs {
			e := ev
			if pr[0] >= 0 {
				a := st.actors[pr[0]]
				e.Source, e.SourceCode = a.id, a.code
			}
			if pr[1] >= 0 {
				a := st.actors[pr[1]]
				e.Target, e.TargetCode = a.id, a.code
			}
			if anaphoric && reported(doc.Events, &e) {
				continue
			}
			// Talks held during a meeting of the sentence (في زيارة ... يجري
			// خلالها محادثات, عقد اجتماعا ناقشوا خلاله) are that meeting.
			if during && reported(doc.Events[start:], &e) {
				continue
			}
			if (dyadic(&e) || condemned && e.SourceCode != "") && !dup(doc.Events[start:], &e) {
				doc.Events = append(doc.Events, e)
				st.framed = append(st.framed, framed)
				if ownSrc && forceful(e.Type) && pr[0] >= 0 && mod != marsad.Claimed {
					st.lastForce, st.lastForceSent = pr[0], st.sentIdx
				}
			}
		}
	}
	// A denial after a claim (زعم مسؤولون أمريكيون ...، وهو ما تنفيه بكين)
	// answers the claimant.
	for i := start; i < len(doc.Events); i++ {
		e := &doc.Events[i]
		if e.CAMEO != "016" || e.TargetCode != "" {
			continue
		}
		// The claimant named after the claim word (زعم مسؤولون أمريكيون).
		if k := st.claimant(claim); k >= 0 && st.actors[st.slots[k].ents[0]].code != e.SourceCode {
			a := st.actors[st.slots[k].ents[0]]
			e.Target, e.TargetCode = a.id, a.code
			continue
		}
		for j := start; j < i; j++ {
			if o := &doc.Events[j]; o.Modality == marsad.Claimed && o.SourceCode != "" && o.SourceCode != e.SourceCode {
				e.Target, e.TargetCode = o.Source, o.SourceCode
				break
			}
		}
	}
	if !sentDate.IsZero() {
		st.lastDate, st.lastDateLine = sentDate, st.lineIdx
	}
}

// dyadic reports whether an event has the actors its type needs: a
// source, but for force, violence and sanctions (a passive names only the
// victim: اعتُقل صحفي); and a target for meetings, support, cooperation,
// aid, promises and criticism, which are always towards someone (a bare
// أشاد بوتين, or an anaphoric اللقاء whose partner the text named before,
// is no event). Appeals, refusals, threats, protests, shows of force and
// violence stand without a target.
func dyadic(e *marsad.Event) bool {
	if e.SourceCode == "" && !local(e.CAMEO) && e.CAMEO != "163" {
		return false
	}
	if e.TargetCode == "" {
		switch e.Type {
		case Consult, Support, Cooperate, Aid, Accuse:
			return false
		case Agree:
			return e.CAMEO == "039" // an offer to mediate
		}
	}
	return true
}

// local reports whether code is an action whose unnamed actors are those
// of the place it happens in: protest (14), coercion by force (17 but not
// 163), violence and fighting (18, 19, 20).
func local(code marsad.CAMEOCode) bool {
	return len(code) >= 2 && (code[:2] == "14" || code[:2] == "17" || code[:2] == "18" || code[:2] == "19" || code[:2] == "20")
}

// claimant returns the slot of the subject of the claim word at token c
// (زعم مسؤولون أمريكيون, ادعت إسرائيل): a slot at most two words after
// it; or -1.
func (st *state) claimant(c int) int {
	if c < 0 {
		return -1
	}
	for k := range st.slots {
		sl := &st.slots[k]
		if sl.ti > c && sl.ti <= c+3 && sl.prep == "" {
			return k
		}
		if sl.ti > c+3 {
			break
		}
	}
	return -1
}

// nestedTarget returns the target of the accused's act p: the accuser
// for a noun with a pronoun right after it (اتهم X Y بقصف مواقعه), else
// the first actor after it in its clause, whatever the preposition (بتقديم دعم للجهود
// الحربية الروسية), of a code other than the accused's; or nil.
func (st *state) nestedTarget(p *pred, accused, accuser []int32) []int32 {
	cl := st.clauses[p.clause]
	// The accuser's own (بقصف مواقعه, باستهداف قواتها): the accuser.
	if i := p.last + 1; i < cl.tj && st.toks[i].slot < 0 && len(accuser) > 0 && possessive(st.toks[i].w) && !overlaps(accuser, accused) {
		return accuser
	}
	for k := range st.slots {
		sl := &st.slots[k]
		if sl.ti <= p.last || sl.ti >= cl.tj || sl.prep == "من" || sl.prep == "من قبل" {
			continue
		}
		for _, e := range sl.ents {
			for _, a := range accused {
				if st.actors[e].code == st.actors[a].code {
					return nil
				}
			}
		}
		return sl.ents
	}
	return nil
}

// nisba reports whether slot k is a relation adjective of its entity's
// name (الإسرائيلي, الروسية, أمريكية): one word ending in ي, ية or a
// plural of them, other than the name itself (مالي is a name).
func (st *state) nisba(k int) bool {
	sl := &st.slots[k]
	if sl.tj-sl.ti != 1 {
		return false
	}
	name := firstWord(st.entNorm[sl.ents[0]])
	for _, g := range st.toks[sl.ti].w.segs {
		if g.Suffix != "" {
			continue
		}
		b := strings.TrimPrefix(g.Base, "ال")
		if b == name || g.Base == name {
			return false
		}
		for _, end := range [...]string{"ي", "يه", "يون", "يين", "يان", "يتان", "يتين", "يات"} {
			if strings.HasSuffix(b, end) && len(b) > len(end)+2 {
				return true
			}
		}
	}
	return false
}

// agentGenitive reports whether the genitive at slot k of a verbal noun is
// its actor: a target follows it, after a preposition or bare (قصف إسرائيل
// لغزة, اعتقال الشرطة لناشطين, اقتحام القوات الإسرائيلية مخيم جنين).
func (st *state) agentGenitive(k, bound int) bool {
	_, n := st.groupAfter(k, bound)
	// A sound plural right after the genitive is the object, the genitive
	// the actor (اعتقال إيران صحفيين, استهداف إسرائيل منشآت).
	if e := st.slots[n-1].tj; e < bound && e < len(st.toks) && st.toks[e].kind == arabic.Word && st.toks[e].slot < 0 && st.toks[e].w.prep == "" {
		w := st.toks[e].norm
		bare := true // no proclitic (بطائرات is a complement)
		for _, g := range st.toks[e].w.segs {
			if g.Prefixes != "" {
				bare = false
			}
		}
		if bare && !strings.HasPrefix(w, "ال") && (strings.HasSuffix(w, "ين") || strings.HasSuffix(w, "ون") || strings.HasSuffix(w, "ات")) && utf8.RuneCountInString(w) >= 5 {
			return true
		}
	}
	if n >= len(st.slots) || st.slots[n].ti >= bound {
		return false
	}
	sl := &st.slots[n]
	gap := 0
	for i := st.slots[n-1].tj; i < sl.ti; i++ {
		if st.toks[i].kind == arabic.Word {
			gap++
		}
	}
	switch {
	case sl.loc || sl.prep == "من" || sl.prep == "من قبل":
		return false
	case sl.prep == "":
		return gap == 0 && !st.nisba(n)
	default:
		return gap <= 1 && targetPreps[sl.prep] && sl.prep != "ب"
	}
}

// placeGenitive reports whether src is a place named by its own name
// right after the lasting state p (حرب أوكرانيا, حرب غزة): the state's
// place, not a party to it, unlike a nisba (الحرب الروسية).
func (st *state) placeGenitive(p *pred, src []int32) bool {
	for k := range st.slots {
		sl := &st.slots[k]
		if sl.ti != p.last+1 {
			continue
		}
		if len(sl.ents) != 1 || sl.ents[0] != src[0] || !st.places[sl.ents[0]] {
			return false
		}
		t := &st.toks[sl.ti]
		name := st.entNorm[sl.ents[0]]
		for _, g := range t.w.segs {
			if g.Base == firstWord(name) {
				return true
			}
		}
		return false
	}
	return false
}

// coAttendants returns the actors named after إلى جانب following the
// attendance verb pi in its sentence, before the next attendance verb
// (حضر بوتين العرض العسكري ...، إلى جانب كيم جونغ أون ورؤساء إيران
// وكوبا); or nil.
func (st *state) coAttendants(pi int) []int32 {
	p := &st.preds[pi]
	end := len(st.toks)
	for q := pi + 1; q < len(st.preds); q++ {
		if st.preds[q].e.code == "043" {
			end = st.preds[q].h
			break
		}
	}
	for k := range st.slots {
		sl := &st.slots[k]
		if sl.ti <= p.last || sl.ti >= end || sl.prep != "جانب" {
			continue
		}
		for i := sl.ti - 1; i > p.last && i >= sl.ti-3; i-- {
			if st.toks[i].norm == "جانب" || st.toks[i].norm == "بجانب" {
				if st.toks[i].norm == "بجانب" || st.toks[i-1].norm == "الي" {
					g, _ := st.groupAfter(k, end)
					return g
				}
				break
			}
		}
	}
	return nil
}

// frontedAdjunct reports whether the sentence opens with an adjunct of
// time or circumstance (خلال, عقب, بعد, قبل, لدى, في ...) closed by a comma.
func (st *state) frontedAdjunct() bool {
	if !(st.has(0, fContextCue) || st.has(0, fTemporal)) && !(st.toks[0].w.prep != "" && st.toks[0].w.flags&fPrepWaw != 0) {
		return false
	}
	end := st.clauses[0].tj
	return end < len(st.toks) && st.toks[end].norm == "،"
}

// forwardSubject returns the subject named right after the first verb
// after predicate pi in the sentence (قال شي), or nil.
func (st *state) forwardSubject(pi int) []int32 {
	for q := pi + 1; q < len(st.preds); q++ {
		o := &st.preds[q]
		if o.e.kind != verb || o.clause == st.preds[pi].clause {
			continue
		}
		for k := range st.slots {
			if sl := &st.slots[k]; sl.ti == o.last+1 && sl.prep == "" {
				return sl.ents
			}
		}
		return nil
	}
	return nil
}

// dated reports whether one of the expressions not in the future has a
// date (الشهر المقبل dates a plan, not a past action beside it).
func dated(exprs []timex.Expression) bool {
	for i := range exprs {
		if exprs[i].Future {
			continue
		}
		if !exprs[i].Date.IsZero() || !exprs[i].Event.IsZero() {
			return true
		}
	}
	return false
}

// pluperfect reports whether predicate p is set before the time of the
// report: كان/كانت (قد), منذ or سبق before it in its clause, or منذ
// opening the sentence (ومنذ ذلك الحين).
func (st *state) pluperfect(p *pred) bool {
	cl := st.clauses[p.clause]
	for i := cl.ti; i < p.h; i++ {
		if st.has(i, fPast) || st.has(i, fBefore) {
			return true
		}
	}
	if cl.ti > 0 && st.has(cl.ti-1, fBefore) {
		return true // منذ أن شنت: أن opens the clause
	}
	for i := range st.toks[:min(2, len(st.toks))] {
		if st.has(i, fBefore) {
			return true // ومنذ ذلك الحين، لجأت موسكو ...
		}
	}
	return false
}

// mobilize reports whether code is a show of force (CAMEO 15).
func mobilize(code marsad.CAMEOCode) bool { return len(code) >= 2 && code[:2] == "15" }

// impliedTarget returns the slot nearest predicate p whose actors all
// have a code other than those of src: before the predicate in its
// clause, with no preposition (the subject or a nisba the sanctions
// weigh on: الاقتصاد الروسي غير خاضع للعقوبات الغربية), else after it in
// its clause; or -1.
func (st *state) impliedTarget(p *pred, src []int32) int {
	other := func(k int) bool {
		sl := &st.slots[k]
		if sl.ti >= p.h && sl.ti <= p.last {
			return false
		}
		for _, e := range sl.ents {
			for _, s := range src {
				if st.actors[e].code == st.actors[s].code || e == s {
					return false
				}
			}
		}
		return true
	}
	cl := st.clauses[p.clause]
	for k := len(st.slots) - 1; k >= 0; k-- {
		if sl := &st.slots[k]; sl.tj <= p.h && sl.ti >= cl.ti && sl.prep == "" && !sl.loc && other(k) {
			return k
		}
	}
	for k := range st.slots {
		if sl := &st.slots[k]; sl.ti > p.last && sl.ti < cl.tj && !sl.loc && other(k) {
			return k
		}
	}
	return -1
}

func protestCode(code marsad.CAMEOCode) bool { return len(code) >= 2 && code[:2] == "14" }

// placeOf returns the entity of the place where predicate p happens: a
// place after في or ب in its clause, else any place of its sentence, or
// -1.
func (st *state) placeOf(p *pred) int32 {
	cl := st.clauses[p.clause]
	any := int32(-1)
	for k := range st.slots {
		sl := &st.slots[k]
		if !sl.loc || sl.region {
			continue
		}
		// A place right after an actor before the predicate in its clause
		// describes the actor (أعلنت جماعة الحوثي في اليمن استهداف
		// سفينة): it is not where the act happens.
		if st.describesActor(k, p) {
			continue
		}
		if sl.loc && sl.ti >= cl.ti && sl.tj <= cl.tj {
			return sl.ents[0]
		}
		if any < 0 {
			any = sl.ents[0]
		}
	}
	return any
}

// pairs returns the (source, target) entity pairs of one predicate, -1
// for a missing side: one event per joint source and target.
func (st *state) pairs(p *pred, src, tgt []int32, placeTgt bool) [][2]int32 {
	out := st.pairBuf[:0]
	defer func() { st.pairBuf = out[:0] }()
	add := func(a, b int32) {
		if a >= 0 && b >= 0 && !placeTgt && (a == b || st.actors[a].id == st.actors[b].id || st.actors[a].code == st.actors[b].code && !st.rivals(p, a, b)) {
			b = -1 // the same actor on both sides: no target
		}
		for _, o := range out {
			if o[0] == a && o[1] == b {
				return
			}
		}
		out = append(out, [2]int32{a, b})
	}
	switch {
	case len(tgt) == 0 && len(src) == 2 && st.reciprocal(p):
		// تبادلت روسيا وأوكرانيا الأسرى, تبادل الطرفان الاتهامات: each
		// acts on the other.
		add(src[0], src[1])
		add(src[1], src[0])
	case len(tgt) == 0 && len(src) >= 2 && cooperative(p.e.typ):
		add(src[0], src[1])
	case len(tgt) == 0 && st.oneSlot(src):
		add(src[0], -1) // a group mention (الزعيمان) acting: its first member
	case len(tgt) == 0:
		for _, a := range src {
			add(a, -1)
		}
	case len(src) == 0:
		for _, b := range tgt {
			add(-1, b)
		}
	default:
		for _, a := range src {
			for _, b := range tgt {
				add(a, b)
			}
		}
	}
	return out
}

// rivals reports whether two entities of one actor code are distinct
// parties to a hostile action: bodies or people of one country that fight,
// arrest or accuse each other (الجيش السوداني وقوات الدعم السريع, الحكومة
// اليمنية والحوثيون), or forces acting on the people of their own place.
func (st *state) rivals(p *pred, a, b int32) bool {
	switch p.e.typ {
	case Assault, Coerce, Accuse, Threaten, Protest, Reject, Sanction:
	default:
		return false
	}
	if p.e.code == "163" {
		return false
	}
	ea, eb := &st.doc.Entities[a], &st.doc.Entities[b]
	if st.places[b] {
		return local(p.e.code) && !st.places[a] // the forces of a place, its people
	}
	return !st.places[a] && ea.Type != eb.Type || ea.Type == marsad.EntityOrganization && eb.Type == marsad.EntityOrganization
}

// reciprocal reports whether verb p is an exchange (تبادل, يتبادلان):
// a joint subject acting each on the other.
func (st *state) reciprocal(p *pred) bool {
	if p.e.kind != verb {
		return false
	}
	for _, g := range st.toks[p.h].w.segs {
		if strings.HasPrefix(g.Base, "تبادل") || strings.HasPrefix(g.Base, "يتبادل") || strings.HasPrefix(g.Base, "تتبادل") {
			return true
		}
	}
	return false
}

// oneSlot reports whether the entities all come from one group mention.
func (st *state) oneSlot(ents []int32) bool {
	if len(ents) < 2 {
		return false
	}
	for k := range st.slots {
		sl := &st.slots[k]
		if len(sl.ents) == len(ents) && sl.ents[0] == ents[0] {
			return true
		}
	}
	return false
}

// reported reports whether evs hold an event of e's type between the same
// two actor codes, in either direction.
func reported(evs []marsad.Event, e *marsad.Event) bool {
	for i := range evs {
		o := &evs[i]
		if o.Type == e.Type && o.TargetCode != "" && (o.SourceCode == e.SourceCode && o.TargetCode == e.TargetCode || o.SourceCode == e.TargetCode && o.TargetCode == e.SourceCode) {
			return true
		}
	}
	return false
}

func dup(evs []marsad.Event, e *marsad.Event) bool {
	for i := range evs {
		o := &evs[i]
		if o.Type == e.Type && o.SourceCode == e.SourceCode && o.TargetCode == e.TargetCode && o.Source == e.Source && o.Target == e.Target && o.EvidenceSpan == e.EvidenceSpan {
			return true
		}
	}
	return false
}

func imperfect(w string) bool {
	return strings.HasPrefix(w, "ي") || strings.HasPrefix(w, "سي") || strings.HasPrefix(w, "ست")
}

// modality reads negation, plans and claims around the predicate.
func (st *state) modality(p *pred, deny, claim int) marsad.Modality {
	if p.future {
		return marsad.Planned
	}
	for i, n := p.h-1, 0; i >= 0 && n < 6; i, n = i-1, n+1 {
		t := &st.toks[i]
		if t.kind == arabic.Punct && t.norm != "\"" {
			break
		}
		if n < 3 && st.has(i, fNeg) {
			return marsad.Negated
		}
		if st.has(i, fPlan) {
			return marsad.Planned
		}
		if st.has(i, fClaim) {
			return marsad.Claimed
		}
	}
	cl := st.clauses[p.clause]
	for i := p.last + 1; i < cl.tj; i++ {
		if st.has(i, fPlan|fFutureAdj) {
			return marsad.Planned
		}
	}
	if deny > p.h && (claim < 0 || p.h > claim) && p.e.code != "016" && p.e.typ != Accuse {
		return marsad.Claimed
	}
	return marsad.Asserted
}

// dateOf returns the date of the expression nearest the predicate in its
// clause, else in its sentence, and whether the context is future.
func (st *state) dateOf(p *pred, exprs []timex.Expression) (d marsad.Date, future, own bool) {
	if len(exprs) == 0 {
		return marsad.Date{}, false, false
	}
	hs := st.toks[p.h].start - st.toks[0].start
	// The clause runs on over a quoted phrase (وقّع اتفاقية شراكة "بلا
	// حدود" في فبراير 2022): quote marks bound clauses for actors, not dates.
	last := p.clause
	for last+1 < len(st.clauses) && st.clauses[last].tj < len(st.toks) && quoteMark(st.toks[st.clauses[last].tj].norm) {
		last++
	}
	cl := st.clauses[p.clause]
	cs, ce := st.toks[cl.ti].start-st.toks[0].start, st.toks[st.clauses[last].tj-1].end-st.toks[0].start
	// An expression in a temporal adjunct right after the clause (، عندما
	// ...; ، قبل أيام من ...) dates it too, after one in the clause.
	as, ae := -1, -1
	if n := last + 1; n < len(st.clauses) && st.has(st.clauses[n].ti, fTemporal) {
		ac := st.clauses[n]
		as, ae = st.toks[ac.ti].start-st.toks[0].start, st.toks[ac.tj-1].end-st.toks[0].start
	}
	best, bestIn, bestD := -1, 0, 1<<30
	for i, x := range exprs {
		if x.Date.IsZero() && x.Event.IsZero() {
			continue
		}
		in := 0
		switch {
		case x.Start >= cs && x.End <= ce:
			in = 2
		case x.Start >= as && x.End <= ae:
			in = 1
		case x.Start > hs:
			continue // another clause's date after the predicate is its own
		case st.clauses[st.clauseOf(st.tokAt(st.toks[0].start+x.Start))].rel:
			continue // so is one of a relative clause before it (بوتين، الذي ... منذ غزوه في فبراير 2022، ...)
		}
		d := x.Start - hs
		if d < 0 {
			d = hs - x.End
		}
		if best < 0 || in > bestIn || (in == bestIn && d < bestD) {
			best, bestIn, bestD = i, in, d
		}
	}
	if best < 0 {
		return marsad.Date{}, false, false
	}
	x := exprs[best]
	if x.Kind == timex.Anniversary && !x.Event.IsZero() {
		pe := st.toks[p.last].end - st.toks[0].start
		if hs >= x.Start && pe <= x.End {
			return x.Event, false, true
		}
	}
	if x.Date.IsZero() {
		return marsad.Date{}, false, false
	}
	return x.Date, x.Future && bestIn == 2, bestIn > 0
}

// during reports whether خلاله, خلالها or خلالهما stands next to
// predicate p (يجري خلالها محادثات, ناقشوا خلاله).
func (st *state) during(p *pred) bool {
	for i := max(p.h-2, 0); i <= min(p.h+1, len(st.toks)-1); i++ {
		if i != p.h && st.has(i, fKhilal) {
			return true
		}
	}
	return false
}

// earlier returns the oldest date of the document's events of p's code
// between the actors of src and tgt (the action a pluperfect names
// again), or zero.
func (st *state) earlier(p *pred, src, tgt []int32) marsad.Date {
	if len(src) != 1 || len(tgt) != 1 {
		return marsad.Date{}
	}
	sc, tc := st.actors[src[0]].code, st.actors[tgt[0]].code
	var d marsad.Date
	for i := range st.doc.Events {
		if o := &st.doc.Events[i]; o.CAMEO == p.e.code && o.SourceCode == sc && o.TargetCode == tc && !o.Date.IsZero() && (d.IsZero() || o.Date.Time.Before(d.Time)) {
			d = o.Date
		}
	}
	return d
}

// maxNewsAge is how long before publication the lead's day may be for
// it to be the day of the news (اليوم, أمس).
const maxNewsAge = 2 * 24 * time.Hour

// newsDay returns the day of the article's news: the lead's first day
// when it falls at most two days before publication, else the reference.
func (st *state) newsDay() marsad.Date {
	if !st.news.IsZero() {
		return st.news
	}
	return st.ref
}

// findDates returns the date expressions of a sentence, resolved against
// the reference. When the publication date is only known as a range too
// wide to be a day, a month named with الماضي or المقبل (سبتمبر الماضي),
// which the month or year of the range cannot place, is resolved against
// the range's first day: the range starts at the newest date the text
// attests, and a report names the months around it.
func (st *state) findDates(stext string) []timex.Expression {
	exprs := timex.Find(stext, st.ref)
	if st.refFrom.IsZero() {
		return exprs
	}
	var alt []timex.Expression
	for i := range exprs {
		x := &exprs[i]
		if x.Kind != timex.Relative || !x.Date.IsZero() || !namedMonth(x.Text) {
			continue
		}
		if alt == nil {
			alt = timex.Find(stext, st.refFrom)
		}
		for _, y := range alt {
			if y.Start == x.Start && y.End == x.End && y.Date.Precision == marsad.PrecisionMonth {
				x.Date = y.Date
			}
		}
	}
	return exprs
}

// namedMonth reports whether a relative expression is a named month
// (سبتمبر الماضي, أغسطس المقبل) rather than a count of days, weeks or
// months (الشهر الماضي, هذا الأسبوع, قبل أيام): it names no such unit.
func namedMonth(s string) bool {
	for _, u := range [...]string{"شهر", "سبوع", "سابيع", "يوم", "أيام", "ايام", "عام", "سنة", "سنه", "أمس", "امس", "غد"} {
		if strings.Contains(s, u) {
			return false
		}
	}
	return true
}

// quoteMark reports whether a punctuation token is a quotation mark.
func quoteMark(s string) bool {
	switch s {
	case "\"", "“", "”", "«", "»":
		return true
	}
	return false
}

// describesActor reports whether the place of slot k stands right after
// an actor, before predicate p in its clause (أعلنت جماعة الحوثي في
// اليمن استهداف سفينة): it describes the actor, not the act.
func (st *state) describesActor(k int, p *pred) bool {
	sl := &st.slots[k]
	return k > 0 && sl.tj <= p.h && st.slots[k-1].tj == sl.ti-1 && !st.slots[k-1].place && st.slots[k-1].ti >= st.clauses[p.clause].ti
}

// location returns the place named after في or ب in the predicate's
// clause (not one describing its actor), else a body of water named in it.
func (st *state) location(p *pred) string {
	cl := st.clauses[p.clause]
	in := func(sl *slot) bool { return sl.ti >= cl.ti && sl.tj <= cl.tj && sl.loc }
	var e *marsad.Entity
	for k := range st.slots {
		if sl := &st.slots[k]; in(sl) && !st.describesActor(k, p) {
			e = &st.doc.Entities[sl.ents[0]]
			break
		}
	}
	for k := 0; e == nil && k < len(st.waters); k++ {
		if sl := &st.waters[k]; in(sl) {
			e = &st.doc.Entities[sl.ents[0]]
		}
	}
	switch {
	case e == nil:
		return ""
	case e.ID != "":
		return string(e.ID)
	}
	return e.Arabic
}

// hasDigitOrWord is a cheap filter before the date finder: a sentence with
// no digit and no month or weekday word has no date. Any Arabic letter
// passes (the finder knows the words), so only empty text is skipped.
func hasDigitOrWord(s string) bool { return strings.TrimSpace(s) != "" }

// lead reports whether the sentence is in the lead: the first two
// sentences of the first paragraph, or the first of the second. A past
// action there with no date of its own is the news of the day.
func (st *state) lead() bool {
	return st.lineIdx <= 1 && st.lineSent <= 1 || st.lineIdx == 2 && st.lineSent == 0
}

// accusative returns the noun b without the alef of its indefinite
// accusative (اعتصاما → اعتصام), or "" when b does not end in one. Words
// of three letters or fewer are left alone (دعا, بدا).
func accusative(b string) string {
	if !strings.HasSuffix(b, "ا") || utf8.RuneCountInString(b) <= 3 || strings.HasSuffix(b, "اا") {
		return ""
	}
	return b[:len(b)-len("ا")]
}

// passiveForm reports whether a past verb is written with the damma of
// the passive on one of its first three letters (قُتل, أُطلق, اعتُقل,
// استُهدف). Imperfect forms are left out: their prefix takes a damma in
// the active too (يُدين).
func passiveForm(raw string) bool {
	letters := 0
	for i, r := range raw {
		switch {
		case r == '\u064F': // damma
			return letters >= 1 && letters <= 3
		case r >= '\u064B' && r <= '\u0652' || r == '\u0640':
			continue // other marks, tatweel
		}
		letters++
		if letters == 1 && (r == 'و' || r == 'ف') && i+len(string(r)) < len(raw) {
			letters = 0 // a conjunction
			continue
		}
		if letters == 1 && (r == 'ي' || r == 'ت' || r == 'ن') {
			return false
		}
		if letters > 3 {
			return false
		}
	}
	return false
}
