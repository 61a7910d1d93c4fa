/**
 * Weights of the article-start scorer (startScorer.ts), one per feature of START_FEATURES (single
 * lines) and of STACK_FEATURES (title stacks), in that order. Written by
 * `node --import tsx bench/startModel/train.ts` from the train split (5706 single lines,
 * 705 stacks); do not edit by hand.
 */
export const START_SCORER_WEIGHTS: readonly number[] = [
  -9.6728, // bias
  -0.7521, // readAsText
  -0.1371, // lenLog
  -0.2446, // len1to6
  0.2421, // len7to10
  0.0459, // len11to16
  -0.3112, // len17to24
  0.1056, // endsBang
  -0.2489, // endsQuestion
  0.1738, // columnTag
  0.1539, // closeQuoteEnd
  -0.1206, // quoteStart
  0.2565, // comma
  0.9042, // twoPhrases
  -0.4676, // figures
  -0.1641, // colon
  -0.582, // dash
  0.3526, // endsHan
  0.4492, // aboveFullStop
  0.706, // aboveQuoteEnd
  -0.08, // aboveClosingNote
  -0.1085, // aboveSignsOff
  -0.1817, // aboveCredit
  0, // aboveCaption
  -0.328, // aboveShort
  -0.0203, // nextLead
  1.01, // nextNewsOpening
  -0.0915, // nextReporter
  -0.4753, // nextLenLog
  0.024, // nextShort
  -0.0742, // nextQuoteStart
  0.6151, // storyCharsLog
  -0.8327, // storyBlocksLog
  -0.1607, // storyHasCrosshead
  0.2802, // crossheadsLog
  -0.7795, // likeLastCrosshead
  -0.2082, // storyTitled
  -1.6233, // wordsAbove
  1.59, // wordsBelow
  -0.8334, // textEndsHan
  0.068, // textComma
  0.6919, // nextLong
  0.747, // sinceCrossheadLog
  -0.3645, // spacingRatioLog
  -0.6757, // wordsHeadline
  -1.5683, // belowSharesAbove
  -1.6179, // belowSharesHeadline
  0.0667, // uncrossedStoryLog
  2.6094, // newSubject
  0.4208, // datelineStory
  0.2016, // datelineStoryLog
];

export const START_STACK_WEIGHTS: readonly number[] = [
  -14.0961, // bias
  0, // readAsText
  -1.0944, // lenLog
  -0.9472, // len1to6
  -0.7031, // len7to10
  0.2208, // len11to16
  0.7516, // len17to24
  0, // endsBang
  0, // endsQuestion
  2.6888, // columnTag
  -0.2019, // closeQuoteEnd
  -0.1354, // quoteStart
  1.2734, // comma
  0.6202, // twoPhrases
  -0.2274, // figures
  -1.2341, // colon
  0.0487, // dash
  0.1539, // endsHan
  0.3386, // aboveFullStop
  -0.4175, // aboveQuoteEnd
  -0.8116, // aboveClosingNote
  0.1872, // aboveSignsOff
  0.6853, // aboveCredit
  2.0098, // aboveCaption
  -0.083, // aboveShort
  0, // nextLead
  0, // nextNewsOpening
  0, // nextReporter
  1.6355, // nextLenLog
  -0.0457, // nextShort
  -1.2514, // nextQuoteStart
  0.482, // storyCharsLog
  -0.6113, // storyBlocksLog
  0.0698, // storyHasCrosshead
  0.1317, // crossheadsLog
  -0.5015, // likeLastCrosshead
  -0.0727, // storyTitled
  -0.4337, // wordsAbove
  1.4913, // wordsBelow
  0, // textEndsHan
  0, // textComma
  0, // nextLong
  1.2843, // sinceCrossheadLog
  -0.9124, // spacingRatioLog
  0.3694, // wordsHeadline
  -1.4866, // belowSharesAbove
  -1.1939, // belowSharesHeadline
  -0.0213, // uncrossedStoryLog
  1.9027, // newSubject
  0.6117, // datelineStory
  0.0242, // datelineStoryLog
  2.4232, // ruleStart
  -0.1537, // groupLinesLog
  -0.1124, // twoLines
];
