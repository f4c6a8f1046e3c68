package main

import (
	"context"
	"fmt"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/sqlite"
	"github.com/marsad-project/marsad/story"
)

// storyKeeper places stored documents in stories and writes the stories
// they change to the store, so that a later run continues them without
// reading the stored documents again.
type storyKeeper struct {
	db *sqlite.DB
	c  *story.Clusterer
}

// openStories restores the store's story clusterer, and places the stored
// documents that an interrupted run left outside any story.
func openStories(ctx context.Context, db *sqlite.DB) (*storyKeeper, error) {
	st, err := db.LoadClustererState(ctx)
	if err != nil {
		return nil, fmt.Errorf("load stories: %w", err)
	}
	k := &storyKeeper{db: db}
	if st.Header == nil {
		k.c = story.NewClusterer()
	} else if k.c, err = story.RestoreRecords(st.Header, st.Documents, st.Stories); err != nil {
		return nil, fmt.Errorf("restore stories: %w", err)
	}
	ids, err := db.UnplacedDocuments(ctx)
	if err != nil {
		return nil, fmt.Errorf("load stories: %w", err)
	}
	for _, id := range ids {
		d, err := db.Document(ctx, id)
		if err != nil {
			return nil, fmt.Errorf("load stories: %w", err)
		}
		k.c.Add(d)
	}
	return k, k.save(ctx)
}

// add places a document just stored.
func (k *storyKeeper) add(d *marsad.Document) { k.c.Add(d) }

// save writes the stories changed since the last save, in one transaction.
func (k *storyKeeper) save(ctx context.Context) error {
	ch := k.c.Changes()
	if len(ch.Stories) == 0 && len(ch.Documents) == 0 {
		return nil
	}
	u := sqlite.StoryUpdate{State: ch.Header}
	for i, st := range ch.Stories {
		rec := sqlite.StoryRecord{
			ID: st.ID, Seq: ch.StorySeqs[i], Label: st.Label, Summary: st.Summary, From: st.From, To: st.To,
			Documents: st.Documents, Outlets: st.Outlets, State: ch.StoryStates[i],
		}
		for _, ev := range st.Events {
			se := sqlite.StoryEvent{Event: ev.Event, NumSources: ev.NumSources, NumArticles: ev.NumArticles, NumMentions: ev.NumMentions, Dates: ev.Dates}
			for _, e := range ev.Evidence {
				se.Evidence = append(se.Evidence, sqlite.Evidence(e))
			}
			rec.Events = append(rec.Events, se)
		}
		u.Stories = append(u.Stories, rec)
	}
	for _, d := range ch.Documents {
		u.Documents = append(u.Documents, sqlite.DocumentStory{DocumentID: d.ID, StoryID: d.Story, Seq: d.Seq, State: d.State})
	}
	if err := k.db.PutStories(ctx, u); err != nil {
		return fmt.Errorf("store stories: %w", err)
	}
	return nil
}
