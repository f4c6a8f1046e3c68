package story_test

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/story"
)

// synthCorpus generates n documents about n/2.5 events: each event is a
// random pair of 80 countries with one leader each, a day over two years,
// a PLOVER type and a bag of 12 words of its own; one to four outlets
// report it, with a title and a body mixing its words with common ones,
// published on the day or up to two days later. A fifth of the reports of
// an event with several are lightly edited copies of the first (a
// near-duplicate). It returns the documents in publication order and the
// event of each.
func synthCorpus(n int, seed uint64) ([]*marsad.Document, map[string]string) {
	r := rand.New(rand.NewPCG(seed, 42))
	letters := []rune("ابتثجحخدذرزسشصضطظعغفقكلمنهوي")
	word := func() string {
		k := 3 + r.IntN(4)
		b := make([]rune, k)
		for i := range b {
			b[i] = letters[r.IntN(len(letters))]
		}
		return string(b)
	}
	vocab := make([]string, 20000)
	for i := range vocab {
		vocab[i] = word()
	}
	common := vocab[:300]
	types := []marsad.PLOVERType{"CONSULT", "AGREE", "SUPPORT", "COOPERATE", "ACCUSE", "THREATEN", "ASSAULT", "SANCTION"}
	start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	docs := make([]*marsad.Document, 0, n)
	truth := map[string]string{}
	for ev := 0; len(docs) < n; ev++ {
		a, b := r.IntN(80), r.IntN(80)
		for b == a {
			b = r.IntN(80)
		}
		day := start.AddDate(0, 0, r.IntN(730))
		typ := types[r.IntN(len(types))]
		bag := make([]string, 12)
		for i := range bag {
			bag[i] = vocab[300+r.IntN(len(vocab)-300)]
		}
		reports := 1 + r.IntN(4)
		var first *marsad.Document
		for k := 0; k < reports && len(docs) < n; k++ {
			id := fmt.Sprintf("e%06d-%d", ev, k)
			var body []string
			if first != nil && r.IntN(5) == 0 {
				// A wire copy: the first report with a word in ten changed.
				for _, l := range first.Body {
					ws := strings.Fields(l.Text)
					for i := range ws {
						if r.IntN(10) == 0 {
							ws[i] = common[r.IntN(len(common))]
						}
					}
					body = append(body, strings.Join(ws, " "))
				}
			} else {
				for p := 0; p < 4; p++ {
					ws := make([]string, 25)
					for i := range ws {
						if r.IntN(3) == 0 {
							ws[i] = bag[r.IntN(len(bag))]
						} else {
							ws[i] = common[r.IntN(len(common))]
						}
					}
					body = append(body, strings.Join(ws, " "))
				}
			}
			title := strings.Join([]string{bag[r.IntN(12)], bag[r.IntN(12)], common[r.IntN(300)], bag[r.IntN(12)]}, " ")
			d := synthDoc(id, fmt.Sprint("outlet", r.IntN(30)), title, body, day.AddDate(0, 0, r.IntN(3)), a, b, typ, day)
			if first == nil {
				first = d
			}
			docs = append(docs, d)
			truth[id] = fmt.Sprint(ev)
		}
	}
	// Publication order, as a feed delivers them.
	slicesSortByDate(docs)
	return docs, truth
}

func slicesSortByDate(docs []*marsad.Document) {
	// A stable insertion of each day's documents keeps the run cheap.
	byDay := map[int64][]*marsad.Document{}
	var minDay, maxDay int64 = 1 << 62, -(1 << 62)
	for _, d := range docs {
		k := d.Published.Time.Unix() / 86400
		byDay[k] = append(byDay[k], d)
		minDay, maxDay = min(minDay, k), max(maxDay, k)
	}
	docs = docs[:0]
	for k := minDay; k <= maxDay; k++ {
		docs = append(docs, byDay[k]...)
	}
}

