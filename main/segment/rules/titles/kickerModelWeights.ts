/**
 * Weights of the kicker scorer (kickerModel.ts), one per feature of KICKER_FEATURES, in that order.
 * Written by `node --import tsx bench/kickerModel/train.ts` from the train split (1294 title lines);
 * do not edit by hand.
 */
export const KICKER_MODEL_WEIGHTS: readonly number[] = [
  -11.1215, // bias
  0.1293, // lineLenLog
  2.1705, // kickerLenLog
  1.2534, // headlineLenLog
  0.2547, // kickerShare
  -1.5532, // headlineShort
  0.4494, // occasionEnd
  1.0858, // reportVerbEnd
  -0.1413, // placeEnd
  0.0353, // personEnd
  0.6524, // eventEnd
  0.4343, // issuerEnd
  -0.383, // clauseMarkEnd
  0.441, // colonEnd
  0.1134, // stopEnd
  0.8832, // closeQuoteEnd
  0.8827, // quoteStart
  -0.4447, // particleStart
  0.6579, // headVerbStart
  -1.8376, // pairLog
  -0.0611, // pairPmi
  -0.0602, // digitsAcross
  0.65, // kickerComma
  0.6766, // headlineComma
  0.1774, // columnTag
  0.0912, // kickerSpace
  0.0661, // headlineSpace
  0.1907, // occasionVerbInKicker
  0.9269, // wordBoundary
  -0.0375, // wordStartsLong
  -0.6608, // functionEnd
  -0.0914, // headline5to8
  0.9522, // headline9to12
  0.972, // headline13to16
  -0.6569, // headline17up
  -0.4901, // kicker5to8
  0.4364, // kicker9to14
  0.4752, // kicker15to22
  0.5665, // kicker23up
  -0.0437, // kickerWordLong
];
