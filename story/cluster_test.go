package story_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/shared"
	"github.com/marsad-project/marsad/story"
)

// pairScore returns the pairwise precision and recall of the clustering
// got against the truth want (both document id → group key), and the
// false pairs.
func pairScore(got, want map[string]string) (p, r float64, false_ []string) {
	var ids []string
	for id := range want {
		ids = append(ids, id)
	}
	tp, fp, fn := 0, 0, 0
	for i := range ids {
		for j := i + 1; j < len(ids); j++ {
			a, b := ids[i], ids[j]
			g := got[a] == got[b]
			w := want[a] == want[b]
			switch {
			case g && w:
				tp++
			case g:
				fp++
				false_ = append(false_, a+" ~ "+b)
			case w:
				fn++
			}
		}
	}
	p, r = 1, 1
	if tp+fp > 0 {
		p = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		r = float64(tp) / float64(tp+fn)
	}
	return p, r, false_
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func TestClusterer_Sample(t *testing.T) {
	docs, key := MustSample(t)
	c := story.NewClusterer()
	got := map[string]string{}
	for _, d := range docs {
		got[d.ID()] = c.Add(d)
	}
	p, r, falsePairs := pairScore(got, key)
	t.Logf("sample: pairwise precision %.3f, recall %.3f, F1 %.3f", p, r, f1(p, r))
	for _, fp := range falsePairs {
		t.Errorf("false pair across stories: %s", fp)
	}
	if f := f1(p, r); f < 0.9 {
		for _, d := range docs {
			t.Logf("%s → %s (truth %s)", d.ID(), got[d.ID()], key[d.ID()])
		}
		t.Errorf("got pairwise F1 %.3f, want ≥ 0.9", f)
	}
}

func TestClusterer_Seeds(t *testing.T) {
	dir := shared.Path(t, "seeds")
	data, err := os.ReadFile(shared.Path(t, "gold", "seeds.gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	var gold struct {
		Documents []struct {
			ID string `json:"id"`
		} `json:"documents"`
		Stories []struct {
			Label     string   `json:"label"`
			Documents []string `json:"documents"`
		} `json:"stories"`
	}
	if err := json.Unmarshal(data, &gold); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{}
	for _, d := range gold.Documents {
		want[d.ID] = d.ID
	}
	for i, s := range gold.Stories {
		for _, id := range s.Documents {
			want[id] = fmt.Sprint("gold", i)
		}
	}
	docs := MustAnalyze(t, dir)
	c := story.NewClusterer()
	got := map[string]string{}
	for _, d := range docs {
		got[d.ID()] = c.Add(d)
	}
	p, r, falsePairs := pairScore(got, want)
	t.Logf("seeds: pairwise precision %.3f, recall %.3f, F1 %.3f", p, r, f1(p, r))
	for _, fp := range falsePairs {
		t.Errorf("false pair across stories: %s", fp)
	}
	if f := f1(p, r); f < 0.8 {
		t.Errorf("got pairwise F1 %.3f, want ≥ 0.8", f)
	}
	_ = filepath.Join
	_ = marsad.Date{}
}

// meeting builds a document reporting a meeting of two actors: the
// countries and leaders as entities, a CONSULT event dated to the day, a
// title and a lead of the given words.
func meeting(id, outlet, pub string, a, b marsad.ActorCode, eventDay, title, lead string) *marsad.Document {
	d := &marsad.Document{
		Article: marsad.Article{ID: id, Outlet: outlet, Text: title + "\n" + lead},
		Title:   title, TitleSpan: marsad.Span{Start: 0, End: len(title)},
		Body: []marsad.Line{{Text: lead, Span: marsad.Span{Start: len(title) + 1, End: len(title) + 1 + len(lead)}}},
	}
	if pub != "" {
		d.Published = day(pub)
	}
	for i, c := range []marsad.ActorCode{a, b} {
		d.Entities = append(d.Entities,
			marsad.Entity{ID: marsad.QID("QC" + string(c)), Name: string(c), Type: marsad.EntityCountry, Code: c, Mentions: []marsad.Mention{{}, {}}},
			marsad.Entity{ID: marsad.QID("QP" + string(c)), Name: "leader " + string(c), Type: marsad.EntityPerson, Code: c, Mentions: []marsad.Mention{{}, {}, {}}})
		_ = i
	}
	if eventDay != "" {
		d.Events = []marsad.Event{{Type: "CONSULT", SourceCode: a, TargetCode: b, Date: day(eventDay), Modality: marsad.Asserted}}
	}
	return d
}

func TestClusterer_Add(t *testing.T) {
	const (
		visit = "شي يستقبل بوتين في بكين ويبحثان تعزيز الشراكة الاستراتيجية"
		lead  = "استقبل الرئيس الصيني شي جين بينغ نظيره الروسي فلاديمير بوتين في بكين حيث بحث الجانبان تعزيز الشراكة والتعاون في مجال الطاقة والتجارة"
		other = "بوتين وشي يجتمعان في بكين لبحث التعاون في مجال الطاقة والتجارة"
		lead2 = "التقى الرئيس الروسي فلاديمير بوتين الرئيس الصيني شي جين بينغ في بكين وتناول اللقاء الشراكة بين البلدين والتعاون الاقتصادي"
		egypt = "السيسي يستقبل أردوغان في القاهرة وتوقيع اتفاقيات تجارية"
		elead = "استقبل الرئيس المصري عبد الفتاح السيسي نظيره التركي رجب طيب أردوغان في القاهرة ووقع البلدان اتفاقيات في مجالات التجارة والطاقة"
	)
	tests := []struct {
		name string
		docs []*marsad.Document
		want []int // the group of each document: equal numbers, one story
	}{
		{"SameEventTwoOutlets", []*marsad.Document{
			meeting("a", "A", "2025-09-02", "CHN", "RUS", "2025-09-02", visit, lead),
			meeting("b", "B", "2025-09-03", "RUS", "CHN", "2025-09-02", other, lead2),
		}, []int{0, 0}},
		{"SameActorsMonthsApart", []*marsad.Document{
			meeting("a", "A", "2025-09-02", "CHN", "RUS", "2025-09-02", visit, lead),
			meeting("b", "B", "2025-11-04", "CHN", "RUS", "2025-11-04", other, lead2),
		}, []int{0, 1}},
		{"SameActorsTwoWeeksApart", []*marsad.Document{
			meeting("a", "A", "2025-09-02", "CHN", "RUS", "2025-09-02", visit, lead),
			meeting("b", "B", "2025-09-16", "CHN", "RUS", "2025-09-16", other, lead2),
		}, []int{0, 1}},
		{"OtherActorsSameDay", []*marsad.Document{
			meeting("a", "A", "2025-09-02", "CHN", "RUS", "2025-09-02", visit, lead),
			meeting("b", "B", "2025-09-02", "EGY", "TUR", "2025-09-02", egypt, elead),
		}, []int{0, 1}},
		{"SameActionOtherDay", []*marsad.Document{
			meeting("a", "A", "2025-09-02", "CHN", "RUS", "2025-09-02", visit, lead),
			meeting("b", "B", "2025-09-05", "CHN", "RUS", "2025-09-05", other, lead2),
		}, []int{0, 1}},
		{"UndatedSameActorsOtherWording", []*marsad.Document{
			meeting("a", "A", "2025-09-02", "CHN", "RUS", "", visit, lead),
			meeting("b", "B", "", "CHN", "RUS", "", egypt+" "+other, elead),
		}, []int{0, 1}},
		{"NearDuplicateJoinsDespiteDate", []*marsad.Document{
			meeting("a", "A", "2025-09-02", "CHN", "RUS", "2025-09-02", visit, lead+" "+lead2),
			meeting("b", "B", "2025-10-20", "EGY", "TUR", "", egypt, lead+" "+lead2),
		}, []int{0, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := story.NewClusterer()
			ids := make([]string, len(tt.docs))
			for i, d := range tt.docs {
				ids[i] = c.Add(d)
			}
			for i := range ids {
				for j := i + 1; j < len(ids); j++ {
					if got, want := ids[i] == ids[j], tt.want[i] == tt.want[j]; got != want {
						t.Errorf("%s and %s: got same story %v, want %v", tt.docs[i].ID(), tt.docs[j].ID(), got, want)
					}
				}
			}
		})
	}
}

func TestClusterer_AddTwice(t *testing.T) {
	c := story.NewClusterer()
	d := meeting("a", "A", "2025-09-02", "CHN", "RUS", "2025-09-02", "عنوان الخبر هنا", "نص الخبر الأول هنا")
	first := c.Add(d)
	if again := c.Add(d); again != first {
		t.Errorf("second Add: got story %q, want %q", again, first)
	}
	if n := len(c.Stories()); n != 1 {
		t.Errorf("got %d stories, want 1", n)
	}
	s, ok := c.Story(first)
	if !ok || len(s.Documents) != 1 {
		t.Errorf("Story(%q): got %+v, %v, want one document", first, s, ok)
	}
}

func TestStories_SampleLabels(t *testing.T) {
	docs, _ := MustSample(t)
	stories := story.Stories(docs)
	multi := 0
	for _, s := range stories {
		if len(s.Documents) < 2 {
			continue
		}
		multi++
		if s.Label == "" || s.Summary == "" || s.From.IsZero() || s.To.Sub(s.From) > 7*24*time.Hour {
			t.Errorf("story %s: got label %q, summary %q, span %v–%v, want a label and a span of at most a week", s.ID, s.Label, s.Summary, s.From, s.To)
		}
		if len(s.Events) == 0 || s.Events[0].NumArticles < 1 {
			t.Errorf("story %s: got no fused events", s.ID)
		}
		t.Logf("%s [%s] %q: %d documents, %d outlets, %d events (top: %s %s→%s, %d sources)", s.ID, s.Summary, s.Label, len(s.Documents), len(s.Outlets), len(s.Events),
			s.Events[0].Event.Type, s.Events[0].Event.SourceCode, s.Events[0].Event.TargetCode, s.Events[0].NumSources)
	}
	if multi != 3 {
		t.Errorf("got %d stories with several documents, want 3", multi)
	}
}
