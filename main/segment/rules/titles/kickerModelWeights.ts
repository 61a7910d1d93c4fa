/**
 * Weights of the kicker scorer (kickerModel.ts), one per feature of KICKER_FEATURES, in that order.
 * Written by `node --import tsx bench/kickerModel/train.ts` from the train split (1293 title lines);
 * do not edit by hand.
 */
export const KICKER_MODEL_WEIGHTS: readonly number[] = [
  -9.7202, // bias
  0.3174, // lineLenLog
  1.7632, // kickerLenLog
  1.4123, // headlineLenLog
  0.0984, // kickerShare
  -1.405, // headlineShort
  0.4123, // occasionEnd
  0.8527, // reportVerbEnd
  0.0362, // placeEnd
  0.015, // personEnd
  0.2349, // eventEnd
  0.3255, // issuerEnd
  0, // clauseMarkEnd
  0.4574, // colonEnd
  0.0592, // stopEnd
  0.5034, // closeQuoteEnd
  0.6445, // quoteStart
  -0.2849, // particleStart
  0.3788, // headVerbStart
  -0.839, // pairLog
  -0.088, // pairPmi
  -0.0147, // digitsAcross
  0.4587, // kickerComma
  0.4862, // headlineComma
  0.0358, // columnTag
  -0.583, // kickerSpace
  -0.1422, // headlineSpace
  0.5171, // occasionVerbInKicker
  0.966, // wordBoundary
  0.106, // wordStartsLong
  -0.5699, // functionEnd
  0.0145, // headline5to8
  0.8468, // headline9to12
  0.8562, // headline13to16
  -0.6356, // headline17up
  -0.4896, // kicker5to8
  0.3372, // kicker9to14
  0.4251, // kicker15to22
  0.5706, // kicker23up
  -0.0705, // kickerWordLong
  0, // spaceAtCut
  -0.9729, // leadPairCut
  0.3713, // leadKickerTail
  0.2199, // leadHeadlineHead
  -0.0464, // kickerInLead
  -0.1192, // headlineInLead
  0.2003, // endRate
  0.1695, // startRate
  0.578, // tailEndRate
  0.3296, // headStartRate
  -0.9951, // crossSeenLeft
  -0.7975, // crossSeenRight
  0.4629, // body20to23
  0.4065, // body24up
  0.9192, // taggedBody20to23
  1.0893, // taggedBody24up
  0.5166, // kickerBalanced
  0.6808, // headlineBalanced
];
