package eval

import "time"

// isoDay parses a date as Python 3.11's date.fromisoformat does and returns
// it as a day number (days since 1970-01-01). It accepts what 3.11 accepts:
// YYYY-MM-DD, YYYYMMDD and the ISO week forms YYYY-Www, YYYYWww,
// YYYY-Www-D, YYYYWwwD, on strings of 7, 8 or 10 bytes, years 1 to 9999.
// Like CPython it does not look past the day, so "2025090212" is
// 2025-09-02. ok is false where Python raises.
func isoDay(v any) (int64, bool) {
	s, isStr := v.(string)
	if !isStr {
		return 0, false
	}
	n := len(s)
	if n != 7 && n != 8 && n != 10 {
		return 0, false
	}
	at := func(i int) byte { // CPython reads a NUL past the end
		if i < n {
			return s[i]
		}
		return 0
	}
	p := 0
	digits := func(k int) (int, bool) {
		v := 0
		for j := 0; j < k; j++ {
			c := at(p)
			if c < '0' || c > '9' {
				return 0, false
			}
			v = v*10 + int(c-'0')
			p++
		}
		return v, true
	}
	year, ok := digits(4)
	if !ok {
		return 0, false
	}
	sep := at(p) == '-'
	if sep {
		p++
	}
	if at(p) == 'W' {
		p++
		week, ok := digits(2)
		if !ok {
			return 0, false
		}
		wday := 1
		if p < n {
			if sep {
				c := at(p)
				p++
				if c != '-' {
					return 0, false
				}
			}
			if wday, ok = digits(1); !ok {
				return 0, false
			}
		}
		return isoWeekDay(year, week, wday)
	}
	month, ok := digits(2)
	if !ok {
		return 0, false
	}
	if sep {
		c := at(p)
		p++
		if c != '-' {
			return 0, false
		}
	}
	day, ok := digits(2)
	if !ok {
		return 0, false
	}
	return civilDay(year, month, day)
}

// civilDay validates a Gregorian date as Python's date() does.
func civilDay(y, m, d int) (int64, bool) {
	if y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 {
		return 0, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return 0, false
	}
	return t.Unix() / 86400, true
}

// isoWeekDay converts an ISO week date as CPython's iso_to_ymd does, then
// validates the year of the result.
func isoWeekDay(y, w, d int) (int64, bool) {
	if y < 1 {
		return 0, false // CPython fails on year 0 by another route
	}
	jan1 := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
	if w <= 0 || w >= 53 {
		// An ISO year has 53 weeks when it starts on a Thursday, or on a
		// Wednesday in a leap year.
		wd := jan1.Weekday()
		leap := time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC).YearDay() == 366
		if w != 53 || !(wd == time.Thursday || (wd == time.Wednesday && leap)) {
			return 0, false
		}
	}
	if d <= 0 || d >= 8 {
		return 0, false
	}
	// Monday of ISO week 1: the week holding January 4.
	jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
	off := (int(jan4.Weekday()) + 6) % 7
	t := jan4.AddDate(0, 0, -off+(w-1)*7+d-1)
	if t.Year() < 1 || t.Year() > 9999 {
		return 0, false
	}
	return t.Unix() / 86400, true
}
