package main

// The figures reached on the seeds; a drop below them fails TestEval_Seeds.
const (
	minBoilerplateF1 = 1.0
	minPublished     = 4
	minEntityF1      = 0.94
	minEventF1       = 0.76
	minQuoteF1       = 0.99
	minFigureF1      = 1.0
	minStoryF1       = 1.0
	minEventDates    = 0.80 // share of matched events whose date agrees
)
