package clean

import (
	"strings"
	"testing"

	"github.com/marsad-project/marsad"
)

// TestClassify covers the rules that read a line on its own, each with
// lines that must fire and lines that must not.
func TestClassify(t *testing.T) {
	tests := []struct {
		name string
		line string
		want marsad.BoilerplateKind
	}{
		// Promos.
		{"PromoFollow", "تابعونا على منصة إكس لمعرفة آخر المستجدات", marsad.BoilerPromo},
		{"PromoApp", "حمّل تطبيق الموقع لتصلك الأخبار العاجلة", marsad.BoilerPromo},
		{"PromoDiscoverHashtags", "الحكومة تعلن خطة جديدة للنقل العام. اكتشف التفاصيل على موقعنا. #النقل #المدن", marsad.BoilerPromo},
		{"PromoMoreNews", "للمزيد من الأخبار زوروا صفحتنا على فيسبوك", marsad.BoilerPromo},
		{"NotPromoDiscoveredVerb", "اكتشف علماء الآثار مقبرة تعود إلى العصر الروماني قرب مدينة الإسكندرية.", ""},
		{"PromoFollowAggregator", "تابعوا موقعنا على جوجل نيوز", marsad.BoilerPromo},
		{"PromoFollowSiteOnApp", "تابع الصحيفة عبر تيليجرام", marsad.BoilerPromo},
		{"NotPromoFollowedMeetings", "تابع الوزير اجتماعاته مع المسؤولين في العاصمة أمس.", ""},
		{"NotPromoParticipated", "اشترك في الهجوم عشرات المسلحين بحسب مصادر أمنية.", ""},
		// Hashtags.
		{"HashtagsOnly", "#السودان #دارفور", marsad.BoilerHashtags},
		{"HashtagsTrailing", "قمة العشرين تختتم أعمالها #قمة_العشرين #الاقتصاد", marsad.BoilerHashtags},
		{"NotHashtagsOne", "أطلق ناشطون وسم #أنقذوا_الأطفال على مواقع التواصل للمطالبة بفتح المعابر.", ""},
		// Teasers and labels.
		{"TeaserSeeAlso", "شاهد أيضاً: فيضانات تجتاح قرى في جنوب آسيا", marsad.BoilerTeaser},
		{"TeaserReadAlsoHamza", "إقرأ ايضا - البرلمان يقر الموازنة الجديدة", marsad.BoilerTeaser},
		{"TeaserRelatedTanween", "أخبارٌ ذات صلة: ارتفاع أسعار الذهب", marsad.BoilerTeaser},
		{"TeaserEnglish", "Read more: Gaza talks resume in Cairo", marsad.BoilerTeaser},
		{"TeaserColon", "شاهد: لحظة انهيار جسر في الصين", marsad.BoilerTeaser},
		{"TeaserGlued", "اقرأ أيضامونديال 2022: المغرب يقصي البرتغال ويبلغ نصف النهائي", marsad.BoilerTeaser},
		{"NotTeaserEyewitness", "شاهد عيان قال إن الانفجار وقع قرب السوق المركزي صباح اليوم.", ""},
		{"LabelReadAlsoAlone", "اقرأ أيضا", marsad.BoilerLabel},
		{"LabelMostRead", "الأكثر قراءة", marsad.BoilerLabel},
		{"LabelTags", "الكلمات المفتاحية:", marsad.BoilerLabel},
		{"LabelSearchWords", "كلمات البحث: الاقتصاد - النفط - الأسعار", marsad.BoilerLabel},
		{"LabelTagsColon", "الوسوم: غزة | الهدنة", marsad.BoilerLabel},
		{"NotLabelTagsSentence", "وسوم جديدة انتشرت على مواقع التواصل خلال الأيام الماضية", ""},
		{"NotLabelSubheading", "نمو الصادرات الزراعية", ""},
		// Widgets.
		{"WidgetReadingTime", "دقيقتان للقراءة - مدة القراءة 2", marsad.BoilerWidget},
		{"WidgetIconGlued", "clock iconمدة القراءة 4 دقائق", marsad.BoilerWidget},
		{"WidgetMinRead", "5 min read", marsad.BoilerWidget},
		{"WidgetShare", "مشاركة", marsad.BoilerWidget},
		{"WidgetButtons", "طباعة حجم الخط تكبير تصغير", marsad.BoilerWidget},
		{"WidgetUpdated", "آخر تحديث: 5 مايو 2024 - 14:20", marsad.BoilerWidget},
		{"WidgetDateOnly", "الخميس 5 مايو 2024", marsad.BoilerWidget},
		{"WidgetSiteDateBar", "موقع الخبر | الثلاثاء 3 مارس 2026", marsad.BoilerWidget},
		{"WidgetSiteDateTime", "الشبكة العربية - 2 يونيو 2025 - 19:45", marsad.BoilerWidget},
		{"WidgetDateCommaTime", "الأربعاء، ١٠ ديسمبر ٢٠٢٥ ١١:٠٥ ص", marsad.BoilerWidget},
		{"NotWidgetDashNumberedPhase", "المرحلة - الثانية من الخطة تبدأ في 3 مارس المقبل", ""},
		{"NotWidgetSiteDateLong", "قال رئيس الوزراء في مؤتمر صحفي - الأحد 3 مارس 2026", ""},
		{"WidgetCopyright", "© 2025 جميع الحقوق محفوظة", marsad.BoilerWidget},
		{"NotWidgetReadingSentence", "تراجعت معدلات القراءة بين الشباب في العالم العربي خلال العقد الأخير.", ""},
		{"NotWidgetShareSentence", "شارك آلاف المتظاهرين في مسيرة وسط العاصمة للمطالبة بالإصلاح.", ""},
		// Captions and credits.
		{"CaptionVia", "متظاهرون يرفعون الأعلام أمام البرلمان - via REUTERS", marsad.BoilerCaption},
		{"CaptionAgencyParen", "جنود يقفون عند نقطة تفتيش على مدخل المدينة (رويترز)", marsad.BoilerCaption},
		{"CaptionGetty", "لاجئون ينتظرون الحافلات عند المعبر الحدودي / Getty Images", marsad.BoilerCaption},
		{"CaptionPlaceDate", "وزير المالية يتحدث في مؤتمر صحفي، الرباط، 7 أبريل 2024", marsad.BoilerCaption},
		{"CaptionDashShootCredit", "سكان يعبرون شارعا غمرته المياه - تصوير: جوزيف كاماو", marsad.BoilerCaption},
		{"NotCaptionShootInSentence", "وقال المصور إن التصوير: كان صعبا وسط المياه التي غمرت الشوارع.", ""},
		{"CreditPhoto", "صورة: أ ف ب", marsad.BoilerCredit},
		{"CreditShoot", "تصوير: أحمد السيد", marsad.BoilerCredit},
		{"CreditSource", "المصدر: وكالات", marsad.BoilerCredit},
		{"CreditAlone", "Getty Images", marsad.BoilerCredit},
		{"NotCaptionReutersSaid", "وقالت وكالة رويترز إن المفاوضات ستستأنف الأسبوع المقبل في جنيف بمشاركة الوسطاء.", ""},
		{"NotCaptionDateInSentence", "وعقد الاجتماع في الرباط، العاصمة المغربية، في 7 أبريل 2024 بحضور وزراء المالية العرب.", ""},
		// Caption and credit prefixes of the BBC kind, and agencies named
		// by their language in parentheses.
		{"CaptionPrefixComma", "التعليق على الصورة، متطوعون يوزعون الخبز في أحد أحياء المدينة", marsad.BoilerCaption},
		{"CreditSourceComma", "مصدر الصورة، Reuters", marsad.BoilerCredit},
		{"CreditSourceCommaShort", "صدر الصورة، AFP", marsad.BoilerCredit},
		{"CaptionLanguageAgency", "متظاهرون يغلقون طريقا رئيسيا في العاصمة احتجاجا على الغلاء (الأوروبية)", marsad.BoilerCaption},
		{"NotCaptionPictureInSentence", "الصورة، كما يقول الخبراء، لا تعكس حجم الأضرار التي لحقت بالمباني.", ""},
		{"NotCaptionFrenchLanguage", "ويدرس التلاميذ المواد العلمية باللغة الفرنسية منذ عقود في هذه المدارس.", ""},
		// Timestamps in other sites' formats.
		{"WidgetRelativeDigits", "منذ 3 ساعات", marsad.BoilerWidget},
		{"WidgetRelativeBefore", "قبل 40 دقيقة", marsad.BoilerWidget},
		{"WidgetRelativeNoDigits", "قبل ساعتين", marsad.BoilerWidget},
		{"WidgetPublishedColon", "نُشر: 08:15-02 مارس 2026 م ـ 13 رمضان 1447 هـ", marsad.BoilerWidget},
		{"WidgetDotDateUpdated", "02.03.2026 - تحديث : 03.03.2026", marsad.BoilerWidget},
		{"NotWidgetPublishedVerb", "نشر الجيش 300 جندي إضافي على الحدود الشمالية خلال الأسبوع الماضي.", ""},
		{"NotWidgetBeforeSentence", "قبل ثلاث ساعات من الموعد المحدد، بدأ الناخبون بالتوافد على مراكز الاقتراع.", ""},
		// Buttons of video players and consent banners.
		{"WidgetWatchVideo", "شاهد الفيديو", marsad.BoilerWidget},
		{"WidgetAgreeButton", "أوافق", marsad.BoilerWidget},
		// Breadcrumbs.
		{"BreadcrumbHomeSlash", "الرئيسية / أخبار / الشرق الأوسط", marsad.BoilerLabel},
		{"BreadcrumbAngle", "أخبار › اقتصاد › أسواق", marsad.BoilerLabel},
		{"BreadcrumbEnglish", "Home > World > Middle East", marsad.BoilerLabel},
		{"NotBreadcrumbDateline", "الموصل/ نينوى", ""},
		{"NotBreadcrumbQuote", "«حماس» ترفض المقترح الجديد", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k := key(tt.line)
			if got := classify(viewOf(k)); got != tt.want {
				t.Errorf("classify(%q) = %q, want %q", tt.line, got, tt.want)
			}
		})
	}
}

