package sqlite

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/marsad-project/marsad"
)

// TestSearch_Candidates checks that Search ranks only the SearchCandidates
// most recently stored matches, widened to cover the page asked for.
func TestSearch_Candidates(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	// doc-0, stored first, has the word in its title: the best match.
	for i := range 6 {
		doc := &marsad.Document{Article: marsad.Article{ID: fmt.Sprintf("doc-%d", i), Text: "ميناء الحديدة"}}
		doc.Title = "تقرير"
		if i == 0 {
			doc.Title = "ميناء"
		}
		doc.Body = []marsad.Line{{Text: "ميناء الحديدة"}}
		if _, err := db.PutDocument(ctx, doc); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name          string
		candidates    int
		limit, offset int
		want          []string // the hit ids, best first, or in any order after the first
	}{
		{"AllRanked", 0, 10, 0, []string{"doc-0", "doc-1", "doc-2", "doc-3", "doc-4", "doc-5"}},
		{"NewestThree", 3, 3, 0, []string{"doc-3", "doc-4", "doc-5"}},
		// the window grows to offset+limit, so doc-0 is ranked: first of
		// all, it is not on the page after the first four.
		{"WidenedToThePage", 3, 2, 4, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db.SearchCandidates = tt.candidates
			hits, err := db.Search(ctx, marsad.SearchQuery{Text: "ميناء", Limit: tt.limit, Offset: tt.offset})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, h := range hits {
				got = append(got, h.ID)
			}
			if tt.want == nil {
				if len(got) != 2 || slices.Contains(got, "doc-0") {
					t.Errorf("got %v, want two hits without doc-0, the best", got)
				}
				return
			}
			if len(got) != len(tt.want) || got[0] != tt.want[0] && tt.candidates == 0 {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}
