/**
 * Weights of the kicker scorer (kickerModel.ts), one per feature of KICKER_FEATURES, in that order.
 * Written by `node --import tsx bench/kickerModel/train.ts` from the train split (1293 title lines);
 * do not edit by hand.
 */
export const KICKER_MODEL_WEIGHTS: readonly number[] = [
  -9.7213, // bias
  0.3177, // lineLenLog
  1.7623, // kickerLenLog
  1.4118, // headlineLenLog
  0.0983, // kickerShare
  -1.4044, // headlineShort
  0.4123, // occasionEnd
  0.8525, // reportVerbEnd
  0.0369, // placeEnd
  0.0149, // personEnd
  0.2345, // eventEnd
  0.3248, // issuerEnd
  0, // clauseMarkEnd
  0.4593, // colonEnd
  0.0591, // stopEnd
  0.5054, // closeQuoteEnd
  0.6437, // quoteStart
  -0.2846, // particleStart
  0.38, // headVerbStart
  -0.8389, // pairLog
  -0.0878, // pairPmi
  -0.0147, // digitsAcross
  0.4579, // kickerComma
  0.4859, // headlineComma
  0.0356, // columnTag
  -0.5836, // kickerSpace
  -0.1412, // headlineSpace
  0.5178, // occasionVerbInKicker
  0.9629, // wordBoundary
  0.1074, // wordStartsLong
  -0.5227, // functionEnd
  0.0147, // headline5to8
  0.8445, // headline9to12
  0.8573, // headline13to16
  -0.6352, // headline17up
  -0.4884, // kicker5to8
  0.3382, // kicker9to14
  0.4269, // kicker15to22
  0.5663, // kicker23up
  -0.0647, // kickerWordLong
  0, // spaceAtCut
  -0.9723, // leadPairCut
  0.3715, // leadKickerTail
  0.2194, // leadHeadlineHead
  -0.0465, // kickerInLead
  -0.1193, // headlineInLead
  0.2006, // endRate
  0.1692, // startRate
  0.5772, // tailEndRate
  0.3301, // headStartRate
  -0.9934, // crossSeenLeft
  -0.7989, // crossSeenRight
  0.463, // body20to23
  0.4066, // body24up
  0.9195, // taggedBody20to23
  1.0891, // taggedBody24up
  0.5195, // kickerBalanced
  0.6816, // headlineBalanced
];
