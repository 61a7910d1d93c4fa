/**
 * The segmenter (main/segment) names the rule behind each join in English. These are the reasons it
 * writes, each with its key in the editor's strings (`reasons.*`); a reason not listed here (a newer
 * segmenter) is shown as written rather than hidden.
 */
const REASON_KEYS: Readonly<Record<string, string>> = {
  'no sentence end before the break': 'reasons.noSentenceEnd',
  'printed line wrap': 'reasons.lineWrap',
  'word hyphenated across the break': 'reasons.hyphenated',
  'continuation without paragraph indent': 'reasons.noIndent',
  'caption split from its photographer line': 'reasons.captionSplit',
};

/** The repair's reason in the interface language (via `t` of the `editor` namespace). */
export function repairReason(reason: string, t: (key: string) => string): string {
  const key = REASON_KEYS[reason.trim()];
  return key ? t(key) : reason;
}
