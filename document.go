package marsad

import "time"

// BoilerplateKind says why a line was taken out of an article's body.
type BoilerplateKind string

// The kinds of boilerplate the cleaner recognises.
const (
	BoilerPromo     BoilerplateKind = "promo"     // a site's call to read, watch, follow or subscribe
	BoilerHashtags  BoilerplateKind = "hashtags"  // a line of hashtags, or ending in them
	BoilerTeaser    BoilerplateKind = "teaser"    // the headline of another story ("شاهد أيضا: ...")
	BoilerWidget    BoilerplateKind = "widget"    // reading time, share buttons, font size
	BoilerCaption   BoilerplateKind = "caption"   // a photo caption, or its repeat
	BoilerCredit    BoilerplateKind = "credit"    // a photo or video credit ("via REUTERS")
	BoilerLabel     BoilerplateKind = "label"     // a category or related-stories label
	BoilerUnrelated BoilerplateKind = "unrelated" // a blurb of another story appended to the page
	BoilerRepeated  BoilerplateKind = "repeated"  // a line the outlet prints on many pages
)

// Line is a line of an article's text with its place in the text.
type Line struct {
	Text string          `json:"text"`
	Span Span            `json:"span"`
	Kind BoilerplateKind `json:"kind,omitempty"`
}

// DateSource says where a document's publication date came from.
type DateSource string

// Where a publication date can come from.
const (
	DateFromMetadata DateSource = "metadata" // the source's own metadata
	DateFromFlag     DateSource = "flag"     // given by the user (--published)
	DateFromText     DateSource = "text"     // a full date written in the text
	DateFromInferred DateSource = "inferred" // a range inferred from the events the text mentions
)

// Document is an article and everything marsad found in it. Stages fill it
// in order; each one reads what the earlier ones wrote.
type Document struct {
	Article Article `json:"article"`
	Hash    string  `json:"hash"` // Article.Hash plus the analyser version

	Title        string `json:"title,omitempty"` // the headline as it appears in the text
	TitleSpan    Span   `json:"title_span"`
	Dateline     string `json:"dateline,omitempty"` // "موسكو -رويترز"
	DatelineSpan Span   `json:"dateline_span"`
	Body         []Line `json:"body"`        // the article's own paragraphs, in order
	Boilerplate  []Line `json:"boilerplate"` // lines taken out of the body, with their kind
	Sentences    []Span `json:"sentences,omitempty"`

	Published       Date       `json:"published"` // zero when only a range is known
	PublishedRange  *DateRange `json:"published_range,omitempty"`
	PublishedSource DateSource `json:"published_source,omitempty"`

	Entities []Entity `json:"entities"`
	Events   []Event  `json:"events"`
	Quotes   []Quote  `json:"quotes"`
	Figures  []Figure `json:"figures"`

	Analyzed time.Time `json:"analyzed,omitzero"`
}

// ID returns the document's stable id.
func (d *Document) ID() string { return d.Article.ID }

// Text returns the original text that every span points into.
func (d *Document) Text() string { return d.Article.Text }

// BodyText returns the body paragraphs joined by newlines.
func (d *Document) BodyText() string {
	n := 0
	for _, l := range d.Body {
		n += len(l.Text) + 1
	}
	b := make([]byte, 0, n)
	for i, l := range d.Body {
		if i > 0 {
			b = append(b, '\n')
		}
		b = append(b, l.Text...)
	}
	return string(b)
}
