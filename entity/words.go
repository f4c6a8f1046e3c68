package entity

// Word lists of the recogniser, as normalised keys (arabic.Normalize).

// modifiers may stand between a title and the name it introduces:
// وزير الدفاع الروسي المعين حديثا أندريه بيلوسوف. The value is true for
// those that mark a past holder, whose title is not resolved by date.
var modifiers = map[string]bool{
	"السابق": true, "السابقه": true, "الاسبق": true, "الراحل": true, "الراحله": true, "المنتهيه": true, "ولايته": false,
	"الجديد": false, "الجديده": false, "المعين": false, "المعينه": false, "حديثا": false, "المنتخب": false,
	"المنتخبه": false, "الحالي": false, "الحاليه": false, "الموقت": false, "الموقته": false, "بالانابه": false,
	"المكلف": false, "المكلفه": false, "بالوكاله": false,
}

// counterparts name a person by the office of the one just mentioned:
// نظيره الروسي.
var counterparts = map[string]bool{
	"نظيره": true, "نظيرته": true, "نظيرها": true, "نظيرهم": true, "نظيريه": true, "نظراوه": true,
}

// groups name the two entities of a kind last mentioned.
var groups = map[string]bool{ // true: people, false: countries
	"الزعيمان": true, "الزعيمين": true, "الرييسان": true, "الرييسين": true,
	"البلدين": false, "البلدان": false, "بلديهما": false, "الجانبان": false, "الجانبين": false,
	"الطرفين": false, "الطرفان": false, "الدولتين": false, "الدولتان": false, "الجارتين": false, "الجارتان": false,
}

// stopName lists words that never belong to a person's name, so that a
// name introduced by a title ends before them.
var stopName = map[string]bool{
	"في": true, "من": true, "الي": true, "علي": true, "عن": true, "مع": true, "ان": true, "انه": true, "انها": true,
	"الذي": true, "التي": true, "الذين": true, "بعد": true, "قبل": true, "خلال": true, "حول": true, "ضد": true,
	"عبر": true, "لدي": true, "منذ": true, "و": true, "او": true, "ثم": true, "لكن": true, "هو": true, "هي": true,
	"قال": true, "اكد": true, "اعلن": true, "اشار": true, "اضاف": true, "اعتبر": true, "شدد": true, "دعا": true,
	"بحث": true, "التقي": true, "استقبل": true, "زار": true, "وصل": true, "غادر": true, "اجري": true, "قام": true,
	"كان": true, "كانت": true, "ليس": true, "لم": true, "لن": true, "قد": true, "لقد": true, "هذا": true, "هذه": true,
	"ذلك": true, "تلك": true, "امس": true, "اليوم": true, "يوم": true, "الاثنين": true, "الثلاثاء": true,
	"الاربعاء": true, "الخميس": true, "الجمعه": true, "السبت": true, "الاحد": true, "نفسه": true, "بدوره": true,
	"ايضا": true, "حيث": true, "اذ": true, "كما": true, "بين": true, "لدولته": true, "لبلاده": true, "بلاده": true,
	"عام": true, "العام": true, "الشهر": true, "الاسبوع": true, "صباح": true, "مساء": true, "الماضي": true,
	"لا": true, "ما": true, "غير": true, "كل": true, "بعض": true, "جميع": true, "اي": true, "بضع": true, "بضعه": true,
	"عقب": true, "اثر": true, "اثناء": true, "عند": true, "عندما": true, "حين": true, "بشان": true,
	"ازاء": true, "تجاه": true, "نحو": true, "وفق": true, "وفقا": true, "حسب": true, "بحسب": true,
	"دون": true, "بدون": true, "ضمن": true, "لصالح": true, "سوي": true, "لكنه": true, "الا": true,
	// Prepositions with a pronoun, and words of reference.
	"فيه": true, "فيها": true, "فيهم": true, "عليه": true, "عليها": true, "عليهم": true, "منه": true, "منها": true,
	"منهم": true, "عنه": true, "عنها": true, "له": true, "لها": true, "لهم": true, "به": true, "بها": true, "بهم": true,
	"اليه": true, "اليها": true, "معه": true, "معها": true, "اخر": true, "اخري": true, "امام": true, "اكيدا": true,
}

