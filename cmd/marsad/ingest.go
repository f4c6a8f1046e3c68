package main

import (
	"context"
	"fmt"
	"iter"
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
something failed.`,
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
type storer struct {
	db     *sqlite.DB
	m      *Main
	bar    *progressbar.ProgressBar
	counts *IngestCounts
	// stories, when set, places each document stored in its story.
	stories *storyKeeper
	batch   []*marsad.Document
	since   time.Time
}

// ingestBatch is how many documents one transaction stores at most; a
// batch is also written once it is a second old, so a slow source (a feed
// fetched item by item) does not hold documents back.
const ingestBatch = 256

func (s *storer) add(ctx context.Context, d *marsad.Document) error {
	if len(s.batch) == 0 {
		s.since = time.Now()
	}
	s.batch = append(s.batch, d)
	if len(s.batch) >= ingestBatch || time.Since(s.since) > time.Second {
		return s.flush(ctx)
	}
	return nil
}

func (s *storer) flush(ctx context.Context) error {
	if len(s.batch) == 0 {
		return nil
	}
	batch := s.batch
	s.batch = nil
	res, err := s.db.PutDocuments(ctx, batch)
	docs := batch[:len(res)]
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		// Store the rest one by one, so that one bad document fails alone.
		docs = slices.Clone(docs)
		for _, d := range batch[len(res):] {
			r, err := s.db.PutDocument(ctx, d)
			if err != nil {
				if ctx.Err() != nil {
					return ctx.Err()
				}
				s.counts.Failed++
				s.m.printAbove(s.bar, "marsad: %s: store: %v", d.Article.Source, err)
				continue
			}
			res = append(res, r)
			docs = append(docs, d)
		}
	}
	for i, r := range res {
		switch r {
		case marsad.PutNew:
			s.counts.New++
		case marsad.PutUpdated:
			s.counts.Updated++
		case marsad.PutUnchanged:
			s.counts.Unchanged++
		}
		if s.stories != nil && r != marsad.PutUnchanged {
			s.stories.add(docs[i])
		}
	}
	if s.stories != nil {
		return s.stories.save(ctx)
	}
	return nil
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
