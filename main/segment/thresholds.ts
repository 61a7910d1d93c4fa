/**
 * Every number the segmenter decides with, in one place. Widths are display widths (a CJK or
 * fullwidth character counts 2, see common/text); lengths are UTF-16 characters; shares are
 * fractions of 1. Rules import these by name: a rule body holds no other number than 0/1/-1.
 * The rule that reads each constant is named after it in brackets.
 */

// ── Line features (lines.ts) ───────────────────────────────────────────────────────────────────
/** Lines longer than this many characters get an estimated width (2 per character): they are body text whatever their exact width. */
export const EXACT_WIDTH_MAX_CHARS = 70;
/** A paragraph indent: this many leading spaces, or any leading tab, NBSP or ideographic space. */
export const INDENT_MIN_SPACES = 2;
/** Only lines at most this wide are checked for capitals (headline stacks are short). */
export const CAPS_MAX_WIDTH = 200;
/** A capitals line has at least this many capital letters… */
export const CAPS_MIN_LETTERS = 4;
/** …and at least this share of its letters in capitals. */
export const CAPS_MIN_SHARE = 0.8;

// ── Layout (layout.ts) ─────────────────────────────────────────────────────────────────────────
/** A title line at least this wide counts as prose when the layout is measured. */
export const LAYOUT_PROSE_TITLE_MIN_WIDTH = 20;
/** At most this many lines are tested for Chinese text when the layout is measured. */
export const LAYOUT_CJK_SAMPLE = 50;
/** Characters of a line's head tested for Chinese text. */
export const LAYOUT_CJK_HEAD = 40;
/** A line (or text) is Chinese when at least this share of its non-space characters is CJK. */
export const CJK_TEXT_SHARE = 0.3;
/** Half of the sampled lines Chinese: the file is Chinese. */
export const LAYOUT_CHINESE_SHARE = 0.5;
/** Blank lines after more than this share of the lines: blank-separated paragraphs. */
export const LAYOUT_BLANK_SHARE = 0.4;
/** …or blank lines after more than this share of the sentence ends (OCR exports). */
export const LAYOUT_BLANK_AFTER_END_SHARE = 0.5;
/** A wrapped layout needs at least this many prose lines… */
export const LAYOUT_WRAPPED_MIN_LINES = 4;
/** …of which fewer than this share end a sentence. */
export const LAYOUT_WRAPPED_ENDS_SHARE = 0.45;
/** At least this share of prose lines indented: paragraphs are marked by indents. */
export const LAYOUT_INDENTED_SHARE = 0.5;
/** The full printed line width is this percentile of the prose line widths. */
export const LAYOUT_LINE_WIDTH_PERCENTILE = 0.75;
/** Blank-separated files: runs of two or more blank lines separate articles when there are at least this many… */
export const LAYOUT_MULTI_GAP_MIN = 2;
/** …and they are rarer than this share of single blank lines. */
export const LAYOUT_MULTI_GAP_SHARE = 0.5;
/** Blank lines of an article break in blank-separated files that use double gaps that way. */
export const LAYOUT_DOUBLE_GAP = 2;

// ── Line classification (rules/classify) ───────────────────────────────────────────────────────
/** Lead patterns run on this many first characters of a line. */
export const LEAD_HEAD_CHARS = 90;
/** Furniture lines are at most this wide. */
export const FURNITURE_MAX_WIDTH = 120;
/** A byline is looked for in this many first characters of a lead. */
export const BYLINE_HEAD_CHARS = 120;
/** A `By` line is at most this wide. */
export const BYLINE_MAX_WIDTH = 70;
/** A photographer line is at most this wide. */
export const PHOTOGRAPHER_MAX_WIDTH = 60;
/** A credit line is at most this wide… */
export const CREDIT_MAX_WIDTH = 90;
/** …or, a bracketed wire credit (`(Reporting by …)`), at most this many characters. */
export const BRACKET_CREDIT_MAX_CHARS = 140;
/** A caption line is at most this many characters. */
export const CAPTION_MAX_CHARS = 300;
/** A title candidate is at most this wide. */
export const TITLE_MAX_WIDTH = 130;
/** A Latin title candidate is at most this wide. */
export const LATIN_TITLE_MAX_WIDTH = 100;
/** A capitals title has at most this many words. */
export const CAPS_TITLE_MAX_WORDS = 12;
/** A mixed-case title has at most this many words… */
export const TITLE_MAX_WORDS = 14;
/** …and at least this share of its long words capitalised. */
export const TITLE_MIN_CAPITALISED = 0.5;
/** A word with at least this many letters counts when capitalisation is measured. */
export const LONG_WORD_LETTERS = 4;

