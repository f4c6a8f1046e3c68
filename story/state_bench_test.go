package story_test

import (
	"fmt"
	"testing"

	"github.com/marsad-project/marsad/story"
)

// BenchmarkResume adds a round of 1,000 new documents to a clusterer
// restored with 2,000 and 20,000 documents and takes its Changes, as an
// ingest run does before writing them: the time per round and the bytes of
// records to write must not grow with the documents before.
func BenchmarkResume(b *testing.B) {
	docs, _ := synthCorpus(21000, 5)
	for _, size := range []int{2000, 20000} {
		b.Run(fmt.Sprintf("store=%d", size), func(b *testing.B) {
			// The round's documents come after the store's in time.
			old, round := docs[:size], docs[20000:21000]
			snap, err := oneRun(old).Snapshot()
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			var written int
			for b.Loop() {
				b.StopTimer()
				c, err := story.Restore(snap)
				if err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				for _, d := range round {
					c.Add(d)
				}
				ch := c.Changes()
				written = len(ch.Header)
				for _, s := range ch.StoryStates {
					written += len(s)
				}
				for _, d := range ch.Documents {
					written += len(d.State)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(round)), "ns/new-doc")
			b.ReportMetric(float64(written)/float64(len(round)), "state-B/new-doc")
			b.ReportMetric(float64(len(snap))/float64(size), "snapshot-B/doc")
		})
	}
}

// BenchmarkRestore_20k restores a clusterer of 20,000 documents from its
// records, as the start of an ingest run does.
func BenchmarkRestore_20k(b *testing.B) {
	docs, _ := synthCorpus(20000, 5)
	snap, err := oneRun(docs).Snapshot()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(snap)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := story.Restore(snap); err != nil {
			b.Fatal(err)
		}
	}
}
