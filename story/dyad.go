package story

import (
	"cmp"
	"slices"

	"github.com/marsad-project/marsad"
)

// The PLOVER types by the kind of relation they express. Cooperation is
// verbal (AGREE, CONSULT, SUPPORT) and material (COOPERATE, AID, CONCEDE,
// RETREAT); conflict is verbal (ACCUSE, REJECT, THREATEN, PROTEST) and
// material (SANCTION, MOBILIZE, COERCE, ASSAULT). REQUEST (an appeal or a
// demand) is neither and counts in ByType only.
var (
	cooperation = map[marsad.PLOVERType]bool{
		"AGREE": true, "CONSULT": true, "SUPPORT": true, "COOPERATE": true,
		"AID": true, "CONCEDE": true, "RETREAT": true,
	}
	conflict = map[marsad.PLOVERType]bool{
		"ACCUSE": true, "REJECT": true, "THREATEN": true, "PROTEST": true,
		"SANCTION": true, "MOBILIZE": true, "COERCE": true, "ASSAULT": true,
	}
)

// IsCooperation reports whether t is a cooperative PLOVER type.
func IsCooperation(t marsad.PLOVERType) bool { return cooperation[t] }

// IsConflict reports whether t is a conflictual PLOVER type.
func IsConflict(t marsad.PLOVERType) bool { return conflict[t] }

// between reports whether ev is an action between a and b, either way; an
// empty b matches any partner of a.
func between(ev *marsad.Event, a, b marsad.ActorCode) bool {
	s, t := ev.SourceCode, ev.TargetCode
	if b == "" {
		return s == a || t == a
	}
	return s == a && t == b || s == b && t == a
}

// Timeline returns the events between actors a and b (either way; any
// partner of a when b is empty), in time order: by the start of their
// dates, the less precise first on a tie, undated events last, in their
// given order otherwise. Negated events are left out.
func Timeline(events []CanonicalEvent, a, b marsad.ActorCode) []CanonicalEvent {
	var out []CanonicalEvent
	for i := range events {
		ev := &events[i].Event
		if ev.Modality != marsad.Negated && between(ev, a, b) {
			out = append(out, events[i])
		}
	}
	slices.SortStableFunc(out, func(x, y CanonicalEvent) int {
		dx, dy := x.Event.Date, y.Event.Date
		if dx.IsZero() || dy.IsZero() {
			return cmp.Compare(boolInt(dx.IsZero()), boolInt(dy.IsZero()))
		}
		return cmp.Or(dx.Time.Compare(dy.Time), cmp.Compare(dx.Precision, dy.Precision))
	})
	return out
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// Month is the activity of a dyad in one calendar month.
type Month struct {
	Month         string                    // YYYY-MM
	ByType        map[marsad.PLOVERType]int // events by PLOVER type
	MeanGoldstein float64                   // mean Goldstein weight of the events with a CAMEO code; 0 when none has one
	Cooperation   int                       // events of a cooperative type (IsCooperation)
	Conflict      int                       // events of a conflictual type (IsConflict)
}

// Dyad counts the events between a and b (either way) by month, in month
// order. Only asserted and claimed events dated to the month or the day
// count: a planned or negated action did not happen, and a year says too
// little. goldstein gives the weight of a CAMEO code (event.Goldstein);
// with a nil goldstein MeanGoldstein stays 0.
func Dyad(events []CanonicalEvent, a, b marsad.ActorCode, goldstein func(marsad.CAMEOCode) float64) []Month {
	byMonth := map[string]*Month{}
	sums := map[string][2]float64{}
	for i := range events {
		ev := &events[i].Event
		if !between(ev, a, b) || ev.Date.Precision < marsad.PrecisionMonth ||
			ev.Modality == marsad.Negated || ev.Modality == marsad.Planned {
			continue
		}
		k := ev.Date.Time.Format("2006-01")
		m := byMonth[k]
		if m == nil {
			m = &Month{Month: k, ByType: map[marsad.PLOVERType]int{}}
			byMonth[k] = m
		}
		m.ByType[ev.Type]++
		switch {
		case cooperation[ev.Type]:
			m.Cooperation++
		case conflict[ev.Type]:
			m.Conflict++
		}
		if goldstein != nil && ev.CAMEO != "" {
			s := sums[k]
			s[0] += goldstein(ev.CAMEO)
			s[1]++
			sums[k] = s
		}
	}
	out := make([]Month, 0, len(byMonth))
	for k, m := range byMonth {
		if s := sums[k]; s[1] > 0 {
			m.MeanGoldstein = s[0] / s[1]
		}
		out = append(out, *m)
	}
	slices.SortFunc(out, func(x, y Month) int { return cmp.Compare(x.Month, y.Month) })
	return out
}
