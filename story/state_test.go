package story_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/story"
)

// records is what a store keeps of a clusterer's Changes: the last header,
// every document record in order and the last record of each story.
type records struct {
	header  []byte
	docs    [][]byte
	stories map[string][]byte
}

func (r *records) save(tb testing.TB, ch story.Changes) {
	tb.Helper()
	if r.stories == nil {
		r.stories = map[string][]byte{}
	}
	if len(ch.Stories) != len(ch.StoryStates) {
		tb.Fatalf("got %d stories and %d story states, want as many", len(ch.Stories), len(ch.StoryStates))
	}
	for i, s := range ch.Stories {
		r.stories[s.ID] = ch.StoryStates[i]
	}
	for _, d := range ch.Documents {
		if d.Seq != len(r.docs) {
			tb.Fatalf("document %s: got seq %d, want %d", d.ID, d.Seq, len(r.docs))
		}
		r.docs = append(r.docs, d.State)
	}
	r.header = ch.Header
}

func (r *records) restore(tb testing.TB) *story.Clusterer {
	tb.Helper()
	var ss [][]byte
	for _, s := range r.stories {
		ss = append(ss, s)
	}
	c, err := story.RestoreRecords(r.header, r.docs, ss)
	if err != nil {
		tb.Fatalf("RestoreRecords: %v", err)
	}
	return c
}

// oneRun adds docs to a new clusterer and returns it.
func oneRun(docs []*marsad.Document) *story.Clusterer {
	c := story.NewClusterer()
	for _, d := range docs {
		c.Add(d)
	}
	return c
}

// checkResume checks that adding docs in rounds, the clusterer restored
// between rounds from a Snapshot or from the records of Changes, gives the
// stories of one run.
func checkResume(t *testing.T, docs []*marsad.Document, cuts []int) {
	t.Helper()
	want := oneRun(docs).Stories()
	t.Run("Snapshot", func(t *testing.T) {
		c := story.NewClusterer()
		prev := 0
		for _, cut := range append(cuts, len(docs)) {
			for _, d := range docs[prev:cut] {
				c.Add(d)
			}
			prev = cut
			snap, err := c.Snapshot()
			if err != nil {
				t.Fatal(err)
			}
			if c, err = story.Restore(snap); err != nil {
				t.Fatalf("Restore after %d documents: %v", cut, err)
			}
		}
		if diff := cmp.Diff(want, c.Stories()); diff != "" {
			t.Errorf("stories after restoring at %v differ from one run (-want +got):\n%s", cuts, diff)
		}
	})
	t.Run("Changes", func(t *testing.T) {
		var r records
		c := story.NewClusterer()
		prev := 0
		for _, cut := range append(cuts, len(docs)) {
			for i, d := range docs[prev:cut] {
				c.Add(d)
				if i%7 == 3 { // several rounds between restores
					r.save(t, c.Changes())
				}
			}
			prev = cut
			r.save(t, c.Changes())
			c = r.restore(t)
		}
		if diff := cmp.Diff(want, c.Stories()); diff != "" {
			t.Errorf("stories after restoring at %v differ from one run (-want +got):\n%s", cuts, diff)
		}
		if len(r.docs) != len(docs) || len(r.stories) != len(want) {
			t.Errorf("got %d document and %d story records, want %d and %d", len(r.docs), len(r.stories), len(docs), len(want))
		}
	})
}

func TestClusterer_ResumeSample(t *testing.T) {
	docs, _ := MustSample(t)
	n := len(docs)
	checkResume(t, docs, []int{0, 1, n / 3, n / 2, n - 1})
}

func TestClusterer_ResumeSynthetic(t *testing.T) {
	docs, _ := synthCorpus(4000, 11)
	checkResume(t, docs, []int{500, 2000, 2001, 3999})
}

func TestClusterer_Changed(t *testing.T) {
	c := story.NewClusterer()
	a := meeting("a", "A", "2025-09-02", "CHN", "RUS", "2025-09-02",
		"شي يستقبل بوتين في بكين ويبحثان تعزيز الشراكة الاستراتيجية",
		"استقبل الرئيس الصيني شي جين بينغ نظيره الروسي فلاديمير بوتين في بكين حيث بحث الجانبان تعزيز الشراكة")
	b := meeting("b", "B", "2025-09-03", "RUS", "CHN", "2025-09-02",
		"بوتين وشي يجتمعان في بكين لبحث الشراكة والتعاون في الطاقة",
		"التقى الرئيس الروسي فلاديمير بوتين الرئيس الصيني شي جين بينغ في بكين أمس وتناول اللقاء الشراكة بين البلدين")
	e := meeting("e", "C", "2025-09-02", "EGY", "TUR", "2025-09-02",
		"السيسي يستقبل أردوغان في القاهرة وتوقيع اتفاقيات تجارية",
		"استقبل الرئيس المصري عبد الفتاح السيسي نظيره التركي رجب طيب أردوغان في القاهرة ووقع البلدان اتفاقيات")
	ids := func(ss []story.Story) []string {
		var out []string
		for _, s := range ss {
			out = append(out, s.ID)
		}
		return out
	}
	for _, step := range []struct {
		name string
		add  []*marsad.Document
		want []string
	}{
		{"TwoStoriesStarted", []*marsad.Document{a, e}, []string{"a", "e"}},
		{"NothingAdded", nil, nil},
		{"OneJoined", []*marsad.Document{b}, []string{"a"}},
		{"AddedAgain", []*marsad.Document{b, a}, nil},
	} {
		for _, d := range step.add {
			c.Add(d)
		}
		if got := ids(c.Changed()); !cmp.Equal(got, step.want) {
			t.Errorf("%s: Changed got stories %v, want %v", step.name, got, step.want)
		}
	}
	if s, _ := c.Story("a"); len(s.Documents) != 2 || len(s.Outlets) != 2 {
		t.Errorf("story a: got %d documents and %d outlets, want 2 and 2", len(s.Documents), len(s.Outlets))
	}
}

func TestRestore_Bad(t *testing.T) {
	docs, _ := synthCorpus(50, 2)
	snap, err := oneRun(docs).Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		b    []byte
	}{
		{"Empty", nil},
		{"NotASnapshot", []byte("hello, world")},
		{"Truncated", snap[:len(snap)/2]},
		{"TrailingByteLost", snap[:len(snap)-1]},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := story.Restore(tc.b); !errors.Is(err, story.ErrBadState) {
				t.Errorf("Restore: got error %v, want ErrBadState", err)
			}
		})
	}
}

// FuzzRestore checks that no snapshot, however corrupt, makes Restore
// panic, and that what it accepts takes new documents.
func FuzzRestore(f *testing.F) {
	docs, _ := synthCorpus(12, 4)
	snap, err := oneRun(docs[:8]).Snapshot()
	if err != nil {
		f.Fatal(err)
	}
	empty, _ := story.NewClusterer().Snapshot()
	f.Add(snap)          // a valid snapshot of 8 documents
	f.Add(empty)         // the snapshot of an empty clusterer
	f.Add(snap[:40])     // cut inside the first records
	f.Add([]byte{})      // nothing
	f.Add([]byte("xyz")) // not a snapshot
	f.Fuzz(func(t *testing.T, b []byte) {
		c, err := story.Restore(b)
		if err != nil {
			return
		}
		for _, d := range docs[8:] {
			c.Add(d)
		}
		c.Stories()
	})
}
