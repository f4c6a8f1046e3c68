package web

import (
	"bytes"
	"cmp"
	"embed"
	"html/template"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/marsad-project/marsad"
)

//go:embed ui
var uiFS embed.FS

//go:embed ui/openapi.json
var openAPI []byte

// pageNames are the templates under ui/templates, each parsed with
// layout.html.
var pageNames = []string{"home", "search", "document", "entities", "entity", "stories", "story", "dyad", "ingest", "error"}

var funcs = template.FuncMap{
	"num":          func(n int) string { return strconv.Itoa(n) },
	"kindAr":       kindArabic,
	"typeAr":       typeArabic,
	"toneOf":       tone,
	"fmtNum":       formatFloat,
	"percent":      func(a, b int) int { return a * 100 / max(1, b) },
	"count":        Count,
	"modalityAr":   modalityArabic,
	"ploverAr":     ploverArabic,
	"roleAr":       roleArabic,
	"dateSourceAr": dateSourceArabic,
	"figure":       FigureText,
	"unitAr":       unitArabic,
	"actor":        newActorView,
}

// actorView is an event side on a page: its name and its code, the name
// left out when it is only the code again.
type actorView struct{ Name, Code string }

func newActorView(name, code string) actorView {
	if strings.EqualFold(name, code) {
		name = ""
	}
	return actorView{name, code}
}

// mustParseTemplates parses the embedded templates, one set per page with
// the layout. They are part of the binary, so an error is a bug that every
// test catches.
func mustParseTemplates() map[string]*template.Template {
	root := template.Must(template.New("").Funcs(funcs).ParseFS(uiFS, "ui/templates/layout.html"))
	sets := make(map[string]*template.Template, len(pageNames))
	for _, n := range pageNames {
		sets[n] = template.Must(template.Must(root.Clone()).ParseFS(uiFS, "ui/templates/"+n+".html"))
	}
	return sets
}

// page is the data every page gets: its title and its content.
type page struct {
	Title string
	Query string // the search box
	Data  any
}

// render writes the page name with status. It renders into a buffer first,
// so a template error gives a clean 500 rather than half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name string, p page) {
	var buf bytes.Buffer
	if err := s.pages[name].ExecuteTemplate(&buf, "layout.html", p); err != nil {
		s.logInternal(r, err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	_, _ = buf.WriteTo(w)
}

// pageError renders err as an Arabic error page with its status.
func (s *Server) pageError(w http.ResponseWriter, r *http.Request, err error) {
	s.logInternal(r, err)
	st := statusOf(err)
	_, msg := publicError(err)
	title := map[int]string{
		400: "طلب غير صالح", 401: "غير مصرح", 403: "ممنوع", 404: "غير موجود", 405: "طريقة غير مسموحة",
		413: "الطلب كبير جدا", 415: "نوع غير مدعوم", 501: "غير متاح",
	}[st]
	if title == "" {
		title = "خطأ داخلي"
	}
	s.render(w, r, st, "error", page{Title: title, Data: struct {
		Status  int
		Message string
	}{st, msg}})
}

// latest returns the n most recently published documents.
func (s *Server) latest(r *http.Request, n int) ([]documentSummary, error) {
	var out []documentSummary
	err := s.scan(r.Context(), marsad.DocumentFilter{}, func(d *marsad.Document) bool {
		out = append(out, summarize(d))
		return true
	})
	slices.SortStableFunc(out, func(a, b documentSummary) int {
		return cmp.Or(cmp.Compare(b.Published, a.Published), cmp.Compare(a.ID, b.ID))
	})
	return out[:min(n, len(out))], err
}

func (s *Server) pageHome(w http.ResponseWriter, r *http.Request) {
	count, err := s.Store.CountDocuments(r.Context())
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	docs, err := s.latest(r, 20)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "home", page{Data: struct {
		Count     int
		Documents []documentSummary
	}{count, docs}})
}

// hitView is a search hit with its snippet highlighted.
type hitView struct {
	marsad.SearchHit
	HTML template.HTML
}

func (s *Server) pageSearch(w http.ResponseWriter, r *http.Request) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	data := struct {
		Query      string
		Hits       []hitView
		Offset     int
		NextOffset int
		PrevOffset int
	}{Query: q}
	if q != "" {
		res, err := s.search(r, 20)
		if err != nil {
			s.pageError(w, r, err)
			return
		}
		for _, h := range res.Hits {
			ms := make([]Mark, len(h.Highlights))
			for i, sp := range h.Highlights {
				ms[i] = Mark{Span: sp, Class: "match"}
			}
			data.Hits = append(data.Hits, hitView{h, Highlight(h.Snippet, ms)})
		}
		data.Offset, data.NextOffset = res.Offset, res.NextOffset
		data.PrevOffset = max(0, res.Offset-20)
	}
	title := "البحث"
	if q != "" {
		title = "البحث: " + q
	}
	s.render(w, r, http.StatusOK, "search", page{Title: title, Query: q, Data: data})
}

// lineView is a line of a document as HTML.
type lineView struct {
	HTML template.HTML
	Kind marsad.BoilerplateKind
}

