/**
 * The one text toolkit: CJK classes, whitespace, sentence ends and closing punctuation, display width.
 * Pure (no Node, DOM or electron imports): the segmenter, the export clean-up, the renderer and the CLI
 * all import it from here, so none keeps a copy that could drift.
 */
export {
  countHan,
  hasHan,
  isCjk,
  isCjkChar,
  isCjkLetter,
  isCjkMark,
  hanPairKeys,
  HanPairRun,
  isHan,
} from './cjk';
export { isSpace, lastVisibleUnit } from './space';
export { CLOSING_PUNCTUATION, SENTENCE_ENDERS, endsSentence, isClosing, isSentenceEnder } from './sentence';
export { WIDE, cjkShare, displayWidth } from './width';
