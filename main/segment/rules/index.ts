/**
 * The segmenter's line rules, in the order they run. Each gives lines their kind (and records its
 * code in `line.rule`); later rules see what earlier ones decided. The pass (pass.ts) then applies
 * the block, group, title-role and join rules line by line. Every rule module states its purpose,
 * signals and thresholds (thresholds.ts) in its header comment.
 */
import type { Layout } from '../layout';
import type { Line } from '../lines';
import { markItemOpeners } from './articles/itemOpeners';
import { kindOf, lineRule } from './classify/lineKind';
import { markTitleCredits } from './credits/nameUnderTitle';
import { markCreditsAfterBody } from './credits/afterBody';
import { keepBareFigures } from './furniture/bareFigure';
import { markMasthead } from './furniture/masthead';
import { markSectionLabels } from './furniture/sectionLabel';
import { demoteIndentedTitles, demoteWrappedTitles } from './titles/demoteWrapped';
import { demoteColonLines } from './titles/colonLines';
import { markWrapIndentedLines } from './titles/wrapIndentedLines';
import { markWrapFlushLines } from './titles/wrapFlushLines';
import { promoteEnglishTitles } from './titles/englishTitles';
import { markTitleStacks } from './titles/titleStack';
import { markKickersInLine } from './titles/kickerInLine';
import { applyOcrLineRules } from './ocr';
import { markSignatures } from './articles/signature';
import { markTextKickers } from './articles/textKicker';
import { markColumnTagLines } from './titles/columnTagLine';
import { markTextHeadlines } from './articles/textHeadline';

/** A rule over all lines; `apply` changes the kinds (and rules) of the lines it decides. */
export interface LineRule {
  /** The codes (or code family) the rule records. */
  name: string;
  apply(lines: Line[], layout: Layout): void;
}

/** Rules that run before the layout is measured: the layout is read off the kinds they give. */
export const PRE_LAYOUT_RULES: ReadonlyArray<{ name: string; apply(lines: Line[]): void }> = [
  { name: 'classify (lineKind.ts)', apply: classifyAll },
  { name: 'furniture.masthead', apply: markMasthead },
  { name: 'body.bareFigure', apply: keepBareFigures },
];

export const LINE_RULES: readonly LineRule[] = [
  {
    name: 'body.wrappedTitle*, body.wrapContinuation',
    apply: (lines, layout) => {
      if (layout.wrapIndented) markWrapIndentedLines(lines, layout);
      else if (layout.wrapFlush) markWrapFlushLines(lines, layout);
      else if (layout.wrapped) demoteWrappedTitles(lines, layout);
    },
  },
  {
    name: 'body.indentedTitle',
    apply: (lines, layout) => {
      if (layout.indented) demoteIndentedTitles(lines);
    },
  },
  { name: 'title.stack', apply: markTitleStacks },
  { name: 'title.english*', apply: promoteEnglishTitles },
  { name: 'furniture.sectionLabel', apply: markSectionLabels },
  { name: 'body.colonLine, body.speakerTurn', apply: demoteColonLines },
  {
    name: 'credit.nameUnderTitle',
    apply: (lines, layout) => {
      if (layout.chinese) markTitleCredits(lines);
    },
  },
  { name: 'article.editorsNote, article.photoItem', apply: markItemOpeners },
  { name: 'body.ocrNoiseLine, title.ocrTitleCase (raw OCR)', apply: applyOcrLineRules },
  {
    name: 'credit.afterBody',
    apply: (lines, layout) => {
      if (layout.chinese) markCreditsAfterBody(lines, layout);
    },
  },
  { name: 'title.kickerInLine', apply: markKickersInLine },
  { name: 'credit.signature', apply: markSignatures },
  { name: 'title.textKicker', apply: markTextKickers },
  { name: 'title.columnTagLine', apply: markColumnTagLines },
  { name: 'title.textHeadline', apply: markTextHeadlines },
];

/** Every line's kind seen alone. */
function classifyAll(lines: Line[]): void {
  // An indexed loop, not for…of: V8 made an iterator result per line of this once-per-file loop.
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    l.rule = lineRule(l);
    l.kind = kindOf(l.rule);
  }
}
