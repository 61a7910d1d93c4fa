/**
 * Weights of the kicker scorer (kickerModel.ts), one per feature of KICKER_FEATURES, in that order.
 * Written by `node --import tsx bench/kickerModel/train.ts` from the train split (1294 title lines);
 * do not edit by hand.
 */
export const KICKER_MODEL_WEIGHTS: readonly number[] = [
  -10.9935, // bias
  0.2131, // lineLenLog
  2.1385, // kickerLenLog
  1.2498, // headlineLenLog
  0.1973, // kickerShare
  -1.548, // headlineShort
  0.4462, // occasionEnd
  1.0623, // reportVerbEnd
  -0.1521, // placeEnd
  0.0329, // personEnd
  0.6521, // eventEnd
  0.429, // issuerEnd
  -0.3926, // clauseMarkEnd
  0.4005, // colonEnd
  0.1073, // stopEnd
  0.8903, // closeQuoteEnd
  0.9047, // quoteStart
  -0.4672, // particleStart
  0.6841, // headVerbStart
  -1.996, // pairLog
  -0.0692, // pairPmi
  -0.0528, // digitsAcross
  0.5991, // kickerComma
  0.6503, // headlineComma
  0.172, // columnTag
  0.007, // kickerSpace
  -0.0487, // headlineSpace
  0.188, // occasionVerbInKicker
  0.9122, // wordBoundary
  -0.0371, // wordStartsLong
  -0.6799, // functionEnd
  -0.0589, // headline5to8
  0.941, // headline9to12
  0.9489, // headline13to16
  -0.6623, // headline17up
  -0.4531, // kicker5to8
  0.4357, // kicker9to14
  0.46, // kicker15to22
  0.5642, // kicker23up
  -0.095, // kickerWordLong
  -1.1788, // spaceAtCut
];
