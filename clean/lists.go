package clean

// The phrase lists below are written in natural spelling and folded once
// (see key), so hamza, alef, tanween and taa marbuta variants all match.
// They describe how Arabic news sites in general lay out their pages; none
// names an outlet.

// agencies are news agencies and wire services, as they appear in
// datelines and credits. Dots are removed before matching (أ.ف.ب is افب).
var agencies = keys(
	"رويترز", "أ ف ب", "افب", "ا ف ب", "فرانس برس", "فرانس بريس", "أ ب", "أسوشيتد برس", "أسوشيتدبرس",
	"الأسوشيتد برس", "أسوشييتد برس", "الأناضول", "وكالة الأناضول", "واس", "وام", "قنا", "كونا", "بترا", "سانا",
	"إرنا", "تاس", "نوفوستي", "ريا نوفوستي", "سبوتنيك", "شينخوا", "شينهوا", "د ب أ", "دبأ", "يونهاب",
	"كيودو", "أ ش أ", "أشأ", "وكالات", "الوكالات", "وكالات الأنباء", "وفا", "بنا", "العمانية", "واع", "سبأ",
	"ومع", "واج", "لانا", "إيسنا", "تسنيم", "إفي", "آكي", "إ ب أ", "يو بي آي", "بلومبرغ",
	"reuters", "afp", "ap", "dpa", "xinhua", "anadolu", "tass", "ria novosti", "kyodo", "yonhap",
	"efe", "ansa", "wam", "spa", "kuna", "qna", "petra", "sana", "irna", "sputnik", "mena", "upi",
)

// photoCredits are agencies and picture libraries named at the end of a
// caption ("... - via REUTERS", "... (أ ف ب)").
var photoCredits = append(keys(
	"getty images", "getty", "epa", "epa-efe", "ap photo", "afp via getty images", "shutterstock", "imago",
	"sipa", "alamy", "bloomberg", "pool", "handout", "غيتي", "غيتي إيميجز", "جيتي", "جيتي إيميجز", "غيتي إيمجز",
	"أرشيفية", "صورة أرشيفية", "أرشيف", "صورة تعبيرية", "مواقع التواصل", "مواقع التواصل الاجتماعي",
	"وسائل التواصل الاجتماعي", "وسائل إعلام محلية", "أ ب أ", "إي بي إيه", "الصورة من الإنترنت",
	// Agencies as captions name them by their language ("(الفرنسية)" is AFP).
	"الفرنسية", "الأوروبية", "الألمانية",
), agencies...)

// creditOpeners start a credit line ("صورة: ...", "تصوير: ...").
var creditOpeners = keys(
	"صورة", "الصورة", "صور", "الصور", "تصوير", "مصدر الصورة", "حقوق الصورة", "الصورة من", "صورة من",
	"photo", "photos", "photo credit", "image", "image credit", "credit", "picture", "source", "المصدر",
	"فيديو", "الفيديو", "صورة أرشيفية", "صورة تعبيرية", "صورة أرشيف",
)

// commaCreditOpeners start a credit line also when a comma follows them
// ("مصدر الصورة، Getty Images"); they never open a sentence.
var commaCreditOpeners = keys(
	"مصدر الصورة", "صدر الصورة", "حقوق الصورة", "مصدر الصور", "صدر الصور", "مصدر الفيديو", "صدر الفيديو",
	"image source", "image credit", "photo credit",
)

// captionOpeners start a photo caption, followed by a comma or a colon
// ("التعليق على الصورة، ...").
var captionOpeners = keys(
	"التعليق على الصورة", "تعليق الصورة", "تعليق على الصورة", "شرح الصورة", "وصف الصورة",
	"التعليق على الفيديو", "تعليق على الفيديو", "image caption", "caption",
)

// readingTime marks reading-time widgets, also when an icon's alternative
// text is glued to them.
var readingTime = keys(
	"دقائق القراءة", "دقيقة القراءة", "دقيقة قراءة", "دقائق قراءة", "دقيقة للقراءة", "دقائق للقراءة",
	"مدة القراءة", "وقت القراءة", "زمن القراءة", "قراءة في دقيقة", "min read", "mins read", "minute read",
	"minutes read", "reading time", "time reading", "read time", "reading icon",
)

