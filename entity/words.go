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
	"لا": true, "ما": true, "غير": true, "كل": true, "بعض": true, "جميع": true, "اي": true,
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
	"وزاره":    {1, "ministry"},
	"الجيش":    {0, "army"},
	"الحكومه":  {0, "government"},
	"البرلمان": {0, "parliament"},
	"الخارجيه": {0, "foreign ministry"},
	"السفاره":  {0, "embassy"},
	"مجلس":     {2, "council"},
	"البنك":    {1, "bank"},
	"الرياسه":  {0, "presidency"},
}
