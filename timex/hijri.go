package timex

import (
	"math"
	"time"
)

// hijriEpochJD is the Julian day of 1 Muharram 1 AH in the civil (Friday
// 16 July 622 Julian) epoch of the tabular Islamic calendar.
const hijriEpochJD = 1948439.5

// unixEpochJD is the Julian day of 1970-01-01 00:00 UTC.
const unixEpochJD = 2440587.5

// HijriToGregorian converts a date of the arithmetic (tabular) Islamic
// calendar, civil epoch, 11 leap years in 30 (years 2, 5, 7, 10, 13, 16,
// 18, 21, 24, 26, 29), to the Gregorian calendar. Observed calendars (Umm
// al-Qura, moon sighting) differ from it by a day or two. ok is false when
// month or day is out of range.
func HijriToGregorian(year, month, day int) (t time.Time, ok bool) {
	if year < 1 || month < 1 || month > 12 || day < 1 || day > 30 {
		return time.Time{}, false
	}
	if day == 30 && month%2 == 0 && !(month == 12 && hijriLeap(year)) {
		return time.Time{}, false
	}
	jd := float64(day) + math.Ceil(29.5*float64(month-1)) + float64(year-1)*354 +
		math.Floor(float64(3+11*year)/30) + hijriEpochJD - 1
	days := int(math.Round(jd - unixEpochJD))
	return time.Date(1970, 1, 1+days, 0, 0, 0, 0, time.UTC), true
}

func hijriLeap(year int) bool { return (14+11*year)%30 < 11 }