// ── Title lines seen in context (rules/titles, rules/furniture) ────────────────────────────────
/** Wrapped Chinese layouts: a title is narrower than this share of a full printed line. */
export const WRAPPED_TITLE_MAX_LINE_SHARE = 0.75;
/** At most this many lines of one English title group above a lead. */
export const EN_TITLE_RUN_MAX = 4;
/** An English headline-shaped line has at most this many characters… */
export const EN_HEADLINE_MAX_CHARS = 110;
/** …and at most this many words. */
export const EN_HEADLINE_MAX_WORDS = 16;
/** A set-apart sentence-case headline has at most this many words… */
export const EN_SET_APART_MAX_WORDS = 10;
/** …and the paragraph under it is at least this many times as wide. */
export const EN_SET_APART_BODY_WIDTH_RATIO = 2;
/** …and it stands at most this many blank lines above that paragraph. */
export const EN_SET_APART_MAX_GAP = 1;
/** A title-case deck has at most this many words… */
export const EN_DECK_MAX_WORDS = 22;
/** …at least this many long words… */
export const EN_DECK_MIN_LONG_WORDS = 3;
/** …and at least this share of them capitalised. */
export const EN_DECK_MIN_CAPITALISED = 0.75;
/** A section label is at most this wide. */
export const SECTION_LABEL_MAX_WIDTH = 24;
/** A mixed-case headline under an English label stands this many blank lines below it, at least… */
export const SECTION_LABEL_TITLE_MIN_GAP = 1;
/** …and at most. */
export const SECTION_LABEL_TITLE_MAX_GAP = 2;
/** A label over a column of briefs stands at most this many blank lines above the first lead. */
export const SECTION_LABEL_COLUMN_MAX_GAP = 1;
/** An English label of more words than this is as often a headline. */
export const SECTION_LABEL_MAX_WORDS = 2;
/** A bare name under a title (`李 实`, letter-spaced) is at most this many characters. */
export const BARE_NAME_MAX_CHARS = 12;
/** A masthead takes at most this many lines at the top of a page… */
export const MASTHEAD_MAX_LINES = 8;
/** …each at most this wide. */
export const MASTHEAD_MAX_WIDTH = 80;

// ── Title groups (rules/groups) ────────────────────────────────────────────────────────────────
/** A title group has at most this many lines (a raw OCR headline stack twice as many). */
export const GROUP_MAX_LINES = 6;
/** Raw OCR headline stacks may run this many times the group size. */
export const STACK_LINES_FACTOR = 2;
/** A deck under capitals ends with a full stop within this many lines. */
export const DECK_LOOKAHEAD_LINES = 7;
/** A deck has at least this share of its long words capitalised. */
export const DECK_MIN_CAPITALISED = 0.7;
/** Characters of the next line added to a title line when testing whether it is a cut lead. */
export const CUT_LEAD_PEEK_CHARS = 60;
/** A Chinese single line at least this many visible characters long reads as a headline, not a crosshead. */
export const ZH_HEADLINE_MIN_CHARS = 13;
/** An English single line of at least this many words reads as a headline, not a crosshead. */
export const EN_HEADLINE_MIN_WORDS = 5;

// ── Title roles (rules/titles/roles.ts) ────────────────────────────────────────────────────────
/** A Chinese kicker of at most this many characters is a kicker whatever follows. */
export const ZH_KICKER_SHORT = 6;
/** A Chinese kicker of at most this many characters is one when the next line is longer. */
export const ZH_KICKER_MAX = 10;
/** A second Chinese title line this long (visible characters) is a summary deck, never a headline. */
export const ZH_DECK_SUMMARY = 40;
/** A second Chinese title line at least this long… */
export const ZH_DECK_LONG = 16;
/** …and this many characters longer than the first explains it: a deck. */
export const ZH_DECK_LONGER_BY = 4;
/** An English kicker has at most this many words. */
export const EN_KICKER_MAX_WORDS = 2;
/**
 * A file prints kickers inside the headline's line when at least this many title lines carry a
 * kicker run on inside (a lead-in, who spoke, a sports event, an issuer)… On train, run-on files
 * show 2 to 15, set-apart ones 0 to 2 [titles/kickerInLine].
 */
export const KICKER_IN_LINE_MIN_LINES = 2;
/**
 * …and at least this many times as many as it sets apart on a line of their own over a title line
 * (a lone line ending with a lead-in, `X强调`, `…锦标赛`, `国办印发意见` alone). A paper that runs
 * kickers on still sets apart a package's short items (`X村——` over each item's title), one that
 * sets them apart still prints a cue inside a headline now and then: on train, run-on files run on
 * at least three times as many as they set apart (2 to 15 against 0 to 2), set-apart files at most
 * as many (0 to 2 against 1 to 24) [titles/kickerInLine].
 */
export const KICKER_IN_LINE_PER_SET_APART = 2;
/**
 * A file with at least this many lead-ins run on (a dash or `X在…上强调` inside a title line) runs
 * its kickers on… [titles/kickerInLine]
 */
export const KICKER_IN_LINE_SURE_LINES = 3;
/**
 * …when it ends at most this many title lines with a lead-in per such line, whatever it sets apart:
 * a paper that runs kickers on still sets apart the kickers of a feature's stories (`X村村民Y——`
 * over each story's headline); set-apart files run at most one lead-in on (train)
 * [titles/kickerInLine].
 */
export const KICKER_IN_LINE_PER_END = 6;
/** …each part, kicker and headline, at least this many UTF-16 units long. */
export const KICKER_IN_LINE_MIN_CHARS = 4;
/** A file with at least this many pairs of title lines without a blank between sets its stacks together. */
export const TITLES_SET_TOGETHER_MIN = 3;
/** A phrase of a paired title (`一户带头 全村跟进`) is at least this many characters… [titles/parallelKicker] */
export const PARALLEL_PHRASE_MIN = 3;
/** …and at most this many (a longer piece is a clause, not a set phrase). */
export const PARALLEL_PHRASE_MAX = 12;
/** A piece is a phrase with another title run on when it is at least this many characters longer than its pair… */
export const PARALLEL_EXTRA_MIN = 4;
/** …and a headline run on after a kicker's last phrase keeps at least this many characters. */
export const PARALLEL_HEADLINE_MIN = 6;

