// Package ner is marsad's statistical named-entity tagger for Arabic: it
// finds persons (PERS), places (LOC), organisations (ORG) and other names
// (MISC) in tokens or raw text, with BIO tags.
//
// # Model
//
// The tagger is two averaged structured perceptrons over the nine BIO
// labels, decoded with Viterbi under the BIO constraint (I-X only after
// B-X or I-X). Features are hashed to 64 bits (FNV-1a) without allocating
// per feature and looked up in an open-addressed table:
//
//   - the normalised word (arabic.Normalize), its light stem (arabic.Stem),
//     its clitic-stripped bases (arabic.Bases), its prefixes and suffixes
//     of one to three letters, its letter trigrams and its shape;
//   - the two words either side, the stems and endings of the next and
//     previous ones, and the word bigrams;
//   - a lexicon learnt from the training data: how often each word, or one
//     of its bases once و ب ل ال are stripped, is part of an entity of each
//     type, how frequent it is, and the multi-word entities seen;
//   - trigger words before the token (الرئيس, وزير, مدينة, شركة, وكالة...)
//     and the classes of its neighbours;
//   - external name lists (TrainOptions.Names): whether the token is the
//     only, first, inside or last word of the longest listed name of
//     each type (PERS, LOC, ORG, MISC, or a place adjective such as
//     المصري) matched over the clitic-stripped bases, and the types of
//     the listed names its bases are part of, open or close, alone and
//     with the neighbours' and the trigger before.
//
// The name lists are given at training time and saved in the model file,
// so the package does not depend on where they come from. The shipped
// model's lists are built by the internal names package from the
// project's knowledge base (gazetteer.Default: countries and their
// adjectives, cities, regions, organisations, people), the
// UniversalPetrarch Arabic actor dictionary (MIT) and a list of its own
// (football clubs, companies, media, parties, currencies, competitions,
// given names).
//
// The second perceptron adds what the first one found elsewhere in the
// text: how the other occurrences of the word (and its stem) within ten
// sentences either side were tagged, since a name named once in full is
// often repeated alone.
//
// Training (Train, TrainSentences) cuts the corpus into contiguous folds so
// that each sentence's lexicon features, and the first-layer tags the
// second layer learns from, come from models that did not see it; it
// hides a token's own word features at random (word dropout) so that the
// context learns to find unseen names. Shuffling and dropout use a fixed
// seed: the same corpus and options give a byte-identical model file.
//
// # The shipped model
//
// Default returns the model embedded from model/anercorp.ner.gz, trained
// on the ANERcorp training part (CC BY-SA 4.0; see model/README.md for the
// attribution, the figures and the command). Regenerate it with
//
//	go generate ./ner
//
// # Input and output
//
// Model.Tag tags pre-tokenised text (ANERcorp tokens: words with their
// clitics, punctuation apart; a sentence ends after "."), and
// Model.TagSentences sentences cut beforehand, each call's tokens as one
// text, which the second layer reads ten sentences either side of each
// one. Model.TagText
// tags raw text with arabic.Sentences and arabic.Tokenize and returns byte
// spans. ReadCoNLL, WriteCoNLL and TagCoNLL read and write the one token a
// line format; Evaluate scores tags the way conlleval does.
package ner

//go:generate go run ./internal/train -in ../../shared/data/anercorp/train.txt -kb -petrarch ../../shared/data/petrarch-ar -out model/anercorp.ner.gz