// documentView is the data of the document page.
type documentView struct {
	Doc         documentSummary
	Article     marsad.Article
	Dateline    string
	Body        []lineView
	Boilerplate []lineView
	Entities    []entityRef
	Events      []eventJSON
	Quotes      []quoteView
	Figures     []marsad.Figure
	Range       []string
	Source      string
	Story       string // the id of its stored story, "" when none
}

// quoteView is a quote with its speaker's name: the Arabic name of the
// document's entity whose QID the speaker is, else the speaker as given.
type quoteView struct {
	marsad.Quote
	SpeakerName string
}

// entityRef is an entity of a document with its page's id.
type entityRef struct {
	marsad.Entity
	Key string
}

// docMarks returns the marks of a document's annotations, in offsets of
// its text: entity mentions, quotes, figures and event evidence.
func docMarks(d *marsad.Document) []Mark {
	var ms []Mark
	for _, e := range d.Events {
		t := ploverArabic(string(e.Type))
		if e.Source != "" || e.Target != "" || e.SourceCode != "" || e.TargetCode != "" {
			t += " · من " + cmpOr(actorName(d, e.Source, e.SourceCode), string(e.SourceCode), "؟") +
				" إلى " + cmpOr(actorName(d, e.Target, e.TargetCode), string(e.TargetCode), "؟")
		}
		ms = append(ms, Mark{Span: e.EvidenceSpan, Class: "event", Title: t})
	}
	for _, q := range d.Quotes {
		ms = append(ms, Mark{Span: q.Span, Class: "quote", Title: "اقتباس: " + cmpOr(actorName(d, q.Speaker, q.SpeakerCode), q.Speaker, "؟")})
	}
	for _, f := range d.Figures {
		ms = append(ms, Mark{Span: f.EvidenceSpan, Class: "figure", Title: FigureText(f)})
	}
	for _, e := range d.Entities {
		title := cmpOr(e.Name, e.Arabic) + " · " + typeArabic(string(e.Type))
		if e.Code != "" {
			title += " · " + string(e.Code)
		}
		for _, m := range e.Mentions {
			ms = append(ms, Mark{Span: m.Span, Class: "entity", Title: title})
		}
	}
	return ms
}

// lineHTML highlights a line of the document: the marks that overlap its
// span, clipped to it. A line whose span does not fit the text is shown as
// its own text, unmarked.
func lineHTML(text string, l marsad.Line, marks []Mark) template.HTML {
	if !l.Span.In(len(text)) || l.Span.Len() == 0 {
		return Highlight(l.Text, nil)
	}
	var ms []Mark
	for _, m := range marks {
		if m.Span.End <= l.Span.Start || m.Span.Start >= l.Span.End || !m.Span.In(len(text)) {
			continue
		}
		m.Span = marsad.Span{Start: max(m.Span.Start, l.Span.Start) - l.Span.Start, End: min(m.Span.End, l.Span.End) - l.Span.Start}
		ms = append(ms, m)
	}
	return Highlight(text[l.Span.Start:l.Span.End], ms)
}

func newDocumentView(d *marsad.Document) documentView {
	v := documentView{Doc: summarize(d), Article: d.Article, Dateline: d.Dateline, Figures: d.Figures,
		Source: string(d.PublishedSource)}
	marks := docMarks(d)
	text := d.Text()
	for _, l := range d.Body {
		v.Body = append(v.Body, lineView{HTML: lineHTML(text, l, marks)})
	}
	if len(d.Body) == 0 && len(d.Boilerplate) == 0 {
		// An unanalysed document: show its text by paragraphs.
		start := 0
		for _, p := range strings.SplitAfter(text, "\n") {
			l := marsad.Line{Text: p, Span: marsad.Span{Start: start, End: start + len(strings.TrimRight(p, "\n"))}}
			start += len(p)
			if strings.TrimSpace(p) != "" {
				v.Body = append(v.Body, lineView{HTML: lineHTML(text, l, marks)})
			}
		}
	}
	for _, l := range d.Boilerplate {
		v.Boilerplate = append(v.Boilerplate, lineView{HTML: Highlight(l.Text, nil), Kind: l.Kind})
	}
	names := map[string]string{}
	for _, e := range d.Entities {
		v.Entities = append(v.Entities, entityRef{e, entityKey(&e)})
		if e.ID != "" {
			names[string(e.ID)] = cmpOr(e.Arabic, e.Name)
		}
	}
	for _, q := range d.Quotes {
		v.Quotes = append(v.Quotes, quoteView{q, cmpOr(names[q.Speaker], q.Speaker)})
	}
	for _, e := range d.Events {
		v.Events = append(v.Events, eventOf(d, e))
	}
	if d.PublishedRange != nil {
		v.Range = []string{d.PublishedRange.From.Format(time.DateOnly), d.PublishedRange.To.Format(time.DateOnly)}
	}
	return v
}

func (s *Server) pageDocument(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r, "id")
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	d, err := s.document(r.Context(), id)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	v := newDocumentView(d)
	if v.Story, err = s.storyOfDocument(r.Context(), id); err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "document", page{Title: v.Doc.Title, Data: v})
}

