package marsad

import (
	"crypto/sha256"
	"encoding/hex"
	"time"
)

// Span is a half-open range [Start, End) of byte offsets into the original
// text of an article.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len reports the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// In reports whether the span lies inside a text of n bytes.
func (s Span) In(n int) bool { return 0 <= s.Start && s.Start <= s.End && s.End <= n }

// Format names the kind of source an article was read from.
type Format string

// The formats a reader produces.
const (
	FormatText  Format = "text"
	FormatHTML  Format = "html"
	FormatJSONL Format = "jsonl"
	FormatFeed  Format = "feed"
)

// Article is a report as read from its source, before analysis. Text is the
// article's text exactly as read (converted to UTF-8); every Span of the
// analysis points into it.
type Article struct {
	ID        string    `json:"id"`
	URL       string    `json:"url,omitempty"`
	Outlet    string    `json:"outlet,omitempty"`
	Title     string    `json:"title,omitempty"`    // from metadata; empty when the source gives none
	Published time.Time `json:"published,omitzero"` // from metadata; zero when unknown
	Text      string    `json:"text"`
	Source    string    `json:"source,omitempty"` // where it was read: a path, a URL, path:line
	Format    Format    `json:"format,omitempty"`
}

// Hash returns a stable digest of everything that makes up the article's
// content. Two reads of the same content give the same hash; Source is not
// part of it, so the same record read from two places is the same article.
func (a *Article) Hash() string {
	h := sha256.New()
	for _, s := range []string{a.ID, a.URL, a.Outlet, a.Title, a.Text, string(a.Format)} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	if !a.Published.IsZero() {
		h.Write([]byte(a.Published.UTC().Format(time.RFC3339)))
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}