// widgetWords are the words of share, print, font-size and comment
// buttons; a short line made only of them is a widget.
var widgetWords = keySet(
	"مشاركة", "شارك", "شاركها", "شاركوا", "طباعة", "اطبع", "حجم", "الخط", "تكبير", "تصغير", "نسخ", "الرابط",
	"رابط", "مختصر", "أرسل", "إرسال", "بريد", "البريد", "الإلكتروني", "تعليق", "تعليقات", "التعليقات", "أضف",
	"حفظ", "المفضلة", "فيسبوك", "فيس", "بوك", "تويتر", "إكس", "واتساب", "واتس", "آب", "اب", "تلغرام", "تيليجرام",
	"تليجرام", "تيليغرام", "لينكدإن", "لينكد", "إن", "انستغرام", "إنستغرام", "انستجرام", "يوتيوب", "تيك", "توك",
	"ماسنجر", "إعلان", "اعلان", "إعلانات", "مشاهدة", "شاهد", "الفيديو", "فيديو", "تشغيل", "استمع",
	"موافق", "أوافق", "قبول", "أقبل", "رفض", "إغلاق", "accept", "agree", "ok", "close", "play", "watch", "video", "share", "print", "tweet", "email", "e-mail", "facebook", "twitter",
	"whatsapp", "telegram", "linkedin", "messenger", "copy", "link", "comment", "comments", "save", "x",
	"a", "a+", "a-", "advertisement", "ad", "ads", "list", "of", "end", "من", "إلى", "عبر", "على", "و",
)

// widgetOpeners start timestamp and update lines.
var widgetOpeners = keys(
	"آخر تحديث", "تاريخ النشر", "تاريخ التحديث", "نشر في", "نشر بتاريخ", "نشر يوم", "تم النشر", "تم التحديث",
	"نشرت في", "محدث", "تحديث", "updated", "published", "last updated", "posted",
)

// stampColonOpeners start a timestamp only when a colon follows them
// ("نُشر: 19:42 ..."), since they also open sentences.
var stampColonOpeners = keys("نشر", "نشرت", "أضيف", "التاريخ", "تاريخ", "محدث")

// stampWords may join the dates and times of a timestamp line ("13.10.2025 -
// محدث : 13.10.2025").
var stampWords = keys("محدث", "تحديث", "التحديث", "نشر", "النشر", "آخر", "تاريخ", "updated", "published", "posted", "update")

// cookieWords name the cookies of a consent banner; consentWords ask for
// the consent.
var (
	cookieWords  = keys("ملفات تعريف الارتباط", "ملفات الارتباط", "الكوكيز", "كوكيز", "cookies", "cookie")
	consentWords = keys("نستخدم", "يستخدم", "نستعمل", "يستعمل", "بمواصلة", "باستمرارك", "بمتابعة", "بالاستمرار",
		"توافق", "موافقتك", "تقبل", "قبول", "we use", "uses", "by continuing", "you agree", "accept")
)

// commentLabels head a page's comment section ("تعليقات الزوار"); its
// buttons invite a comment ("أضف تعليقك").
var (
	commentLabels = keySet("تعليقات", "التعليقات", "تعليقات الزوار", "تعليقات القراء", "آراء القراء",
		"تعليقات القراء والزوار", "تعليقاتكم", "آراؤكم", "comments", "reader comments")
	commentButtons = keys("أضف تعليقك", "أضف تعليقا", "أضف تعليق", "اترك تعليقا", "اترك تعليقك", "اترك تعليق",
		"اكتب تعليقك", "اكتب تعليقا", "شاركنا رأيك", "أرسل تعليقك", "leave a comment", "add a comment", "post a comment")
)

// listClosers end a list of other stories ("نهاية", "end of list").
var listClosers = keySet("نهاية", "النهاية", "نهاية القائمة", "end of list", "end")