func (s *Server) pageEntities(w http.ResponseWriter, r *http.Request) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	es, err := s.entities(r, q, 500)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "entities", page{Title: "الكيانات", Data: struct {
		Query    string
		Entities []entityJSON
	}{q, es}})
}

func (s *Server) pageEntity(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r, "id")
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	e, err := s.entity(r, id)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "entity", page{Title: cmpOr(e.Entity.Arabic, e.Entity.Name), Data: e})
}

// figureRow is one figure in the story's comparison: its value in each
// source, in the order of the story's documents ("" where a source gives
// none). Conflict marks a row whose sources disagree.
type figureRow struct {
	Unit, Subject string
	Values        []string
	Conflict      bool
	raw           []string // the values as numbers, to compare
}

// compareFigures lines up the figures of a story's documents by unit and
// subject, the way a reader compares sources.
func compareFigures(docs []*marsad.Document) []figureRow {
	var rows []figureRow
	index := map[string]int{}
	for i, d := range docs {
		for _, f := range d.Figures {
			if f.Qualifier == marsad.Ordinal {
				continue
			}
			k := f.Unit + "\x00" + f.Subject
			j, ok := index[k]
			if !ok {
				j = len(rows)
				index[k] = j
				rows = append(rows, figureRow{Unit: f.Unit, Subject: f.Subject, Values: make([]string, len(docs)),
					raw: make([]string, len(docs))})
			}
			if rows[j].raw[i] == "" {
				rows[j].raw[i] = formatFloat(f.Value)
				rows[j].Values[i] = FigureText(f)
			}
		}
	}
	var out []figureRow
	for _, row := range rows {
		n, first := 0, ""
		for _, v := range row.raw {
			if v == "" {
				continue
			}
			n++
			if first == "" {
				first = v
			} else if v != first {
				row.Conflict = true
			}
		}
		if n >= 2 {
			out = append(out, row)
		}
	}
	return out
}

func (s *Server) pageDyad(w http.ResponseWriter, r *http.Request) {
	t, err := s.dyad(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "dyad", page{Title: t.Names[0] + " – " + t.Names[1], Data: struct {
		T     timelineJSON
		Chart chart
	}{t, newChart(t.Months)}})
}

// static serves a file of ui/static from the embedded file system only.
func (s *Server) static(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("path")
	if !fs.ValidPath(name) || name == "." || strings.Contains(name, "..") || strings.HasPrefix(path.Base(name), ".") {
		s.pageError(w, r, marsad.Errorf(marsad.ENOTFOUND, "الملف غير موجود"))
		return
	}
	b, err := fs.ReadFile(staticFS, name)
	if err != nil { // missing, or a directory
		s.pageError(w, r, marsad.Errorf(marsad.ENOTFOUND, "الملف غير موجود"))
		return
	}
	ct := mime.TypeByExtension(path.Ext(name))
	if ct == "" {
		ct = "application/octet-stream"
	}
	w.Header().Set("Content-Type", ct)
	w.Header().Set("Cache-Control", "public, max-age=3600")
	http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(b))
}

// kindArabic names a boilerplate kind in Arabic.
func kindArabic(k marsad.BoilerplateKind) string {
	if n, ok := boilerKinds[k]; ok {
		return n
	}
	return string(k)
}

// boilerKinds are the Arabic names of the boilerplate kinds.
var boilerKinds = map[marsad.BoilerplateKind]string{
	marsad.BoilerPromo: "ترويج", marsad.BoilerHashtags: "وسوم", marsad.BoilerTeaser: "عنوان خبر آخر",
	marsad.BoilerWidget: "أداة الصفحة", marsad.BoilerCaption: "تعليق صورة", marsad.BoilerCredit: "حقوق صورة",
	marsad.BoilerLabel: "تصنيف", marsad.BoilerUnrelated: "خبر غير ذي صلة", marsad.BoilerRepeated: "سطر متكرر",
}

// typeArabic names an entity type in Arabic.
func typeArabic(t string) string {
	if n, ok := entityTypes[t]; ok {
		return n
	}
	return t
}

// entityTypes are the Arabic names of the entity types.
var entityTypes = map[string]string{
	"PERSON": "شخص", "COUNTRY": "دولة", "CITY": "مدينة", "LOCATION": "مكان",
	"ORGANIZATION": "منظمة", "EVENT": "حدث",
}

// unitArabic names a figure's unit in Arabic, as it is written after a
// number that is not counted (مليون دولار); "" for COUNT.
func unitArabic(u string) string {
	x, ok := units[strings.ToUpper(u)]
	switch {
	case !ok:
		return u
	case x.noun != "":
		return nouns[x.noun].One
	case x.suffix != "":
		return "نسبة مئوية"
	}
	return x.word
}

// tone names the tone of a Goldstein weight: a CSS class.
func tone(g float64) string {
	switch {
	case g > 0:
		return "coop"
	case g < 0:
		return "conflict"
	}
	return "neutral"
}

// formatFloat writes a figure without exponent or needless decimals.
func formatFloat(v float64) string {
	return strconv.FormatFloat(v, 'f', -1, 64)
}