// commonNouns are nouns and adverbs that often stand right after a title
// as its verb's object or an adverb (أجرى الرئيس اتصالا, ألقى كلمة, زار
// الوزير غدا), never the first word of a name.
var commonNouns = map[string]bool{
	"اتصالا": true, "اتصال": true, "مكالمه": true, "زياره": true, "كلمه": true, "رساله": true, "برقيه": true,
	"بيانا": true, "بيان": true, "خطابا": true, "خطاب": true, "مرسوما": true, "قرارا": true, "قرار": true,
	"تصريحا": true, "لقاء": true, "اجتماعا": true, "وفدا": true, "وفد": true, "دعوه": true, "تهنيه": true,
	"اتفاقا": true, "موتمرا": true, "جوله": true, "مقابله": true, "حوارا": true, "محادثات": true,
	"مباحثات": true, "غدا": true, "مجددا": true, "سابقا": true, "لاحقا": true, "حاليا": true, "رسميا": true,
	"شخصيا": true, "هاتفيا": true, "موخرا": true, "فورا": true, "امرا": true, "تعليمات": true, "نداء": true,
	"تحذيرا": true, "دعما": true, "ترحيبا": true, "رفضا": true, "استعداده": true, "ضيفه": true,
}

// connectors join the words of an Arabic name (عبد الفتاح, محمد بن سلمان).
var connectors = map[string]bool{"عبد": true, "بن": true, "ابن": true, "ابو": true, "ال": true, "بنت": true, "ولد": true, "ابي": false}

// cityCues introduce a city or region by name: مدينة حمص.
var cityCues = map[string]bool{
	"مدينه": true, "بمدينه": true, "لمدينه": true, "ومدينه": true, "العاصمه": true, "بالعاصمه": true,
	"محافظه": true, "بمحافظه": true, "ولايه": true, "بولايه": true, "منطقه": true, "بمنطقه": true,
	"مقاطعه": true, "بمقاطعه": true, "اقليم": true, "باقليم": true,
}

// institutions are heads of the names of national bodies that a nisba
// completes: وزارة الخارجية الصينية, الجيش الروسي. The value is the number
// of words the head may take before the nisba, and the English name.
var institutions = map[string]struct {
	extra   int
	english string
}{
	"وزاره":       {2, "ministry"},
	"الجيش":       {0, "army"},
	"الحكومه":     {0, "government"},
	"البرلمان":    {0, "parliament"},
	"الخارجيه":    {0, "foreign ministry"},
	"السفاره":     {0, "embassy"},
	"مجلس":        {2, "council"},
	"المجلس":      {1, "council"},
	"البنك":       {1, "bank"},
	"الرياسه":     {0, "presidency"},
	"القوات":      {1, "forces"},
	"الشرطه":      {0, "police"},
	"المحكمه":     {1, "court"},
	"الحرس":       {1, "guard"},
	"البحريه":     {0, "navy"},
	"المخابرات":   {1, "intelligence"},
	"الاستخبارات": {1, "intelligence"},
	"التلفزيون":   {1, "television"},
	"الوكاله":     {1, "agency"},
	"المفوضيه":    {1, "commission"},
	"الهييه":      {1, "authority"},
	"اللجنه":      {1, "committee"},
	"المنتخب":     {0, "national team"},
	"الاتحاد":     {0, "federation"},
}

// blocHeads are the nouns after which a region's adjective names the bloc
// as a political actor: الدول الغربية, العقوبات الغربية, القوى الغربية.
var blocHeads = map[string]bool{
	"الدول": true, "دول": true, "العواصم": true, "عواصم": true, "القوي": true, "قوي": true,
	"العقوبات": true, "عقوبات": true, "الحكومات": true, "حكومات": true, "البلدان": true, "بلدان": true,
	"الحلفاء": true, "حلفاء": true, "الشركاء": true, "شركاء": true, "الدوله": true, "دوله": true,
	"العالم": true, "الجيوش": true, "الزعماء": true, "القاده": true, "الوزراء": true,
}

// plainAdjectives are region words that are also ordinary adjectives or
// nouns (المتوسط "average", الوسطى "middle"): they name the region only
// after a geographic cue.
var plainAdjectives = map[string]bool{
	"المتوسط": true, "المتوسطه": true, "الوسطي": true, "الشرقيه": true, "الجنوبيه": true, "الشماليه": true,
	"الشرقي": true, "الجنوبي": true, "الشمالي": true,
}

// geoCues introduce a sea, a basin or a part of a region by name: شرق
// المتوسط, البحر المتوسط, دول المتوسط.
var geoCues = map[string]bool{
	"البحر": true, "بحر": true, "حوض": true, "شرق": true, "غرب": true, "شمال": true, "جنوب": true,
	"شرقي": true, "غربي": true, "شمالي": true, "جنوبي": true, "دول": true, "سواحل": true, "ساحل": true,
	"مياه": true, "ضفتي": true, "منطقه": true, "اوروبا": true, "اسيا": true, "افريقيا": true, "امريكا": true, "اميركا": true,
}

