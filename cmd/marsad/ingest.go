package main

import (
	"context"
	"fmt"
	"iter"
	"os"
	"runtime/debug"
	"slices"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/ingest"
	"github.com/marsad-project/marsad/pipeline"
	"github.com/marsad-project/marsad/sqlite"
	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
)

// IngestCounts is what an ingest run did.
type IngestCounts struct {
	New, Updated, Unchanged, Failed int
}

// Total reports how many inputs the run saw.
func (c IngestCounts) Total() int { return c.New + c.Updated + c.Unchanged + c.Failed }

func (c IngestCounts) String() string {
	return fmt.Sprintf("%d new, %d updated, %d unchanged, %d failed", c.New, c.Updated, c.Unchanged, c.Failed)
}

func (m *Main) ingestCommand() *cobra.Command {
	var published string
	var workers int
	var noFetch bool
	cmd := &cobra.Command{
		Use:   "ingest PATH|URL...",
		Short: "Analyse articles and store them (idempotent)",
		Long: `ingest reads files, directories, JSON Lines records, HTML pages and feeds (from a
file or a URL), analyses each document and stores it. The same content twice is
stored once; a changed document is updated. Each document is stored whole or not
at all, so an interrupted run loses nothing it reported stored. Inputs that cannot
be read are reported one line each; the run goes on, and the exit status says
something failed. Unless GOMEMLIMIT is set, the run keeps the Go heap under a soft
limit of 384 MiB (the garbage collector works harder near it).`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			pub, err := parsePublished(published)
			if err != nil {
				return err
			}
			opt := ingest.DefaultOptions()
			opt.FetchItems = !noFetch
			c, err := m.ingest(cmd, args, pub, workers, opt)
			fmt.Fprintf(m.Stdout, "ingest: %s\n", c)
			if err != nil {
				return err
			}
			if c.Failed > 0 {
				return errReported
			}
			return nil
		},
	}
	m.dbFlag(cmd)
	cmd.Flags().StringVar(&published, "published", "", "publication date (YYYY-MM-DD) for documents that carry none")
	cmd.Flags().IntVar(&workers, "workers", 0, "analysis workers (0: one per CPU)")
	cmd.Flags().BoolVar(&noFetch, "no-fetch", false, "do not fetch feed items' pages; use the feed's own text")
	return cmd
}

func (m *Main) ingest(cmd *cobra.Command, targets []string, pub marsad.Date, workers int, opt ingest.Options) (IngestCounts, error) {
	var c IngestCounts
	ctx := cmd.Context()
	defer limitMemory()()
	db, err := m.openStore()
	if err != nil {
		return c, err
	}
	p, err := m.newPipeline(pub)
	if err != nil {
		return c, err
	}
	var bar *progressbar.ProgressBar
	if m.IsTerminal {
		bar = progressbar.NewOptions(-1,
			progressbar.OptionSetWriter(m.Stderr),
			progressbar.OptionSetDescription("ingest"),
			progressbar.OptionShowCount(),
			progressbar.OptionShowIts(),
			progressbar.OptionSetItsString("docs"),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish(),
		)
		defer bar.Finish()
	}
	in := observe(p, readTargets(ctx, targets, opt))
	stories, err := openStories(ctx, db)
	if err != nil {
		return c, err
	}
	st := &storer{db: db, m: m, bar: bar, counts: &c, stories: stories}
	err = p.Stream(ctx, in, workers, func(r pipeline.Result) error {
		if bar != nil {
			bar.Add(1)
		}
		if r.Err != nil {
			c.Failed++
			m.printAbove(bar, "marsad: %v", r.Err)
			return nil
		}
		return st.add(ctx, r.Doc)
	})
	if ferr := st.flush(ctx); err == nil {
		err = ferr
	}
	return c, err
}