// TestDateline covers datelines alone on a line and opening a paragraph.
func TestDateline(t *testing.T) {
	tests := []struct {
		name string
		text string
		want string
		body string // the first body line
	}{
		{"LineDashAgency", "طهران -إرنا\n\nأعلنت الحكومة الإيرانية عن خطة لخفض استهلاك الوقود في المدن الكبرى خلال الصيف المقبل.", "طهران -إرنا", "أعلنت"},
		{"LineLatinAgency", "باريس - AFP\nقال مسؤولون فرنسيون إن الحكومة ستقدم مشروع قانون جديدا للهجرة إلى البرلمان الشهر المقبل.", "باريس - AFP", "قال"},
		{"LineQuotedSource", "عمّان ـ «الغد»\nقررت الحكومة الأردنية رفع أسعار المحروقات اعتبارا من مطلع الشهر المقبل بنسبة محدودة.", "عمّان ـ «الغد»", "قررت"},
		{"PrefixParen", "الخرطوم (رويترز) - قال الجيش السوداني إنه استعاد السيطرة على جسر استراتيجي في العاصمة بعد معارك عنيفة.", "الخرطوم (رويترز) -", "قال"},
		{"PrefixColon", "الرياض - واس: وقعت المملكة اتفاقية للتعاون في مجال الطاقة المتجددة مع عدد من الدول الآسيوية.", "الرياض - واس:", "وقعت"},
		{"PrefixSpacedAgency", "برلين - د ب أ - أعلنت الحكومة الألمانية عن حزمة دعم جديدة للصناعات المتضررة من ارتفاع أسعار الطاقة.", "برلين - د ب أ -", "أعلنت"},
		{"LineDashParenAgency", "نيروبي - (رويترز)\nغمرت مياه الأمطار الغزيرة أحياء عدة في العاصمة الكينية خلال الليل وأجبرت آلاف الأسر على النزوح.", "نيروبي - (رويترز)", "غمرت"},
		{"LineSpacedAgencyInParens", "بلغراد - (أ ف ب)\nتظاهر آلاف الطلاب في وسط العاصمة للمطالبة بانتخابات مبكرة ومحاسبة المسؤولين عن الحادث.", "بلغراد - (أ ف ب)", "تظاهر"},
		{"LinePlaceOutlet", "الدمام - صحيفة الساحل الشرقي\nرفعت المديرية العامة للدفاع المدني درجة التأهب في مدن المنطقة تحسبا لأمطار رعدية غزيرة.", "الدمام - صحيفة الساحل الشرقي", "رفعت"},
		{"NotSentenceWithDash", "قال الوزير - الذي وصل أمس إلى العاصمة - إن المحادثات كانت مثمرة وبناءة في كل الملفات.", "", "قال"},
		{"LineSlashAgency", "غزة/ الأناضول\nقالت وزارة الصحة في القطاع إن عدد الضحايا ارتفع خلال الساعات الأربع والعشرين الماضية.", "غزة/ الأناضول", "قالت"},
		{"LineSlashReporterAgency", "إسطنبول/ أحمد يلماز/ الأناضول\nعقد وزيرا خارجية البلدين اجتماعا مطولا في إسطنبول لبحث ملفات التعاون الثنائي.", "إسطنبول/ أحمد يلماز/ الأناضول", "عقد"},
		{"PrefixPlaceCountryAgency", "الخور (قطر) (أ ف ب) - وضع المنتخب الفرنسي حدا للمغامرة التاريخية للمغرب في كأس العالم.", "الخور (قطر) (أ ف ب) -", "وضع"},
		{"PrefixOutletColon", "كاراكاس - الميادين نت: أعلنت الحكومة الفنزويلية رفضها للعقوبات الأمريكية الجديدة على المسؤولين.", "كاراكاس - الميادين نت:", "أعلنت"},
		{"PrefixOutletCommaColon", "رانغون - العربية.نت، وكالات: أكدت لجنة الانتخابات فوز الحزب بأغلبية المقاعد في البرلمان.", "رانغون - العربية.نت، وكالات:", "أكدت"},
		{"PrefixDoubleTatweelOutlet", "لاباز ــ العربي الجديد: دخلت بوليفيا اليوم مرحلة جديدة من الاضطراب السياسي بعد استقالة الرئيس.", "لاباز ــ العربي الجديد:", "دخلت"},
		{"PrefixSlashAgency", "إسلام آباد/ الأناضول انتخبت الجمعية الوطنية الباكستانية رئيسا جديدا للوزراء بعد جلسة طويلة.", "إسلام آباد/ الأناضول", "انتخبت"},
		{"NotSlashInSentence", "قال المتحدث إن الفصائل/ الأحزاب المشاركة في الحوار وافقت على الورقة الأخيرة المقدمة.", "", "قال"},
		{"PrefixDatedSlashAgency", "الدوحة في 28 أبريل /قنا/ بعث أمير البلاد برقية تهنئة إلى رئيس الجمهورية بمناسبة ذكرى الاستقلال.", "الدوحة في 28 أبريل /قنا/", "بعث"},
		{"PrefixDatedSpacedSlashAgency", "أبوظبي في 3 مارس 2021 / وام / استقبل ولي العهد وفدا من رجال الأعمال لبحث فرص الاستثمار المشترك.", "أبوظبي في 3 مارس 2021 / وام /", "استقبل"},
		{"NotPlaceInDate", "المنامة في 28 أبريل شهدت أمطارا غزيرة أغرقت عددا من الشوارع الرئيسية في العاصمة والمدن المجاورة.", "", "المنامة"},
		{"NotBylineColon", "كتب- محمد عبد الرحمن: قررت الشركة زيادة أسعار التذاكر اعتبارا من مطلع الشهر المقبل.", "", "كتب"},
		{"NotCaptionWithCredit", "أطفال يلعبون في مخيم للنازحين - رويترز\nوصلت قافلة مساعدات جديدة إلى المخيم الذي يؤوي آلاف العائلات النازحة منذ أشهر.", "", "وصلت"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &marsad.Article{Text: tt.text}
			d := New().Clean(a)
			checkSpans(t, a, d)
			if d.Dateline != tt.want {
				t.Errorf("dateline of %q = %q, want %q", tt.text, d.Dateline, tt.want)
			}
			if len(d.Body) == 0 || !strings.HasPrefix(d.Body[0].Text, tt.body) {
				t.Errorf("body of %q = %v, want a first line starting with %q", tt.text, d.Body, tt.body)
			}
		})
	}
}

