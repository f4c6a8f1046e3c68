package main

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/marsad-project/marsad"
	"github.com/spf13/cobra"
)

func (m *Main) searchCommand() *cobra.Command {
	var limit int
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "search QUERY",
		Short: "Search the stored documents (Arabic-aware, BM25, phrases in quotes)",
		Long: `search finds stored documents whose title or body match every word of the query,
after Arabic normalisation, clitic removal and light stemming (الحكومة finds
وللحكومة and حكومات). A part of the query in double quotes is a phrase. Results are
ranked by BM25 and shown with a snippet, matches between [ and ].`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			db, err := m.openStore()
			if err != nil {
				return err
			}
			hits, err := db.Search(cmd.Context(), marsad.SearchQuery{Text: strings.Join(args, " "), Limit: limit})
			if err != nil {
				return err
			}
			if asJSON {
				enc := json.NewEncoder(m.Stdout)
				enc.SetEscapeHTML(false)
				return enc.Encode(hits)
			}
			if len(hits) == 0 {
				fmt.Fprintln(m.Stdout, "no documents found")
				return nil
			}
			for _, h := range hits {
				fmt.Fprintf(m.Stdout, "%s\t%.2f\t%s\n\t%s\n", h.ID, h.Score, h.Title, markSnippet(h))
			}
			return nil
		},
	}
	m.dbFlag(cmd)
	cmd.Flags().IntVar(&limit, "limit", 10, "at most this many results")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the results as JSON")
	return cmd
}

// markSnippet puts the highlighted parts of a hit's snippet between [ and ].
func markSnippet(h marsad.SearchHit) string {
	var b strings.Builder
	last := 0
	for _, s := range h.Highlights {
		if s.Start < last || s.End > len(h.Snippet) {
			continue
		}
		b.WriteString(h.Snippet[last:s.Start])
		b.WriteString("[")
		b.WriteString(h.Snippet[s.Start:s.End])
		b.WriteString("]")
		last = s.End
	}
	b.WriteString(h.Snippet[last:])
	return strings.ReplaceAll(b.String(), "\n", " ")
}