// storer writes documents to the store in batches: a batch is one
// transaction, so a document counts as stored only once its batch has
// committed, and each document is still stored whole or not at all.
//
// The work runs in three stages, so that the cores are shared by the
// analysis (the caller), the writing of documents and their placement
// in stories: a batch is written in the background while the next one
// fills (one batch at most is being written at a time), and once
// committed its documents are handed to a story goroutine that places
// them (story.Clusterer.Add) and saves the stories every storySaveDocs
// documents or storySaveEvery, and at flush. A story is rewritten whole
// each time it is saved, so saving after every batch would write a story
// that grows again and again. Documents stored but not yet in a saved
// story (after a crash) are placed by the next run (openStories).
//
// add and flush are called from one goroutine; counts and the progress
// bar are touched only from it.
type storer struct {
	db     *sqlite.DB
	m      *Main
	bar    *progressbar.ProgressBar
	counts *IngestCounts
	// stories, when set, places each document stored in its story.
	stories *storyKeeper
	batch   []*marsad.Document
	since   time.Time

	// writing, while a batch is being written, receives its outcome.
	writing chan written
	// place, while the story goroutine runs, takes the documents to
	// place; placed then receives its outcome when place is closed, and
	// placeErr its first error as soon as it fails.
	place    chan []*marsad.Document
	placed   chan error
	placeErr chan error
}

// written is the outcome of writing one batch.
type written struct {
	counts IngestCounts
	notes  []string // failures to report, one line each
	err    error
}

// ingestBatch is how many documents one transaction stores at most; a
// batch is also written once it is a second old, so a slow source (a feed
// fetched item by item) does not hold documents back.
const ingestBatch = 256

// Stories are saved once this many documents were placed since the last
// save, or once the last save is this old. A save holds the records of
// every story changed since the last one in memory at once (about 14 KB
// a story), so a save of more documents would need more memory.
const (
	storySaveDocs  = 4096
	storySaveEvery = 30 * time.Second
)

// ingestMemoryLimit is the soft limit of the Go runtime's memory
// (runtime/debug.SetMemoryLimit) that ingest and bench set while they
// run, unless the GOMEMLIMIT environment variable sets one: with it, the
// garbage collector runs more often once the heap nears the limit rather
// than letting the heap grow to twice what is live (GOGC=100), which on a
// store of 20,000 documents (the story clusterer then holds about 230 MB)
// keeps the process under 500 MB resident for a few percent more CPU
// time. It is a soft limit: a larger live heap is not an error, the
// collector then runs as GOGC says.
const ingestMemoryLimit = 384 << 20

// limitMemory sets ingestMemoryLimit, unless GOMEMLIMIT is set, and
// returns the function that restores the previous limit.
func limitMemory() (restore func()) {
	if os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	prev := debug.SetMemoryLimit(ingestMemoryLimit)
	return func() { debug.SetMemoryLimit(prev) }
}

func (s *storer) add(ctx context.Context, d *marsad.Document) error {
	if len(s.batch) == 0 {
		s.since = time.Now()
	}
	s.batch = append(s.batch, d)
	if len(s.batch) >= ingestBatch || time.Since(s.since) > time.Second {
		return s.send(ctx)
	}
	return nil
}

// send waits for the batch being written, then starts writing the batch
// filled.
func (s *storer) send(ctx context.Context) error {
	if err := s.wait(); err != nil {
		return err
	}
	if s.stories != nil && s.place == nil {
		s.place = make(chan []*marsad.Document)
		s.placed = make(chan error, 1)
		s.placeErr = make(chan error, 1)
		go func(in <-chan []*marsad.Document, done, failed chan<- error) {
			done <- s.placeStories(ctx, in, failed)
		}(s.place, s.placed, s.placeErr)
	}
	batch := s.batch
	s.batch = make([]*marsad.Document, 0, ingestBatch)
	ch, place := make(chan written, 1), s.place
	s.writing = ch
	go func() { ch <- s.write(ctx, batch, place) }()
	return nil
}