// TestTitle covers the headline heuristic and metadata titles.
func TestTitle(t *testing.T) {
	para := "أعلنت وزارة التربية أن العام الدراسي الجديد سيبدأ في موعده رغم الظروف الاقتصادية الصعبة التي تمر بها البلاد هذا العام."
	tests := []struct {
		name     string
		meta     string
		text     string
		want     string
		wantSpan bool
	}{
		{"BlankAfter", "", "العام الدراسي يبدأ في موعده\n\n" + para, "العام الدراسي يبدأ في موعده", true},
		{"LongerParagraphAfter", "", "العام الدراسي يبدأ في موعده\n" + para, "العام الدراسي يبدأ في موعده", true},
		{"DoubleDotsInside", "", "الوزارة تحسم الجدل.. العام الدراسي في موعده\n\n" + para, "الوزارة تحسم الجدل.. العام الدراسي في موعده", true},
		{"TrailingQuote", "", "الوزير: العام الدراسي \"في موعده\"\n\n" + para, "الوزير: العام الدراسي \"في موعده\"", true},
		{"WidgetFirst", "", "مدة القراءة 2 دقيقة\nالعام الدراسي يبدأ في موعده\n\n" + para, "العام الدراسي يبدأ في موعده", true},
		{"SiteDateAfter", "", "العام الدراسي يبدأ في موعده\nموقع الأخبار | الثلاثاء 3 مارس 2026\n" + para, "العام الدراسي يبدأ في موعده", true},
		{"CopyrightCaptionAfter", "", "العام الدراسي يبدأ في موعده\nتلاميذ يدخلون مدرستهم في العاصمة صباح أول أيام العام الدراسي الجديد بعد عطلة صيفية طويلة، 14 سبتمبر 2025. © رويترز\n" + para, "العام الدراسي يبدأ في موعده", true},
		{"PrintEditionStampAfter", "", "العام الدراسي يبدأ في موعده\nالأحد 17 من ذي الحجة 1440 هـ 18 أغسطس 2019 السنة 144 العدد 48468\n" + para, "العام الدراسي يبدأ في موعده", true},
		{"SiteDashDateTimeAfter", "", "العام الدراسي يبدأ في موعده\nموقع الأخبار - 3 مارس 2026 - 10:15\n" + para, "العام الدراسي يبدأ في موعده", true},
		{"OutletNameThenDate", "", "العام الدراسي يبدأ في موعده\nبوابة التعليم\nالثلاثاء، 3 مارس 2026 10:15 ص\n" + para, "العام الدراسي يبدأ في موعده", true},
		{"OutletNameThenByline", "", "العام الدراسي يبدأ في موعده\nبوابة التعليم\nكتب: قسم التحقيقات\n" + para, "العام الدراسي يبدأ في موعده", true},
		{"BylineAfter", "", "العام الدراسي يبدأ في موعده\nكتب: محمد علي\n" + para, "العام الدراسي يبدأ في موعده", true},
		{"LongHeadlineThenOutlet", "", "وزارة التربية تؤكد أن العام الدراسي الجديد يبدأ في موعده رغم الأزمة الاقتصادية\nبوابة التعليم\nالثلاثاء 3 مارس 2026\n" + para, "وزارة التربية تؤكد أن العام الدراسي الجديد يبدأ في موعده رغم الأزمة الاقتصادية", true},
		{"SentenceFirstIsBody", "", para + "\n" + para, "", false},
		{"QuestionIsNotTitle", "", "هل يبدأ العام الدراسي في موعده؟\n\n" + para, "", false},
		{"ShortLineThenShortLine", "", "العام الدراسي\nيبدأ الأحد\n" + para, "", false},
		{"CategoryFirst", "", "تعليم\nالعام الدراسي يبدأ في موعده رغم الأزمة\n" + para, "العام الدراسي يبدأ في موعده رغم الأزمة", true},
		{"BreadcrumbFirst", "", "الرئيسية / أخبار محلية\nالعام الدراسي يبدأ في موعده رغم الأزمة\n" + para, "العام الدراسي يبدأ في موعده رغم الأزمة", true},
		{"CrumbPerLine", "", "الرئيسية\nأخبار\nتعليم عالي\nالعام الدراسي يبدأ في موعده رغم الأزمة\n" + para, "العام الدراسي يبدأ في موعده رغم الأزمة", true},
		{"CookieBannerFirst", "", "يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين الخدمة، وبمواصلة التصفح فإنك توافق على ذلك.\nقبول\nالعام الدراسي يبدأ في موعده رغم الأزمة\nمنذ ساعتين\n" + para, "العام الدراسي يبدأ في موعده رغم الأزمة", true},
		{"DeckUnder", "", "العام الدراسي يبدأ في موعده رغم الأزمة\nالوزارة تطمئن الأهالي وتعد بتوفير الكتب المدرسية في كل المدارس\n\n" + para, "العام الدراسي يبدأ في موعده رغم الأزمة", true},
		{"CategoryApartThenHeadlineAndTime", "", "الشرق الأوسط\n\nالعام الدراسي يبدأ في موعده رغم الأزمة\n\nمنذ 3 ساعات\n\n" + para, "العام الدراسي يبدأ في موعده رغم الأزمة", true},
		{"ShortHeadlineThenBlank", "", "العام الدراسي\n\nالوزارة تطمئن الأهالي وتعد بتوفير الكتب\n" + para, "العام الدراسي", true},
		{"MetadataFound", "العام الدراسي يبدأ في موعده", "العام الدراسي يبدأ في موعده\n" + para, "العام الدراسي يبدأ في موعده", true},
		{"MetadataSiteSuffix", "العام الدراسي يبدأ في موعده | موقع الأخبار", "العام الدراسي يبدأ في موعده\n" + para, "العام الدراسي يبدأ في موعده", true},
		{"MetadataAbsent", "عنوان من البيانات الوصفية", para, "عنوان من البيانات الوصفية", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &marsad.Article{Title: tt.meta, Text: tt.text}
			d := New().Clean(a)
			checkSpans(t, a, d)
			if d.Title != tt.want {
				t.Errorf("title of %q = %q, want %q", tt.text, d.Title, tt.want)
			}
			if got := d.TitleSpan != (marsad.Span{}); got != tt.wantSpan {
				t.Errorf("title span of %q = %v, want set=%v", tt.text, d.TitleSpan, tt.wantSpan)
			}
			for _, b := range d.Body {
				if tt.wantSpan && b.Text == tt.want {
					t.Errorf("title %q is also in the body", tt.want)
				}
			}
		})
	}
}