// ── Paragraphs and joins (rules/joins, rules/blocks) ───────────────────────────────────────────
/** Raw OCR: a sentence end on a line narrower than this share of a full line ends the paragraph. */
export const SHORT_LINE_SHARE = 0.8;
/** A caption paragraph joined to its photographer line is at most this many characters. */
export const CAPTION_JOIN_MAX_CHARS = 200;
/** A photographer line joins its caption across at most this many blank lines. */
export const PHOTOGRAPHER_MAX_GAP = 1;
/** An author's note is at most this many characters. */
export const AUTHOR_NOTE_MAX_CHARS = 400;
/** An author's name must have at least this many characters to be looked for in a note. */
export const AUTHOR_NAME_MIN_CHARS = 4;
/** Characters after the name in which the note's verb (`is`, `was`, …) is looked for. */
export const AUTHOR_NOTE_VERB_WINDOW = 12;
/** A dated photo text inside a story: its first sentence stop within this many characters of its end. */
export const PHOTO_TEXT_STOP_FROM_END = 2;

// ── Issue 14 family rules ──────────────────────────────────────────────────────────────────────
/** A title stack after an article gap has at most this many lines (kicker, headline, two decks) [titles/titleStack]. */
export const TITLE_STACK_MAX_LINES = 4;
/** The file prints crossheads indented when at least this many title-shaped lines are indented… [layout] */
export const INDENTED_CROSSHEADS_MIN = 3;
/** …and they are at least this share of its title-shaped lines [layout]. */
export const INDENTED_CROSSHEADS_SHARE = 0.2;
/** A headline with a bracketed column name is at most this many characters [classify/titleShape]… */
export const COLUMN_TAG_LINE_MAX_CHARS = 60;
/** …with at least this many characters before the bracket [classify/titleShape]. */
export const COLUMN_TAG_HEAD_MIN_CHARS = 4;
// ── Raw OCR of English pages (rules/ocr) ───────────────────────────────────────────────────────
/**
 * A token of at most this many characters after a sentence end at a line's end is column noise
 * (the edge of the next column: `…to note. H`): the sentence still ends there. Also the longest
 * token of noise read around a `(By …)` credit's brackets, or before the dateline under it [ocr/wireCredit].
 */
export const OCR_EDGE_NOISE_MAX_CHARS = 3;
/** A line of at most this many non-space characters (`j`, `!`, `H`) is column noise, not a paragraph. */
export const OCR_NOISE_LINE_MAX_CHARS = 2;
/** A title-case headline of a country weekly is at most this share of a full printed line wide. */
export const OCR_HEAD_MAX_WIDTH_SHARE = 0.85;
/** …has at least this many words (a single capitalised word is as often a list label)… */
export const OCR_HEAD_MIN_WORDS = 2;
/** …and at most this many. */
export const OCR_HEAD_MAX_WORDS = 8;
/** The body line under such a headline is at least this share of a full printed line wide. */
export const OCR_HEAD_BODY_MIN_SHARE = 0.7;
/** The masthead of a raw OCR front page lies within this many lines of the top [ocr/pageTop]… */
export const OCR_PAGE_TOP_MAX_LINES = 16;
/** …its lines (the date line with place, weekday and price) are at most this many characters… */
export const OCR_PAGE_TOP_MAX_CHARS = 100;
/** …and at least this share of their letters capitals (a story line naming a date is mixed case)… */
export const OCR_PAGE_TOP_CAPS_SHARE = 0.5;
/** …unless as short as this (`Vol. 12`, `PRICE 3c`). */
export const OCR_PAGE_TOP_SHORT_CHARS = 16;
/** A scrap of at most this many non-space characters between the masthead and the first headline is furniture too. */
export const OCR_PAGE_TOP_SCRAP_MAX_CHARS = 4;
/** A row of OCR scraps (a rule or ornament read as letters) has at least this many tokens… [ocr/pageTop] */
export const OCR_SCRAP_ROW_MIN_TOKENS = 4;
/** …and at least this share of them are a single letter or figure. */
export const OCR_SCRAP_ROW_SINGLE_SHARE = 0.6;
/** A one-line capitals headline that opens a story even after an unfinished line has at least this many words [ocr/capsHead]. */
export const OCR_CAPS_HEAD_MIN_WORDS = 3;
/** A jump line's word (`Continued`, however garbled: `00NTrINIED`) has at least this many letters and figures [ocr/jumpLine]. */
export const OCR_JUMP_WORD_MIN_LETTERS = 6;
/** An unbracketed jump line's word shares at least this many letters, in order, with `continued` or `concluded`, however garbled (`00NTrINIED` six; running text's `printed` four, `Monday` three) [ocr/jumpLine]. */
export const OCR_JUMP_WORD_MIN_SHARED = 6;
/** A capitals line ending on a firm's word (`… LUMBER COMPANY`) of at most this many words is an advertiser's name, never a headline [ocr/firmName]. */
export const OCR_FIRM_NAME_MAX_WORDS = 6;
/** A firm's name needs an advertising mark (price, telephone, trade word, the seller's voice) within this many lines above or below it [ocr/firmName]. */
export const OCR_FIRM_AD_CONTEXT_LINES = 3;
/** A capitalised word of at least this many letters before a stop with a dash glued to it is a word, not an abbreviation (`Publication.-`; `Co.-`, `Wm.-`, `Chas.-` are shorter) [ocr/sentenceEnd]. */
export const OCR_DASH_CAPITALISED_MIN_LETTERS = 5;
/** In a raw OCR capitals stack, a line at least this many times as wide as the line above opens a new deck [ocr/capsDecks]. */
export const OCR_DECK_WIDEN_FACTOR = 1.3;
/** …and is at least this share of a full printed line wide (a deck in small type). */
export const OCR_DECK_MIN_WIDTH_SHARE = 0.85;
/** A letter this many times in a row marks an OCR reading of a picture or rule, not a title [ocr/garbledTitle]. */
export const OCR_GARBLED_LETTER_RUN = 4;
/** A title-shaped line with more than this share of its marks neither letters nor figures is a picture read as text [ocr/garbledTitle]… */
export const OCR_GARBLED_SYMBOL_SHARE = 0.4;
/** …when it has at least this many such marks (`~~`, `//`), so a short stopped line (`NO. 4.`) is left alone [ocr/garbledTitle]. */
export const OCR_GARBLED_MIN_SYMBOLS = 6;
/** …and when none of its words has more than this many letters in a row (a readable word keeps it a title) [ocr/garbledTitle]. */
export const OCR_GARBLED_MAX_WORD_LETTERS = 3;
/** A title line carrying at least this many figures standing alone as words is a row of a table (`J. W. BROWN 12 4 31`), not a headline [ocr/tableRow]. */
export const OCR_TABLE_ROW_MIN_FIGURES = 3;
/** A line read across a table is one of its rows when at least this share of its words are figures standing alone (`SMITH 12 4 31 0 7 '-`) [ocr/tableRow, ocr/tableHeading]. */
export const OCR_TABLE_ROW_FIGURE_SHARE = 0.5;
/** A list heading between the rows of a table (`For Sheriff:`) runs over at most this many lines [ocr/tableHeading]. */
export const OCR_TABLE_HEADING_MAX_LINES = 2;
/** A wire or source credit on its own line (`(By Associated Press.)`) is at most this many characters [ocr/wireCredit]. */
export const OCR_WIRE_CREDIT_MAX_CHARS = 48;
/** A title-case head itself may be this share of a full printed line wide (the list test keeps OCR_HEAD_MAX_WIDTH_SHARE) [ocr/titleCaseHead]… */
export const OCR_WIDE_HEAD_MAX_WIDTH_SHARE = 0.88;
/** …and this share when closed by a full stop. */
export const OCR_STOPPED_HEAD_MAX_WIDTH_SHARE = 0.95;
/** …and one of this many words opens one too when the line above does not stop on a joining word (`by the`) [ocr/capsHead]. */
export const OCR_CAPS_HEAD_MIN_SHORT_WORDS = 2;
/**
 * A stopped capitals line inside a story whose headline has no stop is its crosshead when it has at
 * least this many words; a two-word one (`TALK LESS.`) is as often the next short item's head [ocr/crosshead].
 */
