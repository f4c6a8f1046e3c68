package web

import (
	"strings"
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
	Story           string          `json:"story,omitempty"` // the id of the stored story the document is in
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
	// SourceName and TargetName are the sides' names for the pages: see
	// actorName.
	SourceName string `json:"-"`
	TargetName string `json:"-"`
}

func eventOf(d *marsad.Document, e marsad.Event) eventJSON {
	return eventJSON{
		Document: d.ID(), Source: e.Source, SourceCode: string(e.SourceCode), Type: string(e.Type),
		CAMEO: string(e.CAMEO), Target: e.Target, TargetCode: string(e.TargetCode),
		Date: eventDate(d, e).String(), Location: e.Location, Modality: string(e.Modality),
		Goldstein: Goldstein(e), Evidence: e.Evidence, EvidenceSpan: e.EvidenceSpan,
		SourceName: actorName(d, e.Source, e.SourceCode), TargetName: actorName(d, e.Target, e.TargetCode),
	}
}

// actorName returns the name to show for an event side of d, given as a
// QID or an Arabic name and a code: the Arabic name of the document's
// entity with that QID; a name that is neither a QID nor the code again as
// it is; else the
// Arabic name of the document's entity that the code stands for (see
// codeEntity); else, when there is no code to show, the side as given.
func actorName(d *marsad.Document, name string, code marsad.ActorCode) string {
	if name != "" && !strings.EqualFold(name, string(code)) {
		if isQID(name) {
			for i := range d.Entities {
				if e := &d.Entities[i]; string(e.ID) == name {
					return cmpOr(e.Arabic, e.Name)
				}
			}
		} else {
			return name
		}
	}
	if e := codeEntity(d.Entities, string(code)); e != nil {
		return cmpOr(e.Arabic, e.Name)
	}
	if code == "" || strings.EqualFold(name, string(code)) {
		return name
	}
	return ""
}

// isQID reports whether s is a Wikidata item id: Q and digits.
func isQID(s string) bool {
	if len(s) < 2 || s[0] != 'Q' {
		return false
	}
	for i := 1; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// codeEntity returns the entity of es that the actor code stands for: a
// COUNTRY with that code, else an ORGANIZATION or LOCATION with it (NATO,
// the West), else nil. People and cities carry their country's code but
// do not stand for it.
func codeEntity(es []marsad.Entity, code string) *marsad.Entity {
	if code == "" {
		return nil
	}
	var other *marsad.Entity
	for i := range es {
		e := &es[i]
		if !strings.EqualFold(string(e.Code), code) {
			continue
		}
		switch e.Type {
		case marsad.EntityCountry:
			return e
		case marsad.EntityOrganization, marsad.EntityLocation:
			if other == nil {
				other = e
			}
		}
	}
	return other
}

// eventDate returns the event's date, else its document's.
func eventDate(d *marsad.Document, e marsad.Event) marsad.Date {
	if !e.Date.IsZero() {
		return e.Date
	}
	return docDate(d)
}
