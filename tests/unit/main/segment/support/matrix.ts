import { segmentText } from '../../../../../main/segment/segmentText';
import { loadCorpus, type GoldArticle } from './gold';
import { LAYOUTS, renderIssue, type LayoutName } from './render';
import { scoreIssue, type Score } from './score';

/** Which gold corpora are rendered in which layouts (raw OCR is an English-only layout). */
export const CORPORA: Record<string, readonly LayoutName[]> = {
  'corpus-tongzhou': LAYOUTS.filter((l) => l !== 'ocr-raw'),
  'corpus-zh': LAYOUTS.filter((l) => l !== 'ocr-raw'),
  'corpus-en': LAYOUTS,
  'corpus-ocr': ['ocr-raw', 'ocr-export'],
};

export interface Case {
  corpus: string;
  layout: LayoutName;
  seed: number;
  gold: GoldArticle[];
  text: string;
}

/** Every corpus in every layout it comes in, for `seeds` seeds each. */
export function* cases(seeds: number, breaks = 0.5, furniture = true): Generator<Case> {
  for (const [corpus, layouts] of Object.entries(CORPORA)) {
    const gold = loadCorpus(corpus);
    for (const layout of layouts) {
      for (let seed = 1; seed <= seeds; seed++) {
        yield { corpus, layout, seed, gold, text: renderIssue(gold, layout, { seed, breaks, furniture }) };
      }
    }
  }
}

/** Segments one rendered case and scores it against its gold. */
export function scoreCase(c: Case): Score {
  return scoreIssue(segmentText(c.text).articles, c.gold);
}
