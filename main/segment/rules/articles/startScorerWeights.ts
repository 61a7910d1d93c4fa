/**
 * Weights of the article-start scorer (startScorer.ts), one per feature of START_FEATURES (single
 * lines) and of STACK_FEATURES (title stacks), in that order. Written by
 * `node --import tsx bench/startModel/train.ts` from the train split (5706 single lines,
 * 705 stacks); do not edit by hand.
 */
export const START_SCORER_WEIGHTS: readonly number[] = [
  -9.6955, // bias
  -0.7504, // readAsText
  -0.1415, // lenLog
  -0.2393, // len1to6
  0.244, // len7to10
  0.0381, // len11to16
  -0.3126, // len17to24
  0.1054, // endsBang
  -0.247, // endsQuestion
  0.177, // columnTag
  0.1526, // closeQuoteEnd
  -0.1129, // quoteStart
  0.2614, // comma
  0.905, // twoPhrases
  -0.4772, // figures
  -0.1646, // colon
  -0.5845, // dash
  0.3524, // endsHan
  0.4563, // aboveFullStop
  0.7069, // aboveQuoteEnd
  -0.0804, // aboveClosingNote
  -0.1077, // aboveSignsOff
  -0.1811, // aboveCredit
  0, // aboveCaption
  -0.3251, // aboveShort
  -0.0201, // nextLead
  1.0081, // nextNewsOpening
  -0.0973, // nextReporter
  -0.4729, // nextLenLog
  0.0298, // nextShort
  -0.0691, // nextQuoteStart
  0.6063, // storyCharsLog
  -0.8322, // storyBlocksLog
  -0.1668, // storyHasCrosshead
  0.2911, // crossheadsLog
  -0.7905, // likeLastCrosshead
  -0.2086, // storyTitled
  -1.6195, // wordsAbove
  1.5731, // wordsBelow
  -0.8326, // textEndsHan
  0.072, // textComma
  0.7032, // nextLong
  0.7591, // sinceCrossheadLog
  -0.3792, // spacingRatioLog
  -0.6744, // wordsHeadline
  -1.5637, // belowSharesAbove
  -1.6145, // belowSharesHeadline
  0.0659, // uncrossedStoryLog
  2.6027, // newSubject
  0.4096, // datelineStory
  0.1995, // datelineStoryLog
  0.2422, // datelineSoon
];

export const START_STACK_WEIGHTS: readonly number[] = [
  -13.8932, // bias
  0, // readAsText
  -1.0192, // lenLog
  -0.9133, // len1to6
  -0.6484, // len7to10
  0.2209, // len11to16
  0.7714, // len17to24
  0, // endsBang
  0, // endsQuestion
  2.6627, // columnTag
  -0.1953, // closeQuoteEnd
  -0.1265, // quoteStart
  1.2765, // comma
  0.6311, // twoPhrases
  -0.235, // figures
  -1.2093, // colon
  0.0327, // dash
  0.1485, // endsHan
  0.3103, // aboveFullStop
  -0.3813, // aboveQuoteEnd
  -0.8227, // aboveClosingNote
  0.2259, // aboveSignsOff
  0.6917, // aboveCredit
  2.0517, // aboveCaption
  -0.086, // aboveShort
  0, // nextLead
  0, // nextNewsOpening
  0, // nextReporter
  1.6161, // nextLenLog
  -0.0614, // nextShort
  -1.2242, // nextQuoteStart
  0.4029, // storyCharsLog
  -0.6272, // storyBlocksLog
  0.0843, // storyHasCrosshead
  0.2146, // crossheadsLog
  -0.5333, // likeLastCrosshead
  -0.0632, // storyTitled
  -0.4372, // wordsAbove
  1.4878, // wordsBelow
  0, // textEndsHan
  0, // textComma
  0, // nextLong
  1.3369, // sinceCrossheadLog
  -0.9499, // spacingRatioLog
  0.2812, // wordsHeadline
  -1.4421, // belowSharesAbove
  -1.2038, // belowSharesHeadline
  -0.0143, // uncrossedStoryLog
  1.8666, // newSubject
  0.6003, // datelineStory
  0.0253, // datelineStoryLog
  0.8696, // datelineSoon
  2.362, // ruleStart
  -0.1322, // groupLinesLog
  -0.1444, // twoLines
];