// directions are the compass points, which a report pairs (بين الشرق
// والغرب) when it means directions, not blocs.
var directions = map[string]bool{"الشرق": true, "الغرب": true, "الشمال": true, "الجنوب": true}

// orgHeads begin the names of organisations: a tagged ORG span is kept
// only when it starts with one.
var orgHeads = map[string]bool{
	"وزاره": true, "شركه": true, "الشركه": true, "حزب": true, "الحزب": true, "حركه": true, "الحركه": true,
	"منظمه": true, "المنظمه": true, "جامعه": true, "الجامعه": true, "معهد": true, "المعهد": true,
	"مجلس": true, "المجلس": true, "وكاله": true, "الوكاله": true, "بنك": true, "البنك": true,
	"هييه": true, "الهييه": true, "مفوضيه": true, "المفوضيه": true, "اتحاد": true, "الاتحاد": true,
	"لجنه": true, "اللجنه": true, "مؤسسه": true, "الموسسه": true, "موسسه": true, "صندوق": true, "الصندوق": true,
	"جهاز": true, "الجهاز": true, "بعثه": true, "البعثه": true, "مركز": true, "المركز": true,
	"محكمه": true, "المحكمه": true, "جبهه": true, "الجبهه": true, "تحالف": true, "التحالف": true,
	"جمعيه": true, "الجمعيه": true, "نقابه": true, "النقابه": true, "منتدي": true, "المنتدي": true,
	"مستشفي": true, "المستشفي": true, "نادي": true, "النادي": true, "صحيفه": true, "الصحيفه": true,
	"قناه": true, "القناه": true, "مصرف": true, "المصرف": true, "بلديه": true, "البلديه": true,
	"مكتب": true, "المكتب": true,
}

// placeCues introduce a place by name: a tagged LOC span is kept only
// after one; cityWords among them make it a CITY.
var placeCues = map[string]bool{
	"مدينه": true, "بلده": true, "قريه": true, "محافظه": true, "ولايه": true, "اقليم": true, "منطقه": true,
	"مقاطعه": true, "بلدة": true, "مخيم": true, "جزيره": true, "ميناء": true, "مطار": true,
	"ملعب": true, "استاد": true, "حقل": true, "نهر": true, "جبل": true, "شارع": true, "معبر": true, "سد": true,
}

var cityWords = map[string]bool{"مدينه": true, "بلده": true, "قريه": true}

// compoundSecond are the second words of compound first names (عز الدين,
// تاج الإسلام, فضل الله, عبد الرحمن, زين العابدين, أسد الزمان), which
// take the article without ending the name.
var compoundSecond = map[string]bool{
	"الدين": true, "الاسلام": true, "الله": true, "الرحمن": true, "الرحيم": true, "العابدين": true,
	"الزمان": true, "الحق": true, "النبي": true, "الهدي": true, "الامين": true,
}

// speechVerbs introduce their speaker, who may be named without a title
// (وقال سمير جعجع): the tagger reads the words after them.
var speechVerbs = map[string]bool{
	"قال": true, "قالت": true, "اكد": true, "اكدت": true, "اعلن": true, "اعلنت": true, "اوضح": true,
	"اوضحت": true, "اشار": true, "اشارت": true, "صرح": true, "صرحت": true, "اضاف": true, "اضافت": true,
	"شدد": true, "شددت": true, "لفت": true, "لفتت": true, "اعتبر": true, "اعتبرت": true, "ذكر": true,
	"ذكرت": true, "حذر": true, "حذرت": true, "دعا": true, "دعت": true, "نفي": true, "نفت": true,
	"يقول": true, "تقول": true, "يري": true, "تري": true, "راي": true, "رات": true,
}

