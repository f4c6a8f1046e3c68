package sqlite

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"math"
	"time"

	"github.com/marsad-project/marsad"
)

// The stored encodings of a document, in documents.enc (migration 004).
//
// A document's text is most of its JSON, and its body lines, mentions,
// evidence and quotes repeat pieces of it, so that the whole document as
// JSON is about twice its text, and decoding it (encoding/json reads
// every byte of every string, and every field by reflection) is most of
// the cost of reading a document. The lean encoding keeps the text in its
// own column, read as it is, and the rest of the document in a compact
// binary record, without the strings that are the text under their own
// span (lines, mentions, evidence, quotes, the title); reading it back
// cuts those strings out of the text again, so that they share its
// memory.
const (
	// encLegacy: data is the whole document as JSON, text is NULL; the
	// rows written before migration 004, until Open rewrites them.
	encLegacy = 0
	// encLean: data is appendLean's, text is Article.Text.
	encLean = 1
	// encFull: data is the whole document as JSON, text is NULL: a
	// document that the lean encoding cannot hold (a time that
	// time.Time.AppendBinary refuses), or a legacy row that does not
	// decode.
	encFull = 2
)

// leanVersion is the first byte of a lean record.
const leanVersion = 1

// encodeDocument returns the stored encoding of doc: its kind, data, and
// text (nil unless lean). doc is not modified.
func encodeDocument(doc *marsad.Document) (enc int, data []byte, text any, err error) {
	if data, ok := appendLean(nil, doc); ok {
		return encLean, data, doc.Article.Text, nil
	}
	data, err = json.Marshal(doc)
	return encFull, data, nil, err
}

// decodeDocument decodes a document stored with the encoding enc. data
// is not retained.
func decodeDocument(enc int, data []byte, text string) (*marsad.Document, error) {
	if enc == encLean {
		return decodeLean(data, text)
	}
	doc := new(marsad.Document)
	if err := json.Unmarshal(data, doc); err != nil {
		return nil, err
	}
	return doc, nil
}

// appendLean appends the lean record of doc (without Article.Text), or
// reports false when the lean encoding cannot hold doc. Every field of
// marsad.Document and of the types in it is written, in order
// (TestLean_CoversDocument holds the list to the types):
//
//	version byte
//	Article: ID, URL, Outlet, Title, Published, Source, Format
//	Hash, Title?, TitleSpan, Dateline?, DatelineSpan
//	Body, Boilerplate: count, then each line: Text?, Span, Kind
//	Sentences: count, then each span
//	Published: time, precision; PublishedRange: 0 (nil) or 1, From, To
//	PublishedSource
//	Entities: count, then ID, Name, Arabic, Type, Code, Role, Mentions:
//	  count, then each mention: Text?, Span
//	Events: count, then Source, SourceCode, Type, CAMEO, Target,
//	  TargetCode, Date (time, precision), Location, Modality, Evidence?,
//	  EvidenceSpan
//	Quotes: count, then Speaker, SpeakerCode, Text?, Span
//	Figures: count, then Value (float bits), Unit, Qualifier, Subject,
//	  Period, Evidence?, EvidenceSpan
//	Analyzed
//
// A string is its length and bytes; a string marked ? is 0 when it is the
// text under its span (and not empty), else its length+1 and bytes; a span
// is two signed varints; a count is the length+1, 0 for a nil slice; a
// time is its length and AppendBinary bytes.
func appendLean(b []byte, doc *marsad.Document) ([]byte, bool) {
	a := &doc.Article
	w := leanWriter{b: append(b, leanVersion), text: a.Text}
	w.str(a.ID)
	w.str(a.URL)
	w.str(a.Outlet)
	w.str(a.Title)
	w.time(a.Published)
	w.str(a.Source)
	w.str(string(a.Format))
	w.str(doc.Hash)
	w.under(doc.Title, doc.TitleSpan)
	w.span(doc.TitleSpan)
	w.under(doc.Dateline, doc.DatelineSpan)
	w.span(doc.DatelineSpan)
	for _, ls := range [][]marsad.Line{doc.Body, doc.Boilerplate} {
		w.count(ls == nil, len(ls))
		for _, l := range ls {
			w.under(l.Text, l.Span)
			w.span(l.Span)
			w.str(string(l.Kind))
		}
	}
	w.count(doc.Sentences == nil, len(doc.Sentences))
	for _, sp := range doc.Sentences {
		w.span(sp)
	}
	w.time(doc.Published.Time)
	w.uint(uint64(doc.Published.Precision))
	if r := doc.PublishedRange; r == nil {
		w.uint(0)
	} else {
		w.uint(1)
		w.time(r.From)
		w.time(r.To)
	}
	w.str(string(doc.PublishedSource))
	w.count(doc.Entities == nil, len(doc.Entities))
	for i := range doc.Entities {
		e := &doc.Entities[i]
		w.str(string(e.ID))
		w.str(e.Name)
		w.str(e.Arabic)
		w.str(string(e.Type))
		w.str(string(e.Code))
		w.str(e.Role)
		w.count(e.Mentions == nil, len(e.Mentions))
		for _, m := range e.Mentions {
			w.under(m.Text, m.Span)
			w.span(m.Span)
		}
	}
	w.count(doc.Events == nil, len(doc.Events))
	for i := range doc.Events {
		e := &doc.Events[i]
		w.str(e.Source)
		w.str(string(e.SourceCode))
		w.str(string(e.Type))
		w.str(string(e.CAMEO))
		w.str(e.Target)
		w.str(string(e.TargetCode))
		w.time(e.Date.Time)
		w.uint(uint64(e.Date.Precision))
		w.str(e.Location)
		w.str(string(e.Modality))
		w.under(e.Evidence, e.EvidenceSpan)
		w.span(e.EvidenceSpan)
	}
	w.count(doc.Quotes == nil, len(doc.Quotes))
	for _, q := range doc.Quotes {
		w.str(q.Speaker)
		w.str(string(q.SpeakerCode))
		w.under(q.Text, q.Span)
		w.span(q.Span)
	}
	w.count(doc.Figures == nil, len(doc.Figures))
	for i := range doc.Figures {
		f := &doc.Figures[i]
		w.b = binary.LittleEndian.AppendUint64(w.b, math.Float64bits(f.Value))
		w.str(f.Unit)
		w.str(string(f.Qualifier))
		w.str(f.Subject)
		w.str(f.Period)
		w.under(f.Evidence, f.EvidenceSpan)
		w.span(f.EvidenceSpan)
	}
	w.time(doc.Analyzed)
	return w.b, !w.failed
}