export const OCR_CROSSHEAD_MIN_WORDS = 3;
/** …and when the story above it has run at least this many characters (about ten column lines) [ocr/crosshead]. */
export const OCR_CROSSHEAD_MIN_STORY_CHARS = 400;
/** A signature or source line closing an item (`H. L. BROWN, Secretary.`) is at most this many characters [ocr/signature]. */
export const OCR_SIGNATURE_MAX_CHARS = 40;
/** A portrait caption's name in capitals runs on over at most this many office lines read as titles [ocr/nameOffice]. */
export const OCR_NAME_CAPTION_MAX_LINES = 6;
/** A numbered item (`3. The …`) opens a paragraph when the item numbered one less stands at most this many lines above [ocr/paragraphOpener]. */
export const OCR_NUMBERED_ITEM_MAX_LINES = 12;
/** A line is measured against the body lines at most this many lines above and below it (its column's width) [ocr/shortInColumn]. */
export const OCR_COLUMN_WINDOW = 4;
/** A line ending a sentence narrower than this share of the median width of the lines around it ends its paragraph [ocr/shortInColumn]. */
export const OCR_COLUMN_SHORT_SHARE = 0.9;
/** A scrap of OCR noise right above a dateline lead has at most this many non-space characters (`I! II l`) [ocr/leadScrap]. */
export const OCR_LEAD_SCRAP_MAX_CHARS = 8;
/** A rule or ornament read as a scrap on a line of its own over a head has at most this many non-space characters (`~~-~~ //`, `tuiiiiuK:`) [ocr/headUnderScrap]. */
export const OCR_RULE_SCRAP_MAX_CHARS = 16;
/** A mixed-case body line counts as running text at the page foot when at least this share of a full printed line wide… [ocr/pageFoot] */
export const OCR_FOOT_PROSE_MIN_SHARE = 0.7;
/** …and at most this share (copy set across columns, as display advertising is, is wider) [ocr/pageFoot]. */
export const OCR_FOOT_PROSE_MAX_SHARE = 1.3;
/** A piece at the page foot with an advertising mark (price, telephone, firm) is an advertisement only when its longest run of running-text lines is shorter than this (a news item runs on) [ocr/pageFoot]. */
export const OCR_FOOT_AD_MAX_PROSE = 10;
/** …and it has at least one marked line in every this many lines (a long report quoting a sum or two is news) [ocr/pageFoot]. */
export const OCR_FOOT_AD_MAX_LINES_PER_MARK = 12;
/** A marked one-line sentence is a card's copy only when at least this share of the piece's one-line sentences carry a mark (a hotel card two of three; a column of one-line local items one of four is news) [ocr/pageFoot]. */
export const OCR_FOOT_ONE_LINE_COPY_MIN_MARKED = 0.5;
/** …and no run of this many running-text lines stands above its first mark (a news item with an advertisement run into it) [ocr/pageFoot]. */
export const OCR_FOOT_NEWS_OPENING_PROSE = 4;
/** A piece without a mark is passed over, walking up the band, when its longest run of running-text lines is shorter than this (a display line or two, a list of goods, a scrap) [ocr/pageFoot]. */
export const OCR_FOOT_PLAIN_MAX_PROSE = 5;
/** An unmarked piece right above the topmost advertisement joins the band only when no mixed-case line of at least this many words in it finishes a sentence (display lines and lists of goods finish none; a short news item ends its sentences) [ocr/pageFoot]. */
export const OCR_FOOT_SENTENCE_MIN_WORDS = 2;
/** A band of advertisements at the page foot is at most this share of the page's lines; a walk up that goes further found no such band [ocr/pageFoot]. */
export const OCR_FOOT_MAX_PAGE_SHARE = 0.3;
// ── Block kinds settled from a block's whole text (rules/blocks/blockKind.ts) ─────────────────
/** A Chinese block without closing punctuation of at most this many characters is a crosshead. */
export const SUBHEAD_BLOCK_MAX_CHARS = 30;
/** A signature, production credit or photographer's line standing alone is at most this many characters. */
export const SIGNATURE_MAX_CHARS = 40;
/** A bracketed end note (`（本报记者 张三、李四）`, `（作者为…）`) is at most this many characters. */
export const END_NOTE_MAX_CHARS = 80;
// ── Artifact-break joins (rules/joins, issue 14 family 1) ──────────────────────────────────────
/** A file indents paragraphs after blank lines when at least this many body lines follow a blank line… [layout] */
export const LAYOUT_GAP_INDENT_MIN = 5;
/** …and at least this share of them are indented [layout]. */
export const LAYOUT_GAP_INDENT_SHARE = 0.5;
/**
 * A hard-wrapped Chinese text without blank lines marks its paragraph starts by indents when at least
 * WRAP_INDENT_MIN body lines right under a sentence end are indented, at least this share of all such
 * lines [layout]. (A sentence can end exactly at a printed line's end mid-paragraph, so not all are.)
 */
