/**
 * The segmenter's rules in English, by rule code (common/segment/ruleCodes.ts): `join.midSentence`
 * is `rules.join.midSentence`. Shown where the editor explains a join, a title or an article start.
 */
const rulesEn = {
  furniture: {
    pattern: 'page furniture: page number, date line, running head or jump line',
    masthead: 'masthead line above the date line at the top of the page',
    sectionLabel: 'section label above the stories it files',
    ocrPageTop: 'raw OCR: the masthead at the top of the page (name, volume, date and price lines)',
    ocrFolio: 'raw OCR: the page’s date line printed again below the top: page furniture',
    ocrJumpLine:
      'raw OCR: a jump line whose word the OCR garbled (00NTrINIED oN PAGE 1VE.): page furniture, not a headline',
    ocrPageFoot:
      'raw OCR: display advertisements at the foot of the page (prices, telephone numbers, firm names): page furniture',
  },
  lead: {
    chinese: 'news lead (本报讯, 新华社…电)',
    dateline: 'dateline opening a story',
    cutByBreak: 'a lead cut in two by a line break',
    insideArticle: 'a lead after a paragraph gap, not an article gap: part of the same article',
    ocrScrapAbove:
      'raw OCR: a scrap of OCR noise right above a dateline opens the story in the dateline’s place',
    ocrDateline:
      'raw OCR: a line opening with a dateline (place in capitals, month, day) after a finished sentence opens a story, though OCR lost its dash',
  },
  byline: { by: '“By” line' },
  photographer: { pattern: 'photographer’s line' },
  credit: {
    pattern: 'credit or end note (reporter, editor, “(完)”)',
    nameUnderTitle: 'author’s name under the headline',
    aboutAuthor: 'note about the author',
    blockText: 'block that is only a byline, signature, production credit or bracketed end note',
    afterBody: 'signature or end note right under body text: a credit of that article',
    signature: 'the author’s name closing a signed column',
    ocrSignature:
      'raw OCR: a signature (“H. L. Brown, Secretary.”) or a source paper’s name closing an item on its own line',
    ocrWire: 'raw OCR: a wire or source credit on its own line (“(By Associated Press.)”)',
    ocrNameOffice:
      'raw OCR: a name in capitals with initials ending in a comma, and the office line under it, after a finished sentence: the signature closing an item',
    closingAboveTitles:
      'a story’s closing line (cartoon or make-up credits, a bracketed note, a reader’s signature) above the next titles',
  },
  caption: {
    pattern: 'photo caption',
    openForWrap: 'caption running on over printed lines',
    openForPhotographer: 'caption with its photographer’s line below',
    blockText: 'block that is only a photographer’s credit or opens like a caption (图①：…)',
    ocrNameOffice:
      'raw OCR: a name in capitals with initials ending in a comma over an office line: a portrait caption in the columns, not a new article’s headline',
  },
  title: {
    wrapApart:
      'text wrapped at a column: a line standing apart from the text above, ending on no mark, over the start of a paragraph: a title',
    shape: 'short line without sentence punctuation: may be a title',
    englishDeck: 'title-case deck under a capitals headline',
    englishSetApart: 'short line set apart above a long paragraph: a headline',
    englishAboveLead: 'short lines right above a dateline or “By” line: the story’s titles',
    ocrTitleCase: 'raw OCR: a short title-case line between a finished sentence and a story’s first line',
    ocrHeadUnderScrap:
      'raw OCR: a short title-case line right under a scrap of noise (a rule read as text) and over a story’s first line',
    ocrShortCaps:
      'raw OCR: a line of a single short word in capitals right under a capitals title line is a line of the same headline',
    single: 'one title line: the headline',
    labelKicker: 'label line (地点：…) above the headline: the kicker',
    kickerFirst: 'scene-setting line above the main line, the second not a deck: kicker and headline',
    headlineDeck: 'the second line explains the first: headline and deck',
    deckDash: 'a line starting with a dash is a deck',
    fullSet: 'kicker, headline and decks',
    headlineDecks: 'headline and decks',
    stack: 'lines set together after an article gap, apart from the body: the title stack',
    kickerLeadIn: 'a line ending with a dash or colon leads into the headline: the kicker',
    kickerColumnTag: 'the second line carries the column’s name in brackets: kicker and headline',
    deckUnderColumnTag: 'the first line carries the column’s name in brackets: headline and deck',
    kickerInLine:
      'the file prints kicker and headline on one line: cut after the kicker’s lead-in (—— or …强调)',
    textKicker: 'a kicker that reads like text (a comma, a closing dash) right above a marked headline',
    textHeadline:
      'a headline that reads like text (a comma) over a dateline lead, after the end of the story above',
    columnTagLine: 'a line that reads like text but ends with its column’s name in brackets: a headline',
    kickerInLineParallel:
      'the file prints kicker and headline on one line: cut where a pair of equal-length phrases shows the other title run on',
    storyStartLine:
      'a story starts here after the one above ended, and the line ends on no sentence or clause mark: its headline',
    runOnDeck:
      'the file prints kicker and headline on one line: a plain first line is the headline, the line under it a deck',
    stackLongLine:
      'a line longer than a title set together with the title lines: a summary deck under them, or a kicker leading into them',
    deckListMark: 'the second line opens with a list mark (●, ■): the headline’s deck',
    kickerIssuer:
      'the first line reports that a body issued a document (…印发意见, …发文): the kicker; the line under it says what it holds',
    kickerCompetition:
      'the first line names a competition or its stage (…世界杯德国站, …公开赛): the kicker over the result',
    deckCarriesOn:
      'the second line carries on the first line’s subject with a modal or a verb of result (将…, 实现…): a deck',
    deckParallel: 'both lines end on the same words: the second reports a parallel event, a deck',
    deckFigures: 'both lines report a figure: two findings of one report, the headline and its deck',
    deckNumber: 'the second line is a document’s number (第五号): a deck under the document’s title',
    kickerInLineScored:
      'the file prints kicker and headline on one line with no visible cue: cut where the kicker scorer finds the kicker ends',
    headlineUnderLeadIn:
      'the line under a kicker ending with a dash (even one that reads like text): the headline it leads into',
    storyTitleLine:
      'a short line ending on no sentence or clause mark under the first line of a story: its second title line',
    summaryDeck:
      'a summary on a line of its own under the titles and over the dateline lead (no full stop at its end, or speakers quoted in turn): a deck',
  },
  body: {
    default: 'body text',
    wrappedTitleNotAlone: 'wrapped text: a title stands alone between blank lines, this line does not',
    wrappedTitleWide: 'wrapped text: as wide as a full printed line, so body text',
    wrapContinuation:
      'text wrapped at a column: a line under a line that goes on continues its paragraph, however short',
    wrappedTitleNotCaps: 'wrapped text: not in capitals, so body text',
    ocrNoiseLine: 'raw OCR: a one- or two-character scrap of a column, kept in the text',
    ocrLeadAfterScrap:
      'raw OCR: a dateline under a scrap of OCR noise runs on from the scrap, which opens the story',
    indentedTitle: 'indented like the paragraphs, so body text',
    bareFigure: 'a figure or date alone on a line, away from page furniture: text, not a page number',
    colonLine: 'a line ending with a colon introduces what follows: body text',
    speakerTurn: 'a speaker’s turn in an interview (记者：, 问：): body text',
    ocrGarbledTitle: 'raw OCR: a picture or rule read as letters, not a title; kept in the text',
    ocrTableRow:
      'raw OCR: a name followed by several figures is a row of a table, not a title; kept in the text',
    ocrFirmName:
      'raw OCR: a firm’s name in capitals (… LUMBER COMPANY, … BROS.) signs an advertisement, not a headline; kept in the text',
    ocrDateline:
      'raw OCR: a dateline alone on its line (“WASHINGTON, Dec. 15.”) opens the story’s text, not a title',
    cutBelow:
      'an indented short line with an unindented body line under it: a paragraph cut by a break, not a crosshead',
    punctuatedLine:
      'a title-like line ending in a colon or clause mark (a speaker’s label, a question): text, not a crosshead',
    cutBeforeBreak: 'a short line the scorer reads as cut by a column break: not a crosshead',
    listRun: 'a run of title-shaped lines longer than a title group: a list, one item a paragraph',
    listMarkItem:
      'a line opening with the list mark (■, ●) of the paragraph right above: the next point of that list, a paragraph',
  },
  article: {
    editorsNote: 'an editor’s note opens a new item',
    photoItem: 'a dated picture text with its photographer’s line opens a photo item',
    lead: 'a news lead or dateline starts a new article',
    leadBelow: 'titles right above a lead start a new article',
    labelBelow: 'titles right above a lead-in label (核心阅读, 编者按) start a new article',
    creditBelow: 'titles above an author’s line start a new article',
    openerBelow: 'titles above an item opener start a new article',
    multiLineTitle: 'a group of several title lines starts a new article',
    noArticleYet: 'the first titles of the issue',
    noBodyYet: 'the current article has no text yet, so a new one starts',
    blankGap: 'a blank gap as wide as those between articles',
    photoItemTitle: 'title of a photo item (caption and photographer below)',
    textStack:
      "two short lines ending no sentence after the last sentence of a story (a kicker that reads like text and its headline), text below: a new story's title stack",
    summaryAboveLead: 'titles over a summary paragraph and a dateline lead start a new article',
    newsOpeningBelow:
      'a title line over a paragraph opening with the day of the news (2月12日，…), in an article without crossheads: a new story',
    pairedPhrases:
      'a title line of two parallel phrases apart by a space (十字岭头  苍松犹翠), in an article without crossheads: a new story',
    capsAfterSentenceEnd: 'a capitals headline after a finished sentence',
    afterCreditOrCaption: 'a title after the closing credit or caption of the previous article',
    afterContactLine:
      'a line after the column’s mailbox line (ending with its e-mail address) closing the previous article',
    lastLine: 'a title line at the end of the text',
    afterJump: 'a title after a jump line (“Continued on…”)',
    headlineLength: 'too long for a crosshead: a headline',
    ocrTitleCase: 'raw OCR: a title-case head after a finished sentence opens a story',
    ocrHeadUnderScrap:
      'raw OCR: a title-case head under a scrap of noise (a rule read as text) opens a story',
    untitled: 'text before any title',
    unindentedTitle: 'crossheads are indented here, so an unindented title line is a headline',
    ocrCapsHead:
      'raw OCR: a one-line capitals headline over a story’s first line opens a story, even after an unfinished line',
    ocrLocalItem:
      'raw OCR: a personal item (Mr., Mrs., Miss …) after a short paragraph stands alone, untitled',
    columnTag: 'a title line ending with its column’s name in brackets (今日谈): a headline',
    pictureLabel: 'a picture-story label (图片报道) opens a new item',
    afterPageBreak: 'titles right after a page header or a page’s editor line start a new article',
    briefItem: 'an item of a briefs column (简讯): its title or bold lead-in opens an article of its own',
    kickerLeadInLine:
      'the file prints kicker and headline on one line: a single title line with a kicker led in (——, …强调) inside it starts a new article',
    pairedKickerLine:
      'the file prints kicker and headline on one line: a single title line whose paired phrases (一户带头 全村跟进) carry another title glued on starts a new article',
    startScored:
      'a title-shaped line after a finished paragraph that the start scorer (line shape, the ending above, what follows, the story so far) reads as a new story',
  },
  group: {
    continuation: 'title-like line continuing an unfinished sentence',
    fragmentFollows: 'the next line continues it: a paragraph, not a title',
    openBracket: 'closes a bracket the line above left open: the rest of that line, not a title',
  },
  subhead: {
    underCredit: 'single line under the headline and author: a crosshead',
    default: 'single title line inside an article: a crosshead',
    insideArticle: 'title lines after a paragraph gap, not an article gap: crossheads',
    sectionLabel: 'a chapter line or an in-article label (第一章, 核心阅读): a crosshead',
    shortBlock: 'short block without closing punctuation inside an article: a crosshead',
    figureUnderTitles:
      'a figure call-out (1180家, 97%) under the titles opens the text: a crosshead, not a deck',
    labelUnderTitles: 'a label (开栏的话, 内容提要) under the titles opens the text: a crosshead, not a deck',
    authorUnderTitles:
      'an author’s name under the titles (（英国）约翰·史密斯) opens a signed piece: not a deck',
    setApartFromTitles:
      'the file sets its title lines together; this one stands after a blank line: a crosshead',
    underColumnLabel: 'under a column’s label (速览, 来论): the label is the headline, this line a crosshead',
    shortStack: 'short title lines under a paragraph, none headline-long or marked: crossheads',
    sectionByline:
      'a title with a reporter’s byline under it inside an article: a signed section of a package',
    parallelStack:
      'a title stack of the same make as the one that opened the article: its next section, not a new article',
    figureStack:
      'a title stack opening with a figure (1100多万人) inside an article: a call-out over a section',
    signedSection:
      'a title under a signature of the same make as the one above the article: the next part of a signed package',
    signedPiece:
      'a title over an author’s name in an article that already holds a crosshead signed so: the next piece of a package of signed commentaries, not a new article',
    pictureColumnLabel:
      'a picture column’s name (the one the file’s photo credits name in brackets) alone under a picture story: it labels the story above, not the next one’s kicker',
    labelledRoundUpItem:
      'a short kicker and a headline over a dateline lead, set like the first item under the package’s head line: the package’s next item, crossheads, not a new article',
    roundUpItem:
      'a title after an item’s credit in a round-up under a column label, over an item closed by a credit of the same make: the next item’s crosshead, not a new article',
    toldToItem:
      'a title after an as-told-to credit (“… taken down by our reporter X”), over an item closed by another such credit: the next voice of the same package, a crosshead, not a new article',
    numberedSection:
      'a head numbered past the first part (第七章, （五）, 五、) inside an article: the next part of a document in full',
    earlyStack:
      'title lines under a paragraph of an article with a crosshead and only a few paragraphs: its next section’s crossheads, not a new article',
    factLabels:
      'lines opening with fact labels (时间：, 地点：) inside an article: a section’s fact box, each line a crosshead, not a new article',
    startScored:
      'a stack of title lines after text that the start scorer (line shape, the ending above, what follows, the story so far) reads as crossheads of the story going on, not a new story',
    leadInUnderTitles:
      'the last line under the titles ends with a lead-in dash: it leads into the text under it, a crosshead, not a deck',
    underColumnTag:
      'where nothing sets title stacks apart, the line under a headline ending with its column’s name (no dash deck) opens the text: a crosshead, not a deck',
    repeatedTitle:
      'a line repeating the title line above it: the published document’s own title opening its text, not a deck',
    nothingBelow:
      'a title line with only credits and page furniture under it before the next titles: no headline (it has no text), the close of the story above',
    underEpigraph:
      'title lines under a story’s opening quotation and its dash-led source: crossheads of its first section, not a new story',
    underDocumentNote:
      'a line under the dated or adoption note (in brackets) of a document’s title: the note closes the titles, so the line opens the text',
    ocrCrosshead:
      'raw OCR: a stopped capitals line between two paragraphs of a story whose headline has no full stop: a crosshead',
    ocrTableHeading:
      'raw OCR: a line or two without figures between the rows of a table (“For Sheriff:”): a list heading of the table',
  },
  join: {
    hyphen: 'word hyphenated across the break',
    lineWrap: 'printed line wrap',
    midSentence: 'no sentence end before the break',
    ocrCreditRun: 'raw OCR: a byline’s service line joined to its credit',
    ocrNoiseLine: 'raw OCR: a scrap of a column joined to the paragraph',
    ocrAbbreviation: 'raw OCR: the line ends in an initial or abbreviation, not a sentence end',
    ocrDateline: 'raw OCR: a dateline alone on its line runs on into the story’s first sentence',
    noIndent: 'continuation without paragraph indent',
    captionPhotographer: 'caption split from its photographer’s line',
    captionWrap: 'a caption wrapped onto the next printed line (its credit or its text)',
  },
  break: {
    indent: 'the next line is indented: a new paragraph',
    sentenceEnd: 'the sentence ends before the break',
    shortLine: 'a sentence ends on a short printed line',
    nextWordFits: 'the next word would have fitted on the line',
    opener: 'the next line opens an item of its own',
    itemOpener: 'the next line starts a numbered item or a speaker’s turn',
    closedLine: 'the line ends on a closing bracket, dash, colon or semicolon: not cut mid-clause',
    ocrColumnNoise: 'raw OCR: a sentence ends before a scrap of the next column',
    ocrColonShort: 'raw OCR: a short line ending in a colon introduces what follows',
    ocrFirmName:
      'raw OCR: a firm’s name in capitals closes its advertisement; the line under it opens a new paragraph',
    ocrShortInColumn:
      'raw OCR: a sentence ends on a line short of the lines around it in its column, and the next line opens with a capitalised word',
    ocrCommaForStop:
      'raw OCR: a line short of its column ends in a comma before a sentence’s opening word (The, This, Mr.): the comma is a misread full stop',
    ocrBriefItem: 'raw OCR: under a column label (LOCAL AND PERSONAL) a new sentence opens the next item',
    ocrParagraphOpener:
      'raw OCR: after a finished sentence the line opens as a paragraph does (a numbered item, an opening quotation mark, Mr./Mrs./Miss and a name)',
    unlikelyCut: 'the scorer reads the line as ending there (a crosshead, quote or list line)',
    clauseCrosshead:
      'a short line of clauses standing alone, without a sentence end: a crosshead, not a cut paragraph',
  },
};

export default rulesEn;
