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
func TagCoNLL(m *Model, r io.Reader, w io.Writer) error {
	br := bufio.NewReaderSize(r, 64<<10)
	bw := bufio.NewWriterSize(w, 64<<10)
	var toks []string
	var tags []Tag
	flush := func() {
		tags = m.AppendTags(tags[:0], toks)
		for i, tok := range toks {
			bw.WriteString(tok)
			bw.WriteByte(' ')
			bw.WriteString(string(tags[i]))
			bw.WriteByte('\n')
		}
		toks = toks[:0]
	}
	for n := 1; ; n++ {
		line, err := br.ReadString('\n')
		if len(line) > 0 {
			body := strings.TrimRight(line, "\r\n")
			if body == "" {
				flush()
				bw.WriteByte('\n')
			} else {
				tok, _, _ := splitLine(body)
				// Keep the token on one output line whatever it holds.
				if strings.ContainsAny(tok, "\r\n") {
					tok = strings.NewReplacer("\r", " ", "\n", " ").Replace(tok)
				}
				toks = append(toks, tok)
				if endsSentence(tok) || len(toks) >= maxSentence {
					flush()
				}
			}
		}
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return fmt.Errorf("tag conll line %d: %w", n, err)
		}
	}
	flush()
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("tag conll: %w", err)
	}
	return nil
}

// maxSentence bounds the tokens tagged at once when a file has no
// sentence breaks; the model's context is two tokens either side, so a
// longer run changes little.
const maxSentence = 2000