// copyrightMarks are footer phrases.
var copyrightMarks = keys(
	"جميع الحقوق محفوظة", "كل الحقوق محفوظة", "حقوق النشر محفوظة", "all rights reserved", "©", "copyright",
)

// promoPhrases are a site's calls to read on, follow, subscribe or
// download.
var promoPhrases = keys(
	"اكتشف التفاصيل", "اكتشف المزيد", "اكتشفوا المزيد", "اكتشفوا التفاصيل", "التفاصيل الكاملة على",
	"التفاصيل الكاملة عبر", "اقرأ التفاصيل", "تابع التفاصيل", "تابعوا التفاصيل", "تابعونا", "تابعنا على",
	"تابعنا عبر", "تابعنا في", "تابعوا آخر", "تابعوا أخبار", "تابعوا أهم", "تابعوا قناة", "تابعوا صفحة",
	"تابعوا حساب", "تابع آخر الأخبار", "تابع أحدث", "للمزيد من الأخبار", "لمزيد من الأخبار", "لمتابعة آخر الأخبار",
	"لمتابعة أخبار", "لمتابعة أحدث", "اشترك في قناتنا", "اشترك في النشرة", "اشترك الآن", "اشترك مجانا",
	"اشتركوا في", "اشترك ليصلك", "حمل تطبيق", "حمل التطبيق", "حملوا تطبيق", "نزل تطبيق", "نزل التطبيق",
	"بتحميل تطبيق", "قناتنا على", "قناتنا في", "قناتنا عبر", "صفحتنا على", "حسابنا على", "حساباتنا على",
	"النشرة البريدية", "نشرتنا البريدية", "نشرتنا الإخبارية", "انضم إلى قناتنا", "انضموا إلى", "انضم لقناتنا",
	"اضغط هنا", "انقر هنا", "اضغط على الرابط", "ليصلك كل جديد", "لتصلك آخر", "لتصلك الأخبار",
	"follow us", "subscribe", "sign up", "newsletter", "download the app", "download our app", "click here",
	"join our", "get the app",
)

// teaserOpeners introduce the headline of another story.
var teaserOpeners = keys(
	"شاهد أيضا", "شاهد أيضاً", "شاهد كذلك", "شاهدوا أيضا", "شاهد المزيد", "اقرأ أيضا", "إقرأ أيضاً", "اقرأ كذلك",
	"اقرأ المزيد", "اقرأ أيضاً", "طالع أيضا", "طالع كذلك", "اطلع أيضا", "يهمك أيضا", "قد يهمك", "قد يهمك أيضا",
	"قد يعجبك", "قد يعجبك أيضا", "ربما يهمك", "مواضيع ذات صلة", "موضوعات ذات صلة", "أخبار ذات صلة",
	"مقالات ذات صلة", "قصص ذات صلة", "تقارير ذات صلة", "روابط ذات صلة", "ذات صلة", "أخبار متعلقة",
	"مواضيع متعلقة", "مواد ذات صلة", "لمزيد", "للمزيد", "read more", "read also", "see also", "also read",
)

// teaserColonOpeners introduce another story only when a colon follows
// them ("شاهد: ..."), since they also start ordinary sentences.
var teaserColonOpeners = keys("اقرأ", "شاهد", "طالع", "فيديو", "بالفيديو", "بالصور", "related", "more", "watch", "read")

