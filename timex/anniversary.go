package timex

import (
	_ "embed"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/marsad-project/marsad"
)

//go:embed anniversaries.tsv
var anniversariesTSV string

// event is a row of anniversaries.tsv: the key's words as cores (numbers
// as ASCII digits) and the event's date.
type event struct {
	words []string
	date  marsad.Date
}

// events indexes the table by the first word of each key, longest keys
// first.
var events = mustEvents(anniversariesTSV)

func mustEvents(tsv string) map[string][]event {
	m, err := parseEvents(tsv)
	if err != nil {
		panic(err)
	}
	return m
}

func parseEvents(tsv string) (map[string][]event, error) {
	m := map[string][]event{}
	for n, line := range strings.Split(tsv, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 2 {
			return nil, fmt.Errorf("anniversaries.tsv:%d: want key TAB date TAB comment", n+1)
		}
		d, err := marsad.ParseDate(f[1])
		if err != nil {
			return nil, fmt.Errorf("anniversaries.tsv:%d: %w", n+1, err)
		}
		var ev event
		toks, _, norms := tokenize(f[0], nil, nil) // a buffer of its own: the words outlive the call
		for _, t := range toks {
			switch t.kind {
			case tWord:
				ev.words = append(ev.words, core(norms[t.ns:t.ne]))
			case tNum:
				ev.words = append(ev.words, fmt.Sprint(t.val))
			}
		}
		if len(ev.words) == 0 {
			return nil, fmt.Errorf("anniversaries.tsv:%d: empty key", n+1)
		}
		ev.date = d
		m[ev.words[0]] = append(m[ev.words[0]], ev)
	}
	for _, evs := range m {
		sort.SliceStable(evs, func(i, j int) bool { return len(evs[i].words) > len(evs[j].words) })
	}
	return m, nil
}

// matchEvent matches the longest table key at toks[i:]; it returns the
// event and the index after the match.
func matchEvent(toks []token, norms string, i int) (event, int, bool) {
	if i >= len(toks) || toks[i].kind != tWord {
		return event{}, i, false
	}
	for _, ev := range events[core(norms[toks[i].ns:toks[i].ne])] {
		j, ok := i, true
		for _, w := range ev.words {
			if j >= len(toks) {
				ok = false
				break
			}
			t := toks[j]
			switch t.kind {
			case tWord:
				ok = core(norms[t.ns:t.ne]) == w
			case tNum:
				n, err := strconv.Atoi(w)
				ok = err == nil && n == t.val
			default:
				ok = false
			}
			if !ok {
				break
			}
			j++
		}
		if ok {
			return ev, j, true
		}
	}
	return event{}, i, false
}
