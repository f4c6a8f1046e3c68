package story_test

import (
	"testing"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/story"
)

func day(s string) marsad.Date {
	d, err := marsad.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func TestCompatible(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want bool
	}{
		{"SameDay", "2025-09-02", "2025-09-02", true},
		{"OtherDay", "2025-09-02", "2025-09-03", false},
		{"MonthContainsDay", "2025-09", "2025-09-02", true},
		{"OtherMonth", "2025-08", "2025-09-02", false},
		{"YearContainsDay", "2025", "2025-09-02", true},
		{"OtherYear", "2024", "2025-09-02", false},
		{"Unknown", "", "2025-09-02", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var a, b marsad.Date
			if tt.a != "" {
				a = day(tt.a)
			}
			b = day(tt.b)
			if got := story.Compatible(a, b); got != tt.want {
				t.Errorf("Compatible(%q, %q): got %v, want %v", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

func evDoc(id, outlet string, evs ...marsad.Event) *marsad.Document {
	return &marsad.Document{Article: marsad.Article{ID: id, Outlet: outlet}, Events: evs}
}

func ev(typ, src, tgt, date, evidence string) marsad.Event {
	e := marsad.Event{Type: marsad.PLOVERType(typ), SourceCode: marsad.ActorCode(src), TargetCode: marsad.ActorCode(tgt), Modality: marsad.Asserted, Evidence: evidence}
	if date != "" {
		e.Date = day(date)
	}
	return e
}

func TestFuse(t *testing.T) {
	docs := []*marsad.Document{
		evDoc("a", "A", ev("CONSULT", "CHN", "RUS", "2025-09", "بحث شي وبوتين"), ev("ASSAULT", "RUS", "UKR", "2022", "الحرب")),
		evDoc("b", "B", ev("CONSULT", "CHN", "RUS", "2025-09-02", "التقى شي بوتين أمس"), ev("CONSULT", "CHN", "RUS", "", "المحادثات")),
		evDoc("c", "B", ev("CONSULT", "CHN", "RUS", "2025-09-02", "اجتمع الرئيسان")),
		evDoc("d", "", ev("CONSULT", "CHN", "RUS", "2025-10-15", "لقاء آخر")),
	}
	got := story.Fuse(docs)
	if len(got) != 3 {
		t.Fatalf("got %d canonical events, want 3: %+v", len(got), got)
	}
	c := got[0]
	if c.Event.Type != "CONSULT" || c.Event.Date.String() != "2025-09-02" {
		t.Errorf("first event: got %s %s, want CONSULT 2025-09-02", c.Event.Type, c.Event.Date)
	}
	if c.NumSources != 2 || c.NumArticles != 3 || c.NumMentions != 4 || len(c.Evidence) != 4 {
		t.Errorf("got sources %d articles %d mentions %d evidence %d, want 2 3 4 4", c.NumSources, c.NumArticles, c.NumMentions, len(c.Evidence))
	}
	if len(c.Dates) != 2 || c.Dates[0].String() != "2025-09" || c.Dates[1].String() != "2025-09-02" {
		t.Errorf("got dates %v, want [2025-09 2025-09-02]", c.Dates)
	}
	for _, o := range got[1:] {
		if o.NumArticles != 1 {
			t.Errorf("event %s %s: got %d articles, want 1 (a different date, or a different action)", o.Event.Type, o.Event.Date, o.NumArticles)
		}
	}
}

func TestTimelineAndDyad(t *testing.T) {
	ce := func(typ, src, tgt, date, cameo string) story.CanonicalEvent {
		e := ev(typ, src, tgt, date, "")
		e.CAMEO = marsad.CAMEOCode(cameo)
		return story.CanonicalEvent{Event: e}
	}
	evs := []story.CanonicalEvent{
		ce("ACCUSE", "RUS", "CHN", "2025-10-03", "112"),
		ce("CONSULT", "CHN", "RUS", "2025-09-02", "043"),
		ce("CONSULT", "CHN", "USA", "2025-09-01", "043"),
		ce("AGREE", "RUS", "CHN", "", "057"),
		ce("REQUEST", "RUS", "CHN", "2025-09", "100"),
		ce("COOPERATE", "CHN", "RUS", "2025-09-20", "061"),
	}
	tl := story.Timeline(evs, "CHN", "RUS")
	var order []string
	for _, e := range tl {
		order = append(order, string(e.Event.Type)+" "+e.Event.Date.String())
	}
	want := []string{"REQUEST 2025-09", "CONSULT 2025-09-02", "COOPERATE 2025-09-20", "ACCUSE 2025-10-03", "AGREE "}
	if len(order) != len(want) {
		t.Fatalf("got timeline %q, want %q", order, want)
	}
	for i := range want {
		if order[i] != want[i] {
			t.Errorf("timeline[%d]: got %q, want %q", i, order[i], want[i])
		}
	}
	g := map[marsad.CAMEOCode]float64{"043": 2.8, "061": 6.4, "112": -2, "100": -5}
	months := story.Dyad(evs, "RUS", "CHN", func(c marsad.CAMEOCode) float64 { return g[c] })
	if len(months) != 2 {
		t.Fatalf("got %d months, want 2: %+v", len(months), months)
	}
	sep, oct := months[0], months[1]
	if sep.Month != "2025-09" || sep.Cooperation != 2 || sep.Conflict != 0 || sep.ByType["REQUEST"] != 1 {
		t.Errorf("2025-09: got %+v, want 2 cooperation, 0 conflict, 1 REQUEST", sep)
	}
	if want := (2.8 + 6.4 - 5) / 3; sep.MeanGoldstein < want-1e-9 || sep.MeanGoldstein > want+1e-9 {
		t.Errorf("2025-09: got mean Goldstein %.3f, want %.3f", sep.MeanGoldstein, want)
	}
	if oct.Month != "2025-10" || oct.Conflict != 1 || oct.MeanGoldstein != -2 {
		t.Errorf("2025-10: got %+v, want 1 conflict, mean -2", oct)
	}
}

func TestCompare(t *testing.T) {
	fig := func(doc string, v float64, unit, subject, period string, q marsad.Qualifier) story.DocFigure {
		return story.DocFigure{DocID: doc, Outlet: doc, Figure: marsad.Figure{Value: v, Unit: unit, Subject: subject, Period: period, Qualifier: q}}
	}
	tests := []struct {
		name         string
		figs         []story.DocFigure
		groups       int
		conflict     []bool
		corroborated []bool
	}{
		{"Agree", []story.DocFigure{
			fig("a", 1.2e9, "USD", "Saudi-Iran trade", "2024", marsad.About),
			fig("b", 1.21e9, "USD", "trade", "2024", marsad.Exact),
		}, 1, []bool{false}, []bool{true}},
		{"Conflict", []story.DocFigure{
			fig("a", 200, "PERSON", "people killed", "", marsad.MoreThan),
			fig("b", 120, "PERSON", "killed", "", marsad.About),
		}, 1, []bool{true}, []bool{false}},
		{"BoundReconciles", []story.DocFigure{
			fig("a", 200, "PERSON", "deaths", "", marsad.MoreThan),
			fig("b", 250, "PERSON", "death", "", marsad.Exact),
		}, 1, []bool{false}, []bool{false}},
		{"Series", []story.DocFigure{
			fig("a", 245e9, "USD", "bilateral trade", "2024", marsad.Exact),
			fig("b", 228e9, "USD", "bilateral trade", "2025", marsad.Exact),
			fig("c", 244.8e9, "USD", "bilateral trade", "2024", marsad.Exact),
		}, 2, []bool{false, false}, []bool{true, false}},
		{"ArabicSubjects", []story.DocFigure{
			fig("a", 300, "PERSON", "المعتقلين", "", marsad.Exact),
			fig("b", 300, "PERSON", "والمعتقلين", "", marsad.Exact),
		}, 1, []bool{false}, []bool{true}},
		{"OtherUnit", []story.DocFigure{
			fig("a", 14, "COUNT", "agreements", "", marsad.Exact),
			fig("b", 14, "PERCENT", "agreements", "", marsad.Exact),
		}, 2, []bool{false, false}, []bool{false, false}},
		{"OtherSubject", []story.DocFigure{
			fig("a", 100000, "PERSON", "displaced", "", marsad.Exact),
			fig("b", 300, "PERSON", "detainees", "", marsad.Exact),
		}, 2, []bool{false, false}, []bool{false, false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := story.Compare(tt.figs)
			if len(got) != tt.groups {
				t.Fatalf("got %d groups, want %d: %+v", len(got), tt.groups, got)
			}
			for i, g := range got {
				if g.Conflict != tt.conflict[i] {
					t.Errorf("group %d (%s %s): got conflict %v, want %v", i, g.Subject, g.Period, g.Conflict, tt.conflict[i])
				}
				if g.Corroborated() != tt.corroborated[i] {
					t.Errorf("group %d (%s %s): got corroborated %v, want %v", i, g.Subject, g.Period, g.Corroborated(), tt.corroborated[i])
				}
			}
		})
	}
}

var _ = time.Now