export const WRAP_INDENT_AFTER_END_SHARE = 0.5;
/** …and at most this share of the body lines right under a line cut mid-sentence are indented [layout]. */
export const WRAP_INDENT_AFTER_CUT_MAX_SHARE = 0.1;
/** …and at least this many indented lines under a sentence end, so a short text is not read so [layout]. */
export const WRAP_INDENT_MIN = 5;
/** A hard-wrapped Chinese text without blank lines sets its text flush when at most this share of its body lines is indented [layout]. */
export const WRAP_FLUSH_MAX_INDENTED_SHARE = 0.02;
/** …and has at least this many body lines [layout]… */
export const WRAP_FLUSH_MIN_LINES = 20;
/** …at least this share of them within WRAP_FLUSH_COLUMN_WIDTH_SLACK of the column's width [layout]. */
export const WRAP_FLUSH_COLUMN_SHARE = 0.5;
/** …that is, narrower or wider than the file's line width by at most this: one fullwidth character [layout]. */
export const WRAP_FLUSH_COLUMN_WIDTH_SLACK = 2;
/**
 * In such a text a body line at least this share of the column's width fills it: a sentence ending
 * there need not end the paragraph, so the flush line under it goes on [titles/wrapIndentedLines].
 */
export const WRAP_FULL_LINE_SHARE = 0.9;
/** …and a paragraph's indented first line is this much narrower: two ideographic spaces of two columns each [titles/wrapIndentedLines]. */
export const WRAP_INDENT_WIDTH = 4;
/** …and where every line is flush, one at most this much narrower than the column (one halfwidth character) [titles/columnText]. */
export const WRAP_FLUSH_SLACK = 1;
/** …and at most this much wider (two fullwidth closing marks kept off the next line's start) [titles/columnText]. */
export const WRAP_FLUSH_OVERHANG = 4;
/**
 * …and a line's characters are counted as full width (a text cut at a number of characters) only when
 * that count exceeds the column's width by at most this (two fullwidth closing marks): more, and the
 * line holds halfwidth text wrapped at a width, whose own width tells [titles/columnText].
 */
export const WRAP_CHAR_COUNT_OVERSHOOT = 4;
/** …and a title stack over a paragraph there has at most this many flush lines (kicker, headline, deck) [titles/wrapIndentedLines]. */
export const WRAP_TITLE_STACK_MAX = 3;
/** …where a line wider than the column by this factor is no wrapped text: a title or deck set across columns, or a paragraph set on one line [titles/wrapIndentedLines, layout]. */
export const WRAP_WIDER_THAN_COLUMN = 1.2;
/** The learned cut scorer joins a break when its probability of a column cut is at least this [joins/cutModel]. */
export const CUT_MODEL_JOIN_AT = 0.5;
/** …and decides only in a text of at least this many characters: shorter ones give too few counts [joins/cutModel]. */
export const CUT_MODEL_MIN_CHARS = 3000;
/**
 * A single title-shaped line inside an article is a cut paragraph's first piece, not a crosshead, when
 * the scorer reads the break after it as a cut with at least this probability (crossheads are common:
 * it must be sure) [pass, joins/cutModel].
 */
