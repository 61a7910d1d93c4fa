/**
 * The stable ids of every rule the segmenter (main/segment) applies; shared with the renderer,
 * which has a zh and an en text for each (renderer i18n `rules`). A decision (a line's kind, an article start,
 * a title role, a break joined or kept, furniture set apart) carries one of these codes: repairs as
 * their `reason`, articles in `provenance`, every line in `copydesk segment FILE --explain`. The
 * editor turns a code into words (renderer i18n, `rules.<code>`); a code is never renamed, only added.
 */
export const RULE_CODES = [
  // What a line is, seen alone (rules/classify/lineKind.ts).
  'furniture.pattern',
  'lead.chinese',
  'lead.dateline',
  'byline.by',
  'photographer.pattern',
  'credit.pattern',
  'caption.pattern',
  'title.shape',
  'body.default',
  // What a line is, seen with its neighbours (rules/furniture, rules/titles, rules/credits, rules/articles).
  'furniture.masthead',
  'furniture.sectionLabel',
  'body.wrappedTitleNotAlone',
  'body.wrappedTitleWide',
  'body.wrappedTitleNotCaps',
  'body.indentedTitle',
  'title.englishDeck',
  'title.englishSetApart',
  'title.englishAboveLead',
  'credit.nameUnderTitle',
  'credit.aboutAuthor',
  'article.editorsNote',
  'article.photoItem',
  'lead.cutByBreak',
  // Where an article starts (rules/groups/decideGroup.ts, rules/articles/bodyStart.ts).
  'article.lead',
  'article.leadBelow',
  'article.creditBelow',
  'article.openerBelow',
  'article.multiLineTitle',
  'article.noArticleYet',
  'article.noBodyYet',
  'article.blankGap',
  'article.photoItemTitle',
  'article.capsAfterSentenceEnd',
  'article.afterCreditOrCaption',
  'article.lastLine',
  'article.afterJump',
  'article.headlineLength',
  'article.untitled',
  // A title-like line that is not a title after all, or a crosshead (rules/groups/decideGroup.ts).
  'group.continuation',
  'group.fragmentFollows',
  'subhead.underCredit',
  'subhead.default',
  // Roles inside a title group (rules/titles/roles.ts).
  'title.single',
  'title.labelKicker',
  'title.kickerFirst',
  'title.headlineDeck',
  'title.deckDash',
  'title.fullSet',
  'title.headlineDecks',
  // Captions (rules/blocks/captions.ts).
  'caption.openForWrap',
  'caption.openForPhotographer',
  // Paragraph breaks: joined (a repair) or kept (rules/joins).
  'join.hyphen',
  'join.lineWrap',
  'join.midSentence',
  'join.noIndent',
  'join.captionPhotographer',
  'break.indent',
  'break.sentenceEnd',
  'break.shortLine',
  'break.nextWordFits',
  'break.opener',
  // Raw OCR of English pages (main/segment/rules/ocr).
  'body.ocrNoiseLine',
  'title.ocrTitleCase',
  'article.ocrTitleCase',
  'join.ocrNoiseLine',
  'join.ocrAbbreviation',
  'break.ocrColumnNoise',
  'break.ocrColonShort',
] as const;

export type RuleCode = (typeof RULE_CODES)[number];