// labels are the category and related-stories labels of news pages.
var labels = keySet(
	"تصنيفات", "التصنيفات", "تصنيف", "التصنيف", "وسوم", "الوسوم", "وسم", "كلمات مفتاحية", "الكلمات المفتاحية",
	"كلمات دلالية", "الكلمات الدلالية", "مواضيع", "المواضيع", "موضوعات", "الموضوعات", "قصص قد تهمك",
	"قد يهمك", "قد يهمك أيضا", "قد يعجبك", "قد يعجبك أيضا", "الأكثر قراءة", "الأكثر مشاهدة", "الأكثر تداولا",
	"قصص مقترحة", "مقالات مقترحة", "مواضيع مقترحة", "أخبار مقترحة", "اخترنا لك", "اخترنا لكم", "المزيد حول هذه القصة",
	"المزيد عن هذه القصة", "الأكثر شعبية", "الأكثر تعليقا", "الأكثر مشاركة", "آخر الأخبار", "أحدث الأخبار", "أخبار أخرى",
	"المزيد", "المزيد من الأخبار", "المزيد من المقالات", "عرض المزيد", "تحميل المزيد", "اقرأ أيضا",
	"اقرأ المزيد", "شاهد أيضا", "طالع أيضا", "مواضيع ذات صلة", "موضوعات ذات صلة", "أخبار ذات صلة",
	"مقالات ذات صلة", "قصص ذات صلة", "روابط ذات صلة", "ذات صلة", "أخبار متعلقة", "مواضيع متعلقة",
	"شارك", "شارك الخبر", "شارك المقال", "شارك هذا المقال", "شارك القصة", "شارك هذا الخبر", "الرئيسية",
	"الأقسام", "أقسام", "كلمات البحث", "tags", "topics", "related", "related articles", "related news", "related stories",
	"most read", "most popular", "more stories", "share", "share this", "categories", "category",
	"keywords", "you may also like", "read more", "read also", "more on this",
)

// relatedLabels announce a list of other stories: what follows them up to
// the page's end is looked at with a stricter eye.
var relatedLabels = keySet(
	"قصص مقترحة", "مقالات مقترحة", "مواضيع مقترحة", "أخبار مقترحة", "اخترنا لك", "اخترنا لكم",
	"المزيد حول هذه القصة", "المزيد عن هذه القصة", "قصص قد تهمك", "قد يهمك", "قد يهمك أيضا", "قد يعجبك", "قد يعجبك أيضا", "الأكثر قراءة", "الأكثر مشاهدة",
	"الأكثر تداولا", "الأكثر شعبية", "الأكثر تعليقا", "الأكثر مشاركة", "آخر الأخبار", "أحدث الأخبار",
	"أخبار أخرى", "المزيد من الأخبار", "المزيد من المقالات", "اقرأ أيضا", "شاهد أيضا", "طالع أيضا",
	"اقرأ المزيد", "اقرأ كذلك", "طالع كذلك", "مواضيع ذات صلة", "موضوعات ذات صلة", "أخبار ذات صلة", "مقالات ذات صلة", "قصص ذات صلة", "روابط ذات صلة",
	"ذات صلة", "أخبار متعلقة", "مواضيع متعلقة", "related", "related articles", "related news",
	"related stories", "most read", "most popular", "more stories", "you may also like", "read more",
	"read also", "more on this",
)

// bylineOpeners start a byline before the first paragraph.
var bylineOpeners = keys("بقلم", "كتب", "كتبت", "كتبه", "إعداد", "تحرير", "تقرير", "مراسل", "by")

// months and weekdays make up date-only lines.
var dateWords = keySet(
	"يناير", "فبراير", "مارس", "أبريل", "إبريل", "مايو", "يونيو", "يونيه", "يوليو", "يوليه", "أغسطس", "سبتمبر",
	"أكتوبر", "نوفمبر", "ديسمبر", "كانون", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
	"تشرين", "الأول", "الثاني", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة",
	"السبت", "م", "ص", "مساء", "صباحا", "هـ", "قبل", "يوم", "يومين", "أيام", "ساعتين", "دقيقتين", "أسبوع",
	"أسبوعين", "أسابيع", "ثانية", "ثوان", "ago", "hour", "hours", "minute", "minutes", "mins", "day", "days",
	"محرم", "صفر", "ربيع", "الآخر", "جمادى", "الأولى", "الآخرة", "رجب", "شعبان", "رمضان", "شوال", "القعدة",
	"ذو", "الحجة", "ذي", "من", "الموافق", "السنة", "العدد", "بتوقيت", "توقيت", "غرينتش", "جرينتش", "مكة", "المكرمة",
	"القدس", "القاهرة", "أبوظبي", "الدوحة", "الرياض", "gmt", "utc", "am", "pm", "jan", "feb", "mar", "apr",
	"may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "january", "february", "march", "april", "june",
	"july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
	"thursday", "friday", "saturday", "sunday", "في", "الساعة", "ساعة", "منذ", "دقيقة", "دقائق", "ساعات",
)

