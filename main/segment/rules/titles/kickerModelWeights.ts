/**
 * Weights of the kicker scorer (kickerModel.ts), one per feature of KICKER_FEATURES, in that order.
 * Written by `node --import tsx bench/kickerModel/train.ts` from the train split (1293 title lines);
 * do not edit by hand.
 */
export const KICKER_MODEL_WEIGHTS: readonly number[] = [
  -9.6614, // bias
  0.3254, // lineLenLog
  1.7607, // kickerLenLog
  1.3862, // headlineLenLog
  0.095, // kickerShare
  -1.41, // headlineShort
  0.4067, // occasionEnd
  0.8585, // reportVerbEnd
  0.0227, // placeEnd
  0.0069, // personEnd
  0.2254, // eventEnd
  0.3329, // issuerEnd
  0, // clauseMarkEnd
  0.5115, // colonEnd
  0.0933, // stopEnd
  0.4938, // closeQuoteEnd
  0.663, // quoteStart
  -0.2757, // particleStart
  0.3811, // headVerbStart
  -0.8381, // pairLog
  -0.0851, // pairPmi
  -0.0142, // digitsAcross
  0.4966, // kickerComma
  0.5119, // headlineComma
  0.0447, // columnTag
  -0.5603, // kickerSpace
  -0.0851, // headlineSpace
  0.5109, // occasionVerbInKicker
  0.9713, // wordBoundary
  0.1187, // wordStartsLong
  -0.5258, // functionEnd
  0.0044, // headline5to8
  0.863, // headline9to12
  0.8605, // headline13to16
  -0.6417, // headline17up
  -0.5092, // kicker5to8
  0.3392, // kicker9to14
  0.4393, // kicker15to22
  0.5685, // kicker23up
  -0.0678, // kickerWordLong
  0, // spaceAtCut
  -0.9662, // leadPairCut
  0.37, // leadKickerTail
  0.2296, // leadHeadlineHead
  -0.0485, // kickerInLead
  -0.1491, // headlineInLead
  0.2096, // endRate
  0.1648, // startRate
  0.5773, // tailEndRate
  0.3469, // headStartRate
  -1.004, // crossSeenLeft
  -0.8122, // crossSeenRight
  0.4583, // body20to23
  0.4008, // body24up
  0.9437, // taggedBody20to23
  1.0731, // taggedBody24up
];
