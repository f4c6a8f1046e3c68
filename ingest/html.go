package ingest

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/markusmobius/go-trafilatura"
	marsad "github.com/marsad-project/marsad"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxDepth bounds the element nesting handed to the HTML parser and the
// extractor, whose work grows with depth; deeper elements are flattened:
// their tags are dropped and their text kept.
const maxDepth = 256

// ReadHTML reads a web page: Text is its main content (found by
// go-trafilatura), one paragraph per line; Title, Published and Outlet come
// from the page's metadata (og:title, <title>; article:published_time,
// JSON-LD datePublished, <time datetime>; og:site_name, else the URL's
// host). pageURL, when not empty, is the page's address: it gives the ID
// (URLID) and URL; otherwise the ID is the base name of name and the URL
// the page's canonical link, if any. A page without main content fails
// with ErrNoContent. Errors are *InputError naming name.
func ReadHTML(name string, data []byte, pageURL string) (*marsad.Article, error) {
	a, err := readHTML(name, data, pageURL)
	if err != nil {
		return nil, inputErr(name, err)
	}
	return a, nil
}

func readHTML(name string, data []byte, pageURL string) (a *marsad.Article, err error) {
	src, err := Decode(data)
	if err != nil {
		return nil, err
	}
	meta := scanHTML(src)
	if meta.depth > maxDepth {
		src = flatten(src)
	}
	opts := trafilatura.Options{
		ExcludeComments: true,
		HtmlDateMode:    trafilatura.Disabled,
	}
	if meta.published.IsZero() {
		opts.HtmlDateMode = trafilatura.Fast
	}
	var base *url.URL
	if pageURL != "" {
		if u, err := url.Parse(pageURL); err == nil && u.IsAbs() {
			base = u
			opts.OriginalURL = u
		}
	}
	res, err := extract(src, opts)
	if err != nil {
		return nil, err
	}
	text := ""
	if res.ContentNode != nil {
		text = paragraphs(res.ContentNode)
	}
	if text == "" || strings.Contains(oneLine(res.Metadata.Title), text) {
		// The baseline extractor falls back on the <title>: no body text.
		return nil, ErrNoContent
	}
	a = &marsad.Article{
		ID:        ID(name),
		URL:       res.Metadata.URL,
		Title:     oneLine(res.Metadata.Title),
		Outlet:    oneLine(res.Metadata.Sitename),
		Published: meta.published,
		Text:      text,
		Source:    name,
		Format:    marsad.FormatHTML,
	}
	if base != nil {
		a.URL = base.String()
		a.ID = URLID(a.URL)
	}
	if a.Published.IsZero() && !res.Metadata.Date.IsZero() {
		a.Published = res.Metadata.Date
	}
	if a.Outlet == "" {
		if u, err := url.Parse(a.URL); err == nil && u.Host != "" {
			a.Outlet = strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
		}
	}
	return a, nil
}

// extract runs trafilatura, turning a panic inside it into an error.
func extract(src string, opts trafilatura.Options) (res *trafilatura.ExtractResult, err error) {
	defer func() {
		if r := recover(); r != nil {
			res, err = nil, fmt.Errorf("html extractor panicked: %v", r)
		}
	}()
	// Parse here rather than with trafilatura.Extract: src is already
	// UTF-8, and its charset detection costs more than the extraction.
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return nil, fmt.Errorf("parse html: %w", err)
	}
	res, err = trafilatura.ExtractDocument(doc, opts)
	if err != nil {
		if strings.Contains(err.Error(), "not long enough") {
			return nil, ErrNoContent
		}
		return nil, fmt.Errorf("extract main content: %w", err)
	}
	return res, nil
}

// pageMeta is what one tokenizer pass learns about a page.
type pageMeta struct {
	depth     int // maximum element nesting
	published time.Time
}

// dateMeta names the <meta> properties, names and itemprops that carry a
// page's publication date, by preference (lower is better).
var dateMeta = map[string]int{
	"article:published_time":       0,
	"datepublished":                1,
	"og:published_time":            2,
	"article:published":            2,
	"publish-date":                 3,
	"publish_date":                 3,
	"publishdate":                  3,
	"pubdate":                      3,
	"publication_date":             3,
	"parsely-pub-date":             3,
	"sailthru.date":                4,
	"dc.date.issued":               4,
	"dcterms.created":              4,
	"dc.date":                      5,
	"date":                         6,
	"article.published":            3,
	"cxenseparse:recs:publishtime": 4,
}

