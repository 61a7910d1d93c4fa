/**
 * Weights of the cut scorer (cutModel.ts), one per feature of CUT_FEATURES, in that order.
 * Written by `node --import tsx bench/joinModel/train.ts` from the train split (11319 breaks);
 * do not edit by hand.
 */
export const CUT_MODEL_WEIGHTS: readonly number[] = [
  -8.3519, // bias
  0.9663, // pairSeen
  0.268, // pairCountLog
  0.4941, // pairPmi
  0.0302, // endRateLogit
  -0.8726, // startRateLogit
  1.2794, // prevLenLog
  0.0128, // prevShort
  -0.9822, // lastClauseLog
  0.639, // paragraphBeganOnLine
  1.712, // stopInsideLine
  -1.1874, // wholeLineQuote
  -0.1002, // tailQuoteClose
  -1.1999, // nextStartsQuote
  2.1374, // nextEndsSentence
  -0.2623, // nextLenLog
  -0.536, // tailDigit
  2.0165, // openQuoteOrBracket
  1.4273, // leadInOpener
  -0.5188, // balancedClauses
  -1.8811, // verseCouplet
  1.3483, // functionWordEnd
  -0.6233, // boxMarkStart
  -1.2541, // tailWordEndRateLogit
];
