// Package event is marsad's event coder: from each sentence of an Arabic
// news report it codes the actions between actors as PLOVER types and
// CAMEO codes, each tied to the clause that reports it.
//
// # Predicates
//
// The predicate lexicon (lexicon.tsv, embedded) maps Arabic verbs and
// nominal predicates to CAMEO codes: استقبل 043, زيارة 042, أجرى ..
// محادثات 040, فرض .. عقوبات 163, اتهم 112, نفى 016, قصف 195... Words are
// matched on their normalised bases once clitics are removed, a trailing *
// matches any ending, and ".." is a gap of up to six words where the
// actors stand. The longest pattern wins; tokens inside an entity mention
// are never predicates. [PLOVER] derives the type from the code after the
// table of FORMAT.md, and [Goldstein] gives the code's weight. Statement
// verbs (قال, أكد, أعلن: CAMEO 01) are not events: they only name the
// speaker, who becomes the actor of a following clause that has none of its
// own (قال X إنه سيزور Y).
//
// # Actors
//
// Actors are the entities of Document.Entities, found through their
// mentions; a city stands for its country's government. For a verb, the
// subject is the entity right after it (VSO: استقبل شي بوتين), or right
// before it (SVO: بوتين زار), or the antecedent of a relative clause, or
// the subject of the sentence before; the target is the next entity, bare
// or after a preposition (مع, إلى, على, ضد, لـ, بـ...). For a nominal
// predicate the source is the genitive or nisba right after it (زيارة
// بوتين, العقوبات الغربية), a من phrase after the target (الضغوط على X من
// Y), or the sentence's subject for a possessive (استقباله); بين X و Y is
// a pair. A verb written as a passive (قُتل, اعتُقل), or followed by an
// agent phrase (برصاص الجيش, على يد, من قبل), takes the name after it as
// its target and the agent as its source. Protests, force and violence
// (CAMEO 14, 17-20) with no named actor take those of their place (تظاهر
// آلاف في الخرطوم: the Sudanese; قُتل ثلاثة في حلب: Syria on Syria), and
// two bodies of one country can be each other's target in a hostile act
// (الجيش السوداني وقوات الدعم السريع). A show of force (CAMEO 15) with no
// actor is that of its place's country (عرض عسكري في بكين). Two nisbas of
// different codes after a nominal are its source and target (الخلاف
// الأميركي الصيني). Sanctions with no target after them weigh on the
// actor before them in the clause (الاقتصاد الروسي غير خاضع للعقوبات
// الغربية), else the next one in it. The content of an accusation is the
// accused's act, claimed (اتهمت X Y بتقديم دعم عسكري لـZ: AID Y→Z), and a
// denial answers the claimant named after the claim word (زعم مسؤولون
// أمريكيون ...، وهو ما تنفيه بكين). A group mention after من in a
// cooperative act is its pair (كبار الدبلوماسيين من البلدين), and a
// possessive in a fronted adjunct refers to the main verb's subject
// (وخلال استقباله ...، قال شي). A lasting state needs a named source
// (الحرب في أوكرانيا names only a place), and pressure (ضغوط) a target.
// A meeting named again by an undated noun (اللقاء بين X و Y, المباحثات)
// is the one coded before, not another. Meetings, support, cooperation, aid
// and criticism need a target, every event but violence and sanctions a
// source. Actors joined by و act jointly: one event per source and target,
// and a joint subject without target in a cooperative action is a pair
// (محادثات بوتين وشي). An event needs at least one actor. A nominal right
// after a coded predicate in its clause is that predicate's content, not
// an event (دعا إلى إجراء محادثات).
//
// # Modality, date and place
//
// Negated: لم, لن, لا, عدم... just before the predicate. Planned: the
// future particle, سوف, من المتوقع, المقرر, يعتزم, المقبل, or a future date
// expression in the clause. Claimed: زعم, ادعى, مزاعم before it, or a
// denial after it in the sentence (وهو ما تنفيه بكين). The date is that of
// the date expression (timex.Find, against the publication date) in the
// clause, else one before the predicate in the sentence, else the date of
// the paragraph's earlier events, else the publication date for a
// past-tense action in the lead (the first two sentences, or the first of
// the second paragraph), only when that date is a day. Elsewhere a
// past-tense verb in a sentence with no date expression is the day's news
// and takes that day too, unless its clause sets it before (كان ... قد,
// منذ, سبق أن) or the sentence opens with منذ; such events are never
// merged as repeats. A clause runs on
// over a quoted phrase for its date, and a temporal adjunct after it (،
// عندما ...; ، قبل أيام من ...) dates it after its own expressions; وأضاف
// and منذ ذلك keep the date of the sentence before. The reference is the
// publication date; else the first day of a publication range of at most
// seven days; else the month or year holding the whole range (الشهر
// الماضي, العام الماضي resolve, يوم الخميس does not), a named month
// (سبتمبر الماضي) resolving against the range's first day. A repeat of an
// event on the same date is dropped. The location is a place after في or بـ in
// the clause.
//
// # Performance
//
// What the coder needs of a token (its normalised form, segmentations,
// word-list memberships as bit flags, and the lexicon entries its bases may
// begin) is computed once per distinct token text and cached across
// documents, in a bounded map owned by each idle state of the Coder's
// free list; every pattern attempt reads that record. The date finder runs
// only on sentences where a predicate has found its actors. Entity lists
// come from an append-only per-document arena, so the hot loop allocates
// little; no regular expressions.
package event
