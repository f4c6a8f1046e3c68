// Package pipeline runs the analysis stages over articles: order, bounded
// concurrency, progress and cancellation. It knows the stages only through
// the small interfaces declared here, which the stage packages meet.
package pipeline

import (
	"context"
	"iter"
	"runtime"
	"sync"
	"time"

	"github.com/marsad-project/marsad"
)

// Version names the analysis. It is part of each document's hash, so that a
// new analysis replaces what an older one stored.
const Version = "marsad-analysis/1"

// Cleaner makes a document of an article: title, dateline, body and
// boilerplate.
type Cleaner interface {
	Clean(a *marsad.Article) *marsad.Document
}

// Observer learns corpus statistics from articles before they are cleaned.
type Observer interface {
	Observe(a *marsad.Article)
}

// Stage adds what it finds to a document. Stages run in order, each reading
// what the earlier ones wrote.
type Stage interface {
	Run(doc *marsad.Document)
}

// StageFunc adapts a function to a Stage.
type StageFunc func(doc *marsad.Document)

// Run calls f(doc).
func (f StageFunc) Run(doc *marsad.Document) { f(doc) }

// Pipeline is the whole analysis of one article.
type Pipeline struct {
	Cleaner Cleaner
	// DatePublished, the first stage after cleaning, fixes the publication
	// date from the text when the metadata gives none.
	DatePublished Stage
	Stages        []Stage
	// Published is given to documents that carry no date of their own
	// (the --published flag). Zero means none.
	Published marsad.Date
	// Now returns the time of the analysis; time.Now when nil.
	Now func() time.Time
}

// Analyze returns the document of a with every stage applied.
func (p *Pipeline) Analyze(a *marsad.Article) *marsad.Document {
	doc := p.Cleaner.Clean(a)
	doc.Hash = a.Hash() + ":" + Version
	if !a.Published.IsZero() {
		doc.Published = marsad.DayDate(a.Published)
		doc.PublishedSource = marsad.DateFromMetadata
	}
	if doc.Published.IsZero() && p.DatePublished != nil {
		p.DatePublished.Run(doc)
	}
	if doc.Published.IsZero() && !p.Published.IsZero() {
		doc.Published = p.Published
		doc.PublishedRange = nil
		doc.PublishedSource = marsad.DateFromFlag
	}
	for _, s := range p.Stages {
		s.Run(doc)
	}
	if p.Now != nil {
		doc.Analyzed = p.Now().UTC()
	}
	return doc
}

// Observe passes a to the cleaner when it keeps corpus statistics.
func (p *Pipeline) Observe(a *marsad.Article) {
	if o, ok := p.Cleaner.(Observer); ok {
		o.Observe(a)
	}
}

// Item is one input of Stream: an article to analyse, or the error of an
// input that could not be read, passed through in order.
type Item struct {
	Article *marsad.Article
	Err     error
}

// Result is one output of Stream: the document of an Item's article, or the
// Item's error.
type Result struct {
	Doc *marsad.Document
	Err error
}

// Stream analyses the items that in yields with n workers (GOMAXPROCS when
// n ≤ 0) and calls out with each result in input order; at most a few items
// per worker are in flight, so memory stays bounded whatever the input's
// size. Stream stops at the first error out returns, or when ctx is
// done, and returns that error.
func (p *Pipeline) Stream(ctx context.Context, in iter.Seq2[*marsad.Article, error], n int, out func(Result) error) error {
	if n <= 0 {
		n = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type future struct {
		res  Result
		done chan struct{}
		a    *marsad.Article
	}
	jobs := make(chan *future)
	pending := make(chan *future, 4*n)
	var wg sync.WaitGroup
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for f := range jobs {
				f.res.Doc = p.Analyze(f.a)
				f.a = nil
				close(f.done)
			}
		}()
	}
	go func() {
		defer close(pending)
		defer close(jobs)
		for a, err := range in {
			f := &future{done: make(chan struct{}), a: a}
			if err != nil || a == nil {
				f.res.Err = err
				close(f.done)
			}
			select {
			case pending <- f:
			case <-ctx.Done():
				return
			}
			if f.a == nil {
				continue
			}
			select {
			case jobs <- f:
			case <-ctx.Done():
				return
			}
		}
	}()
	var err error
	for f := range pending {
		select {
		case <-f.done:
		case <-ctx.Done():
		}
		if err = ctx.Err(); err != nil {
			break
		}
		if err = out(f.res); err != nil {
			break
		}
	}
	cancel()
	for range pending {
	}
	wg.Wait()
	return err
}

// Map analyses the articles of in as Stream does and calls out with each
// document in input order.
func (p *Pipeline) Map(ctx context.Context, in []*marsad.Article, n int, out func(*marsad.Document) error) error {
	seq := func(yield func(*marsad.Article, error) bool) {
		for _, a := range in {
			if !yield(a, nil) {
				return
			}
		}
	}
	return p.Stream(ctx, seq, n, func(r Result) error { return out(r.Doc) })
}