// wait waits for the batch being written, if any, and counts and reports
// its outcome; it also reports a failure of the story goroutine.
func (s *storer) wait() error {
	if s.writing != nil {
		w := <-s.writing
		s.writing = nil
		s.counts.New += w.counts.New
		s.counts.Updated += w.counts.Updated
		s.counts.Unchanged += w.counts.Unchanged
		s.counts.Failed += w.counts.Failed
		for _, n := range w.notes {
			s.m.printAbove(s.bar, "%s", n)
		}
		if w.err != nil {
			return w.err
		}
	}
	select {
	case err := <-s.placeErr: // nil channel when no story goroutine
		return err
	default:
		return nil
	}
}

// flush writes the documents added and not yet written, and waits until
// they are stored and placed and the stories saved.
func (s *storer) flush(ctx context.Context) error {
	var err error
	if len(s.batch) > 0 {
		err = s.send(ctx)
	}
	if err == nil {
		err = s.wait()
	} else {
		s.wait()
	}
	if s.place != nil {
		close(s.place)
		if perr := <-s.placed; err == nil {
			err = perr
		}
		s.place, s.placed, s.placeErr = nil, nil, nil
	}
	return err
}

// write stores one batch and hands the documents it stored or changed to
// place (when not nil); it runs in its own goroutine.
func (s *storer) write(ctx context.Context, batch []*marsad.Document, place chan<- []*marsad.Document) (w written) {
	res, err := s.db.PutDocuments(ctx, batch)
	docs := batch[:len(res)]
	if err != nil {
		if ctx.Err() != nil {
			w.err = ctx.Err()
			return w
		}
		// Store the rest one by one, so that one bad document fails alone.
		docs = slices.Clone(docs)
		for _, d := range batch[len(res):] {
			r, err := s.db.PutDocument(ctx, d)
			if err != nil {
				if ctx.Err() != nil {
					w.err = ctx.Err()
					return w
				}
				w.counts.Failed++
				w.notes = append(w.notes, fmt.Sprintf("marsad: %s: store: %v", d.Article.Source, err))
				continue
			}
			res = append(res, r)
			docs = append(docs, d)
		}
	}
	changed := docs[:0:0]
	for i, r := range res {
		switch r {
		case marsad.PutNew:
			w.counts.New++
		case marsad.PutUpdated:
			w.counts.Updated++
		case marsad.PutUnchanged:
			w.counts.Unchanged++
		}
		if r != marsad.PutUnchanged {
			changed = append(changed, docs[i])
		}
	}
	if place != nil && len(changed) > 0 {
		place <- changed
	}
	return w
}

// placeStories places the documents received in their stories and saves
// the stories, every storySaveDocs documents or storySaveEvery and once
// in is closed. After a failure, sent to failed, it drains in, so that
// the writers never block.
func (s *storer) placeStories(ctx context.Context, in <-chan []*marsad.Document, failed chan<- error) error {
	placed, saved := 0, time.Now()
	var err error
	for docs := range in {
		if err != nil {
			continue
		}
		for _, d := range docs {
			s.stories.add(d)
		}
		placed += len(docs)
		if placed >= storySaveDocs || time.Since(saved) >= storySaveEvery {
			placed, saved = 0, time.Now()
			if err = s.stories.save(ctx); err != nil {
				failed <- err
			}
		}
	}
	if err != nil {
		return err
	}
	return s.stories.save(ctx)
}

// printAbove prints one line on stderr without breaking the progress bar.
func (m *Main) printAbove(bar *progressbar.ProgressBar, format string, args ...any) {
	if bar != nil {
		bar.Clear()
	}
	fmt.Fprintf(m.Stderr, format+"\n", args...)
}

// observe passes each article to the pipeline's corpus statistics before
// it is analysed.
func observe(p *pipeline.Pipeline, in iter.Seq2[*marsad.Article, error]) iter.Seq2[*marsad.Article, error] {
	return func(yield func(*marsad.Article, error) bool) {
		for a, err := range in {
			if a != nil {
				p.Observe(a)
			}
			if !yield(a, err) {
				return
			}
		}
	}
}
