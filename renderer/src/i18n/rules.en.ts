/**
 * The segmenter's rules in English, by rule code (common/segment/ruleCodes.ts): `join.midSentence`
 * is `rules.join.midSentence`. Shown where the editor explains a join, a title or an article start.
 */
const rulesEn = {
  furniture: {
    pattern: 'page furniture: page number, date line, running head or jump line',
    masthead: 'masthead line above the date line at the top of the page',
    sectionLabel: 'section label above the stories it files',
  },
  lead: {
    chinese: 'news lead (本报讯, 新华社…电)',
    dateline: 'dateline opening a story',
    cutByBreak: 'a lead cut in two by a line break',
  },
  byline: { by: '“By” line' },
  photographer: { pattern: 'photographer’s line' },
  credit: {
    pattern: 'credit or end note (reporter, editor, “(完)”)',
    nameUnderTitle: 'author’s name under the headline',
    aboutAuthor: 'note about the author',
  },
  caption: {
    pattern: 'photo caption',
    openForWrap: 'caption running on over printed lines',
    openForPhotographer: 'caption with its photographer’s line below',
  },
  title: {
    shape: 'short line without sentence punctuation: may be a title',
    englishDeck: 'title-case deck under a capitals headline',
    englishSetApart: 'short line set apart above a long paragraph: a headline',
    englishAboveLead: 'short lines right above a dateline or “By” line: the story’s titles',
    ocrTitleCase: 'raw OCR: a short title-case line between a finished sentence and a story’s first line',
    single: 'one title line: the headline',
    labelKicker: 'label line (地点：…) above the headline: the kicker',
    kickerFirst: 'short scene-setting line above the main line: kicker and headline',
    headlineDeck: 'the second line explains the first: headline and deck',
    deckDash: 'a line starting with a dash is a deck',
    fullSet: 'kicker, headline and decks',
    headlineDecks: 'headline and decks',
  },
  body: {
    default: 'body text',
    wrappedTitleNotAlone: 'wrapped text: a title stands alone between blank lines, this line does not',
    wrappedTitleWide: 'wrapped text: as wide as a full printed line, so body text',
    wrappedTitleNotCaps: 'wrapped text: not in capitals, so body text',
    ocrNoiseLine: 'raw OCR: a one- or two-character scrap of a column, kept in the text',
    indentedTitle: 'indented like the paragraphs, so body text',
  },
  article: {
    editorsNote: 'an editor’s note opens a new item',
    photoItem: 'a dated picture text with its photographer’s line opens a photo item',
    lead: 'a news lead or dateline starts a new article',
    leadBelow: 'titles right above a lead start a new article',
    creditBelow: 'titles above an author’s line start a new article',
    openerBelow: 'titles above an item opener start a new article',
    multiLineTitle: 'a group of several title lines starts a new article',
    noArticleYet: 'the first titles of the issue',
    noBodyYet: 'the current article has no text yet, so a new one starts',
    blankGap: 'a blank gap as wide as those between articles',
    photoItemTitle: 'title of a photo item (caption and photographer below)',
    capsAfterSentenceEnd: 'a capitals headline after a finished sentence',
    afterCreditOrCaption: 'a title after the closing credit or caption of the previous article',
    lastLine: 'a title line at the end of the text',
    afterJump: 'a title after a jump line (“Continued on…”)',
    headlineLength: 'too long for a crosshead: a headline',
    ocrTitleCase: 'raw OCR: a title-case head after a finished sentence opens a story',
    untitled: 'text before any title',
  },
  group: {
    continuation: 'title-like line continuing an unfinished sentence',
    fragmentFollows: 'the next line continues it: a paragraph, not a title',
  },
  subhead: {
    underCredit: 'single line under the headline and author: a crosshead',
    default: 'single title line inside an article: a crosshead',
  },
  join: {
    hyphen: 'word hyphenated across the break',
    lineWrap: 'printed line wrap',
    midSentence: 'no sentence end before the break',
    ocrNoiseLine: 'raw OCR: a scrap of a column joined to the paragraph',
    ocrAbbreviation: 'raw OCR: the line ends in an initial or abbreviation, not a sentence end',
    noIndent: 'continuation without paragraph indent',
    captionPhotographer: 'caption split from its photographer’s line',
  },
  break: {
    indent: 'the next line is indented: a new paragraph',
    sentenceEnd: 'the sentence ends before the break',
    shortLine: 'a sentence ends on a short printed line',
    nextWordFits: 'the next word would have fitted on the line',
    opener: 'the next line opens an item of its own',
    ocrColumnNoise: 'raw OCR: a sentence ends before a scrap of the next column',
    ocrColonShort: 'raw OCR: a short line ending in a colon introduces what follows',
  },
};

export default rulesEn;