// voidElements have no end tag.
var voidElements = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true,
	atom.Hr: true, atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true,
	atom.Param: true, atom.Source: true, atom.Track: true, atom.Wbr: true, atom.Keygen: true,
}

// nester tracks element nesting roughly as a parser would: end tags close
// the nearest open element of their name, and p, li, td… close a sibling.
type nester struct {
	stack []atom.Atom
	over  int // start tags dropped beyond maxDepth, not yet closed
}

// start reports whether a start tag is kept (within maxDepth).
func (n *nester) start(a atom.Atom, selfClosing bool) bool {
	if voidElements[a] || selfClosing {
		return n.over == 0
	}
	if k := len(n.stack); k > 0 {
		top := n.stack[k-1]
		switch a {
		case atom.P, atom.Li, atom.Dt, atom.Dd, atom.Option, atom.Tr:
			if top == a {
				n.stack = n.stack[:k-1]
			}
		case atom.Td, atom.Th:
			if top == atom.Td || top == atom.Th {
				n.stack = n.stack[:k-1]
			}
		}
	}
	if len(n.stack) >= maxDepth+1 || n.over > 0 {
		n.over++
		return false
	}
	n.stack = append(n.stack, a)
	return true
}

// end reports whether an end tag is kept.
func (n *nester) end(a atom.Atom) bool {
	if n.over > 0 {
		n.over--
		return false
	}
	for i := len(n.stack) - 1; i >= 0; i-- {
		if n.stack[i] == a {
			n.stack = n.stack[:i]
			return true
		}
	}
	return true
}

// scanHTML makes one tokenizer pass over a page for its nesting depth and
// publication date.
func scanHTML(src string) pageMeta {
	var m pageMeta
	best := 1 << 30
	timeSeen := false
	var n nester
	z := html.NewTokenizer(strings.NewReader(src))
	inLD := false
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return m
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			a := atom.Lookup(name)
			n.start(a, tt == html.SelfClosingTagToken)
			if d := len(n.stack) + n.over; d > m.depth {
				m.depth = d
			}
			if !hasAttr {
				inLD = false
				continue
			}
			switch a {
			case atom.Meta:
				key, content := "", ""
				for {
					k, v, more := z.TagAttr()
					switch string(k) {
					case "property", "name", "itemprop", "http-equiv":
						lv := strings.ToLower(string(v))
						if r, ok := dateMeta[lv]; ok && (key == "" || r < dateMeta[key]) {
							key = lv
						}
					case "content":
						content = string(v)
					}
					if !more {
						break
					}
				}
				if rank, ok := dateMeta[key]; ok && rank < best && content != "" {
					if t, err := ParseDate(content); err == nil {
						best, m.published = rank, t
					}
				}
			case atom.Time:
				var dt string
				pub := false
				for {
					k, v, more := z.TagAttr()
					switch string(k) {
					case "datetime":
						dt = string(v)
					case "itemprop":
						pub = strings.EqualFold(string(v), "datePublished")
					case "pubdate":
						pub = true
					}
					if !more {
						break
					}
				}
				rank := 8
				if pub {
					rank = 1
				}
				if dt != "" && rank < best && (!timeSeen || pub) {
					timeSeen = true
					if t, err := ParseDate(dt); err == nil {
						best, m.published = rank, t
					}
				}
			case atom.Script:
				inLD = false
				for {
					k, v, more := z.TagAttr()
					if string(k) == "type" && strings.EqualFold(strings.TrimSpace(string(v)), "application/ld+json") {
						inLD = true
					}
					if !more {
						break
					}
				}
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			n.end(atom.Lookup(name))
			inLD = false
		case html.TextToken:
			if inLD && best > 1 {
				if t, ok := ldDate(z.Text()); ok {
					best, m.published = 1, t
				}
			}
		}
	}
}

