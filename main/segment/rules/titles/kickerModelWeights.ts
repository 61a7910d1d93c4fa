/**
 * Weights of the kicker scorer (kickerModel.ts), one per feature of KICKER_FEATURES, in that order.
 * Written by `node --import tsx bench/kickerModel/train.ts` from the train split (1301 title lines);
 * do not edit by hand.
 */
export const KICKER_MODEL_WEIGHTS: readonly number[] = [
  -11.0448, // bias
  0.1965, // lineLenLog
  2.1445, // kickerLenLog
  1.2663, // headlineLenLog
  0.1967, // kickerShare
  -1.5361, // headlineShort
  0.4395, // occasionEnd
  1.0542, // reportVerbEnd
  -0.1786, // placeEnd
  0.0252, // personEnd
  0.6479, // eventEnd
  0.4394, // issuerEnd
  -0.3862, // clauseMarkEnd
  0.3897, // colonEnd
  0.1111, // stopEnd
  0.9071, // closeQuoteEnd
  0.9045, // quoteStart
  -0.4818, // particleStart
  0.6985, // headVerbStart
  -1.9909, // pairLog
  -0.0682, // pairPmi
  -0.0541, // digitsAcross
  0.6033, // kickerComma
  0.6434, // headlineComma
  0.2247, // columnTag
  -0.168, // kickerSpace
  0.0064, // headlineSpace
  0.2305, // occasionVerbInKicker
  0.9247, // wordBoundary
  -0.0561, // wordStartsLong
  -0.6877, // functionEnd
  -0.0557, // headline5to8
  0.9789, // headline9to12
  0.9098, // headline13to16
  -0.6774, // headline17up
  -0.4529, // kicker5to8
  0.4274, // kicker9to14
  0.4599, // kicker15to22
  0.6108, // kicker23up
  -0.0715, // kickerWordLong
  -1.2623, // spaceAtCut
];
