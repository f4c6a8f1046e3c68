package main

// The figures reached on the seeds; a drop below them fails TestEval_Seeds.
const (
	minBoilerplateF1 = 0.95
	minPublished     = 3
	minEntityF1      = 0.92
	minEventF1       = 0.54
	minQuoteF1       = 0.98
	minFigureF1      = 0.95
	minStoryF1       = 1.0
)
