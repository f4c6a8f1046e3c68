package main

import (
	"bufio"
	"fmt"
	"io"
	"os"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/ner"
	"github.com/marsad-project/marsad/ner/names"
	"github.com/spf13/cobra"
)

func (m *Main) nerCommand() *cobra.Command {
	var conll string
	cmd := &cobra.Command{
		Use:   "ner --conll FILE",
		Short: "Tag named entities in CoNLL input (one token a line) with the statistical tagger",
		Long: `ner reads one token a line (a second column, if present, is ignored; blank lines are
kept) and prints "token TAG" a line, with BIO tags PERS, LOC, ORG and MISC, so that the
tagger can be scored against held-out text. Sentences end at blank lines and after "."
tokens; the sentences of the file are one text, as the training corpus was, so that a name
tagged in one helps to tag its repeats in the ten sentences either side, up to a -DOCSTART-
line, which starts another. FILE "-" reads standard input.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if conll == "" {
				return marsad.Errorf(marsad.EINVALID, "ner needs --conll FILE")
			}
			var r io.Reader = os.Stdin
			if conll != "-" {
				f, err := os.Open(conll)
				if err != nil {
					return marsad.Errorf(marsad.EINVALID, "open %s: %v", conll, err)
				}
				defer f.Close()
				r = f
			}
			w := bufio.NewWriter(m.Stdout)
			if err := ner.TagCoNLL(ner.Default(), r, w); err != nil {
				return fmt.Errorf("ner %s: %w", conll, err)
			}
			return w.Flush()
		},
	}
	cmd.Flags().StringVar(&conll, "conll", "", "the CoNLL file to tag (- for standard input)")
	return cmd
}

func (m *Main) trainNERCommand() *cobra.Command {
	var out, petrarch string
	var noLists bool
	var opt ner.TrainOptions
	cmd := &cobra.Command{
		Use:   "train-ner CORPUS",
		Short: "Train the statistical entity tagger on a CoNLL corpus (ANERcorp's train.txt)",
		Long: `train-ner trains the tagger on a corpus of "token TAG" lines (ANERcorp:
../shared/data/anercorp/train.txt) and writes the model. The same corpus and options
give a byte-identical model. The tagger learns from external name lists too: the
knowledge base's names and, with --petrarch DIR, the UniversalPetrarch actor
dictionary (../shared/data/petrarch-ar); the model keeps the lists. The shipped model,
ner/model/anercorp.ner.gz, is built with the default options and
--petrarch ../shared/data/petrarch-ar.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := os.Open(args[0])
			if err != nil {
				return marsad.Errorf(marsad.EINVALID, "open corpus: %v", err)
			}
			defer f.Close()
			if !noLists {
				if opt.Names, err = names.Load(petrarch); err != nil {
					return fmt.Errorf("train-ner: name lists: %w", err)
				}
			}
			model, err := ner.Train(f, opt)
			if err != nil {
				return fmt.Errorf("train-ner: %w", err)
			}
			o, err := os.Create(out)
			if err != nil {
				return fmt.Errorf("train-ner: %w", err)
			}
			if err := model.Save(o); err != nil {
				o.Close()
				return fmt.Errorf("train-ner: save: %w", err)
			}
			if err := o.Close(); err != nil {
				return fmt.Errorf("train-ner: save: %w", err)
			}
			fmt.Fprintf(m.Stdout, "train-ner: wrote %s\n", out)
			return nil
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "anercorp.ner.gz", "where to write the model")
	cmd.Flags().IntVar(&opt.Epochs, "epochs", 0, "training epochs (0: the default)")
	cmd.Flags().Uint64Var(&opt.Seed, "seed", 0, "shuffling seed (0: the default)")
	cmd.Flags().StringVar(&petrarch, "petrarch", "", "the folder of the UniversalPetrarch Arabic dictionaries, for the name lists")
	cmd.Flags().BoolVar(&noLists, "no-lists", false, "train without external name lists")
	return cmd
}
