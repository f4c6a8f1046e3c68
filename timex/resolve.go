package timex

import (
	"time"

	"github.com/marsad-project/marsad"
)

// resolve fills it.Date of a relative or weekday expression from ref.
func resolve(it *item, ref marsad.Date) {
	if ref.IsZero() {
		return
	}
	rt := ref.Time
	ry, rm := rt.Year(), int(rt.Month())
	day := ref.Precision >= marsad.PrecisionDay
	month := ref.Precision >= marsad.PrecisionMonth
	switch it.Kind {
	case Weekday:
		if !day {
			return
		}
		rwd := int(rt.Weekday())
		var delta int
		switch {
		case it.wdMod < 0:
			if delta = -((rwd - it.wd + 7) % 7); delta == 0 {
				delta = -7
			}
		case it.wdMod > 0:
			if delta = (it.wd - rwd + 7) % 7; delta == 0 {
				delta = 7
			}
		case it.Future:
			delta = (it.wd - rwd + 7) % 7
		default:
			delta = -((rwd - it.wd + 7) % 7)
		}
		it.Date = marsad.DayDate(rt.AddDate(0, 0, delta))
	case Relative:
		switch it.rel {
		case relDays:
			if day {
				it.Date = marsad.DayDate(rt.AddDate(0, 0, it.n))
			}
		case relWeeks:
			if day {
				ws := rt.AddDate(0, 0, -((int(rt.Weekday())-int(time.Saturday))+7)%7+7*it.n)
				it.Range = marsad.DateRange{From: ws, To: ws.AddDate(0, 0, 6)}
				mid := ws.AddDate(0, 0, 3)
				it.Date = monthDate(mid.Year(), int(mid.Month()))
			}
		case relMonths:
			if month {
				t := time.Date(ry, time.Month(rm+it.n), 1, 0, 0, 0, 0, time.UTC)
				it.Date = monthDate(t.Year(), int(t.Month()))
			}
		case relYears:
			it.Date = yearDate(ry + it.n)
		case relNamedPast:
			if month {
				y := ry
				if it.m >= rm {
					y--
				}
				it.Date = monthDate(y, it.m)
			}
		case relNamedNext:
			if month {
				y := ry
				if it.m <= rm {
					y++
				}
				it.Date = monthDate(y, it.m)
			}
		case relOfYear:
			y := ry + it.n
			if it.d > 0 {
				if validDay(y, it.m, it.d) {
					it.Date = dayDate(y, it.m, it.d)
				}
			} else {
				it.Date = monthDate(y, it.m)
			}
		case relSpan:
			switch it.d {
			case 'd':
				if day {
					it.Date = marsad.DayDate(rt.AddDate(0, 0, it.n))
				}
			case 'w':
				if day {
					it.Date = marsad.DayDate(rt.AddDate(0, 0, 7*it.n))
				}
			case 'm':
				if month {
					t := time.Date(ry, time.Month(rm+it.n), 1, 0, 0, 0, 0, time.UTC)
					it.Date = monthDate(t.Year(), int(t.Month()))
				}
			case 'y':
				it.Date = yearDate(ry + it.n)
			}
		}
	}
}

// yearless gives year-less dates (Kind Month) their year: from ref when it
// is known, else from the text (see Find).
func yearless(items []item, toks []token, ref marsad.Date) {
	for k := range items {
		it := &items[k]
		if it.Kind != Month || it.hasYear {
			continue
		}
		var y int
		if !ref.IsZero() && (it.d == 0 && ref.Precision >= marsad.PrecisionMonth || ref.Precision >= marsad.PrecisionDay) {
			rt := ref.Time
			y = rt.Year()
			cand := time.Date(y, time.Month(it.m), max(it.d, 1), 0, 0, 0, 0, time.UTC)
			lo := rt
			if it.d == 0 {
				lo = time.Date(y, rt.Month(), 1, 0, 0, 0, 0, time.UTC)
			}
			if it.Future {
				if cand.Before(lo) {
					y++
				}
			} else if cand.After(lo) {
				y--
			}
		} else {
			y = textYear(items, toks, k)
		}
		if y == 0 {
			continue
		}
		if it.d > 0 {
			if validDay(y, it.m, it.d) {
				it.Date = dayDate(y, it.m, it.d)
			}
		} else {
			it.Date = monthDate(y, it.m)
		}
	}
}

// textYear finds the year the text establishes for items[k]: an
// anniversary in its sentence, an explicit year in its sentence, the
// nearest anniversary in the text, an explicit year in the sentence before
// or after; 0 when none.
func textYear(items []item, toks []token, k int) int {
	s := toks[items[k].ti].sent
	best := func(ok func(it *item, ds int) bool) int {
		y, dist := 0, -1
		for j := range items {
			it := &items[j]
			if j == k || it.Date.IsZero() {
				continue
			}
			ds := toks[it.ti].sent - s
			if !ok(it, ds) {
				continue
			}
			d := it.ti - items[k].ti
			if d < 0 {
				d = -d
			}
			if dist < 0 || d < dist {
				y, dist = it.Date.Time.Year(), d
			}
		}
		return y
	}
	explicit := func(it *item) bool {
		return it.hasYear && (it.Kind == Absolute || it.Kind == Year || it.Kind == Hijri)
	}
	for _, f := range [...]func(it *item, ds int) bool{
		func(it *item, ds int) bool { return ds == 0 && it.Kind == Anniversary },
		func(it *item, ds int) bool { return ds == 0 && explicit(it) },
		func(it *item, ds int) bool { return it.Kind == Anniversary },
		func(it *item, ds int) bool { return (ds == 1 || ds == -1) && explicit(it) },
	} {
		if y := best(f); y != 0 {
			return y
		}
	}
	return 0
}
