package ner

import (
	"fmt"
	"sort"
	"strings"
)

// Score counts entities and gives precision, recall and F1 (0 when
// undefined).
type Score struct {
	Gold, Pred, Correct   int
	Precision, Recall, F1 float64
}

func (s *Score) finish() {
	if s.Pred > 0 {
		s.Precision = float64(s.Correct) / float64(s.Pred)
	}
	if s.Gold > 0 {
		s.Recall = float64(s.Correct) / float64(s.Gold)
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
}

// Scores is the result of Evaluate: the micro-averaged Score over all
// entities and one Score per type found in gold or predicted tags.
type Scores struct {
	Score
	ByType map[Type]Score
}

// String formats the scores as a small table, types in alphabetical order.
func (s Scores) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-6s %6s %6s %6s %6s %6s %6s\n", "type", "P", "R", "F1", "gold", "pred", "ok")
	row := func(name string, x Score) {
		fmt.Fprintf(&b, "%-6s %6.4f %6.4f %6.4f %6d %6d %6d\n", name, x.Precision, x.Recall, x.F1, x.Gold, x.Pred, x.Correct)
	}
	types := make([]string, 0, len(s.ByType))
	for t := range s.ByType {
		types = append(types, string(t))
	}
	sort.Strings(types)
	for _, t := range types {
		row(t, s.ByType[Type(t)])
	}
	row("all", s.Score)
	return b.String()
}

// chunk is an entity span [start, end) of a tag sequence.
type chunk struct {
	start, end int
	typ        Type
}

// chunks returns the entities of a tag sequence as conlleval reads IOB
// tags: B-X opens an entity; I-X continues an open X entity and otherwise
// opens one (an I- without its B-, or after another type); O or anything
// else that is not B-/I- closes it.
func chunks(dst []chunk, tags []Tag) []chunk {
	open := false
	var cur chunk
	for i, t := range tags {
		b, in := t.IsBegin(), t.IsInside()
		typ := t.Type()
		if open && (b || !in || typ != cur.typ) {
			cur.end = i
			dst = append(dst, cur)
			open = false
		}
		if (b || in) && !open {
			cur = chunk{start: i, typ: typ}
			open = true
		}
	}
	if open {
		cur.end = len(tags)
		dst = append(dst, cur)
	}
	return dst
}

// Evaluate scores predicted tags against gold tags, sentence by sentence,
// the way conlleval does: an entity counts as correct only when its span
// and type both match exactly. A predicted sentence shorter than its gold
// one is read as O for the missing tokens; extra sentences or tokens on
// either side are scored as they are.
func Evaluate(gold, pred [][]Tag) Scores {
	s := Scores{ByType: map[Type]Score{}}
	var gc, pc []chunk
	var padded []Tag
	n := max(len(gold), len(pred))
	for i := 0; i < n; i++ {
		var g, p []Tag
		if i < len(gold) {
			g = gold[i]
		}
		if i < len(pred) {
			p = pred[i]
		}
		if len(p) < len(g) {
			padded = append(padded[:0], p...)
			for len(padded) < len(g) {
				padded = append(padded, O)
			}
			p = padded
		}
		gc = chunks(gc[:0], g)
		pc = chunks(pc[:0], p)
		for _, c := range gc {
			x := s.ByType[c.typ]
			x.Gold++
			s.ByType[c.typ] = x
		}
		for _, c := range pc {
			x := s.ByType[c.typ]
			x.Pred++
			s.ByType[c.typ] = x
		}
		// Both chunk lists are ordered by start and do not overlap.
		j := 0
		for _, c := range pc {
			for j < len(gc) && gc[j].start < c.start {
				j++
			}
			if j < len(gc) && gc[j] == c {
				x := s.ByType[c.typ]
				x.Correct++
				s.ByType[c.typ] = x
			}
		}
	}
	for t, x := range s.ByType {
		s.Gold += x.Gold
		s.Pred += x.Pred
		s.Correct += x.Correct
		x.finish()
		s.ByType[t] = x
	}
	s.finish()
	return s
}

// SplitTail cuts sentences into a head and the last 1/parts of the tokens
// (at a sentence boundary), the way the ANERcorp test part was cut from
// the corpus: for holding out a development set.
func SplitTail(sents []Sentence, parts int) (head, tail []Sentence) {
	total := 0
	for _, s := range sents {
		total += len(s.Tokens)
	}
	cut := total - total/parts
	n := 0
	for i, s := range sents {
		if n >= cut {
			return sents[:i], sents[i:]
		}
		n += len(s.Tokens)
	}
	return sents, nil
}

// EvaluateModel tags the tokens of gold sentences with m, together as one
// text (Model.TagSentences), and scores the result with Evaluate.
func EvaluateModel(m *Model, gold []Sentence) Scores {
	g := make([][]Tag, len(gold))
	toks := make([][]string, len(gold))
	for i, s := range gold {
		g[i], toks[i] = s.Tags, s.Tokens
	}
	return Evaluate(g, m.TagSentences(toks))
}
