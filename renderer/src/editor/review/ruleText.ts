import { RULE_CODES } from '../../../../common/segment/ruleCodes';

const KNOWN = new Set<string>(RULE_CODES);

/** i18next's `t`, as far as ruleText needs it. */
export type RuleT = (key: string, options: { ns: string }) => string;

/**
 * A segmenter rule code (`join.midSentence`, see common/segment/ruleCodes.ts) in the interface
 * language, from the app strings' `rules` table. A code this build does not know (an issue
 * segmented by a newer Copydesk) is shown as written rather than hidden.
 */
export function ruleText(code: string, t: RuleT): string {
  const c = code.trim();
  return KNOWN.has(c) ? t(`rules.${c}`, { ns: 'app' }) : code;
}
