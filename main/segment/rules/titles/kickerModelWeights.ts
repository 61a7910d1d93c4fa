/**
 * Weights of the kicker scorer (kickerModel.ts), one per feature of KICKER_FEATURES, in that order.
 * Written by `node --import tsx bench/kickerModel/train.ts` from the train split (1291 title lines);
 * do not edit by hand.
 */
export const KICKER_MODEL_WEIGHTS: readonly number[] = [
  -10.759, // bias
  0.4039, // lineLenLog
  1.9551, // kickerLenLog
  1.4634, // headlineLenLog
  0.1282, // kickerShare
  -1.4326, // headlineShort
  0.4056, // occasionEnd
  0.7625, // reportVerbEnd
  0.0422, // placeEnd
  0.0293, // personEnd
  0.2391, // eventEnd
  0.4025, // issuerEnd
  0, // clauseMarkEnd
  0.4932, // colonEnd
  0.0961, // stopEnd
  0.553, // closeQuoteEnd
  0.7741, // quoteStart
  -0.6422, // particleStart
  0.3401, // headVerbStart
  -0.6937, // pairLog
  -0.0763, // pairPmi
  -0.0152, // digitsAcross
  0.6012, // kickerComma
  0.6172, // headlineComma
  0.2034, // columnTag
  -0.3608, // kickerSpace
  -0.0482, // headlineSpace
  0.4149, // occasionVerbInKicker
  0.9976, // wordBoundary
  0.1232, // wordStartsLong
  -0.5713, // functionEnd
  -0.032, // headline5to8
  0.9247, // headline9to12
  0.8436, // headline13to16
  -0.6453, // headline17up
  -0.5471, // kicker5to8
  0.402, // kicker9to14
  0.4758, // kicker15to22
  0.5747, // kicker23up
  -0.0252, // kickerWordLong
  -0.9265, // spaceAtCut
  -0.9182, // leadPairCut
  0.3026, // leadKickerTail
  0.2916, // leadHeadlineHead
  -0.0568, // kickerInLead
  -0.1496, // headlineInLead
  0.2131, // endRate
  0.1518, // startRate
  0.511, // tailEndRate
  0.3208, // headStartRate
  -1.0246, // crossSeenLeft
  -0.8415, // crossSeenRight
];
