// Command train trains the ner package's model on a CoNLL corpus and
// writes it, or, with -dev, holds out the last sixth of the corpus and
// reports entity F1 on it after each epoch.
//
//	go run ./internal/train -in ../../shared/data/anercorp/train.txt -kb -petrarch ../../shared/data/petrarch-ar -out model/anercorp.ner.gz
//	go run ./internal/train -in ../../shared/data/anercorp/train.txt -kb -petrarch ../../shared/data/petrarch-ar -dev
//	go run ./internal/train -in ../../shared/data/anercorp/train.txt -kb -petrarch ../../shared/data/petrarch-ar -dev -hold 5
//
// -hold K holds out the K-th sixth instead (a second split, so as not to
// tune to one).
//
// With -kb the model learns from the name lists of the knowledge base
// (and, with -petrarch, of the UniversalPetrarch actor dictionary) as
// well; see package names.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/marsad-project/marsad/ner"
	"github.com/marsad-project/marsad/ner/names"
)

func main() {
	in := flag.String("in", "", "CoNLL training corpus")
	out := flag.String("out", "", "model file to write")
	dev := flag.Bool("dev", false, "hold out the last 1/6 of the tokens and report F1 per epoch")
	hold := flag.Int("hold", 6, "with -dev, the sixth of the tokens to hold out (1..6; 6 is the last, the way the test part was cut)")
	epochs := flag.Int("epochs", 0, "epochs (0: default)")
	seed := flag.Uint64("seed", 0, "shuffle seed (0: default)")
	folds := flag.Int("folds", 0, "gazetteer folds (0: default)")
	prune := flag.Float64("prune", 0, "weight pruning threshold (0: default, <0: none)")
	dropout := flag.Float64("dropout", 0, "word dropout (0: default, <0: none)")
	window := flag.Int("window", 0, "document window in sentences (0: default)")
	dump := flag.String("dump", "", "with -dev, write the held-out part here as token, gold tag and predicted tag a line")
	kb := flag.Bool("kb", false, "train with the name lists of the knowledge base (gazetteer.Default)")
	petrarch := flag.String("petrarch", "", "folder of the UniversalPetrarch Arabic dictionaries to add to the name lists (with -kb)")
	flag.Parse()
	opt := ner.TrainOptions{Epochs: *epochs, Seed: *seed, Folds: *folds, Prune: *prune, Dropout: *dropout, DocWindow: *window}
	if *kb {
		lists, err := names.Load(*petrarch)
		if err != nil {
			fmt.Fprintln(os.Stderr, "train:", err)
			os.Exit(1)
		}
		opt.Names = lists
	}
	if *hold < 1 || *hold > 6 {
		fmt.Fprintln(os.Stderr, "train: -hold must be 1..6")
		os.Exit(2)
	}
	if err := run(*in, *out, *dev, *hold, *dump, opt); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

func run(in, out string, dev bool, hold int, dump string, opt ner.TrainOptions) error {
	f, err := os.Open(in)
	if err != nil {
		return err
	}
	defer f.Close()
	sents, err := ner.ReadCoNLL(f)
	if err != nil {
		return err
	}
	start := time.Now()
	if dev {
		train, held := holdOut(sents, hold)
		var last ner.Scores
		opt.OnEpoch = func(epoch int, m *ner.Model) {
			last = ner.EvaluateModel(m, held)
			fmt.Printf("epoch %d (%.1fs): F1 %.4f  P %.4f  R %.4f\n", epoch, time.Since(start).Seconds(), last.F1, last.Precision, last.Recall)
		}
		m, err := ner.TrainSentences(train, opt)
		if err != nil {
			return err
		}
		fmt.Print(last)
		if dump != "" {
			return writeDump(dump, m, held)
		}
		return nil
	}
	m, err := ner.TrainSentences(sents, opt)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		return err
	}
	fmt.Printf("trained in %.1fs, %d bytes\n", time.Since(start).Seconds(), buf.Len())
	return os.WriteFile(out, buf.Bytes(), 0o644)
}

// holdOut cuts sents into six parts of about the same number of tokens
// and returns the others, in order, and part k (1..6). With k = 6 it is
// ner.SplitTail(sents, 6).
func holdOut(sents []ner.Sentence, k int) (train, held []ner.Sentence) {
	if k == 6 {
		return ner.SplitTail(sents, 6)
	}
	total := 0
	for _, s := range sents {
		total += len(s.Tokens)
	}
	lo, hi := total*(k-1)/6, total*k/6
	n := 0
	for _, s := range sents {
		if n >= lo && n < hi {
			held = append(held, s)
		} else {
			train = append(train, s)
		}
		n += len(s.Tokens)
	}
	return train, held
}

// writeDump tags held with m and writes each token with its gold and its
// predicted tag, a blank line after each sentence, for error analysis.
func writeDump(path string, m *ner.Model, held []ner.Sentence) error {
	toks := make([][]string, len(held))
	for i, s := range held {
		toks[i] = s.Tokens
	}
	pred := m.TagSentences(toks)
	var b bytes.Buffer
	for i, s := range held {
		for j, t := range s.Tokens {
			fmt.Fprintf(&b, "%s %s %s\n", t, s.Tags[j], pred[i][j])
		}
		b.WriteByte('\n')
	}
	return os.WriteFile(path, b.Bytes(), 0o644)
}
