import type { CleanupRule } from '../../../preload/api';
import type { CleanupContext } from './CleanupContext';
import { cjkSpaces } from './cjkSpaces';
import { chineseFullStop } from './chineseFullStop';
import { halfwidthTechnical } from './halfwidthTechnical';
import { fullwidthPunctuation } from './fullwidthPunctuation';
import { rejoinHyphenated } from './rejoinHyphenated';
import { softHyphens } from './softHyphens';
import type { EditResult } from './TextEdit';

/** One named clean-up rule: the export dialog counts and switches them one by one. */
export type CleanupRuleFn = (text: string, context: CleanupContext) => EditResult;

/**
 * Every rule, in the order they run. `rejoinHyphenated` goes first because it reads the repair
 * offsets as the store has them; the others only see offsets mapped through earlier rules.
 * Each rule limits itself to its script (Chinese rules need Han characters around, English rules
 * need Latin letters), so all of them can run on a mixed issue.
 */
export const CLEANUP_PIPELINE: readonly { rule: CleanupRule; run: CleanupRuleFn }[] = [
  { rule: 'rejoinHyphenated', run: rejoinHyphenated },
  { rule: 'softHyphens', run: (text) => softHyphens(text) },
  // Addresses and times first turn halfwidth, so the punctuation rules then see (and spare) them.
  { rule: 'halfwidthTechnical', run: (text) => halfwidthTechnical(text) },
  // The full stop before the other marks: a 。 it makes is Chinese context for the marks beside it.
  { rule: 'chineseFullStop', run: (text) => chineseFullStop(text) },
  { rule: 'fullwidthPunctuation', run: (text) => fullwidthPunctuation(text) },
  { rule: 'cjkSpaces', run: cjkSpaces },
];
