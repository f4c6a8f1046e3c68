package main

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/arabic"
	"github.com/marsad-project/marsad/gazetteer"
	"github.com/spf13/cobra"
)

// EntityReport is what marsad entities tells of one entity.
type EntityReport struct {
	QID       marsad.QID        `json:"id,omitempty"`
	Name      string            `json:"name"`
	Arabic    string            `json:"arabic"`
	Type      marsad.EntityType `json:"type"`
	Code      marsad.ActorCode  `json:"code,omitempty"`
	Aliases   []string          `json:"aliases,omitempty"`
	Roles     []string          `json:"roles,omitempty"`
	Mentions  int               `json:"mentions"`
	Documents []string          `json:"documents"`
}

func (m *Main) entitiesCommand() *cobra.Command {
	var asJSON bool
	var limit int
	cmd := &cobra.Command{
		Use:   "entities QUERY",
		Short: "Look an entity up in the knowledge base and the store",
		Long: `entities looks QUERY up (an Arabic name, alias or nisba adjective, a QID, or an
actor code) in the knowledge base and among the entities of the stored documents,
and prints each entity found with its mentions and the documents that mention it.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			query := strings.TrimSpace(strings.Join(args, " "))
			kb, err := m.knowledgeBase()
			if err != nil {
				return err
			}
			reports := map[string]*EntityReport{}
			var order []string
			key := func(q marsad.QID, arabicName string) string {
				if q != "" {
					return string(q)
				}
				return "ar:" + arabic.Normalize(arabicName)
			}
			add := func(e *gazetteer.Entity) {
				k := key(e.QID, e.Arabic)
				if reports[k] != nil {
					return
				}
				r := &EntityReport{QID: e.QID, Name: e.Name, Arabic: e.Arabic, Type: e.Type, Code: e.Code, Aliases: e.Aliases, Documents: []string{}}
				for _, role := range e.Roles {
					to := "now"
					if !role.To.IsZero() {
						to = role.To.Format("2006-01-02")
					}
					r.Roles = append(r.Roles, fmt.Sprintf("%s %s %s–%s", role.Key, role.Country, role.From.Format("2006-01-02"), to))
				}
				reports[k] = r
				order = append(order, k)
			}
			if e := kb.ByQID(marsad.QID(query)); e != nil {
				add(e)
			}
			if e := kb.Country(marsad.ActorCode(strings.ToUpper(query))); e != nil {
				add(e)
			}
			for _, e := range kb.Lookup(arabic.Normalize(query)) {
				add(e)
			}
			db, err := m.openStore()
			if err != nil {
				return err
			}
			nq := arabic.Normalize(query)
			for d, err := range db.Documents(cmd.Context(), marsad.DocumentFilter{}) {
				if err != nil {
					return err
				}
				for _, e := range d.Entities {
					k := key(e.ID, e.Arabic)
					r := reports[k]
					if r == nil {
						if string(e.ID) != query && !strings.Contains(arabic.Normalize(e.Arabic), nq) {
							continue
						}
						r = &EntityReport{QID: e.ID, Name: e.Name, Arabic: e.Arabic, Type: e.Type, Code: e.Code, Documents: []string{}}
						reports[k] = r
						order = append(order, k)
					}
					r.Mentions += len(e.Mentions)
					r.Documents = append(r.Documents, d.ID())
				}
			}
			if len(order) == 0 {
				return marsad.Errorf(marsad.ENOTFOUND, "no entity matches %q", query)
			}
			if limit > 0 && len(order) > limit {
				order = order[:limit]
			}
			if asJSON {
				enc := json.NewEncoder(m.Stdout)
				enc.SetEscapeHTML(false)
				for _, k := range order {
					if err := enc.Encode(reports[k]); err != nil {
						return err
					}
				}
				return nil
			}
			for _, k := range order {
				r := reports[k]
				fmt.Fprintf(m.Stdout, "%s\t%s\t%s\t%s\t%s\n", orDash(string(r.QID)), r.Type, orDash(string(r.Code)), r.Name, r.Arabic)
				for _, role := range r.Roles {
					fmt.Fprintf(m.Stdout, "\trole %s\n", role)
				}
				fmt.Fprintf(m.Stdout, "\t%d mention(s) in %d document(s) %s\n", r.Mentions, len(r.Documents), strings.Join(r.Documents, " "))
			}
			return nil
		},
	}
	m.dbFlag(cmd)
	cmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON object a line")
	cmd.Flags().IntVar(&limit, "limit", 20, "at most this many entities")
	return cmd
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
