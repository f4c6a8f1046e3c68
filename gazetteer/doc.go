// Package gazetteer is marsad's knowledge base of real-world entities:
// countries and territories, cities, regions, people and organisations,
// each with its Wikidata QID, actor code, English name, canonical Arabic
// form and the Arabic variants that name it, plus the roles people held
// with their dates and the Arabic phrases that name those roles.
//
// The data ships with the binary as reviewable tab-separated files under
// data/ (countries, regions, cities, organisations, people, roles), one
// record a line, embedded with go:embed and parsed once by [Default]. Users
// extend or correct it with files of the same format ([Load], [KB.Merge]);
// README.md describes the format.
//
// # Lookup
//
// Every canonical form, alias and nisba is indexed under its
// arabic.Normalize key. [KB.Lookup] and [KB.Find] are exact matches on such
// keys: a recogniser normalises a window of up to [KB.MaxAliasTokens] words
// of text (after removing clitics with arabic.Bases) and asks for it.
// English names are not indexed; Latin acronyms written in Arabic text
// (NATO, CNN) are, as aliases.
//
// A key belongs to one entity unless the data says otherwise. An alias or
// nisba written "~form" is weak: short or shared (شي for Xi Jinping, عون for
// both Lebanese presidents Aoun, الكويت for Kuwait City beside the country);
// an entity marked Ambiguous, with a reason, makes all its forms weak (صور
// the city of Tyre is also "pictures"). Find lists strong matches before
// weak ones, so the usual reading comes first and the recogniser needs
// context to accept a weak one. [KB.Validate] rejects any key with two
// strong claimants.
//
// # Roles
//
// A person's [Role] is a key (president, prime_minister, foreign_minister,
// king, emir, crown_prince, supreme_leader, secretary_general...) in a
// country or organisation from a first day to an exclusive last day, open
// while the office is held. [KB.Holder] answers "who was the Russian
// president on 1 June 2010", so that الرئيس الروسي resolves by the date of
// the article; [KB.RolePhrases] maps Arabic phrases (رئيس مجلس الدولة,
// العاهل) to role keys. Acting holders are recorded under the role itself.
package gazetteer
