/**
 * Weights of the article-start scorer (startScorer.ts), one per feature of START_FEATURES (single
 * lines) and of STACK_FEATURES (title stacks), in that order. Written by
 * `node --import tsx bench/startModel/train.ts` from the train split (5722 single lines,
 * 704 stacks); do not edit by hand.
 */
export const START_SCORER_WEIGHTS: readonly number[] = [
  -7.4763, // bias
  -0.8136, // readAsText
  -0.0477, // lenLog
  -0.1242, // len1to6
  0.2099, // len7to10
  0.0537, // len11to16
  -0.4856, // len17to24
  0.1856, // endsBang
  -0.2118, // endsQuestion
  0.0939, // columnTag
  0.191, // closeQuoteEnd
  -0.1762, // quoteStart
  0.3455, // comma
  0.8433, // twoPhrases
  -0.4278, // figures
  -0.2712, // colon
  -0.5071, // dash
  0.3822, // endsHan
  0.5688, // aboveFullStop
  0.6501, // aboveQuoteEnd
  -0.0677, // aboveClosingNote
  -0.0984, // aboveSignsOff
  -0.1889, // aboveCredit
  0, // aboveCaption
  -0.0925, // aboveShort
  -0.02, // nextLead
  1.2785, // nextNewsOpening
  -0.0626, // nextReporter
  -0.5221, // nextLenLog
  -0.2274, // nextShort
  0.1089, // nextQuoteStart
  0.8448, // storyCharsLog
  -1.2144, // storyBlocksLog
  -0.6472, // storyHasCrosshead
  0.28, // crossheadsLog
  -0.8468, // likeLastCrosshead
  -0.0062, // storyTitled
  -2.9993, // wordsAbove
  1.6228, // wordsBelow
  -0.8834, // textEndsHan
  0.0727, // textComma
  0.5122, // nextLong
  0.6274, // sinceCrossheadLog
  -0.2927, // spacingRatioLog
  -1.0955, // wordsHeadline
];

export const START_STACK_WEIGHTS: readonly number[] = [
  -12.7051, // bias
  0, // readAsText
  -1.0297, // lenLog
  -0.8976, // len1to6
  -0.6167, // len7to10
  0.5664, // len11to16
  0.7507, // len17to24
  0, // endsBang
  0, // endsQuestion
  2.8662, // columnTag
  -0.2708, // closeQuoteEnd
  -0.1827, // quoteStart
  1.3897, // comma
  0.6802, // twoPhrases
  0.0367, // figures
  -1.5379, // colon
  0.0512, // dash
  0.2861, // endsHan
  0.4767, // aboveFullStop
  -0.4911, // aboveQuoteEnd
  -1.2406, // aboveClosingNote
  0.1657, // aboveSignsOff
  0.7992, // aboveCredit
  2.0204, // aboveCaption
  -0.0756, // aboveShort
  0, // nextLead
  0, // nextNewsOpening
  0, // nextReporter
  1.6852, // nextLenLog
  0.0538, // nextShort
  -1.4853, // nextQuoteStart
  0.7736, // storyCharsLog
  -1.0075, // storyBlocksLog
  0.1453, // storyHasCrosshead
  0.1031, // crossheadsLog
  -0.4351, // likeLastCrosshead
  -0.2893, // storyTitled
  -2.1379, // wordsAbove
  1.332, // wordsBelow
  0, // textEndsHan
  0, // textComma
  0, // nextLong
  1.0534, // sinceCrossheadLog
  -0.7958, // spacingRatioLog
  -0.1027, // wordsHeadline
  2.6638, // ruleStart
  -0.2552, // groupLinesLog
  -0.1091, // twoLines
];