func synthDoc(id, outlet, title string, body []string, pub time.Time, a, b int, typ marsad.PLOVERType, day time.Time) *marsad.Document {
	text := title + "\n" + strings.Join(body, "\n")
	d := &marsad.Document{
		Article:   marsad.Article{ID: id, Outlet: outlet, Text: text},
		Title:     title,
		TitleSpan: marsad.Span{Start: 0, End: len(title)},
		Published: marsad.DayDate(pub),
	}
	off := len(title) + 1
	for _, l := range body {
		d.Body = append(d.Body, marsad.Line{Text: l, Span: marsad.Span{Start: off, End: off + len(l)}})
		off += len(l) + 1
	}
	ca, cb := marsad.ActorCode(fmt.Sprintf("C%02d", a)), marsad.ActorCode(fmt.Sprintf("C%02d", b))
	for _, x := range []struct {
		code marsad.ActorCode
		i    int
	}{{ca, a}, {cb, b}} {
		d.Entities = append(d.Entities,
			marsad.Entity{ID: marsad.QID(fmt.Sprintf("Q%d", 1000+x.i)), Name: string(x.code), Type: marsad.EntityCountry, Code: x.code,
				Mentions: []marsad.Mention{{Span: marsad.Span{Start: 0, End: 1}}, {}, {}}},
			marsad.Entity{ID: marsad.QID(fmt.Sprintf("Q%d", 5000+x.i)), Name: "leader of " + string(x.code), Type: marsad.EntityPerson, Code: x.code,
				Mentions: []marsad.Mention{{}, {}}})
	}
	d.Events = []marsad.Event{{SourceCode: ca, TargetCode: cb, Type: typ, Date: marsad.DayDate(day), Modality: marsad.Asserted}}
	return d
}

func BenchmarkAdd(b *testing.B) {
	docs, _ := synthCorpus(20000, 1)
	c := story.NewClusterer()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		c.Add(docs[i%len(docs)])
		i++
		if i%len(docs) == 0 {
			c = story.NewClusterer()
		}
	}
}

func BenchmarkSketch(b *testing.B) {
	docs, _ := synthCorpus(10, 1)
	text := docs[0].BodyText()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		story.Sketch(text)
	}
}

// BenchmarkCluster100k groups 100,000 generated documents incrementally
// and reports the documents per second, the heap the clusterer retains,
// and the pairwise precision and recall against the generated events.
func BenchmarkCluster100k(b *testing.B) {
	if testing.Short() {
		b.Skip("skipping the 100k-document run in -short mode")
	}
	docs, truth := synthCorpus(100000, 7)
	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	b.ReportAllocs()
	var got map[string]string
	var c *story.Clusterer
	for b.Loop() {
		c = story.NewClusterer()
		got = make(map[string]string, len(docs))
		for _, d := range docs {
			got[d.ID()] = c.Add(d)
		}
	}
	b.StopTimer()
	runtime.GC()
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(len(docs))*float64(b.N)/b.Elapsed().Seconds(), "docs/s")
	b.ReportMetric(float64(after.HeapAlloc-min(after.HeapAlloc, before.HeapAlloc))/(1<<20), "MB-retained")
	b.ReportMetric(float64(after.Sys)/(1<<20), "MB-sys")
	p, r := pairScoreFast(got, truth)
	b.ReportMetric(p, "pair-precision")
	b.ReportMetric(r, "pair-recall")
	runtime.KeepAlive(c)
}

// pairScoreFast is pairScore for large clusterings: it counts pairs per
// (got, want) cell instead of enumerating them.
func pairScoreFast(got, want map[string]string) (p, r float64) {
	cell := map[[2]string]int{}
	g, w := map[string]int{}, map[string]int{}
	for id, k := range want {
		cell[[2]string{got[id], k}]++
		g[got[id]]++
		w[k]++
	}
	pairs := func(n int) float64 { return float64(n) * float64(n-1) / 2 }
	var tp, gp, wp float64
	for _, n := range cell {
		tp += pairs(n)
	}
	for _, n := range g {
		gp += pairs(n)
	}
	for _, n := range w {
		wp += pairs(n)
	}
	p, r = 1, 1
	if gp > 0 {
		p = tp / gp
	}
	if wp > 0 {
		r = tp / wp
	}
	return p, r
}

// TestClusterer_Synthetic checks precision on generated events: the same
// pair of countries often meets again within days in another event, which
// only the wording and the event dates tell apart.
func TestClusterer_Synthetic(t *testing.T) {
	docs, truth := synthCorpus(20000, 3)
	c := story.NewClusterer()
	got := map[string]string{}
	for _, d := range docs {
		got[d.ID()] = c.Add(d)
	}
	p, r := pairScoreFast(got, truth)
	t.Logf("synthetic 20k: pairwise precision %.3f, recall %.3f", p, r)
	if p < 0.97 || r < 0.9 {
		t.Errorf("got pairwise precision %.3f and recall %.3f, want ≥ 0.97 and ≥ 0.9", p, r)
	}
}
