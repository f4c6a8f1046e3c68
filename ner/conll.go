package ner

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Sentence is a run of tokens with their tags, as read from a CoNLL file.
// Tags is nil when the file has no tag column.
type Sentence struct {
	Tokens []string
	Tags   []Tag
}

// splitLine splits a CoNLL line into its token and the tag column, if the
// text after the last space or tab reads as a tag. A token may contain
// spaces (ANERcorp has a few), so only the last column is taken as the tag;
// a line without a tag-like last column is all token.
func splitLine(line string) (tok string, tag Tag, hasTag bool) {
	line = strings.TrimRight(line, "\r\n")
	i := strings.LastIndexAny(line, " \t")
	if i < 0 {
		return line, O, false
	}
	if t, ok := ParseTag(line[i+1:]); ok {
		return strings.TrimRight(line[:i], " \t"), t, true
	}
	return line, O, false
}

// isBlank reports whether a line holds only white space.
func isBlank(line string) bool { return strings.TrimSpace(line) == "" }

// endsSentence reports whether a token closes a sentence in the ANERcorp
// convention, where the corpus has no blank lines.
func endsSentence(tok string) bool { return tok == "." }

// ReadCoNLL reads a CoNLL file of one token a line, optionally followed by
// its tag after a space or tab. Sentences end at blank lines and after a
// "." token (ANERcorp has no blank lines). Tags are read with ParseTag; a
// line whose last column is not a tag is read as a token tagged O. Empty
// sentences are dropped. The error is the reader's, with the line number.
func ReadCoNLL(r io.Reader) ([]Sentence, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	var out []Sentence
	var cur Sentence
	flush := func() {
		if len(cur.Tokens) > 0 {
			out = append(out, cur)
		}
		cur = Sentence{}
	}
	for n := 1; ; n++ {
		line, err := br.ReadString('\n')
		if len(line) > 0 {
			if isBlank(line) && !strings.ContainsAny(strings.TrimRight(line, "\r\n"), " \t") {
				flush()
			} else {
				tok, tag, _ := splitLine(line)
				cur.Tokens = append(cur.Tokens, tok)
				cur.Tags = append(cur.Tags, tag)
				if endsSentence(tok) {
					flush()
				}
			}
		}
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("read conll line %d: %w", n, err)
		}
	}
	flush()
	return out, nil
}

// WriteCoNLL writes one "token TAG" line per token. tokens and tags must
// have the same length.
func WriteCoNLL(w io.Writer, tokens []string, tags []Tag) error {
	if len(tokens) != len(tags) {
		return fmt.Errorf("write conll: %d tokens but %d tags", len(tokens), len(tags))
	}
	bw := bufio.NewWriter(w)
	for i, tok := range tokens {
		bw.WriteString(tok)
		bw.WriteByte(' ')
		bw.WriteString(string(tags[i]))
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write conll: %w", err)
	}
	return nil
}

// TagCoNLL tags a CoNLL file with m and writes "token TAG" lines to w: one
// output line for each input line, in order, with blank input lines kept
// blank. A second column in the input (a gold tag) is ignored. Sentences
// end at blank lines and after "." tokens, as in ReadCoNLL; a line of only
// spaces or tabs is an empty token, as in ANERcorp's " O" lines.
//
// The sentences of a file are one text, as the training corpus was
// (Model.TagSentences), up to a -DOCSTART- line, which starts another. The
// file is read in blocks of sentences, each tagged with the DocWindow
// sentences either side that the model reads, so that the tags are those
// of the whole text tagged at once while the memory held stays bounded.
func TagCoNLL(m *Model, r io.Reader, w io.Writer) error {
	br := bufio.NewReaderSize(r, 64<<10)
	bw := bufio.NewWriterSize(w, 64<<10)
	ct := conllTagger{m: m, w: bw, window: max(m.info.DocWindow, 0), block: conllBlock}
	for n := 1; ; n++ {
		line, err := br.ReadString('\n')
		if len(line) > 0 {
			ct.line(strings.TrimRight(line, "\r\n"))
		}
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return fmt.Errorf("tag conll line %d: %w", n, err)
		}
	}
	ct.endSentence()
	ct.flush(len(ct.sents))
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("tag conll: %w", err)
	}
	return nil
}

// conllBlock is the number of sentences TagCoNLL writes a block.
var conllBlock = 256

// conllTagger holds the sentences of TagCoNLL not yet written, after the
// written ones it keeps as their context.
type conllTagger struct {
	m      *Model
	w      *bufio.Writer
	window int // sentences of context either side (TrainOptions.DocWindow)
	block  int

	sents []conllSentence
	done  int      // sents[:done] are written, kept as context
	cur   []string // the sentence being read
}

type conllSentence struct {
	toks   []string
	blanks int // blank lines after it
}

// line takes one input line, without its line end.
func (ct *conllTagger) line(body string) {
	if body == "" {
		ct.endSentence()
		if len(ct.sents) > ct.done {
			ct.sents[len(ct.sents)-1].blanks++
		} else {
			ct.w.WriteByte('\n')
		}
		return
	}
	tok, _, _ := splitLine(body)
	// Keep the token on one output line whatever it holds.
	if strings.ContainsAny(tok, "\r\n") {
		tok = strings.NewReplacer("\r", " ", "\n", " ").Replace(tok)
	}
	if strings.HasPrefix(tok, docStart) {
		ct.endSentence()
		ct.flush(len(ct.sents))
		ct.sents, ct.done = ct.sents[:0], 0
		ct.w.WriteString(tok)
		ct.w.WriteString(" O\n")
		return
	}
	ct.cur = append(ct.cur, tok)
	if endsSentence(tok) || len(ct.cur) >= maxSentence {
		ct.endSentence()
	}
}

// docStart opens the line that starts a document in CoNLL files
// ("-DOCSTART- -X- O O" in CoNLL 2003).
const docStart = "-DOCSTART-"

// endSentence closes the sentence being read, and writes a block when the
// sentences pending reach one and its context after it.
func (ct *conllTagger) endSentence() {
	if len(ct.cur) == 0 {
		return
	}
	ct.sents = append(ct.sents, conllSentence{toks: ct.cur})
	ct.cur = nil
	if len(ct.sents)-ct.done >= ct.block+ct.window {
		ct.flush(ct.done + ct.block)
		// Keep the context of the next block only.
		keep := max(ct.done-ct.window, 0)
		ct.sents = append(ct.sents[:0], ct.sents[keep:]...)
		ct.done -= keep
	}
}

// flush tags the pending sentences up to end with their context and
// writes them.
func (ct *conllTagger) flush(end int) {
	if end <= ct.done {
		return
	}
	hi := min(end+ct.window, len(ct.sents))
	toks := make([][]string, hi)
	for i := range toks {
		toks[i] = ct.sents[i].toks
	}
	tags := ct.m.TagSentences(toks)
	for i := ct.done; i < end; i++ {
		for k, tok := range ct.sents[i].toks {
			ct.w.WriteString(tok)
			ct.w.WriteByte(' ')
			ct.w.WriteString(string(tags[i][k]))
			ct.w.WriteByte('\n')
		}
		for range ct.sents[i].blanks {
			ct.w.WriteByte('\n')
		}
	}
	ct.done = end
}

// maxSentence bounds the tokens tagged at once when a file has no
// sentence breaks; the model's context is two tokens either side, so a
// longer run changes little.
const maxSentence = 2000
