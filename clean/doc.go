// Package clean splits an article's text into its title, its dateline, its
// body paragraphs (with their sentences) and the boilerplate lines a page
// carries around them, each with a [marsad.BoilerplateKind].
//
// Every span it returns points into [marsad.Article.Text], which it never
// changes; the text at a span is the line's text, trimmed of surrounding
// white space. Matching uses keys made by arabic.Normalize (hamza, alef,
// tanween and taa marbuta variants compare equal) with Latin in lower case.
//
// # Title
//
// A metadata title wins: it is looked for among the first lines (also with
// a " | Site" suffix) for its span, and the line found is the title. Without
// metadata the first non-empty line is the title when it reads as a
// headline: two to twenty words, at most about 260 bytes, no final . ؟ ! :
// (a ".." inside or a closing quote is fine), not a dateline, and followed
// by a blank line, a dateline, a widget or caption, a byline, a paragraph
// at least half as long again, or a deck (a line of five to forty words
// that is not a sentence, itself followed by one of these). The page may
// open with up to six lines before it: widgets and labels (a cookie banner
// and its button, a breadcrumb "الرئيسية / محليات"), and category lines of
// one to three words ("مجتمع", "اقتصاد السعودية", one crumb a line) over a
// line with a headline's shape at least three words longer, which is then
// the title; a two- or three-word line set apart by a blank line counts as
// a category only when a widget, caption, byline or dateline follows the
// longer line (else it may be a short headline). An outlet's name alone on
// the line under the headline, before a date line or a byline, is a label.
// A first line that is a sentence is body, and the title is empty.
//
// # Dateline
//
// In the first lines after the title: a line of at most five words made of
// a place (one to three words, no function words) and a source after a dash
// or in parentheses ("موسكو -رويترز", "بيروت ـ «الشرق الأوسط»", "غزة -
// خاص", "بلغراد - (أ ف ب)", a place and an outlet of up to three words),
// or an agency alone; or the same shape opening the first paragraph
// when the source is a known agency or a quoted name ("القاهرة (رويترز) -",
// "الرياض - واس:"), in which case the paragraph's body starts after it.
// A place, perhaps a reporter's name, and an agency split by slashes ("رام
// الله/ فلان الفلاني/ الأناضول", up to seven words) is a dateline too, as
// is the Gulf agencies' place, في, day and month and the agency between
// slashes ("الدوحة في 28 أبريل /قنا/"); so are a place, a dash and a short
// source closed by a colon ("كاراكاس - الميادين نت:") and a place with its
// country in brackets before the agency ("الخور (قطر) (أ ف ب) -"). The
// search goes past a deck under the headline. The agencies are a list of
// wire services in Arabic and Latin forms.
//
// Bylines ("كتب فلان", "بقلم فلان") stay in the body: like a dateline,
// they are the story's filing credit, not page furniture.
//
// # Boilerplate
//
// Rules that read a line on its own:
//   - promo: calls to discover, follow, subscribe or download (in lines of
//     at most 40 words, or ending in hashtags);
//   - hashtags: a line of hashtags, or one ending in two or more;
//   - widget: reading time (also glued to an icon's text), lines made only
//     of share, print, font-size, comment, video ("مشاهدة الفيديو") and
//     consent ("موافق") button words, timestamps ("آخر تحديث: ...", "نُشر:
//     19:42 ..." with a colon, relative ones "قبل 5 ساعات", "منذ يومين"),
//     date-only lines (Hijri months and update words allowed:
//     "13.10.2025 - محدث : 13.10.2025"), a site's name before a date ("الموقع | الأحد
//     14 ديسمبر 2025", "الموقع - 15 أكتوبر 2025 - 08:05"), copyright
//     footers, and among a page's first or last four lines a cookie
//     banner (a line naming cookies and asking for consent);
//   - label: a breadcrumb, two to six short parts split by spaced ">",
//     "›", "»", or by "/" or "|" after "الرئيسية";
//   - promo also: a short call to follow the site on a platform or news
//     aggregator ("تابع الموقع على جوجل نيوز");
//   - teaser: a line opened by "شاهد أيضا", "اقرأ أيضا", "أخبار ذات صلة",
//     "Read more"... and a title; the opener alone is a label;
//   - label: a line that is only a known category or related-stories label
//     ("تصنيفات", "الأكثر قراءة", "وسوم"), or a tags label and its list
//     ("كلمات البحث: ...");
//   - credit and caption: a line opened by "التعليق على الصورة،" (a
//     caption) or "مصدر الصورة،" (a credit), with a comma or a colon; a
//     line opened by "صورة:", "تصوير:", "المصدر:", or
//     ending with an opener and a name after a dash ("... - تصوير: فلان"), or
//     ending with an agency or picture library after a dash, slash or in
//     parentheses ("- via REUTERS", "(أ ف ب)", "(الفرنسية)"), or ending in "، place،
//     3 نوفمبر 2025"; short ones are credits, longer ones captions.
//
// Rules that need the whole text, in order: captions without a credit of
// their own (the line above a line that is only a credit, "Sputnik" or
// "الأناضول", when it is not a sentence, the title's deck or the
// dateline and the credit is not the text's last line; and a line of two
// to six words before the first paragraph whose content words all occur
// in the title, a photo's alt text); every copy of a line the text
// repeats (a caption when it does not read as a sentence, else repeated);
// lines found by [Cleaner.Observe] in at least three documents and 30% of
// one outlet's documents (repeated); headlines listed under a
// related-stories label ("اقرأ أيضا", "قصص مقترحة", "الأكثر قراءة"):
// lines of at most twenty words that are not sentences (questions are
// headlines too), up to a closer ("نهاية", "end of list", marked too), a
// paragraph or a subheading (at most four words right before a
// paragraph) (teaser); a comment section, from its heading ("تعليقات
// الزوار", "التعليقات (3)", "أضف تعليقك") to the end when two paragraphs
// precede it and less text follows than precedes (widget); blurbs of
// other stories at the end (unrelated); and the short lines after
// the last paragraph (label for four words or fewer, credit for a name in
// parentheses such as a wire copy's "(وكالة الأنباء)", teaser for a headline
// that follows boilerplate or shares almost no words with the article).
//
// # Unrelated blurbs
//
// Up to eight trailing paragraphs (at most half of them) are judged by the
// share of their content words (stop words out, article and clitics
// stripped) found in the title or the paragraphs kept before them. Below 6%
// a paragraph is another story's blurb, below 30% when it follows a
// related-stories label; a paragraph opening with و on a verb ("وقال",
// "وكانت") continues the story and is kept, or after a label judged by the
// 6% bound only. A blurb is only marked when no kept paragraph follows it.
//
// # Speed
//
// Each line is normalised and split into hashed words once; the rules
// read those words, phrase lists are found through maps keyed on a
// phrase's first or last word (the first word's hash is reused and probed
// in a set first), word lists are hash sets, and the scratch
// space is pooled, so a 5 KB page costs a few allocations.
//
// Section subheadings inside the body (short lines followed by a
// paragraph) stay in the body: only trailing lines and known labels are
// taken out.
package clean
