package main

import (
	"fmt"
	"io"
	"os"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/export"
	"github.com/spf13/cobra"
)

func (m *Main) exportCommand() *cobra.Command {
	var format, out string
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write the stored analysis records (JSON Lines)",
		Long:  `export writes every stored document as an analysis record, one JSON object a line, in the same shape as analyze.`,
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "jsonl" {
				return marsad.Errorf(marsad.EINVALID, "unsupported --format %q: want jsonl", format)
			}
			db, err := m.openStore()
			if err != nil {
				return err
			}
			var w io.Writer = m.Stdout
			if out != "" && out != "-" {
				f, err := os.Create(out)
				if err != nil {
					return fmt.Errorf("create %s: %w", out, err)
				}
				defer f.Close()
				w = f
			}
			ew := export.NewWriter(w)
			n := 0
			for d, err := range db.Documents(cmd.Context(), marsad.DocumentFilter{}) {
				if err != nil {
					return fmt.Errorf("read store: %w", err)
				}
				if err := ew.WriteDocument(d); err != nil {
					return fmt.Errorf("write record: %w", err)
				}
				n++
			}
			if err := ew.Flush(); err != nil {
				return fmt.Errorf("write records: %w", err)
			}
			m.Logger.Info("exported", "documents", n)
			return nil
		},
	}
	m.dbFlag(cmd)
	cmd.Flags().StringVar(&format, "format", "jsonl", "output format: jsonl")
	cmd.Flags().StringVarP(&out, "output", "o", "", "write to this file instead of standard output")
	return cmd
}