// leanWriter appends the parts of a lean record.
type leanWriter struct {
	b      []byte
	text   string
	failed bool
}

func (w *leanWriter) uint(v uint64) { w.b = binary.AppendUvarint(w.b, v) }

func (w *leanWriter) str(s string) {
	w.uint(uint64(len(s)))
	w.b = append(w.b, s...)
}

// under writes s, or 0 when s is the text under sp.
func (w *leanWriter) under(s string, sp marsad.Span) {
	if s != "" && sp.In(len(w.text)) && w.text[sp.Start:sp.End] == s {
		w.uint(0)
		return
	}
	w.uint(uint64(len(s)) + 1)
	w.b = append(w.b, s...)
}

func (w *leanWriter) span(sp marsad.Span) {
	w.b = binary.AppendVarint(w.b, int64(sp.Start))
	w.b = binary.AppendVarint(w.b, int64(sp.End))
}

// count writes a slice's length+1, or 0 for nil.
func (w *leanWriter) count(isNil bool, n int) {
	if isNil {
		w.uint(0)
	} else {
		w.uint(uint64(n) + 1)
	}
}

func (w *leanWriter) time(t time.Time) {
	var buf [16]byte
	tb, err := t.AppendBinary(buf[:0])
	if err != nil {
		w.failed = true
		return
	}
	w.uint(uint64(len(tb)))
	w.b = append(w.b, tb...)
}

// errLean is the error of a lean record that does not decode.
var errLean = errors.New("malformed lean document record")

// leanReader reads the parts of a lean record; after the first error
// every read returns the zero value and err is set.
type leanReader struct {
	b    []byte
	text string
	err  error
}

func (r *leanReader) fail() { r.err, r.b = errLean, nil }

func (r *leanReader) uint() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *leanReader) int() int {
	v, n := binary.Varint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return int(v)
}

func (r *leanReader) bytes(n uint64) []byte {
	if n > uint64(len(r.b)) {
		r.fail()
		return nil
	}
	p := r.b[:n]
	r.b = r.b[n:]
	return p
}

func (r *leanReader) float() float64 {
	if p := r.bytes(8); r.err == nil {
		return math.Float64frombits(binary.LittleEndian.Uint64(p))
	}
	return 0
}

func (r *leanReader) str() string {
	n := r.uint()
	if n == 0 {
		return ""
	}
	return string(r.bytes(n))
}

// under reads a string written by leanWriter.under: elided when it is the
// text under its span, which comes after it in the record (see cut).
func (r *leanReader) under() (elided bool, s string) {
	n := r.uint()
	if n == 0 {
		return true, ""
	}
	return false, string(r.bytes(n - 1))
}

// underSpan reads a string written by leanWriter.under and its span.
func (r *leanReader) underSpan() (string, marsad.Span) {
	elided, s := r.under()
	sp := r.span()
	if elided {
		s = r.cut(sp)
	}
	return s, sp
}

