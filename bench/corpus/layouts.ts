/**
 * The layouts real dumps use, each written from what a real dump looks like (see README.md, "Layouts").
 * A layout says how titles, paragraphs, artifact breaks and article separators are printed; the
 * renderer (render.ts) does the rest the same way for all of them.
 */
export type LayoutName =
  'tongzhou' | 'indent' | 'blank' | 'line' | 'wrap' | 'runon' | 'column' | 'plaincolumn';

export type Layout = {
  name: LayoutName;
  /** what real dump this imitates (the gold's `layout`) */
  imitates: string;
  /** kicker and headline printed on one line, with nothing between (the Tongzhou dump) */
  kickerWithHeadline: boolean;
  /** a blank line between title lines */
  blankBetweenTitles: boolean;
  /** a blank line between the title lines and the body */
  blankAfterTitles: boolean;
  /** indent of a paragraph's first line */
  indent: string;
  /** blank lines between paragraphs */
  blankBetweenParas: number;
  /** blank lines between articles (and around page furniture) */
  blankBetweenArticles: number;
  /** an artifact break: a blank line (true) or a bare line break (false); the continuation is never indented */
  artifactBlank: boolean;
  /** hard wrap at this many characters (code points), chosen per file in [min, max] */
  wrap?: { min: number; max: number };
  /** share of files printed with halfwidth ,():;!? throughout: titles, text and furniture (the Tongzhou dump is) */
  halfwidthRate: number;
};

export const LAYOUTS: Layout[] = [
  {
    name: 'tongzhou',
    imitates:
      'the Tongzhou dump: kicker and headline on one line, every line apart by a blank line, artifact breaks as a blank line mid-sentence, halfwidth punctuation throughout in half of the files',
    kickerWithHeadline: true,
    blankBetweenTitles: true,
    blankAfterTitles: true,
    indent: '',
    blankBetweenParas: 1,
    blankBetweenArticles: 1,
    artifactBlank: true,
    halfwidthRate: 0.5,
  },
  {
    name: 'indent',
    imitates:
      'a copy from the paper site: paragraphs indented with two fullwidth spaces, one a line, titles unindented, a blank line between articles; an artifact break is a line break with an unindented continuation',
    kickerWithHeadline: false,
    blankBetweenTitles: false,
    blankAfterTitles: false,
    indent: '\u3000\u3000',
    blankBetweenParas: 0,
    blankBetweenArticles: 1,
    artifactBlank: false,
    halfwidthRate: 0,
  },
  {
    name: 'blank',
    imitates:
      'an e-mailed issue: title lines together, a blank line between paragraphs, two between articles; an artifact break is a blank line mid-sentence',
    kickerWithHeadline: false,
    blankBetweenTitles: false,
    blankAfterTitles: true,
    indent: '',
    blankBetweenParas: 1,
    blankBetweenArticles: 2,
    artifactBlank: true,
    halfwidthRate: 0,
  },
  {
    name: 'line',
    imitates:
      'a database export: one paragraph per line, no indent and no blank line anywhere; an artifact break is a line break mid-sentence',
    kickerWithHeadline: false,
    blankBetweenTitles: false,
    blankAfterTitles: false,
    indent: '',
    blankBetweenParas: 0,
    blankBetweenArticles: 0,
    artifactBlank: false,
    halfwidthRate: 0,
  },
  {
    name: 'wrap',
    imitates:
      'a PDF/OCR text export: paragraphs hard-wrapped at a fixed width (20–40 characters, closing punctuation kept off a line start), first lines indented, a blank line between paragraphs, two between articles; an artifact break is a blank line mid-sentence',
    kickerWithHeadline: false,
    blankBetweenTitles: false,
    blankAfterTitles: true,
    indent: '\u3000\u3000',
    blankBetweenParas: 1,
    blankBetweenArticles: 2,
    artifactBlank: true,
    wrap: { min: 20, max: 40 },
    halfwidthRate: 0,
  },
  {
    name: 'runon',
    imitates:
      'a dump with no separators at all: indented paragraphs one a line, the next article’s title lines straight after the last paragraph, no blank line anywhere',
    kickerWithHeadline: false,
    blankBetweenTitles: false,
    blankAfterTitles: false,
    indent: '\u3000\u3000',
    blankBetweenParas: 0,
    blankBetweenArticles: 0,
    artifactBlank: false,
    halfwidthRate: 0,
  },
  {
    name: 'column',
    imitates:
      'a text layer copied from a PDF page: paragraphs hard-wrapped at a newspaper column width (12-24 characters), first lines indented, no blank line anywhere; an artifact break is a bare line break mid-sentence',
    kickerWithHeadline: false,
    blankBetweenTitles: false,
    blankAfterTitles: false,
    indent: '\u3000\u3000',
    blankBetweenParas: 0,
    blankBetweenArticles: 0,
    artifactBlank: false,
    wrap: { min: 12, max: 24 },
    halfwidthRate: 0,
  },
  {
    name: 'plaincolumn',
    imitates:
      'a text layer copied from a PDF page whose indents were positions, not characters (so they are lost): paragraphs hard-wrapped at a newspaper column width (12-24 characters), every line flush, no blank line anywhere; an artifact break is a bare line break mid-sentence',
    kickerWithHeadline: false,
    blankBetweenTitles: false,
    blankAfterTitles: false,
    indent: '',
    blankBetweenParas: 0,
    blankBetweenArticles: 0,
    artifactBlank: false,
    wrap: { min: 12, max: 24 },
    halfwidthRate: 0,
  },
];

export const LAYOUT_NAMES = LAYOUTS.map((l) => l.name);