// officeWords introduce a person by office or rank (وزير الاستثمار
// السعودي خالد الفالح): the tagger reads the words after them.
var officeWords = map[string]bool{
	"وزير": true, "الوزير": true, "وزيره": true, "رييس": true, "الرييس": true, "رييسه": true, "الرييسه": true,
	"المتحدث": true, "المتحدثه": true, "الناطق": true, "المندوب": true, "المندوبه": true, "السفير": true, "السفيره": true,
	"مدير": true, "مديره": true, "المدير": true, "الامين": true, "قايد": true, "القايد": true, "نايب": true, "النايب": true,
	"مساعد": true, "مستشار": true, "المستشار": true, "الشيخ": true, "الامير": true, "الملك": true, "الجنرال": true,
	"العماد": true, "اللواء": true, "العقيد": true, "النقيب": true, "المقدم": true, "العميد": true, "الفريق": true, "المشير": true, "زعيم": true, "الزعيم": true, "زعيمه": true, "الزعيمه": true,
	"قايده": true, "القايده": true, "عضو": true, "القاضي": true,
	"المبعوث": true, "المبعوثه": true, "مبعوث": true, "مبعوثه": true, "سفير": true, "سفيره": true, "مندوب": true,
	"مندوبه": true, "متحدث": true, "ناطق": true, "مفوض": true, "مفوضه": true,
	// A rival names a person as an office does (لمنافسته سفيتلانا تيخانوفسكايا).
	"منافس": true, "منافسه": true, "منافسته": true, "منافسها": true, "غريمه": true, "غريمها": true,
	// Two ministers, two heads (وقع وزيرا خارجية البلدين جيهون بيراموف و...).
	"وزيرا": true, "وزيري": true, "رييسا": true, "محافظ": true, "حاكم": true, "عمده": true, "رجل": true, "الدكتور": true,
	// Occupations that introduce a name as offices do (النجم البرتغالي
	// كريستيانو رونالدو, المدرب الفرنسي ديدييه ديشان, الروائي يون فوسه).
	"اللاعب": true, "لاعب": true, "اللاعبه": true, "النجم": true, "نجم": true, "النجمه": true, "المهاجم": true,
	"مهاجم": true, "المدافع": true, "مدافع": true, "الحارس": true, "حارس": true, "المدرب": true, "مدرب": true,
	"الروايي": true, "الرواييه": true, "الكاتب": true, "الكاتبه": true, "الشاعر": true, "الشاعره": true,
	"الفنان": true, "الفنانه": true, "المخرج": true, "المخرجه": true, "الممثل": true, "الممثله": true,
	"الباحث": true, "الباحثه": true, "الطبيب": true, "الطبيبه": true, "المهندس": true, "المهندسه": true,
	"الصحفي": true, "الصحفيه": true, "المحلل": true, "المطرب": true, "المطربه": true, "المغني": true,
	"المغنيه": true, "الملاكم": true, "البطل": true, "البطله": true, "رايد": true, "رايده": true,
	"المدعي": true, "المدعيه": true, "المحامي": true, "المحاميه": true, "الناشط": true, "الناشطه": true,
	"المعارض": true, "المعارضه": true, "المرشح": true, "المرشحه": true, "السناتور": true, "السيناتور": true,
	"المفوض": true, "المقرر": true, "المقرره": true, "الخبير": true, "الخبيره": true, "الاستاذ": true,
	"الاستاذه": true, "البروفيسور": true, "المورخ": true, "الحايز": true, "الحايزه": true,
	"الاكاديمي": true, "الاكاديميه": true, "القيادي": true, "القياديه": true,
	// "In the era of" a ruler (في عهد الحبيب بورقيبة).
	"عهد": true,
	// "Led by", "chaired by" (حزب فرنسا الأبية بزعامة جان لوك ميلانشون).
	"بقياده": true, "بزعامه": true, "برياسه": true,
	// With the pronoun of the body they head (زعيمته أليس فايدل, رئيسها
	// التنفيذي جنسن هوانغ).
	"زعيمها": true, "زعيمته": true, "رييسها": true, "رييستها": true, "مديرها": true, "قايدها": true,
}

// maghrebiGiven are first names written with the article, as Tunisian,
// Algerian and Moroccan names often are (الحبيب بورقيبة, الهادي البكوش),
// normalised; the knowledge base's people add theirs. Those that are also
// family names or common words (الحسن, الأمين, العربي) are left out.
var maghrebiGiven = []string{"الحبيب", "المنصف", "الباجي", "الطاهر", "الهادي", "الصادق", "المنجي", "الشاذلي", "العياشي", "المختار", "الناصر", "المكي"}

// commonGiven are first names so common that, as the last word of a
// person's name (عبد القادر كامل محمد, أبي أحمد علي), they are no short
// form of it: the knowledge base derives none from them. Normalised.
var commonGiven = map[string]bool{
	"محمد": true, "احمد": true, "علي": true, "حسن": true, "حسين": true, "محمود": true, "عمر": true, "خالد": true,
	"يوسف": true, "ابراهيم": true, "اسماعيل": true, "مصطفي": true, "عبدالله": true, "سلمان": true, "ناصر": true,
	"عادل": true, "نبيل": true, "حمد": true, "صالح": true, "سعيد": true, "عثمان": true, "عيسي": true, "موسي": true,
}
