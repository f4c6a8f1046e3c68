package main

import (
	"fmt"
	"net"
	"os"
	"path/filepath"
	"text/tabwriter"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/ingest"
	"github.com/marsad-project/marsad/sample"
	"github.com/spf13/cobra"
)

const defaultDemoAddr = "127.0.0.1:8080"

func (m *Main) demoCommand() *cobra.Command {
	var keep, serve bool
	var query, addr string
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Ingest the bundled sample corpus into a temporary store and show what marsad found",
		Long: `demo copies the bundled sample corpus (short Arabic reports written for marsad:
plain-text scrapes with boilerplate, HTML pages, a feed and JSON Lines records) into a
temporary folder, ingests it into a temporary store, prints the documents, the
boilerplate taken out of them and a search, then serves the web interface and prints
the address to open (Ctrl-C stops it and removes the temporary store).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			dir, err := os.MkdirTemp("", "marsad-demo-")
			if err != nil {
				return fmt.Errorf("demo: %w", err)
			}
			if !keep {
				defer os.RemoveAll(dir)
			}
			corpus := filepath.Join(dir, "corpus")
			if err := sample.CopyTo(corpus); err != nil {
				return fmt.Errorf("demo: copy sample corpus: %w", err)
			}
			m.DBPath = filepath.Join(dir, "marsad.db")
			opt := ingest.DefaultOptions()
			opt.FetchItems = false // the sample feed's links point nowhere: use its own text
			c, err := m.ingest(cmd, []string{corpus}, marsad.Date{}, 0, opt)
			if err != nil {
				return err
			}
			fmt.Fprintf(m.Stdout, "marsad demo: ingested the sample corpus (%s) into %s\n\n", c, m.DBPath)
			db, err := m.openStore()
			if err != nil {
				return err
			}
			tw := tabwriter.NewWriter(m.Stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "id\tpublished\tboilerplate\ttitle")
			var boiler []marsad.Line
			for d, err := range db.Documents(cmd.Context(), marsad.DocumentFilter{}) {
				if err != nil {
					return err
				}
				pub := d.Published.String()
				if pub == "" && d.PublishedRange != nil {
					pub = d.PublishedRange.From.Format("2006-01-02") + "…"
				}
				fmt.Fprintf(tw, "%s\t%s\t%d\t%s\n", d.ID(), pub, len(d.Boilerplate), d.Title)
				boiler = append(boiler, d.Boilerplate...)
			}
			tw.Flush()
			if len(boiler) > 0 {
				fmt.Fprintf(m.Stdout, "\nboilerplate taken out of the bodies (kept in the records):\n")
				for _, l := range boiler {
					fmt.Fprintf(m.Stdout, "  [%s] %s\n", l.Kind, l.Text)
				}
			}
			hits, err := db.Search(cmd.Context(), marsad.SearchQuery{Text: query, Limit: 5})
			if err != nil {
				return err
			}
			fmt.Fprintf(m.Stdout, "\nmarsad search %q:\n", query)
			for _, h := range hits {
				fmt.Fprintf(m.Stdout, "  %s  %s\n    %s\n", h.ID, h.Title, markSnippet(h))
			}
			if keep {
				fmt.Fprintf(m.Stdout, "\nthe store is kept: try  marsad search --db %s الحكومة\n", m.DBPath)
			}
			if !serve {
				return nil
			}
			ln, err := net.Listen("tcp", addr)
			if err != nil && addr == defaultDemoAddr {
				ln, err = net.Listen("tcp", "127.0.0.1:0") // the usual port is taken: any free one
			}
			if err != nil {
				return marsad.Errorf(marsad.EINVALID, "demo: listen on %s: %v", addr, err)
			}
			fmt.Fprintln(m.Stdout)
			return m.serve(cmd.Context(), db, ln, defaultServe)
		},
	}
	cmd.Flags().BoolVar(&keep, "keep", false, "keep the temporary store and corpus")
	cmd.Flags().BoolVar(&serve, "serve", true, "serve the web interface on --addr after ingesting")
	cmd.Flags().StringVar(&addr, "addr", defaultDemoAddr, "the address to serve on (another free port if it is taken)")
	cmd.Flags().StringVar(&query, "query", "وزير الخارجية", "the search to show")
	return cmd
}