// TestClean_Structure covers the rules that need the whole text: trailing
// labels, in-body subheadings, repeated captions, lists of related stories.
func TestClean_Structure(t *testing.T) {
	p1 := "أعلنت وزارة الزراعة أن صادرات الحمضيات ارتفعت بنسبة كبيرة هذا الموسم بفضل فتح أسواق جديدة في آسيا وأوروبا."
	p2 := "وقال الوزير إن الحكومة ستواصل دعم المزارعين وتوفير الأسمدة بأسعار مدعومة لضمان استمرار نمو الصادرات الزراعية."
	p3 := "وأضاف أن الوزارة تعمل على تطوير منظومة الري وتحسين جودة المنتجات لتلبية معايير الأسواق الخارجية الصارمة."
	tests := []struct {
		name string
		text string
		boil []string // the boilerplate lines expected, in order
	}{
		{"SubheadingKept", p1 + "\nتوسع الأسواق الخارجية\n" + p2 + "\n" + p3, nil},
		{"QuotedSubheadingKept", p1 + "\n\"نمو غير مسبوق\"\n" + p2 + "\n" + p3, nil},
		{"TrailingLabels", p1 + "\n" + p2 + "\n" + p3 + "\nالزراعة\nالتصدير", []string{"الزراعة", "التصدير"}},
		{"TrailingSentenceKept", p1 + "\n" + p2 + "\n" + p3 + "\nوتستمر الحملة حتى نهاية الشهر.", nil},
		{"RepeatedCaption", "موسم قياسي للحمضيات\n\nمزارعون يقطفون البرتقال في حقل قرب المدينة\n" + p1 + "\nمزارعون يقطفون البرتقال في حقل قرب المدينة\n" + p2,
			[]string{"مزارعون يقطفون البرتقال في حقل قرب المدينة", "مزارعون يقطفون البرتقال في حقل قرب المدينة"}},
		{"ListAfterReadAlso", p1 + "\nاقرأ أيضا\nالأمطار تنعش آمال المزارعين في الشمال\n" + p2 + "\n" + p3,
			[]string{"اقرأ أيضا", "الأمطار تنعش آمال المزارعين في الشمال"}},
		{"QuestionsInFrame", p1 + "\nقصص مقترحة\nهل تنجح خطة الحكومة في خفض الأسعار؟\nكيف تستعد المدن الساحلية للشتاء؟\nنهاية\n" + p2 + "\n" + p3,
			[]string{"قصص مقترحة", "هل تنجح خطة الحكومة في خفض الأسعار؟", "كيف تستعد المدن الساحلية للشتاء؟", "نهاية"}},
		{"LongTeaserInFrame", p1 + "\nاقرأ المزيد\nالحكومة تعلن خطة جديدة لدعم صغار المزارعين في المناطق الريفية المتضررة من الجفاف الطويل\n" + p2 + "\n" + p3,
			[]string{"اقرأ المزيد", "الحكومة تعلن خطة جديدة لدعم صغار المزارعين في المناطق الريفية المتضررة من الجفاف الطويل"}},
		{"SubheadingAfterFrameKept", p1 + "\nاقرأ أيضا\nالأمطار تنعش آمال المزارعين في الشمال\nتوسع الأسواق\n" + p2 + "\n" + p3,
			[]string{"اقرأ أيضا", "الأمطار تنعش آمال المزارعين في الشمال"}},
		{"CommentSection", p1 + "\n" + p2 + "\n" + p3 + "\nتعليقات القراء\n1 - أبو سامي\nنتمنى أن تصل هذه المنتجات إلى أسواقنا المحلية بأسعار معقولة.\nأضف تعليقك",
			[]string{"تعليقات القراء", "1 - أبو سامي", "نتمنى أن تصل هذه المنتجات إلى أسواقنا المحلية بأسعار معقولة.", "أضف تعليقك"}},
		{"CommentButtonMidPageKept", p1 + "\nتعليقات\n" + p2 + "\n" + p3, []string{"تعليقات"}},
		{"CaptionOverCredit", p1 + "\nعمال يفرزون البرتقال في مستودع للتصدير\nGetty Images\n" + p2 + "\n" + p3,
			[]string{"عمال يفرزون البرتقال في مستودع للتصدير", "Getty Images"}},
		{"CaptionRepeatsTitle", "صادرات الحمضيات تبلغ رقما قياسيا\nالخميس 5 مارس 2026\nصادرات الحمضيات\n" + p1 + "\n" + p2, []string{"الخميس 5 مارس 2026", "صادرات الحمضيات"}},
		{"BylineKept", "صادرات الحمضيات تبلغ رقما قياسيا\nكتب أحمد حسن\n" + p1 + "\n" + p2, nil},
		{"ContinuationAfterListKept", p1 + "\n" + p2 + "\nاقرأ أيضا\nالأمطار تنعش آمال المزارعين في الشمال\nوأشار الوزير إلى أن صادرات الحمضيات ستتضاعف خلال السنوات المقبلة بفضل الأسواق الجديدة في آسيا.",
			[]string{"اقرأ أيضا", "الأمطار تنعش آمال المزارعين في الشمال"}},
		{"ContinuationKept", p1 + "\n" + p2 + "\n" + p3 + "\nوكانت الحكومة قد خصصت العام الماضي تمويلا إضافيا لمشاريع تحلية المياه في المناطق الساحلية النائية.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &marsad.Article{Text: tt.text}
			d := New().Clean(a)
			checkSpans(t, a, d)
			var got []string
			for _, l := range d.Boilerplate {
				got = append(got, l.Text)
			}
			if strings.Join(got, "|") != strings.Join(tt.boil, "|") {
				t.Errorf("boilerplate of %q:\ngot  %q\nwant %q", tt.text, got, tt.boil)
			}
		})
	}
}

