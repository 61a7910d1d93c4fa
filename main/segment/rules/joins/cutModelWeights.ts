/**
 * Weights of the cut scorer (cutModel.ts), one per feature of CUT_FEATURES, in that order.
 * Written by `node --import tsx bench/joinModel/train.ts` from the train split (11122 breaks);
 * do not edit by hand.
 */
export const CUT_MODEL_WEIGHTS: readonly number[] = [
  -9.3643, // bias
  1.2805, // pairSeen
  0.239, // pairCountLog
  0.4855, // pairPmi
  -0.2202, // endRateLogit
  -0.8926, // startRateLogit
  1.3657, // prevLenLog
  0.2019, // prevShort
  -0.7104, // lastClauseLog
  1.1852, // paragraphBeganOnLine
  1.7666, // stopInsideLine
  -0.7774, // wholeLineQuote
  -1.8053, // tailQuoteClose
  -1.1897, // nextStartsQuote
  2.1335, // nextEndsSentence
  -0.0628, // nextLenLog
  -0.333, // tailDigit
];