export const CUT_MODEL_CROSSHEAD_VETO_AT = 0.9;
/**
 * The last line of a title stack where nothing marks the stack's end is a cut paragraph's first piece,
 * not a deck, when the scorer reads a cut with at least this probability: decks under a headline read
 * at most 0.78 on the train days, cut pieces 0.8 to 1 [titles/stackEndCut, joins/cutModel].
 */
export const CUT_MODEL_STACK_END_AT = 0.8;
/** Two clauses are of about the same length (a crosshead's parallel halves) when the shorter has at least this share of the longer [joins/cutModel]. */
export const CUT_BALANCED_CLAUSES_SHARE = 0.75;
/** A line of verse ending on a comma has at most this many characters [joins/cutModel]. */
export const CUT_VERSE_MAX_CHARS = 13;
/** A sentence's lead-in (`2月20日，`, `据悉，`) ends on a comma within this many characters [joins/cutModel]. */
export const CUT_LEAD_IN_MAX_CHARS = 10;
// ── Article starts without separators (rules/articles) ─────────────────────────────────────────
/**
 * A file prints its leads under headlines when at least this share of them has a title line right
 * above; there a bare lead after a finished paragraph goes on with the story above [articles/leadInside].
 */
export const TITLED_LEADS_MIN_SHARE = 0.7;
/** …counted only in a file with at least this many titled leads (fewer say nothing) [articles/leadInside]. */
export const TITLED_LEADS_MIN_COUNT = 3;
/** A brief of a briefs column has at most this many lines of text (a paragraph or two, one cut by a column break) [articles/briefs]. */
export const BRIEF_MAX_LINES = 3;
/** A briefs column is followed back over at most this many items to its label [articles/briefs]. */
export const BRIEFS_MAX_ITEMS = 30;
/** A signed section of a package has at most this many title lines above its byline [articles/titleGroupStarts]. */
export const SECTION_TITLE_MAX_LINES = 2;
/**
 * A section stack is of the same make as the stack that opened the article when their first lines
 * differ by at most this many word characters [articles/parallelSections].
 */
export const PARALLEL_HEAD_LENGTH_SLACK = 2;
/**
 * The items of a package under one head line are set under kickers of at most this many word
 * characters (`新设备`, `新服务`); a longer first line under the label is a headline, and a stack of
 * the same make under it may be another story [articles/labelledRoundUp].
 */
export const ROUND_UP_KICKER_MAX_CHARS = 4;
/** A summary between a headline and its dateline lead runs at most this many lines (one paragraph, cut once) [articles/summaryAboveLead]. */
export const SUMMARY_MAX_LINES = 2;
/** A photo item's picture text runs at most this many lines above its photographer's credit [articles/photoItem]. */
export const PHOTO_ITEM_MAX_LINES = 3;
/**
 * Each phrase of a paired-phrase headline (`石门岭上  翠竹常青`) has at least this many characters, more
 * than a Chinese name (2–3), so a name beside its place (`济南市  马洪利`) is not one [articles/pairedPhrases].
 */
export const PAIRED_PHRASE_MIN_CHARS = 4;
/** Two phrases both this long make a couplet, a feature's section head, not a headline [articles/pairedPhrases]. */
export const PAIRED_PHRASE_COUPLET_CHARS = 7;
/**
 * A paired-phrase line opens a new story only after this many characters of text without a
 * crosshead: a feature sets its first crosshead after a shorter introduction [articles/pairedPhrases].
 */
export const PAIRED_PHRASE_MIN_STORY_CHARS = 700;

/**
 * A clause-pair crosshead (`不图虚名，增收谋长远`) has at least this many characters: a shorter line
 * with a comma is more likely the first words of a cut sentence [blocks/crossheadBreak].
 */
export const CLAUSE_CROSSHEAD_MIN_CHARS = 8;

/** The last clause of a clause-pair crosshead has at least this many characters [blocks/crossheadBreak]. */
export const CLAUSE_CROSSHEAD_MIN_LAST = 4;

/**
 * A clause-pair crosshead keeps its break unless the join scorer reads a cut with at least this
 * probability: lower than CUT_MODEL_CROSSHEAD_VETO_AT, since a comma line is likelier body text than a
 * title-shaped one [blocks/crossheadBreak].
 */
export const CLAUSE_CROSSHEAD_VETO_AT = 0.7;

/**
 * The line under a clause-pair crosshead opens its first clause with at least this many characters:
 * a cut sentence's rest often closes within a word or two [blocks/crossheadBreak].
 */
export const NEXT_CLAUSE_MIN_CHARS = 4;

/**
 * A title stack's one long line (a summary deck, a long lead-in kicker) is at most this wide: 200
 * CJK characters; the paper's summary decks run to about 160 [titles/longStackLine].
 */
export const STACK_LONG_LINE_MAX_WIDTH = 400;

/**
 * Stacks with a long line are titles only while they are at most this share of the file's title
 * stacks: a file with a long line under most headlines sets its leads there [titles/longStackLine].
 */
export const STACK_LONG_LINE_MAX_SHARE = 0.2;

/** Two title lines ending on at least this many same characters report parallel events [titles/pairSignals]. */
export const PARALLEL_END_MIN_CHARS = 3;

