package main

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/event"
	"github.com/marsad-project/marsad/story"
	"github.com/spf13/cobra"
)

// canonicalEvents returns the fused events of every stored story.
func (m *Main) canonicalEvents(cmd *cobra.Command) ([]story.CanonicalEvent, error) {
	db, err := m.openStore()
	if err != nil {
		return nil, err
	}
	recs, err := db.Stories(cmd.Context(), 0, "")
	if err != nil {
		return nil, err
	}
	var out []story.CanonicalEvent
	for _, r := range recs {
		for _, se := range r.Events {
			ce := story.CanonicalEvent{Event: se.Event, NumSources: se.NumSources, NumArticles: se.NumArticles, NumMentions: se.NumMentions, Dates: se.Dates}
			for _, e := range se.Evidence {
				ce.Evidence = append(ce.Evidence, story.Evidence(e))
			}
			out = append(out, ce)
		}
	}
	return out, nil
}

func actorCodes(args []string) []marsad.ActorCode {
	var out []marsad.ActorCode
	for _, a := range args {
		if a = strings.ToUpper(strings.TrimSpace(a)); a != "" {
			out = append(out, marsad.ActorCode(a))
		}
	}
	return out
}

func (m *Main) timelineCommand() *cobra.Command {
	var actors []string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "timeline --actor A --actor B",
		Short: "List the canonical events between two actors in time order, with their sources",
		Long: `timeline lists the canonical events of the stored stories (one event per action,
however many outlets tell it: ingest groups documents into stories and fuses their
events as they arrive) between the two actors, either way, in time order, with the
number of outlets, articles and mentions and the evidence of each source.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			codes := actorCodes(actors)
			if len(codes) != 2 {
				return marsad.Errorf(marsad.EINVALID, "timeline needs two --actor codes (e.g. --actor CHN --actor RUS)")
			}
			evs, err := m.canonicalEvents(cmd)
			if err != nil {
				return err
			}
			tl := story.Timeline(evs, codes[0], codes[1])
			if asJSON {
				enc := json.NewEncoder(m.Stdout)
				enc.SetEscapeHTML(false)
				for _, e := range tl {
					if err := enc.Encode(e); err != nil {
						return err
					}
				}
				return nil
			}
			if len(tl) == 0 {
				fmt.Fprintf(m.Stdout, "no events between %s and %s\n", codes[0], codes[1])
				return nil
			}
			tw := tabwriter.NewWriter(m.Stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "date\ttype\tcameo\tsource\ttarget\toutlets\tarticles\tevidence")
			for _, e := range tl {
				ev := e.Event
				first := ""
				if len(e.Evidence) > 0 {
					first = e.Evidence[0].DocID + ": " + clip(e.Evidence[0].Text, 100)
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%d\t%d\t%s\n", orDash(ev.Date.String()), ev.Type, orDash(string(ev.CAMEO)),
					orDash(string(ev.SourceCode)), orDash(string(ev.TargetCode)), e.NumSources, e.NumArticles, first)
			}
			return tw.Flush()
		},
	}
	m.dbFlag(cmd)
	cmd.Flags().StringSliceVar(&actors, "actor", nil, "an actor code (give two)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON object a line")
	return cmd
}

func (m *Main) dyadCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "dyad A B",
		Short: "Summarise the relation of two actors month by month",
		Long: `dyad counts the canonical events between two actor codes (either way) by month:
events by PLOVER type, the mean Goldstein value, and cooperation against conflict.`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			codes := actorCodes(args)
			if len(codes) != 2 {
				return marsad.Errorf(marsad.EINVALID, "dyad needs two actor codes (e.g. CHN RUS)")
			}
			evs, err := m.canonicalEvents(cmd)
			if err != nil {
				return err
			}
			months := story.Dyad(evs, codes[0], codes[1], event.Goldstein)
			if asJSON {
				enc := json.NewEncoder(m.Stdout)
				enc.SetEscapeHTML(false)
				return enc.Encode(months)
			}
			if len(months) == 0 {
				fmt.Fprintf(m.Stdout, "no dated events between %s and %s\n", codes[0], codes[1])
				return nil
			}
			tw := tabwriter.NewWriter(m.Stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "month\tcooperation\tconflict\tmean goldstein\tby type")
			for _, mo := range months {
				types := make([]string, 0, len(mo.ByType))
				for t, n := range mo.ByType {
					types = append(types, fmt.Sprintf("%s %d", t, n))
				}
				slices.Sort(types)
				fmt.Fprintf(tw, "%s\t%d\t%d\t%+.1f\t%s\n", mo.Month, mo.Cooperation, mo.Conflict, mo.MeanGoldstein, strings.Join(types, ", "))
			}
			return tw.Flush()
		},
	}
	m.dbFlag(cmd)
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the months as JSON")
	return cmd
}
