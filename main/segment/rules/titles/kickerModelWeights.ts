/**
 * Weights of the kicker scorer (kickerModel.ts), one per feature of KICKER_FEATURES, in that order.
 * Written by `node --import tsx bench/kickerModel/train.ts` from the train split (1293 title lines);
 * do not edit by hand.
 */
export const KICKER_MODEL_WEIGHTS: readonly number[] = [
  -9.724, // bias
  0.3249, // lineLenLog
  1.7602, // kickerLenLog
  1.4065, // headlineLenLog
  0.0962, // kickerShare
  -1.4142, // headlineShort
  0.4066, // occasionEnd
  0.8565, // reportVerbEnd
  0.0285, // placeEnd
  0.0071, // personEnd
  0.2274, // eventEnd
  0.3302, // issuerEnd
  0, // clauseMarkEnd
  0.5376, // colonEnd
  0.0962, // stopEnd
  0.4982, // closeQuoteEnd
  0.6615, // quoteStart
  -0.2824, // particleStart
  0.3753, // headVerbStart
  -0.8447, // pairLog
  -0.0872, // pairPmi
  -0.0148, // digitsAcross
  0.5038, // kickerComma
  0.5189, // headlineComma
  0.0486, // columnTag
  -0.5604, // kickerSpace
  -0.0834, // headlineSpace
  0.5037, // occasionVerbInKicker
  0.9722, // wordBoundary
  0.1152, // wordStartsLong
  -0.5321, // functionEnd
  0.0125, // headline5to8
  0.8626, // headline9to12
  0.8583, // headline13to16
  -0.6429, // headline17up
  -0.5087, // kicker5to8
  0.3369, // kicker9to14
  0.4356, // kicker15to22
  0.5702, // kicker23up
  -0.0672, // kickerWordLong
  0, // spaceAtCut
  -0.9677, // leadPairCut
  0.3704, // leadKickerTail
  0.2216, // leadHeadlineHead
  -0.0484, // kickerInLead
  -0.1166, // headlineInLead
  0.1946, // endRate
  0.1575, // startRate
  0.5835, // tailEndRate
  0.3511, // headStartRate
  -1.0048, // crossSeenLeft
  -0.8051, // crossSeenRight
  0.4545, // body20to23
  0.4023, // body24up
  0.9441, // taggedBody20to23
  1.0689, // taggedBody24up
];