/**
 * In a file that runs kickers on, the kicker scorer cuts a title line with no visible cue only when
 * its best cut has at least this probability (chosen on the train split by bench/kickerModel/train.ts
 * for the most titles right: 0.35 to 0.55 on all train days, 0.45 to 0.5 when half of them are held
 * out; a missed cut costs as much as a wrong one) [titles/kickerModel].
 */
export const KICKER_MODEL_CUT_AT = 0.45;

/**
 * A run-on title line whose words (its column's name left out) run this many characters or more
 * reads long for a headline alone… [titles/kickerModel: line-length bands]
 */
export const LONG_LINE_FROM = 20;

/** …and this many or more, longer still (on train 59 of the 61 such lines closed by a column's name hold a kicker). */
export const LONGER_LINE_FROM = 24;

/** A kicker the scorer cuts off has at least this many characters (`湘西`, `两高三部`) [titles/kickerModel]. */
export const KICKER_MODEL_MIN_KICKER = 2;

/** …and leaves a headline of at least this many characters [titles/kickerModel]. */
export const KICKER_MODEL_MIN_HEADLINE = 3;

/** A letter-spaced section label (`链  接`) is at most this many characters, spaces included (groups/sectionLine.ts). */
export const SPACED_LABEL_MAX_CHARS = 16;
/**
 * A title stack under a paragraph is a crosshead stack while its article, which has a crosshead
 * already, has at most this many paragraphs: a sectioned story is not over so soon [articles/earlyStack].
 */
export const EARLY_STACK_MAX_PARAGRAPHS = 5;
/** A stack with at least this many fact labels (`时间：`, `地点：`) is a fact box [articles/factLabels]. */
export const FACT_LABEL_MIN_LINES = 2;
/** A kicker that ends with a question mark or an ellipsis is at most this many characters [articles/textKicker]. */
export const KICKER_OPEN_END_MAX_CHARS = 40;

/**
 * A title-shaped line after a finished paragraph, where no strong rule decided it, opens a new story
 * when the start scorer gives it at least this probability (the train split's best, by
 * bench/startModel/train.ts) [articles/startScorer].
 */
export const START_SCORER_AT = 0.35;
/**
 * A line the start scorer reads as a new story's first line is the first piece of a cut paragraph
 * instead when the join scorer reads the break after it as a column cut with at least this
 * probability: on the train days, lines that do open a story read at most 0.75 there (a headline
 * of two phrases apart by a space), the cut pieces the scorer took for headlines 0.91 and more; as
 * sure as a crosshead's veto (CUT_MODEL_CROSSHEAD_VETO_AT). The same veto holds for a run-on lead-in
 * kicker line (article.kickerLeadInLine): its true starts on train read at most 0.12, the paragraphs
 * cut after a dash clause 0.98 [articles/startRunsOn, titles/leadInTitle].
 */
export const START_CUT_VETO_AT = 0.9;
/**
 * A title-shaped line over a dateline lead is the rest of the paragraph above (a summary deck cut by
 * a column break), not the lead's headline, when the join scorer reads the break between them as a
 * cut with at least this probability [articles/deckRunsOn].
 */
export const DECK_PIECE_JOIN_AT = 0.5;
/** A line first read as text is asked of the start scorer only up to this many characters [articles/startScorer]. */
export const START_SCORER_MAX_CHARS = 40;
/**
 * A stack of title lines after text, taken by the rules for a new story's titles or for crossheads,
 * is a new story's titles when the start scorer gives it at least this probability (the train
 * split's best, by bench/startModel/train.ts) [articles/startScorer].
 */
export const START_STACK_AT = 0.4;
/** The start scorer weighs a title stack only under a story of at least this many characters [articles/startScorer]. */
export const START_STACK_MIN_STORY = 300;
/**
 * Under a shorter story with some text (START_STACK_VETO_MIN_STORY), no crosshead yet and a few
 * paragraphs at most, a stack the rules took for a new story's titles is the story's first crosshead
 * stack instead when the start scorer gives it less than this probability: there it may only veto,
 * and only when sure (on train 0.15 kept the most: 0.05, 0.10 and 0.25 kept fewer or cost starts)
 * [articles/startScorer].
 */
export const START_STACK_SHORT_VETO_AT = 0.15;
/**
 * A story shorter than this (a brief of a sentence or two, a picture's or a cartoon's caption) is a
 * whole item: a stack under it is the next story's titles, never vetoed (on train the stacks vetoed
 * wrongly stood under items of 12 and 36 characters, and 40 to 200 kept the same starts) [articles/startScorer].
 */
export const START_STACK_VETO_MIN_STORY = 100;
/**
 * A summary deck set on a line of its own over the dateline lead is at most this wide (display
 * columns: 200 CJK characters); the widest on the corpus's train days, a two-speaker digest of a
 * meeting, is 316 [titles/summaryDeck].
 */
export const SUMMARY_DECK_MAX_WIDTH = 400;
/**
 * A line taken in as a summary deck of at most this many visible characters, which the two-line
 * reading takes for the headline under a scene-setting kicker (title.kickerFirst), is that headline: a
 * digest runs longer (on the train days the summary decks run 15 to 150 characters; the one of 10 is a
 * headline under its kicker) [titles/summaryDeck].
 */
export const SUMMARY_HEADLINE_MAX = 12;
/**
 * A body line under a story's first line is a second title line of it (`海岛有我，万家团圆`) when it is
 * at most this many characters, where stacks are not set apart; the headlines under such kickers run
 * 9 to 13 characters on the corpus's train days [titles/storyStartLine].
 */
