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
  'body.wrapContinuation',
  'body.wrappedTitleNotCaps',
  'body.indentedTitle',
  'body.bareFigure',
  'body.colonLine',
  'body.speakerTurn',
  'title.stack',
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
  'article.labelBelow',
  'article.creditBelow',
  'article.openerBelow',
  'article.multiLineTitle',
  'article.noArticleYet',
  'article.noBodyYet',
  'article.blankGap',
  'article.photoItemTitle',
  'article.textStack',
  'article.capsAfterSentenceEnd',
  'article.afterCreditOrCaption',
  'article.lastLine',
  'article.afterJump',
  'article.headlineLength',
  'article.untitled',
  'article.unindentedTitle',
  'lead.insideArticle',
  // A title-like line that is not a title after all, or a crosshead (rules/groups/decideGroup.ts).
  'group.continuation',
  'group.fragmentFollows',
  'group.openBracket',
  'subhead.underCredit',
  'subhead.default',
  'subhead.insideArticle',
  'subhead.sectionLabel',
  'subhead.figureUnderTitles',
  'subhead.labelUnderTitles',
  'subhead.setApartFromTitles',
  'subhead.underColumnLabel',
  // Roles inside a title group (rules/titles/roles.ts).
  'title.single',
  'title.labelKicker',
  'title.kickerFirst',
  'title.headlineDeck',
  'title.deckDash',
  'title.fullSet',
  'title.headlineDecks',
  'title.kickerLeadIn',
  'title.kickerColumnTag',
  'title.deckUnderColumnTag',
  'title.kickerInLine',
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
  'break.itemOpener',
  'break.closedLine',
  // Raw OCR of English pages (main/segment/rules/ocr).
  'body.ocrNoiseLine',
  'title.ocrTitleCase',
  'article.ocrTitleCase',
  'join.ocrNoiseLine',
  'join.ocrAbbreviation',
  'break.ocrColumnNoise',
  'break.ocrColonShort',
  'break.ocrShortInColumn',
  'break.ocrCommaForStop',
  'furniture.ocrPageTop',
  'furniture.ocrPageFoot',
  'article.ocrCapsHead',
  'body.ocrGarbledTitle',
  'credit.ocrWire',
  'body.ocrDateline',
  'join.ocrDateline',
  'break.ocrBriefItem',
  'furniture.ocrFolio',
  // No rule gives it any more (its rule split a column of local items into an article per item);
  // kept for issues segmented before.
  'article.ocrLocalItem',
  'break.ocrParagraphOpener',
  'lead.ocrDateline',
  'title.ocrShortCaps',
  'lead.ocrScrapAbove',
  'body.ocrLeadAfterScrap',
  'subhead.ocrCrosshead',
  'credit.ocrSignature',
  'join.ocrCreditRun',
  'caption.ocrNameOffice',
  'credit.ocrNameOffice',
  'title.ocrHeadUnderScrap',
  'article.ocrHeadUnderScrap',
  'body.ocrTableRow',
  'subhead.ocrTableHeading',
  'body.ocrFirmName',
  'break.ocrFirmName',
  'furniture.ocrJumpLine',
  // A block's kind settled from its whole text when it closes (main/segment/rules/blocks/blockKind.ts).
  'subhead.shortBlock',
  'credit.blockText',
  'caption.blockText',
  'credit.afterBody',
  'body.cutBelow',
  'body.punctuatedLine',
  // The learned scorer for open Chinese tails (rules/joins/cutModel.ts).
  'break.unlikelyCut',
  'body.cutBeforeBreak',
  // Article starts without separators (main/segment/rules/articles/titleGroupStarts.ts).
  'article.columnTag',
  'article.pictureLabel',
  'article.afterPageBreak',
  'subhead.shortStack',
  'article.briefItem',
  'credit.signature',
  'subhead.sectionByline',
  'title.textKicker',
  // A headline read as text whose column name in brackets marks it (rules/titles/columnTagLine.ts).
  'title.columnTagLine',
  // A kicker run on before the headline, found by paired phrases (rules/titles/parallelKicker.ts).
  'title.kickerInLineParallel',
  // The line a story starts at after the story above ended, read as its headline (rules/titles/storyStartLine.ts).
  'title.storyStartLine',
  // An author's name under the titles: where the title roles stop (rules/titles/stackEnd.ts).
  'subhead.authorUnderTitles',
  // A caption's printed wrap in a wrapped export (rules/blocks/captions.ts).
  'join.captionWrap',
  // Section stacks of the same make as the one that opened the article (rules/articles/parallelSections.ts).
  'subhead.parallelStack',
  // A story's closing line run into the next article's titles (rules/articles/closingAboveTitles.ts).
  'credit.closingAboveTitles',
  // Titles over a summary and a dateline lead (rules/articles/summaryAboveLead.ts).
  'article.summaryAboveLead',
  // A part of a package signed like the part above (rules/articles/parallelSections.ts).
  'subhead.signedSection',
  // The next signed piece of a package the story already holds one of (rules/articles/signedPiece.ts).
  'subhead.signedPiece',
  // The next item of a round-up under a column's label, after its credit (rules/articles/roundUpItem.ts).
  'subhead.roundUpItem',
  // The next item of a package under one head line, set alike over its own dateline lead (rules/articles/labelledRoundUp.ts).
  'subhead.labelledRoundUpItem',
  // The next voice of a package of as-told-to items, after its credit (rules/articles/toldToItem.ts).
  'subhead.toldToItem',
  // A picture column's name alone under the picture story it labels (rules/articles/pictureColumn.ts).
  'subhead.pictureColumnLabel',
  // A line after a contact line ending with its address: the column's piece above ended (rules/articles/afterStoryEnd.ts).
  'article.afterContactLine',
  // A run of title-shaped lines longer than a title group: a list (rules/articles/listRun.ts).
  'body.listRun',
  // The next marked point (`■…`) of a list right above (rules/articles/listRun.ts).
  'body.listMarkItem',
  // A one-line title over a paragraph that opens like a news story (rules/articles/newsOpening.ts).
  'article.newsOpeningBelow',
  // A stack opening with a figure inside an article: a call-out (rules/articles/titleGroupStarts.ts).
  'subhead.figureStack',
  // A headline of two parallel phrases apart by a space (rules/articles/pairedPhrases.ts).
  'article.pairedPhrases',
  // A text-like line over a dateline lead after a story's end: a headline (rules/articles/textHeadline.ts).
  'title.textHeadline',
  // A later numbered part of a document in full (rules/articles/numberedSection.ts).
  'subhead.numberedSection',
  // In a file that runs kickers on, a second title line under a plain first one is a deck (rules/titles/roles.ts).
  'title.runOnDeck',
  // A short one-line paragraph of clauses without a sentence end: a crosshead (rules/blocks/crossheadBreak.ts).
  'break.clauseCrosshead',
  // A title stack's one long line: a summary deck or a long lead-in kicker (rules/titles/longStackLine.ts).
  'title.stackLongLine',
  // Two title lines settled by a list mark, an issuing body or a competition (rules/titles/pairSignals.ts).
  'title.deckListMark',
  'title.kickerIssuer',
  'title.kickerCompetition',
  'title.deckCarriesOn',
  'title.deckParallel',
  'title.deckFigures',
  'title.deckNumber',
  // A kicker run on before the headline with no visible cue, found by the kicker scorer (rules/titles/kickerModel.ts).
  'title.kickerInLineScored',
  // A one-line title with a kicker led in inside it, in a file that runs kickers on (rules/titles/leadInTitle.ts).
  'article.kickerLeadInLine',
  // A one-line title whose phrase pair carries a kicker or a headline glued on, in a file that runs kickers on (rules/articles/pairedKickerLine.ts).
  'article.pairedKickerLine',
  // A title stack under an article's first paragraph or two: its crossheads (rules/articles/earlyStack.ts).
  'subhead.earlyStack',
  // Fact labels (时间：, 地点：) stacked inside an article: its fact box (rules/articles/factLabels.ts).
  'subhead.factLabels',
  // A title-shaped line after a finished paragraph that the start scorer reads as a new story's start
  // where no hand rule opened one (rules/articles/startScorer.ts).
  'article.startScored',
  // A title stack the rules took for a new story's titles that the start scorer reads as crossheads.
  'subhead.startScored',
  // A summary deck on a line of its own over the dateline lead, where stacks are not set apart (rules/titles/summaryDeck.ts).
  'title.summaryDeck',
  'title.wrapApart',
  // The line a dash-ended kicker hands over to, where stacks are not set apart (rules/titles/leadInHeadline.ts).
  'title.headlineUnderLeadIn',
  // A short unfinished line under a story's first line, where stacks are not set apart (rules/titles/storyStartLine.ts).
  'title.storyTitleLine',
  // The last title line ending with a lead-in dash, over the text: it opens the text (rules/titles/stackEnd.ts).
  'subhead.leadInUnderTitles',
  // Where stacks are not set apart, a line under a column-tagged headline opens the text (rules/titles/stackEnd.ts).
  'subhead.underColumnTag',
  // A line repeating the title line above it: a document's title opening its text (rules/titles/stackEnd.ts).
  'subhead.repeatedTitle',
  // A one-line title with no text under it before the next titles (rules/articles/closingAboveTitles.ts).
  'subhead.nothingBelow',
  // Title lines under a story's opening quotation and its dash-led source: its first section (rules/articles/epigraph.ts).
  'subhead.underEpigraph',
  // A line under a document's dated or adoption note, which closes its titles (rules/titles/stackEnd.ts).
  'subhead.underDocumentNote',
] as const;

export type RuleCode = (typeof RULE_CODES)[number];