// ldDate finds "datePublished": "…" in JSON-LD text.
func ldDate(b []byte) (time.Time, bool) {
	const key = `"datePublished"`
	i := bytes.Index(b, []byte(key))
	if i < 0 {
		return time.Time{}, false
	}
	rest := bytes.TrimLeft(b[i+len(key):], " \t\r\n")
	if len(rest) == 0 || rest[0] != ':' {
		return time.Time{}, false
	}
	rest = bytes.TrimLeft(rest[1:], " \t\r\n")
	if len(rest) == 0 || rest[0] != '"' {
		return time.Time{}, false
	}
	end := bytes.IndexByte(rest[1:], '"')
	if end < 0 {
		return time.Time{}, false
	}
	t, err := ParseDate(string(rest[1 : 1+end]))
	return t, err == nil
}

// flatten rewrites a page whose elements nest deeper than maxDepth,
// dropping the tags beyond that depth and keeping their text.
func flatten(src string) string {
	var b strings.Builder
	b.Grow(len(src))
	var n nester
	z := html.NewTokenizer(strings.NewReader(src))
	for {
		tt := z.Next()
		keep := true
		switch tt {
		case html.ErrorToken:
			return b.String()
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			keep = n.start(atom.Lookup(name), tt == html.SelfClosingTagToken)
		case html.EndTagToken:
			name, _ := z.TagName()
			keep = n.end(atom.Lookup(name))
		}
		if keep {
			b.Write(z.Raw())
		}
	}
}

// blockTags end a paragraph of extracted text: trafilatura's own output
// tags (head, item, quote, lb…) and their HTML counterparts.
var blockTags = map[string]bool{
	"p": true, "div": true, "head": true, "h1": true, "h2": true, "h3": true,
	"h4": true, "h5": true, "h6": true, "item": true, "li": true, "list": true,
	"ul": true, "ol": true, "quote": true, "blockquote": true, "lb": true,
	"br": true, "row": true, "tr": true, "table": true, "pre": true, "code": true,
	"section": true, "article": true, "dd": true, "dt": true, "figcaption": true,
	"hr": true, "cell": true, "td": true, "th": true,
}

// paragraphs renders a node's text one paragraph per line, white space in
// each collapsed, empty paragraphs dropped.
func paragraphs(root *html.Node) string {
	var out, para strings.Builder
	flush := func() {
		p := strings.Join(strings.Fields(para.String()), " ")
		para.Reset()
		if p == "" {
			return
		}
		if out.Len() > 0 {
			out.WriteByte('\n')
		}
		out.WriteString(p)
	}
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		switch n.Type {
		case html.TextNode:
			para.WriteString(n.Data)
			return
		case html.ElementNode:
			switch n.Data {
			case "script", "style", "noscript", "template":
				return
			case "td", "th", "cell":
				para.WriteByte(' ')
			}
		}
		block := n.Type == html.ElementNode && blockTags[n.Data]
		if block {
			flush()
		}
		if depth < 4*maxDepth {
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c, depth+1)
			}
		}
		if block {
			flush()
		}
	}
	walk(root, 0)
	flush()
	return out.String()
}

// oneLine collapses white space, line breaks included.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\t\r\n\v\f  ") {
		return strings.TrimSpace(s)
	}
	return strings.Join(strings.Fields(s), " ")
}

// stripHTML renders an HTML fragment (a feed item's content) as paragraphs.
func stripHTML(fragment string) (string, error) {
	if !strings.ContainsAny(fragment, "<&") {
		return normalizeParagraphs(fragment), nil
	}
	if d := scanHTML(fragment).depth; d > maxDepth {
		fragment = flatten(fragment)
	}
	ctx := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	nodes, err := html.ParseFragment(strings.NewReader(fragment), ctx)
	if err != nil {
		return "", err
	}
	for _, n := range nodes {
		ctx.AppendChild(n)
	}
	return paragraphs(ctx), nil
}

// normalizeParagraphs collapses white space within lines of plain text and
// drops blank lines.
func normalizeParagraphs(s string) string {
	var out strings.Builder
	for line := range strings.Lines(s) {
		p := strings.Join(strings.Fields(line), " ")
		if p == "" {
			continue
		}
		if out.Len() > 0 {
			out.WriteByte('\n')
		}
		out.WriteString(p)
	}
	return out.String()
}
