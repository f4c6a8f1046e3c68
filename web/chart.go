package web

import "strconv"

// chart is the geometry of the monthly cooperation/conflict chart: per
// month, a bar of cooperative events above the axis and one of conflictual
// events below it, all in SVG user units. The server draws it, so the page
// needs no script.
type chart struct {
	Width, Height int
	Axis          int // y of the zero line
	Bars          []bar
	Ticks         []tick
	Max           int
	Label         string // a text summary for screen readers
}

type bar struct {
	X, Y, W, H int
	Class      string // coop or conflict
	Title      string
}

type tick struct {
	X, Y  int
	Label string
}

// Chart geometry, in SVG user units.
const (
	chartHeight = 240
	chartPad    = 24 // room for month labels, top and bottom
	chartSlot   = 36 // width per month
	chartBar    = 24
)

// newChart lays out the months, scaling both halves by the busiest month.
// The x axis runs right to left, as the page does: the first month is at
// the right edge.
func newChart(ms []monthJSON) chart {
	c := chart{Height: chartHeight, Axis: chartHeight / 2}
	for _, m := range ms {
		c.Max = max(c.Max, m.Cooperative, m.Conflictual)
	}
	c.Width = max(200, len(ms)*chartSlot+chartPad)
	half := chartHeight/2 - chartPad
	scale := func(n int) int {
		if c.Max == 0 {
			return 0
		}
		return (n*half + c.Max - 1) / c.Max
	}
	coop, conflict := 0, 0
	for i, m := range ms {
		x := c.Width - chartPad/2 - (i+1)*chartSlot + (chartSlot-chartBar)/2
		if h := scale(m.Cooperative); h > 0 {
			c.Bars = append(c.Bars, bar{X: x, Y: c.Axis - h, W: chartBar, H: h, Class: "coop",
				Title: m.Month + ": " + strconv.Itoa(m.Cooperative) + " تعاون"})
		}
		if h := scale(m.Conflictual); h > 0 {
			c.Bars = append(c.Bars, bar{X: x, Y: c.Axis, W: chartBar, H: h, Class: "conflict",
				Title: m.Month + ": " + strconv.Itoa(m.Conflictual) + " نزاع"})
		}
		c.Ticks = append(c.Ticks, tick{X: x + chartBar/2, Y: chartHeight - 6, Label: m.Month})
		coop += m.Cooperative
		conflict += m.Conflictual
	}
	c.Label = "رسم بياني شهري: " + Count(coop, "event") + " تعاون و" + Count(conflict, "event") + " نزاع على مدى " +
		Count(len(ms), "month")
	return c
}