// monthWords are the month names of a full date ("3 نوفمبر 2025").
var monthWords = keySet(
	"يناير", "فبراير", "مارس", "أبريل", "إبريل", "مايو", "يونيو", "يونيه", "يوليو", "يوليه", "أغسطس", "سبتمبر",
	"أكتوبر", "نوفمبر", "ديسمبر", "كانون", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
	"تشرين", "january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december",
)

// stopWords carry no topic; they are left out of the lexical overlap of
// paragraphs (after the article and clitics are stripped, see stem).
var stopWords = keySet(
	"في", "من", "على", "الى", "إلى", "عن", "مع", "أن", "إن", "ان", "التي", "الذي", "الذين", "اللذين", "هذا",
	"هذه", "ذلك", "تلك", "هؤلاء", "كان", "كانت", "يكون", "تكون", "قال", "قالت", "وقال", "أو", "ثم", "قد", "لقد",
	"لم", "لن", "لا", "ما", "كما", "بعد", "قبل", "بين", "حيث", "خلال", "عند", "أي", "كل", "بعض", "غير", "منذ",
	"حتى", "أيضا", "وفق", "وفقا", "ضد", "نحو", "عبر", "لدى", "إذا", "هو", "هي", "هم", "نحن", "أنه", "أنها",
	"إنه", "إنها", "يوم", "اليوم", "عام", "العام", "أمس", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء",
	"الخميس", "الجمعة", "السبت", "عاما", "مثل", "فيها", "فيه", "منها", "منه", "عليها", "عليه", "لها", "له",
	"بها", "به", "وهو", "وهي", "أكثر", "أقل", "أول", "آخر", "جديد", "جديدة", "ذات", "عدة", "عدد", "إلا",
	"لكن", "ولكن", "بل", "أما", "إما", "سوف", "تم", "يتم", "أمام", "وراء", "تحت", "فوق", "دون", "إثر", "عقب",
	"أجل", "بشأن", "حول", "لها", "كلا", "كلتا", "جميع", "وقد", "فقد", "كذلك", "أيضاً", "وكان", "وكانت",
	"the", "a", "an", "of", "in", "on", "and", "or", "to", "for", "with", "by", "at", "from", "is", "was",
)

// tagLabels introduce a page's list of tags or search keywords ("كلمات
// البحث: ..."); a line they open with a colon is a label.
var tagLabels = keys(
	"كلمات البحث", "كلمات بحث", "الكلمات المفتاحية", "كلمات مفتاحية", "الكلمات الدلالية", "كلمات دلالية",
	"وسوم", "الوسوم", "وسم", "الوسم", "علامات", "العلامات", "تصنيفات", "التصنيفات", "التصنيف", "الكلمات",
	"مواضيع", "الموضوعات", "موضوعات", "tags", "tagged", "keywords", "topics", "filed under",
)

// followVerbs open a call to follow the site somewhere.
var followVerbs = []string{"تابع", "تابعوا", "تابعونا", "تابعنا", "تابعي", "follow"}

// platforms are social networks, messaging apps and news aggregators a
// site asks to be followed on.
var platforms = keySet(
	"فيسبوك", "فيس", "تويتر", "إكس", "تلغرام", "تيليجرام", "تليجرام", "تيليغرام", "تلجرام", "واتساب", "واتس",
	"يوتيوب", "انستغرام", "إنستغرام", "انستجرام", "إنستجرام", "تيك", "توك", "سناب", "شات", "لينكدإن", "ثريدز",
	"جوجل", "غوغل", "قوقل", "نبض", "نيوز", "ماسنجر", "facebook", "twitter", "telegram", "whatsapp", "youtube",
	"instagram", "tiktok", "snapchat", "linkedin", "threads", "google", "news", "x",
)
