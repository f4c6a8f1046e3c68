package ingest

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"strconv"
	"strings"

	marsad "github.com/marsad-project/marsad"
)

// record is one JSON Lines object.
type record struct {
	ID        json.RawMessage `json:"id"`
	URL       string          `json:"url"`
	Outlet    string          `json:"outlet"`
	Title     string          `json:"title"`
	Published string          `json:"published"`
	Text      *string         `json:"text"`
	HTML      *string         `json:"html"`
}

// ReadJSONL yields the articles of a JSON Lines stream, one object a line
// with the fields id (string or number), url, outlet, title, published
// (YYYY-MM-DD, RFC 3339 or RFC 1123) and text or html. An html record goes
// through ReadHTML; the record's own fields win over the page's metadata.
// The ID is the record's id, else URLID of its url, else "ID(name):N".
// Source is "name:N". Blank lines are skipped; a bad line, or one longer
// than opt.MaxSize, yields an *InputError "name:N: reason" and reading goes
// on. A read error or the context's end stops it after yielding the error.
func ReadJSONL(ctx context.Context, name string, r io.Reader, opt Options) iter.Seq2[*marsad.Article, error] {
	opt = opt.withDefaults()
	return func(yield func(*marsad.Article, error) bool) {
		br := bufio.NewReaderSize(r, 64<<10)
		var line []byte
		for n := 1; ; n++ {
			if err := ctx.Err(); err != nil {
				yield(nil, &InputError{Input: name, Err: err})
				return
			}
			var tooLong bool
			var err error
			line, tooLong, err = readLine(br, line[:0], opt.MaxSize)
			if len(line) == 0 && !tooLong && err == io.EOF {
				return
			}
			input := name + ":" + strconv.Itoa(n)
			switch {
			case tooLong:
				if !yield(nil, &InputError{Input: input, Err: fmt.Errorf("%w: line longer than the limit of %d bytes", ErrTooLarge, opt.MaxSize)}) {
					return
				}
			case err != nil && err != io.EOF:
				yield(nil, &InputError{Input: input, Err: err})
				return
			case len(bytes.TrimSpace(line)) > 0:
				a, rerr := readRecord(name, n, line)
				if rerr != nil {
					a = nil
					rerr = inputErr(input, rerr)
				}
				if !yield(a, rerr) {
					return
				}
			}
			if err == io.EOF {
				return
			}
		}
	}
}

// readLine appends the next line (without its end) to buf. A line longer
// than max is consumed and reported with tooLong, not stored.
func readLine(br *bufio.Reader, buf []byte, max int64) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if int64(len(buf)+len(chunk)) > max+1 { // +1: the '\n'
				tooLong, buf = true, buf[:0]
			} else {
				buf = append(buf, chunk...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		buf = bytes.TrimSuffix(buf, []byte("\n"))
		buf = bytes.TrimSuffix(buf, []byte("\r"))
		return buf, tooLong, err
	}
}

// readRecord turns one JSON object into an article; n is its line number.
func readRecord(name string, n int, line []byte) (*marsad.Article, error) {
	line = bytes.TrimPrefix(line, []byte("\xef\xbb\xbf"))
	var rec record
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.UseNumber()
	if err := dec.Decode(&rec); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrSyntax, jsonReason(err))
	}
	if dec.More() {
		return nil, fmt.Errorf("%w: more than one JSON value on the line", ErrSyntax)
	}
	return recordArticle(name, n, &rec)
}

func jsonReason(err error) string {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return fmt.Sprintf("field %q: want %s, got JSON %s", te.Field, te.Type, te.Value)
	}
	return err.Error()
}

func recordArticle(name string, n int, rec *record) (*marsad.Article, error) {
	source := name + ":" + strconv.Itoa(n)
	id, err := recordID(rec.ID)
	if err != nil {
		return nil, err
	}
	var a *marsad.Article
	switch {
	case rec.Text != nil && strings.TrimSpace(*rec.Text) != "":
		text, err := finish(*rec.Text)
		if err != nil {
			return nil, fmt.Errorf("text: %w", err)
		}
		a = &marsad.Article{Text: text, Format: marsad.FormatJSONL}
	case rec.HTML != nil && strings.TrimSpace(*rec.HTML) != "":
		page, err := readHTML(source, []byte(*rec.HTML), rec.URL)
		if err != nil {
			return nil, fmt.Errorf("html: %w", err)
		}
		a = page
		a.Format = marsad.FormatJSONL
	case rec.Text != nil || rec.HTML != nil:
		return nil, fmt.Errorf("%w: text is empty", ErrEmpty)
	default:
		return nil, fmt.Errorf("%w: record has neither text nor html", ErrEmpty)
	}
	a.Source = source
	if rec.URL != "" {
		a.URL = strings.TrimSpace(rec.URL)
	}
	if rec.Outlet != "" {
		a.Outlet = oneLine(rec.Outlet)
	}
	if rec.Title != "" {
		a.Title = oneLine(rec.Title)
	}
	if rec.Published != "" {
		t, err := ParseDate(rec.Published)
		if err != nil {
			return nil, fmt.Errorf("published: %w", err)
		}
		a.Published = t
	}
	switch {
	case id != "":
		a.ID = id
	case a.URL != "":
		a.ID = URLID(a.URL)
	default:
		a.ID = ID(name) + ":" + strconv.Itoa(n)
	}
	return a, nil
}

// recordID reads an id given as a JSON string or number.
func recordID(raw json.RawMessage) (string, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	switch raw[0] {
	case '"':
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return "", fmt.Errorf("%w: id: %v", ErrSyntax, err)
		}
		return strings.TrimSpace(s), nil
	case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return string(raw), nil
	}
	return "", fmt.Errorf("%w: id must be a string or a number, got %.20s", ErrSyntax, raw)
}

// readJSON reads a .json file: one object, one array of objects, or JSON
// Lines. Records of an array are numbered by the line they start on.
func readJSON(ctx context.Context, name string, data []byte, opt Options) iter.Seq2[*marsad.Article, error] {
	trimmed := bytes.TrimSpace(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")))
	if len(trimmed) == 0 || !json.Valid(trimmed) || (trimmed[0] != '[' && trimmed[0] != '{') {
		return ReadJSONL(ctx, name, bytes.NewReader(data), opt)
	}
	return func(yield func(*marsad.Article, error) bool) {
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.UseNumber()
		off := int64(0)
		lineAt := func(off int64) int {
			// skip white space and separators before the value
			for off < int64(len(data)) && strings.IndexByte(" \t\r\n,[\xef\xbb\xbf", data[off]) >= 0 {
				off++
			}
			return 1 + bytes.Count(data[:off], []byte("\n"))
		}
		if trimmed[0] == '[' {
			if _, err := dec.Token(); err != nil {
				yield(nil, &InputError{Input: name, Err: fmt.Errorf("%w: %v", ErrSyntax, err)})
				return
			}
			off = dec.InputOffset()
		}
		for trimmed[0] == '{' || dec.More() {
			if err := ctx.Err(); err != nil {
				yield(nil, &InputError{Input: name, Err: err})
				return
			}
			n := lineAt(off)
			var rec record
			var a *marsad.Article
			err := dec.Decode(&rec)
			if err != nil {
				err = fmt.Errorf("%w: %v", ErrSyntax, jsonReason(err))
			} else {
				a, err = recordArticle(name, n, &rec)
			}
			if err != nil {
				a, err = nil, inputErr(name+":"+strconv.Itoa(n), err)
			}
			if !yield(a, err) || trimmed[0] == '{' {
				return
			}
			off = dec.InputOffset()
		}
	}
}
