package main

import (
	"context"
	"fmt"
	"iter"
	"os"
	"strings"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/analysis"
	"github.com/marsad-project/marsad/gazetteer"
	"github.com/marsad-project/marsad/ingest"
	"github.com/marsad-project/marsad/pipeline"
	"github.com/marsad-project/marsad/search"
	"github.com/marsad-project/marsad/sqlite"
	"golang.org/x/term"
)

func isTerminal(f *os.File) bool { return term.IsTerminal(int(f.Fd())) }

// newPipeline returns the full analysis, giving published to documents that
// carry no date of their own.
func (m *Main) newPipeline(published marsad.Date) (*pipeline.Pipeline, error) {
	kb, err := m.knowledgeBase()
	if err != nil {
		return nil, err
	}
	return analysis.New(kb, published), nil
}

// knowledgeBase returns the shipped knowledge base with the user's --kb
// files merged into it.
func (m *Main) knowledgeBase() (*gazetteer.KB, error) {
	if len(m.KBFiles) == 0 {
		return gazetteer.Default(), nil
	}
	kb := gazetteer.New()
	if err := kb.Merge(gazetteer.Default()); err != nil {
		return nil, err
	}
	for _, path := range m.KBFiles {
		f, err := os.Open(path)
		if err != nil {
			return nil, marsad.Errorf(marsad.EINVALID, "--kb: %v", err)
		}
		format := gazetteer.FormatTSV
		if strings.HasSuffix(path, ".jsonl") || strings.HasSuffix(path, ".json") {
			format = gazetteer.FormatJSONL
		}
		user, err := gazetteer.Load(f, format)
		f.Close()
		if err != nil {
			return nil, marsad.Errorf(marsad.EINVALID, "--kb %s: %v", path, err)
		}
		if err := kb.Merge(user); err != nil {
			return nil, marsad.Errorf(marsad.EINVALID, "--kb %s: %v", path, err)
		}
	}
	if err := kb.Validate(); err != nil {
		return nil, marsad.Errorf(marsad.EINVALID, "--kb: the merged knowledge base is invalid: %v", err)
	}
	return kb, nil
}

// parsePublished parses the --published flag.
func parsePublished(s string) (marsad.Date, error) {
	if s == "" {
		return marsad.Date{}, nil
	}
	d, err := marsad.ParseDate(s)
	if err != nil {
		return d, marsad.Errorf(marsad.EINVALID, "invalid --published %q: want YYYY-MM-DD", s)
	}
	return d, nil
}

// openStore opens the SQLite store at m.DBPath, closed with m.
func (m *Main) openStore() (*sqlite.DB, error) {
	db := sqlite.NewDB(m.DBPath)
	db.Analyzer = search.Arabic{}
	if err := db.Open(); err != nil {
		return nil, fmt.Errorf("open store %s: %w", m.DBPath, err)
	}
	m.closers = append(m.closers, db)
	return db, nil
}

// readTargets yields the articles of every target in order, and the error of
// each input that could not be read.
func readTargets(ctx context.Context, targets []string, opt ingest.Options) iter.Seq2[*marsad.Article, error] {
	return func(yield func(*marsad.Article, error) bool) {
		for _, t := range targets {
			for a, err := range ingest.Read(ctx, t, opt) {
				if !yield(a, err) {
					return
				}
			}
		}
	}
}
