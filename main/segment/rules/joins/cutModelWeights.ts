/**
 * Weights of the cut scorer (cutModel.ts), one per feature of CUT_FEATURES, in that order.
 * Written by `node --import tsx bench/joinModel/train.ts` from the train split (11303 breaks);
 * do not edit by hand.
 */
export const CUT_MODEL_WEIGHTS: readonly number[] = [
  -9.4163, // bias
  1.2718, // pairSeen
  0.255, // pairCountLog
  0.4914, // pairPmi
  -0.2234, // endRateLogit
  -0.9016, // startRateLogit
  1.363, // prevLenLog
  0.2045, // prevShort
  -0.7006, // lastClauseLog
  1.1847, // paragraphBeganOnLine
  1.7654, // stopInsideLine
  -0.776, // wholeLineQuote
  -1.7988, // tailQuoteClose
  -1.1787, // nextStartsQuote
  2.1366, // nextEndsSentence
  -0.0621, // nextLenLog
  -0.3281, // tailDigit
];