export const STORY_TITLE_LINE_MAX_CHARS = 20;

/**
 * A line read as text after a finished paragraph is a new story's kicker over a short headline line
 * (article.textStack) when it is at most this many characters: a kicker with a comma or a lead-in
 * dash, not a paragraph [articles/textStack].
 */
export const TEXT_STACK_KICKER_MAX_CHARS = 45;
/**
 * The text under such a two-line stack is at least this many characters (or a dateline lead): the
 * story's first paragraph, not a third short line of a list or a poem (on train 20 to 25 kept the
 * most starts, 40 and 60 fewer, 12 invented two) [articles/textStack].
 */
export const TEXT_STACK_BELOW_MIN_CHARS = 25;

/**
 * A file with one kicker run on inside a title line and none set apart runs its kickers on when it
 * has at least this many title lines: so many titles and no kicker set apart is the habit, a short
 * file shows none (on train every file that sets kickers apart sets at least one apart)
 * [titles/kickerInLine].
 */
export const KICKER_IN_LINE_ALONE_MIN_TITLES = 40;

/**
 * Title lines ending with a lead-in within this many lines of one another form a series, a
 * feature's crossheads (`动力足——` … `提高质量——`), not kickers set apart (on train, files that set
 * kickers apart and run two on show 4 to 9 such lines standing alone, run-on files' mostly stand in
 * series) [titles/kickerInLine].
 */
export const KICKER_IN_LINE_SERIES_SPAN = 20;

/**
 * A column's name read from a bracketed tag after a headline counts as a label over a round-up
 * only with at least this many characters (`新春走基层`; shorter parts such as `下` are no names)
 * [titles/stackEnd].
 */
export const COLUMN_NAME_MIN_CHARS = 3;

/**
 * The start scorer's shape signals read this many characters of the line above (its end) and of the
 * line below (its opening): enough for a credit, a sign-off or a dateline, and no regex scans a whole
 * paragraph [articles/startScorer].
 */
export const START_SIGNAL_CHARS = 40;

/**
 * The start scorer's word overlaps read this much of the story above the line, in characters (its
 * last blocks, latest first, whole blocks until at least this many): about a long paragraph or two,
 * what a crosshead's section would take up again [articles/startScorer].
 */
export const START_ABOVE_WINDOW = 1500;

/**
 * The start scorer's topic overlaps read this much text below the line, in characters: a dateline
 * lead's first sentence or two, where a new story names its own subject [articles/startScorer].
 */
export const START_BELOW_WINDOW = 200;

/**
 * The start scorer reads a story as a dated news report when one of its first this many blocks opens
 * with a dateline (`本报北京2月1日电`): a summary line or two may stand between the titles and the
 * lead [articles/startStoryShape].
 */
export const START_DATELINE_BLOCKS = 3;

/**
 * The start scorer's datelineSoon signal looks this far below a candidate line (from the second line
 * on) for a dateline lead: a title stack of two or three lines, or a title and a summary line, stands
 * over it [articles/startStoryShape].
 */
export const START_DATELINE_SOON_LINES = 3;

/**
 * A line opening with a dash under a deckless headline is its deck (`——近十年来城乡供水改造纪实`)
 * when at least this many characters follow the dash: a signature (`——编者`, `——习近平`) names a
 * person or a desk in two to five; decks on the corpus's train days run from 6 (`——说老街的变迁`)
 * up [titles/summaryDeck].
 */
export const DASH_DECK_MIN_CHARS = 6;

/**
 * The second line of a title stack of three or more is an item's label, not the headline, when it is
 * a bare word of at most this many characters over a longer line (`新服务` / `站台轮椅可提前预约`):
 * no headline under a kicker on the corpus's train and dev days is shorter than four [titles/stackEnd].
 */
export const ITEM_LABEL_MAX_CHARS = 3;

/**
 * The kicker scorer reads phrases the story's lead repeats from the title up to this many UTF-16
 * units on either side of a cut (a few words: the lead re-uses a title's terms, rarely a whole clause)
 * [titles/kickerModel].
 */
export const KICKER_MODEL_LEAD_PHRASE_MAX = 8;

/**
 * The kicker scorer reads a title part as paired clauses when each is at least this many characters
 * (`孩子跑起来，校园活起来`; two-character pieces are words of a list, not clauses) [titles/kickerModel].
 */
export const KICKER_MODEL_BALANCED_MIN = 3;

/**
 * The kicker scorer reads the story's lead from the first text line at most this many lines below
 * the title line (past a deck, a byline, a credit; further down it is another story's text)
 * [titles/kickerInLine].
 */
export const KICKER_MODEL_LEAD_LINES = 3;

/**
 * A round-up's item (rules/articles/roundUpItem.ts) is short: its closing credit stands within this
 * many lines under its title (a title, a few paragraphs a line, column breaks). A credit further down
 * closes a longer piece, a story of its own.
 */
export const ROUND_UP_ITEM_MAX_LINES = 12;

/**
 * An as-told-to item of a package of voices (rules/articles/toldToItem.ts) is short: its closing
 * credit (`（本报记者 X采访整理）`) stands within this many lines under its title (the speaker's line, a
 * title, a few paragraphs a line, column breaks). A credit further down closes a piece of its own.
 */
export const TOLD_TO_ITEM_MAX_LINES = 14;
