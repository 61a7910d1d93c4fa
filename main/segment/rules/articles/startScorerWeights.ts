/**
 * Weights of the article-start scorer (startScorer.ts), one per feature of START_FEATURES (single
 * lines) and of STACK_FEATURES (title stacks), in that order. Written by
 * `node --import tsx bench/startModel/train.ts` from the train split (5724 single lines,
 * 705 stacks); do not edit by hand.
 */
export const START_SCORER_WEIGHTS: readonly number[] = [
  -7.7215, // bias
  -0.7568, // readAsText
  -0.0441, // lenLog
  -0.1452, // len1to6
  0.1505, // len7to10
  0.072, // len11to16
  -0.3761, // len17to24
  0.1357, // endsBang
  -0.21, // endsQuestion
  0.0899, // columnTag
  0.1827, // closeQuoteEnd
  -0.1624, // quoteStart
  0.2823, // comma
  0.8335, // twoPhrases
  -0.3994, // figures
  -0.2892, // colon
  -0.5184, // dash
  0.3907, // endsHan
  0.56, // aboveFullStop
  0.6048, // aboveQuoteEnd
  -0.0671, // aboveClosingNote
  -0.1361, // aboveSignsOff
  -0.1966, // aboveCredit
  0, // aboveCaption
  -0.1803, // aboveShort
  -0.0202, // nextLead
  1.1603, // nextNewsOpening
  -0.1622, // nextReporter
  -0.4477, // nextLenLog
  -0.2045, // nextShort
  0.0186, // nextQuoteStart
  0.8449, // storyCharsLog
  -1.1663, // storyBlocksLog
  -0.6219, // storyHasCrosshead
  0.2763, // crossheadsLog
  -0.8141, // likeLastCrosshead
  -0.0846, // storyTitled
  -2.6308, // wordsAbove
  1.6335, // wordsBelow
  -0.8337, // textEndsHan
  0.0316, // textComma
  0.4933, // nextLong
  0.6963, // sinceCrossheadLog
  -0.3378, // spacingRatioLog
  -0.8735, // wordsHeadline
  -2.0714, // belowSharesAbove
  -1.9155, // belowSharesHeadline
];

export const START_STACK_WEIGHTS: readonly number[] = [
  -12.6546, // bias
  0, // readAsText
  -1.0934, // lenLog
  -0.8476, // len1to6
  -0.6203, // len7to10
  0.4008, // len11to16
  0.8325, // len17to24
  0, // endsBang
  0, // endsQuestion
  2.8393, // columnTag
  -0.2012, // closeQuoteEnd
  -0.1286, // quoteStart
  1.3511, // comma
  0.6675, // twoPhrases
  -0.0216, // figures
  -1.3512, // colon
  -0.0035, // dash
  0.2655, // endsHan
  0.4075, // aboveFullStop
  -0.5191, // aboveQuoteEnd
  -1.0276, // aboveClosingNote
  0.1253, // aboveSignsOff
  0.694, // aboveCredit
  2.0095, // aboveCaption
  -0.1095, // aboveShort
  0, // nextLead
  0, // nextNewsOpening
  0, // nextReporter
  1.7492, // nextLenLog
  -0.0854, // nextShort
  -1.2646, // nextQuoteStart
  0.6627, // storyCharsLog
  -0.9291, // storyBlocksLog
  0.202, // storyHasCrosshead
  0.1793, // crossheadsLog
  -0.4319, // likeLastCrosshead
  -0.1873, // storyTitled
  -1.5853, // wordsAbove
  1.3778, // wordsBelow
  0, // textEndsHan
  0, // textComma
  0, // nextLong
  1.19, // sinceCrossheadLog
  -0.8813, // spacingRatioLog
  0.2059, // wordsHeadline
  -1.9453, // belowSharesAbove
  -1.4988, // belowSharesHeadline
  2.5474, // ruleStart
  -0.1975, // groupLinesLog
  -0.1038, // twoLines
];
