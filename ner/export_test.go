package ner

// SetCoNLLBlock sets the sentences TagCoNLL writes a block, for a test,
// and returns the function that restores it.
func SetCoNLLBlock(n int) (restore func()) {
	old := conllBlock
	conllBlock = n
	return func() { conllBlock = old }
}
