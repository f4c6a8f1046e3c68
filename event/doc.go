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
// an event (دعا إلى إجراء محادثات), unless a word of cause stands between
// (أثارت انتقادات بسبب مذكرة التوقيف: the warrant is an event).
//
// An apposition set between commas after an actor (وسّع شي وبوتين،
// المعروفان بـ...، التنسيق; أدانت فرنسا، الاثنين، الهجوم) is left out, so
// the actor and the words after it stand side by side; a name in a
// pattern's gap counts as one word. The genitive name of a transitive
// verbal noun (kind O in the lexicon: قصف, اعتقال, تزويد, استهداف...) is
// its object, unless a target follows it (قصف إسرائيل لغزة) or it is a
// nisba (القصف الإسرائيلي); its actor is then a nisba after the object,
// the subject before it (واصلت إسرائيل قصف غزة) or the genitive of the
// noun it completes (دور الصين في تزويد روسيا). A preposition with a
// pronoun (بحقه, عليها, معه) names the nearest actor before that fits it
// (ه a person or body, ها a country, city or body) when no target is
// named. A verb joined by و in the clause of a verb with a named subject
// keeps that subject and takes the name after it as its object (اقتحمت
// القوات الإسرائيلية جنين واعتقلت ...; زار X واشنطن والتقى Y), unless a
// target after a preposition follows (ورحب الرئيس المصري بـ...: a new
// subject); a comma-joined verb followed by the subject again (،
// ودعا الزعيمان) takes it as its subject. Co-attendants after إلى جانب
// attend towards the same host; cooperation بين بلديهما by a joint
// subject is the pair's own; a group mention lists its members in the
// document's order. A violent verb before a count (قتل عشرة فلسطينيين)
// opening its sentence is a passive whose source is the actor of the
// attack's name after it (في غارة إسرائيلية). Coercion and violence with
// no named victim and no place fall on a town named in the sentence, and
// coercion (CAMEO 17 but 1712) on the actor's own people (اعتقلت الشرطة
// التركية رئيس بلدية إسطنبول); a protest before a town's building is by
// its people. A war named by its place (حرب أوكرانيا) names no party. A
// partitive من (عناصر من X) names the group acted on.
//
// Actors joined by و before a verb of discussion or meeting (بحث X وY
// سبل ..., the bare بحث read before ب + حث) consult as a pair, and the
// latest pair that acted together in the document (a joint subject, or
// the two sides of a meeting) is remembered: a dual verb with no subject
// of its own (واتفقا على, يبحثان) is that pair's act; a group mention of
// two (الجانبان, البلدين) that the sentence's own names do not confirm
// stands for the sentence's joint subject, else that pair; so do
// first-person group words in a speaker's words (قادتنا, بلدانا); and a
// host with no guest named (في اجتماع استضافته سلطنة عمان) hosts the pair
// of the sentence or the one before. Two mentions of one person joined by
// a particle of names (فيصل بن فرحان آل سعود) are one. A verb describing a
// quantified indefinite noun (رفض أي أعمال تهدد, not كل يوم) is part of
// another predicate's object, and a refusal or threat of something
// general with no one named (رفض أي أعمال) is no event. Talks held during
// a meeting of the sentence (زيارة يجري خلالها محادثات) are that meeting;
// a visit with no destination goes to the sentence's place.
//
// More of the same, for reports of wars, shipping attacks and diplomacy:
// an act a statement verb announces (أعلن الحوثيون استهداف سفينة) is the
// speaker's, and so is one in إن + a possessive noun (قال المتحدث إن قواته
// استهدفت); a subject stands up to four words after its verb when they
// end with باسم (قال المتحدث العسكري باسم الجيش). A verb right after a
// document noun (تبنى مجلس الأمن قرارا يطالب الحوثيين بـ..., بيانا يدين)
// is the issuer's, towards the name after it. Appositions also drop a
// short parenthesis (حميدتي), the leader after بقيادة, بزعامة, برئاسة, and
// adjuncts of time or medium between commas (، مساء الأحد،; ، في بيان،).
// The subject of a relative clause is the name right before it, else an
// unknown noun (بالهجوم الذي استهدف), never the sentence's subject. A body
// of water (البحر الأحمر, or a place after بحر, خليج, مضيق: خليج عدن) is
// only a location, never an actor, and a region (الشرق الأوسط) has no
// people for violence to fall on; a place right after an actor before the
// predicate (جماعة الحوثي في اليمن) describes the actor. A condemnation
// (111) is towards the author of the act it names (الهجمات التي تشنها X),
// else the source of the latest act of force at most two sentences
// before (وندد الجيش الكوري الجنوبي بالإطلاق), and stands without a target
// when the act's author is unknown; so does an accusation of a violent
// act whose accused is no entity; a claimed act on the accuser's own
// (بقصف مواقعه) targets the accuser. A nominal attack with no actor in a
// sentence that coded one is that attack again (في أحدث هجوم للجماعة). An
// exchange by a joint subject (تبادلت روسيا وأوكرانيا الأسرى) is one act
// each way. Agreeing on a ceasefire (اتفقت X وY على وقف إطلاق النار) is
// declaring it (0871). A missile fired at no one, into the sea or as a
// test, is a show of force (150). Aid with no recipient goes to the place
// of its clause (وصلت إلى ميناء بورتسودان سفينة مساعدات إماراتية), and a
// journey (وصل) has no content of another kind.
//
// # Modality, date and place
//
// Negated: لم, لن, لا, عدم... just before the predicate. Planned: the
// future particle, سوف, من المتوقع, المقرر, يعتزم, المقبل, or a future date
// expression in the clause. Claimed: زعم, ادعى, مزاعم before it, or a
// denial after it in the sentence (وهو ما تنفيه بكين). The date is that of
// the date expression (timex.Find, against the publication date) in the
// clause, else one before the predicate in the sentence, else the date of
// the paragraph's earlier events, else the day of the news for a
// past-tense action in the lead (the first two sentences, or the first of
// the second paragraph), only when that date is a day. With no date
// expression in its own clause, a predicate takes the date of the
// sentence's event before it (not one of a relative clause) before the
// nearest expression of another clause; an expression inside a relative
// clause dates only that clause. Elsewhere a past-tense verb with no date
// of its own is the day's news and takes that day too, unless its clause
// sets it before (كان ... قد, منذ, منذ أن, سبق أن) or the sentence opens
// with منذ; a present action (تدافع قواته) and an undated nominal hold at
// the reference day, the time of the report. The day of the news is the
// lead's first day when it falls at most two days before publication
// (أمس الثلاثاء), else the reference. Expressions in the future (الشهر
// المقبل) date plans, not the past actions beside them. An undated action
// set before the report (منذ أن شنت روسيا غزوها) that names again one
// reported before takes its oldest date, and so merges with it. Events
// dated as the day's news are never merged as repeats. A clause runs on
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
