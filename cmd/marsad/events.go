package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/marsad-project/marsad"
	"github.com/spf13/cobra"
)

// EventFilter selects events by actor code, PLOVER type, modality and date.
type EventFilter struct {
	Actors   []marsad.ActorCode // each must be the source or the target
	Type     marsad.PLOVERType
	Modality marsad.Modality
	From, To string // YYYY, YYYY-MM or YYYY-MM-DD; compared to the event's date at its precision
}

// Match reports whether ev passes the filter.
func (f EventFilter) Match(ev *marsad.Event) bool {
	for _, a := range f.Actors {
		if ev.SourceCode != a && ev.TargetCode != a {
			return false
		}
	}
	if f.Type != "" && ev.Type != f.Type {
		return false
	}
	if f.Modality != "" && ev.Modality != f.Modality {
		return false
	}
	if f.From != "" || f.To != "" {
		d := ev.Date.String()
		if d == "" {
			return false
		}
		if f.From != "" && d < f.From[:min(len(f.From), len(d))] {
			return false
		}
		if f.To != "" && d > f.To[:min(len(f.To), len(d))] {
			return false
		}
	}
	return true
}

// StoredEvent is an event with the document that reports it.
type StoredEvent struct {
	Document string `json:"document"`
	marsad.Event
}

func (m *Main) eventsCommand() *cobra.Command {
	var actors []string
	var f EventFilter
	var typ, modality string
	var asJSON bool
	var limit int
	cmd := &cobra.Command{
		Use:   "events",
		Short: "List the stored events, filtered by actor code, PLOVER type, modality and date",
		Long: `events lists the events of the stored documents with their evidence. --actor may be
given twice (CHN and RUS: events between the two); --from and --to take YYYY, YYYY-MM
or YYYY-MM-DD and keep the events whose date falls in the range at its own precision.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			for _, a := range actors {
				f.Actors = append(f.Actors, marsad.ActorCode(strings.ToUpper(a)))
			}
			f.Type = marsad.PLOVERType(strings.ToUpper(typ))
			f.Modality = marsad.Modality(strings.ToLower(modality))
			for _, d := range []string{f.From, f.To} {
				if d != "" {
					if _, err := marsad.ParseDate(d); err != nil {
						return marsad.Errorf(marsad.EINVALID, "invalid date %q: want YYYY, YYYY-MM or YYYY-MM-DD", d)
					}
				}
			}
			db, err := m.openStore()
			if err != nil {
				return err
			}
			var out []StoredEvent
			for d, err := range db.Documents(cmd.Context(), marsad.DocumentFilter{}) {
				if err != nil {
					return err
				}
				for i := range d.Events {
					if f.Match(&d.Events[i]) {
						out = append(out, StoredEvent{Document: d.ID(), Event: d.Events[i]})
					}
				}
			}
			if limit > 0 && len(out) > limit {
				out = out[:limit]
			}
			if asJSON {
				enc := json.NewEncoder(m.Stdout)
				enc.SetEscapeHTML(false)
				for _, e := range out {
					if err := enc.Encode(e); err != nil {
						return err
					}
				}
				return nil
			}
			tw := tabwriter.NewWriter(m.Stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "date\ttype\tcameo\tsource\ttarget\tmodality\tdocument\tevidence")
			for _, e := range out {
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", orDash(e.Date.String()), e.Type, orDash(string(e.CAMEO)),
					orDash(string(e.SourceCode)), orDash(string(e.TargetCode)), e.Modality, e.Document, clip(e.Evidence, 120))
			}
			return tw.Flush()
		},
	}
	m.dbFlag(cmd)
	cmd.Flags().StringSliceVar(&actors, "actor", nil, "an actor code the event must involve (repeatable)")
	cmd.Flags().StringVar(&typ, "type", "", "a PLOVER type (CONSULT, ACCUSE, ...)")
	cmd.Flags().StringVar(&modality, "modality", "", "asserted, negated, planned or claimed")
	cmd.Flags().StringVar(&f.From, "from", "", "on or after this date")
	cmd.Flags().StringVar(&f.To, "to", "", "on or before this date")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON object a line")
	cmd.Flags().IntVar(&limit, "limit", 0, "at most this many events (0: all)")
	return cmd
}

// clip shortens s to at most n runes, marking the cut.
func clip(s string, n int) string {
	r := []rune(strings.ReplaceAll(s, "\n", " "))
	if len(r) <= n {
		return string(r)
	}
	return string(r[:n]) + "…"
}
