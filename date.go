package marsad

import (
	"fmt"
	"time"
)

// Precision says how much of a Date the text fixes.
type Precision int

// Precisions, from none to a day.
const (
	PrecisionNone Precision = iota
	PrecisionYear
	PrecisionMonth
	PrecisionDay
)

// Date is a calendar date known to a precision. The zero Date is unknown.
type Date struct {
	Time      time.Time `json:"time"`
	Precision Precision `json:"precision"`
}

// DayDate returns the date of t, to the day.
func DayDate(t time.Time) Date {
	return Date{Time: time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), Precision: PrecisionDay}
}

// IsZero reports whether the date is unknown.
func (d Date) IsZero() bool { return d.Precision == PrecisionNone }

// String formats the date as YYYY-MM-DD, YYYY-MM or YYYY, after its
// precision, or "" when it is unknown.
func (d Date) String() string {
	switch d.Precision {
	case PrecisionDay:
		return d.Time.Format("2006-01-02")
	case PrecisionMonth:
		return d.Time.Format("2006-01")
	case PrecisionYear:
		return fmt.Sprintf("%04d", d.Time.Year())
	}
	return ""
}

// ParseDate parses YYYY-MM-DD, YYYY-MM or YYYY, or an RFC 3339 time.
func ParseDate(s string) (Date, error) {
	for _, l := range []struct {
		layout string
		p      Precision
	}{{"2006-01-02", PrecisionDay}, {"2006-01", PrecisionMonth}, {"2006", PrecisionYear}, {time.RFC3339, PrecisionDay}} {
		if t, err := time.Parse(l.layout, s); err == nil {
			return Date{Time: time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), Precision: l.p}, nil
		}
	}
	return Date{}, Errorf(EINVALID, "invalid date %q: want YYYY-MM-DD, YYYY-MM or YYYY", s)
}

// DateRange is an inclusive range of days.
type DateRange struct {
	From time.Time `json:"from"`
	To   time.Time `json:"to"`
}

// Contains reports whether the day of t lies in the range.
func (r DateRange) Contains(t time.Time) bool {
	return !t.Before(r.From) && !t.After(r.To)
}
