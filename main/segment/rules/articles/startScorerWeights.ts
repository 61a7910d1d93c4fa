/**
 * Weights of the article-start scorer (startScorer.ts), one per feature of START_FEATURES, in that
 * order. Written by `node --import tsx bench/startModel/train.ts` from the train split
 * (5722 candidates); do not edit by hand.
 */
export const START_SCORER_WEIGHTS: readonly number[] = [
  -8.0112, // bias
  -0.8211, // readAsText
  -0.0036, // lenLog
  -0.1731, // len1to6
  0.2009, // len7to10
  0.0825, // len11to16
  -0.5036, // len17to24
  0.2203, // endsBang
  -0.2104, // endsQuestion
  0.0663, // columnTag
  0.2114, // closeQuoteEnd
  -0.1317, // quoteStart
  0.3633, // comma
  0.7997, // twoPhrases
  -0.4678, // figures
  -0.3062, // colon
  -0.5533, // dash
  0.3942, // endsHan
  0.5735, // aboveFullStop
  0.6221, // aboveQuoteEnd
  -0.0642, // aboveClosingNote
  -0.1301, // aboveSignsOff
  -0.1668, // aboveCredit
  0, // aboveCaption
  -0.1251, // aboveShort
  -0.0188, // nextLead
  1.357, // nextNewsOpening
  -0.0379, // nextReporter
  -0.4992, // nextLenLog
  -0.2142, // nextShort
  0.1198, // nextQuoteStart
  0.9059, // storyCharsLog
  -1.2545, // storyBlocksLog
  -0.6575, // storyHasCrosshead
  0.2929, // crossheadsLog
  -0.8296, // likeLastCrosshead
  -0.0049, // storyTitled
  -2.6469, // wordsAbove
  1.4068, // wordsBelow
  -0.9264, // textEndsHan
  0.0899, // textComma
  0.4961, // nextLong
  0.6522, // sinceCrossheadLog
  -0.3071, // spacingRatioLog
  -1.1888, // wordsHeadline
];
