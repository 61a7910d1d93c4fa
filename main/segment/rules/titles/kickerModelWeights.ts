/**
 * Weights of the kicker scorer (kickerModel.ts), one per feature of KICKER_FEATURES, in that order.
 * Written by `node --import tsx bench/kickerModel/train.ts` from the train split (1291 title lines);
 * do not edit by hand.
 */
export const KICKER_MODEL_WEIGHTS: readonly number[] = [
  -10.048, // bias
  0.3076, // lineLenLog
  1.9941, // kickerLenLog
  1.4636, // headlineLenLog
  0.1777, // kickerShare
  -1.4283, // headlineShort
  0.3776, // occasionEnd
  0.784, // reportVerbEnd
  0.0628, // placeEnd
  0.0158, // personEnd
  0.155, // eventEnd
  0.4209, // issuerEnd
  0, // clauseMarkEnd
  0.5316, // colonEnd
  0.1048, // stopEnd
  0.5847, // closeQuoteEnd
  0.8286, // quoteStart
  -0.59, // particleStart
  0.3164, // headVerbStart
  -1.2682, // pairLog
  -0.1004, // pairPmi
  -0.014, // digitsAcross
  0.6295, // kickerComma
  0.5986, // headlineComma
  0.2303, // columnTag
  -0.3501, // kickerSpace
  -0.0396, // headlineSpace
  0.3059, // occasionVerbInKicker
  0.8752, // wordBoundary
  0.0534, // wordStartsLong
  -0.5283, // functionEnd
  0.0269, // headline5to8
  0.9876, // headline9to12
  0.8198, // headline13to16
  -0.7205, // headline17up
  -0.527, // kicker5to8
  0.4221, // kicker9to14
  0.4502, // kicker15to22
  0.5761, // kicker23up
  -0.0734, // kickerWordLong
  -0.9611, // spaceAtCut
  -1.399, // leadPairCut
  0.2175, // leadKickerTail
  0.2725, // leadHeadlineHead
  -0.02, // kickerInLead
  -0.2036, // headlineInLead
  0.1998, // endRate
  0.13, // startRate
  0.5898, // tailEndRate
  0.3498, // headStartRate
];