// TestClean_HeaderAndTrailer checks the kinds given to an outlet's name
// under the headline and to a wire copy's source at the end.
func TestClean_HeaderAndTrailer(t *testing.T) {
	p1 := "أعلنت وزارة الزراعة أن صادرات الحمضيات ارتفعت بنسبة كبيرة هذا الموسم بفضل فتح أسواق جديدة في آسيا وأوروبا."
	p2 := "وقال الوزير إن الحكومة ستواصل دعم المزارعين وتوفير الأسمدة بأسعار مدعومة لضمان استمرار نمو الصادرات الزراعية."
	p3 := "وأضاف أن الوزارة تعمل على تطوير منظومة الري وتحسين جودة المنتجات لتلبية معايير الأسواق الخارجية الصارمة."
	tests := []struct {
		name, text, line string
		want             marsad.BoilerplateKind
	}{
		{"OutletNameLabel", "موسم قياسي للحمضيات\nصحيفة الريف\nالخميس 5 مارس 2026\n" + p1 + "\n" + p2, "صحيفة الريف", marsad.BoilerLabel},
		{"TrailingSourceCredit", p1 + "\n" + p2 + "\n" + p3 + "\n(وكالة الأنباء المحلية)", "(وكالة الأنباء المحلية)", marsad.BoilerCredit},
		{"TrailingShortLabel", p1 + "\n" + p2 + "\n" + p3 + "\nالزراعة", "الزراعة", marsad.BoilerLabel},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &marsad.Article{Text: tt.text}
			d := New().Clean(a)
			checkSpans(t, a, d)
			var got marsad.BoilerplateKind
			for _, l := range d.Boilerplate {
				if l.Text == tt.line {
					got = l.Kind
				}
			}
			if got != tt.want {
				t.Errorf("kind of %q in %q = %q, want %q (boilerplate %v)", tt.line, tt.text, got, tt.want, d.Boilerplate)
			}
		})
	}
}

