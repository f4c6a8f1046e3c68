package main

import (
	"fmt"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/export"
	"github.com/marsad-project/marsad/ingest"
	"github.com/marsad-project/marsad/story"
	"github.com/spf13/cobra"
)

func (m *Main) analyzeCommand() *cobra.Command {
	var published string
	var workers int
	cmd := &cobra.Command{
		Use:   "analyze PATH|URL...",
		Short: "Analyse articles and print one analysis record per document (JSON Lines)",
		Long: `analyze reads files, directories (recursively), JSON Lines records, HTML pages and
feeds, and prints one analysis record per document as JSON Lines, in the shape of
the gold format. It stores nothing. Unreadable inputs are reported on stderr, one
line each; the others are still analysed, and the exit status says something failed.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			pub, err := parsePublished(published)
			if err != nil {
				return err
			}
			return m.analyze(cmd, args, pub, workers)
		},
	}
	cmd.Flags().StringVar(&published, "published", "", "publication date (YYYY-MM-DD) for documents that carry none")
	cmd.Flags().IntVar(&workers, "workers", 0, "analysis workers (0: one per CPU)")
	return cmd
}

func (m *Main) analyze(cmd *cobra.Command, targets []string, pub marsad.Date, workers int) error {
	docs, failed, err := m.analyzeAll(cmd, targets, pub, workers)
	if err != nil {
		return err
	}
	w := export.NewWriter(m.Stdout)
	for _, d := range docs {
		if err := w.WriteDocument(d); err != nil {
			return fmt.Errorf("write record: %w", err)
		}
	}
	if err := writeStories(w, docs); err != nil {
		return err
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("write records: %w", err)
	}
	if failed > 0 {
		fmt.Fprintf(m.Stderr, "marsad: %d input(s) failed, %d document(s) analysed\n", failed, len(docs))
		return errReported
	}
	return nil
}

// writeStories groups docs into stories and writes one {"story": ...} line
// for each story of two documents or more.
func writeStories(w *export.Writer, docs []*marsad.Document) error {
	for _, st := range story.Stories(docs) {
		if len(st.Documents) < 2 {
			continue
		}
		if err := w.WriteStory(export.Story{Label: st.Label, Documents: st.Documents}); err != nil {
			return fmt.Errorf("write story: %w", err)
		}
	}
	return nil
}

// analyzeAll reads every target, learns the corpus statistics from all the
// articles, then analyses them. It reports unreadable inputs on stderr and
// returns how many there were.
func (m *Main) analyzeAll(cmd *cobra.Command, targets []string, pub marsad.Date, workers int) ([]*marsad.Document, int, error) {
	ctx := cmd.Context()
	p, err := m.newPipeline(pub)
	if err != nil {
		return nil, 0, err
	}
	var arts []*marsad.Article
	failed := 0
	for a, err := range readTargets(ctx, targets, ingest.DefaultOptions()) {
		if err != nil {
			failed++
			fmt.Fprintf(m.Stderr, "marsad: %v\n", err)
			continue
		}
		arts = append(arts, a)
	}
	if err := ctx.Err(); err != nil {
		return nil, failed, err
	}
	for _, a := range arts {
		p.Observe(a)
	}
	docs := make([]*marsad.Document, 0, len(arts))
	err = p.Map(ctx, arts, workers, func(d *marsad.Document) error {
		docs = append(docs, d)
		return nil
	})
	return docs, failed, err
}