func (r *leanReader) date() marsad.Date {
	return marsad.Date{Time: r.time(), Precision: marsad.Precision(r.uint())}
}

// cut returns the text under sp, for an elided string.
func (r *leanReader) cut(sp marsad.Span) string {
	if !sp.In(len(r.text)) {
		r.fail()
		return ""
	}
	return r.text[sp.Start:sp.End]
}

func (r *leanReader) span() marsad.Span {
	return marsad.Span{Start: r.int(), End: r.int()}
}

// count reads a slice length written by leanWriter.count; nil is -1.
func (r *leanReader) count() int {
	n := r.uint()
	if n > uint64(len(r.b))+1 { // every element takes a byte at least
		r.fail()
		return -1
	}
	return int(n) - 1
}

func (r *leanReader) time() time.Time {
	var t time.Time
	if p := r.bytes(r.uint()); r.err == nil {
		if err := t.UnmarshalBinary(p); err != nil {
			r.fail()
		}
	}
	return t
}

func (r *leanReader) lines() []marsad.Line {
	n := r.count()
	if n < 0 {
		return nil
	}
	ls := make([]marsad.Line, n)
	for i := range ls {
		ls[i].Text, ls[i].Span = r.underSpan()
		ls[i].Kind = marsad.BoilerplateKind(r.str())
	}
	return ls
}

// decodeLean decodes a lean record with its text.
func decodeLean(data []byte, text string) (*marsad.Document, error) {
	if len(data) == 0 || data[0] != leanVersion {
		return nil, errLean
	}
	r := leanReader{b: data[1:], text: text}
	doc := new(marsad.Document)
	a := &doc.Article
	a.ID = r.str()
	a.URL = r.str()
	a.Outlet = r.str()
	a.Title = r.str()
	a.Published = r.time()
	a.Source = r.str()
	a.Format = marsad.Format(r.str())
	a.Text = text
	doc.Hash = r.str()
	doc.Title, doc.TitleSpan = r.underSpan()
	doc.Dateline, doc.DatelineSpan = r.underSpan()
	doc.Body = r.lines()
	doc.Boilerplate = r.lines()
	if n := r.count(); n >= 0 {
		doc.Sentences = make([]marsad.Span, n)
		for i := range doc.Sentences {
			doc.Sentences[i] = r.span()
		}
	}
	doc.Published = r.date()
	if r.uint() == 1 {
		doc.PublishedRange = &marsad.DateRange{From: r.time(), To: r.time()}
	}
	doc.PublishedSource = marsad.DateSource(r.str())
	if n := r.count(); n >= 0 {
		doc.Entities = make([]marsad.Entity, n)
		for i := range doc.Entities {
			e := &doc.Entities[i]
			e.ID = marsad.QID(r.str())
			e.Name = r.str()
			e.Arabic = r.str()
			e.Type = marsad.EntityType(r.str())
			e.Code = marsad.ActorCode(r.str())
			e.Role = r.str()
			if m := r.count(); m >= 0 {
				e.Mentions = make([]marsad.Mention, m)
				for j := range e.Mentions {
					e.Mentions[j].Text, e.Mentions[j].Span = r.underSpan()
				}
			}
		}
	}
	if n := r.count(); n >= 0 {
		doc.Events = make([]marsad.Event, n)
		for i := range doc.Events {
			e := &doc.Events[i]
			e.Source = r.str()
			e.SourceCode = marsad.ActorCode(r.str())
			e.Type = marsad.PLOVERType(r.str())
			e.CAMEO = marsad.CAMEOCode(r.str())
			e.Target = r.str()
			e.TargetCode = marsad.ActorCode(r.str())
			e.Date = r.date()
			e.Location = r.str()
			e.Modality = marsad.Modality(r.str())
			e.Evidence, e.EvidenceSpan = r.underSpan()
		}
	}
	if n := r.count(); n >= 0 {
		doc.Quotes = make([]marsad.Quote, n)
		for i := range doc.Quotes {
			q := &doc.Quotes[i]
			q.Speaker = r.str()
			q.SpeakerCode = marsad.ActorCode(r.str())
			q.Text, q.Span = r.underSpan()
		}
	}
	if n := r.count(); n >= 0 {
		doc.Figures = make([]marsad.Figure, n)
		for i := range doc.Figures {
			f := &doc.Figures[i]
			f.Value = r.float()
			f.Unit = r.str()
			f.Qualifier = marsad.Qualifier(r.str())
			f.Subject = r.str()
			f.Period = r.str()
			f.Evidence, f.EvidenceSpan = r.underSpan()
		}
	}
	doc.Analyzed = r.time()
	if r.err != nil {
		return nil, r.err
	}
	if len(r.b) != 0 {
		return nil, errLean
	}
	return doc, nil
}
