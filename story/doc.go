// Package story groups documents that report the same real-world event —
// the same visit, summit, call or attack — whatever the outlet and the
// wording, and fuses what the documents of a story report.
//
// # Near-duplicates
//
// [Index] finds wire copies and lightly edited rewrites. [Sketch] signs a
// text with MinHash: NumHashes minima of multiply-shift hashes of its
// ShingleSize-word shingles, words normalised with arabic.Normalize. The
// signatures are cut into Bands bands of Rows rows; documents that agree
// on a whole band are candidates, and a candidate whose estimated Jaccard
// similarity reaches DefaultDupThreshold is a near-duplicate. Each
// document is compared with its band neighbours only, never with all.
//
// # Stories
//
// [Clusterer] places each document as it arrives. A near-duplicate joins
// the story of its original, whatever else it says. Otherwise the
// candidate stories are those sharing one of the document's salient
// entities (people, countries, organisations, cities and actor codes,
// weighed by mentions and by a mention in the title or lead) in the weeks
// of its publication date, found through an inverted index keyed by
// entity and week; undated documents look among the latest stories of
// each entity. A candidate is scored by
//
//   - the IDF-weighted cosine of the entities (IDF over the stories),
//   - the TF-IDF cosine of the stems (arabic.Key) of the titles and leads,
//   - the shared event signatures (PLOVER type, source and target codes),
//     counting fully when an action is dated to the same day (±1) by both,
//     and dividing the score when the same action is dated to other days:
//     the next strike, the next call,
//
// times a factor for the days between them. Dates rule first: a document
// more than DefaultMaxGap days from a story's publication dates, or that
// would stretch it over DefaultMaxSpan days, does not join it, so the
// same actors meeting again weeks later start a new story. A document or
// story whose date is unknown or only a wide range must clear a higher
// bar (DefaultVagueThreshold) with wording that agrees (DefaultVagueText),
// since the same actors look alike at every meeting; and no document
// joins on shared actors alone (minText). The best story above the
// threshold wins; with none, the document starts a story. Precision is
// preferred to recall: two events merged is a worse error than one event
// split.
//
// # Fusion
//
// [Fuse] turns the events of a story's documents into [CanonicalEvent]s:
// the same type, source and target, and dates [Compatible] at their
// precision, counted by outlets, articles and mentions, with the most
// precise date any source gives and every date reported. [Compare] does
// the same for figures: the same unit, subject and period within
// tolerance corroborate, values beyond it conflict, other periods form a
// series. [Timeline] and [Dyad] read the fused events of two actors over
// time.
//
// # Resuming
//
// A Clusterer keeps no documents: per story its bounded features, its
// document ids, outlets, label and fused events (fusion is incremental,
// so [Fuse] over a story's documents and the events kept agree); per
// document its story, date, entity and stem hashes and MinHash
// signature. [Clusterer.Changes] returns what changed since its last call
// as records, written once per document and rewritten per story touched,
// so that a store saves work proportional to the new documents;
// [RestoreRecords] rebuilds the posting lists, IDF counts and
// near-duplicate index from them, and the restored clusterer places new
// documents exactly as the one that wrote them would. [Clusterer.Snapshot]
// and [Restore] do the same with one value.
package story
