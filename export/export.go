// Package export writes analysed documents as the analysis records of the
// gold format (../shared/gold/FORMAT.md): one JSON object per document, then
// one {"story": ...} object per story.
package export

import (
	"bufio"
	"encoding/json"
	"io"
	"time"

	"github.com/marsad-project/marsad"
)

// Record is one document in the record format. The fields of FORMAT.md come
// first; the rest (spans, kinds, source) are additions a scorer ignores.
type Record struct {
	ID             string   `json:"id"`
	Title          *string  `json:"title"`
	Published      *string  `json:"published"`
	PublishedRange []string `json:"published_range"`
	Boilerplate    []string `json:"boilerplate"`
	Entities       []Entity `json:"entities"`
	Events         []Event  `json:"events"`
	Quotes         []Quote  `json:"quotes"`
	Figures        []Figure `json:"figures"`
	Outlet         string   `json:"outlet,omitempty"`
	URL            string   `json:"url,omitempty"`
	Dateline       string   `json:"dateline,omitempty"`
	PublishedFrom  string   `json:"published_source,omitempty"`
	BoilerKinds    []string `json:"boilerplate_kinds,omitempty"`
}

// Entity is an entity in the record format.
type Entity struct {
	ID       *string          `json:"id"`
	Name     string           `json:"name"`
	Arabic   string           `json:"arabic"`
	Type     string           `json:"type"`
	Code     *string          `json:"code"`
	Mentions []marsad.Mention `json:"mentions,omitempty"`
}

// Event is an event in the record format.
type Event struct {
	Source       *string     `json:"source"`
	SourceCode   *string     `json:"source_code"`
	Type         string      `json:"type"`
	CAMEO        *string     `json:"cameo"`
	Target       *string     `json:"target"`
	TargetCode   *string     `json:"target_code"`
	Date         *string     `json:"date"`
	Location     *string     `json:"location"`
	Modality     string      `json:"modality"`
	Evidence     string      `json:"evidence"`
	EvidenceSpan marsad.Span `json:"evidence_span"`
}

// Quote is a quotation in the record format.
type Quote struct {
	Speaker     *string     `json:"speaker"`
	SpeakerCode *string     `json:"speaker_code"`
	Text        string      `json:"text"`
	Span        marsad.Span `json:"span"`
}

// Figure is a quantity in the record format.
type Figure struct {
	Value        float64     `json:"value"`
	Unit         string      `json:"unit"`
	Qualifier    string      `json:"qualifier"`
	Subject      string      `json:"subject"`
	Period       *string     `json:"period"`
	Evidence     string      `json:"evidence"`
	EvidenceSpan marsad.Span `json:"evidence_span"`
}

// Story is a group of documents that report the same real-world event.
type Story struct {
	Label     string   `json:"label"`
	Documents []string `json:"documents"`
}

// StoryLine is the JSON Lines form of a story.
type StoryLine struct {
	Story Story `json:"story"`
}

func strp(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// NewRecord converts an analysed document to its record.
func NewRecord(d *marsad.Document) Record {
	r := Record{
		ID:          d.ID(),
		Title:       strp(d.Title),
		Boilerplate: make([]string, 0, len(d.Boilerplate)),
		Entities:    make([]Entity, 0, len(d.Entities)),
		Events:      make([]Event, 0, len(d.Events)),
		Quotes:      make([]Quote, 0, len(d.Quotes)),
		Figures:     make([]Figure, 0, len(d.Figures)),
		Outlet:      d.Article.Outlet,
		URL:         d.Article.URL,
		Dateline:    d.Dateline,
	}
	r.PublishedFrom = string(d.PublishedSource)
	if !d.Published.IsZero() {
		r.Published = strp(d.Published.Time.Format(time.DateOnly))
	} else if d.PublishedRange != nil {
		r.PublishedRange = []string{d.PublishedRange.From.Format(time.DateOnly), d.PublishedRange.To.Format(time.DateOnly)}
	}
	for _, l := range d.Boilerplate {
		r.Boilerplate = append(r.Boilerplate, l.Text)
		r.BoilerKinds = append(r.BoilerKinds, string(l.Kind))
	}
	for _, e := range d.Entities {
		r.Entities = append(r.Entities, Entity{
			ID: strp(string(e.ID)), Name: e.Name, Arabic: e.Arabic, Type: string(e.Type),
			Code: strp(string(e.Code)), Mentions: e.Mentions,
		})
	}
	for _, e := range d.Events {
		ev := Event{
			Source: strp(e.Source), SourceCode: strp(string(e.SourceCode)), Type: string(e.Type),
			CAMEO: strp(string(e.CAMEO)), Target: strp(e.Target), TargetCode: strp(string(e.TargetCode)),
			Date: strp(e.Date.String()), Location: strp(e.Location), Modality: string(e.Modality),
			Evidence: e.Evidence, EvidenceSpan: e.EvidenceSpan,
		}
		r.Events = append(r.Events, ev)
	}
	for _, q := range d.Quotes {
		r.Quotes = append(r.Quotes, Quote{Speaker: strp(q.Speaker), SpeakerCode: strp(string(q.SpeakerCode)), Text: q.Text, Span: q.Span})
	}
	for _, f := range d.Figures {
		r.Figures = append(r.Figures, Figure{
			Value: f.Value, Unit: f.Unit, Qualifier: string(f.Qualifier), Subject: f.Subject,
			Period: strp(f.Period), Evidence: f.Evidence, EvidenceSpan: f.EvidenceSpan,
		})
	}
	return r
}

// Writer writes records as JSON Lines.
type Writer struct {
	w   *bufio.Writer
	enc *json.Encoder
}

// NewWriter returns a Writer that writes to w. Call Flush when done.
func NewWriter(w io.Writer) *Writer {
	bw := bufio.NewWriterSize(w, 64<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &Writer{w: bw, enc: enc}
}

// WriteDocument writes the record of d as one line.
func (w *Writer) WriteDocument(d *marsad.Document) error {
	return w.enc.Encode(NewRecord(d))
}

// WriteStory writes one {"story": ...} line.
func (w *Writer) WriteStory(s Story) error {
	return w.enc.Encode(StoryLine{Story: s})
}

// Flush writes any buffered data.
func (w *Writer) Flush() error { return w.w.Flush() }
