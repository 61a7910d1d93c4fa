/**
 * Weights of the article-start scorer (startScorer.ts), one per feature of START_FEATURES (single
 * lines) and of STACK_FEATURES (title stacks), in that order. Written by
 * `node --import tsx bench/startModel/train.ts` from the train split (5724 single lines,
 * 705 stacks); do not edit by hand.
 */
export const START_SCORER_WEIGHTS: readonly number[] = [
  -10.5216, // bias
  -0.7275, // readAsText
  -0.0315, // lenLog
  -0.265, // len1to6
  0.0983, // len7to10
  0.0613, // len11to16
  -0.3298, // len17to24
  0.1109, // endsBang
  -0.1776, // endsQuestion
  0.046, // columnTag
  0.1813, // closeQuoteEnd
  -0.156, // quoteStart
  0.2624, // comma
  0.7462, // twoPhrases
  -0.4029, // figures
  -0.3209, // colon
  -0.5763, // dash
  0.4192, // endsHan
  0.5639, // aboveFullStop
  0.5961, // aboveQuoteEnd
  -0.0719, // aboveClosingNote
  -0.1581, // aboveSignsOff
  -0.196, // aboveCredit
  0, // aboveCaption
  -0.2525, // aboveShort
  -0.0216, // nextLead
  1.0715, // nextNewsOpening
  -0.1996, // nextReporter
  -0.4392, // nextLenLog
  -0.2077, // nextShort
  -0.0203, // nextQuoteStart
  0.8362, // storyCharsLog
  -1.0899, // storyBlocksLog
  -0.1523, // storyHasCrosshead
  0.4044, // crossheadsLog
  -0.7301, // likeLastCrosshead
  -0.1633, // storyTitled
  -1.6225, // wordsAbove
  1.6932, // wordsBelow
  -0.8004, // textEndsHan
  0.0316, // textComma
  0.524, // nextLong
  0.6591, // sinceCrossheadLog
  -0.3031, // spacingRatioLog
  -0.6973, // wordsHeadline
  -1.5918, // belowSharesAbove
  -1.6686, // belowSharesHeadline
  0.1133, // uncrossedStoryLog
  2.6248, // newSubject
];

export const START_STACK_WEIGHTS: readonly number[] = [
  -14.5485, // bias
  0, // readAsText
  -1.0423, // lenLog
  -0.8172, // len1to6
  -0.5972, // len7to10
  0.3982, // len11to16
  0.7929, // len17to24
  0, // endsBang
  0, // endsQuestion
  2.8377, // columnTag
  -0.171, // closeQuoteEnd
  -0.0946, // quoteStart
  1.3048, // comma
  0.5974, // twoPhrases
  -0.044, // figures
  -1.3026, // colon
  -0.0612, // dash
  0.2468, // endsHan
  0.3966, // aboveFullStop
  -0.5309, // aboveQuoteEnd
  -1.0071, // aboveClosingNote
  0.092, // aboveSignsOff
  0.7004, // aboveCredit
  2.0254, // aboveCaption
  -0.1078, // aboveShort
  0, // nextLead
  0, // nextNewsOpening
  0, // nextReporter
  1.7541, // nextLenLog
  -0.0862, // nextShort
  -1.2626, // nextQuoteStart
  0.6818, // storyCharsLog
  -0.9537, // storyBlocksLog
  0.0069, // storyHasCrosshead
  0.1747, // crossheadsLog
  -0.47, // likeLastCrosshead
  -0.1486, // storyTitled
  -0.473, // wordsAbove
  1.379, // wordsBelow
  0, // textEndsHan
  0, // textComma
  0, // nextLong
  1.2155, // sinceCrossheadLog
  -0.8765, // spacingRatioLog
  0.4373, // wordsHeadline
  -1.5399, // belowSharesAbove
  -1.2421, // belowSharesHeadline
  -0.0497, // uncrossedStoryLog
  1.9155, // newSubject
  2.5322, // ruleStart
  -0.0895, // groupLinesLog
  -0.0905, // twoLines
];
