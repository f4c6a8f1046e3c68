package main

import (
	"bytes"
	"fmt"
	"os"
	"strings"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/eval"
	"github.com/marsad-project/marsad/export"
	"github.com/spf13/cobra"
)

func (m *Main) evalCommand() *cobra.Command {
	var gold, published, docs string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "eval --gold GOLD.json PATH...",
		Short: "Analyse inputs and score the records against a gold file",
		Long: `eval analyses the inputs as analyze does and prints precision, recall and F1 per
field against a gold file, following the matching rules of the gold format
(the same rules as the independent scorer score.py).`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if gold == "" {
				return marsad.Errorf(marsad.EINVALID, "eval needs --gold GOLD.json")
			}
			pub, err := parsePublished(published)
			if err != nil {
				return err
			}
			f, err := os.Open(gold)
			if err != nil {
				return marsad.Errorf(marsad.EINVALID, "open gold file: %v", err)
			}
			g, err := eval.ReadGold(f)
			f.Close()
			if err != nil {
				return marsad.Errorf(marsad.EINVALID, "read gold file %s: %v", gold, err)
			}
			rep, failed, err := m.evaluate(cmd, g, args, pub, splitList(docs))
			if err != nil {
				return err
			}
			if asJSON {
				b, err := rep.JSON()
				if err != nil {
					return err
				}
				fmt.Fprintf(m.Stdout, "%s\n", b)
			} else if err := rep.WriteText(m.Stdout); err != nil {
				return err
			}
			if failed > 0 {
				return errReported
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&gold, "gold", "", "the gold file (marsad-gold/1 JSON)")
	cmd.Flags().StringVar(&published, "published", "", "publication date (YYYY-MM-DD) for documents that carry none")
	cmd.Flags().StringVar(&docs, "docs", "", "score only these document ids (comma-separated)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the scores as JSON (the shape of score.py --json)")
	return cmd
}

// evaluate analyses the targets and scores their records against g.
func (m *Main) evaluate(cmd *cobra.Command, g *eval.Gold, targets []string, pub marsad.Date, only []string) (eval.Report, int, error) {
	docs, failed, err := m.analyzeAll(cmd, targets, pub, 0)
	if err != nil {
		return eval.Report{}, failed, err
	}
	var buf bytes.Buffer
	w := export.NewWriter(&buf)
	for _, d := range docs {
		if err := w.WriteDocument(d); err != nil {
			return eval.Report{}, failed, err
		}
	}
	if err := writeStories(w, docs); err != nil {
		return eval.Report{}, failed, err
	}
	if err := w.Flush(); err != nil {
		return eval.Report{}, failed, err
	}
	sys, stories, err := eval.ReadExport(&buf)
	if err != nil {
		return eval.Report{}, failed, fmt.Errorf("read records: %w", err)
	}
	return eval.Score(g, sys, stories, only), failed, nil
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
