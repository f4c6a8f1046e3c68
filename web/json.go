package web

import (
	"time"

	"github.com/marsad-project/marsad"
)

// The JSON of the API, written from the marsad types. Dates are strings
// (YYYY-MM-DD, YYYY-MM or YYYY after their precision); spans are byte
// offsets into the document's text.

// documentSummary is a document in a list.
type documentSummary struct {
	ID        string `json:"id"`
	URL       string `json:"url,omitempty"`
	Outlet    string `json:"outlet,omitempty"`
	Title     string `json:"title"`
	Published string `json:"published,omitempty"`
	Dateline  string `json:"dateline,omitempty"`
	Entities  int    `json:"entities"`
	Events    int    `json:"events"`
}

func summarize(d *marsad.Document) documentSummary {
	return documentSummary{
		ID: d.ID(), URL: d.Article.URL, Outlet: d.Article.Outlet, Title: docTitle(d),
		Published: docDate(d).String(), Dateline: d.Dateline,
		Entities: len(d.Entities), Events: len(d.Events),
	}
}

// docTitle returns the headline found in the text, else the metadata title.
func docTitle(d *marsad.Document) string {
	if d.Title != "" {
		return d.Title
	}
	return d.Article.Title
}

// docDate returns the document's publication date, else the day of the
// metadata time, else the zero Date.
func docDate(d *marsad.Document) marsad.Date {
	if !d.Published.IsZero() {
		return d.Published
	}
	if !d.Article.Published.IsZero() {
		return marsad.DayDate(d.Article.Published)
	}
	return marsad.Date{}
}

// documentJSON is a document with its analysis.
type documentJSON struct {
	ID              string          `json:"id"`
	URL             string          `json:"url,omitempty"`
	Outlet          string          `json:"outlet,omitempty"`
	MetaTitle       string          `json:"meta_title,omitempty"`
	Text            string          `json:"text"`
	Hash            string          `json:"hash,omitempty"`
	Title           string          `json:"title"`
	TitleSpan       marsad.Span     `json:"title_span"`
	Dateline        string          `json:"dateline,omitempty"`
	DatelineSpan    marsad.Span     `json:"dateline_span"`
	Published       string          `json:"published,omitempty"`
	PublishedRange  []string        `json:"published_range,omitempty"`
	PublishedSource string          `json:"published_source,omitempty"`
	Body            []marsad.Line   `json:"body"`
	Boilerplate     []marsad.Line   `json:"boilerplate"`
	Entities        []marsad.Entity `json:"entities"`
	Events          []eventJSON     `json:"events"`
	Quotes          []marsad.Quote  `json:"quotes"`
	Figures         []marsad.Figure `json:"figures"`
	Analyzed        string          `json:"analyzed,omitempty"`
}

func documentOf(d *marsad.Document) documentJSON {
	j := documentJSON{
		ID: d.ID(), URL: d.Article.URL, Outlet: d.Article.Outlet, MetaTitle: d.Article.Title,
		Text: d.Article.Text, Hash: d.Hash,
		Title: docTitle(d), TitleSpan: d.TitleSpan, Dateline: d.Dateline, DatelineSpan: d.DatelineSpan,
		Published: docDate(d).String(), PublishedSource: string(d.PublishedSource),
		Body: nonNil(d.Body), Boilerplate: nonNil(d.Boilerplate),
		Entities: nonNil(d.Entities), Events: make([]eventJSON, 0, len(d.Events)),
		Quotes: nonNil(d.Quotes), Figures: nonNil(d.Figures),
	}
	if d.PublishedRange != nil {
		j.PublishedRange = []string{d.PublishedRange.From.Format(time.DateOnly), d.PublishedRange.To.Format(time.DateOnly)}
	}
	if !d.Analyzed.IsZero() {
		j.Analyzed = d.Analyzed.UTC().Format(time.RFC3339)
	}
	for _, e := range d.Events {
		j.Events = append(j.Events, eventOf(d, e))
	}
	return j
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// eventJSON is an event, with the document that reports it and its tone.
type eventJSON struct {
	Document     string      `json:"document"`
	Source       string      `json:"source,omitempty"`
	SourceCode   string      `json:"source_code,omitempty"`
	Type         string      `json:"type"`
	CAMEO        string      `json:"cameo,omitempty"`
	Target       string      `json:"target,omitempty"`
	TargetCode   string      `json:"target_code,omitempty"`
	Date         string      `json:"date,omitempty"`
	Location     string      `json:"location,omitempty"`
	Modality     string      `json:"modality"`
	Goldstein    float64     `json:"goldstein"`
	Evidence     string      `json:"evidence"`
	EvidenceSpan marsad.Span `json:"evidence_span"`
}

func eventOf(d *marsad.Document, e marsad.Event) eventJSON {
	return eventJSON{
		Document: d.ID(), Source: e.Source, SourceCode: string(e.SourceCode), Type: string(e.Type),
		CAMEO: string(e.CAMEO), Target: e.Target, TargetCode: string(e.TargetCode),
		Date: eventDate(d, e).String(), Location: e.Location, Modality: string(e.Modality),
		Goldstein: Goldstein(e), Evidence: e.Evidence, EvidenceSpan: e.EvidenceSpan,
	}
}

// eventDate returns the event's date, else its document's.
func eventDate(d *marsad.Document, e marsad.Event) marsad.Date {
	if !e.Date.IsZero() {
		return e.Date
	}
	return docDate(d)
}