// TestCleaner_Observe checks that a line printed on most of an outlet's
// pages is taken out, and that it is kept for another outlet.
func TestCleaner_Observe(t *testing.T) {
	footer := "موقع الأخبار اليومية منصة مستقلة تأسست عام 2010."
	stories := []string{
		"أعلنت البلدية إغلاق الطريق الساحلي ثلاثة أيام لأعمال الصيانة الدورية وتوسيع المسارب.",
		"افتتح محافظ المدينة مستشفى جديدا للأطفال بطاقة استيعابية تبلغ مئتي سرير ومعدات حديثة.",
		"سجلت محطات الرصد درجات حرارة قياسية هذا الأسبوع مع موجة حر تضرب معظم مناطق البلاد.",
		"قررت إدارة الجامعة تأجيل الامتحانات النهائية أسبوعا بسبب انقطاع الكهرباء المتكرر.",
	}
	c := New()
	for _, s := range stories {
		c.Observe(&marsad.Article{Outlet: "daily", Text: s + "\n" + footer})
		c.Observe(&marsad.Article{Outlet: "daily", Text: s + "\n" + footer}) // a reread counts once
	}
	d := c.Clean(&marsad.Article{Outlet: "daily", Text: stories[0] + "\n" + footer})
	if len(d.Boilerplate) != 1 || d.Boilerplate[0].Kind != marsad.BoilerRepeated || d.Boilerplate[0].Text != footer {
		t.Errorf("got boilerplate %v, want the footer as repeated", d.Boilerplate)
	}
	d = c.Clean(&marsad.Article{Outlet: "other", Text: stories[0] + "\n" + footer})
	if len(d.Boilerplate) != 0 {
		t.Errorf("got boilerplate %v for another outlet, want none", d.Boilerplate)
	}
	few := New()
	few.Observe(&marsad.Article{Outlet: "daily", Text: stories[0] + "\n" + footer})
	few.Observe(&marsad.Article{Outlet: "daily", Text: stories[1] + "\n" + footer})
	if d := few.Clean(&marsad.Article{Outlet: "daily", Text: stories[2] + "\n" + footer}); len(d.Boilerplate) != 0 {
		t.Errorf("got boilerplate %v after two documents, want none", d.Boilerplate)
	}
}

// TestClean_Sentences checks that sentence spans cover the body.
func TestClean_Sentences(t *testing.T) {
	text := "عنوان الخبر هنا\n\nقال الوزير إن الاجتماع كان مثمرا. وأضاف أن المحادثات ستستأنف غدا.\nوختم بالقول إن الطريق طويل."
	a := &marsad.Article{Text: text}
	d := New().Clean(a)
	checkSpans(t, a, d)
	if len(d.Sentences) != 3 {
		t.Fatalf("got %d sentences, want 3: %v", len(d.Sentences), d.Sentences)
	}
	if got := text[d.Sentences[1].Start:d.Sentences[1].End]; got != "وأضاف أن المحادثات ستستأنف غدا." {
		t.Errorf("second sentence = %q", got)
	}
}
