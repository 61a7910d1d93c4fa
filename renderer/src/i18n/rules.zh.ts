import type rulesEn from './rules.en';

/**
 * 分篇规则的中文说明,按规则代码(common/segment/ruleCodes.ts):`join.midSentence` 即
 * `rules.join.midSentence`。编辑器解释接行、标题和分篇时显示。
 */
const rulesZh: typeof rulesEn = {
  furniture: {
    pattern: '版面杂项:版次、日期行、页眉或转版行',
    masthead: '版头:日期行上方的报名行',
    sectionLabel: '栏目名,位于所辖稿件之上',
  },
  lead: {
    chinese: '消息导语(本报讯、新华社…电)',
    dateline: '英文电头',
    cutByBreak: '被断行截断的导语',
  },
  byline: { by: '“By”署名行' },
  photographer: { pattern: '摄影者署名' },
  credit: {
    pattern: '署名或文末附注(记者、编辑、“(完)”)',
    nameUnderTitle: '标题下的作者署名',
    aboutAuthor: '作者简介',
  },
  caption: {
    pattern: '图片说明',
    openForWrap: '跨多行排印的图片说明',
    openForPhotographer: '图片说明,下接摄影者署名',
  },
  title: {
    shape: '短行且无句读:可能是标题',
    englishDeck: '大写主题下的首字母大写副题',
    englishSetApart: '长段落上方单独成行的短行:标题',
    englishAboveLead: '紧挨电头或署名行上方的短行:该稿标题',
    ocrTitleCase: '原始OCR:句子结束后、正文首行之前的首字母大写短行',
    single: '仅一行标题:主题',
    labelKicker: '标签行(地点:…)在主题之上:引题',
    kickerFirst: '主题上方交代背景的短行:引题与主题',
    headlineDeck: '第二行解释第一行:主题与副题',
    deckDash: '以破折号开头的一行是副题',
    fullSet: '引题、主题与副题',
    headlineDecks: '主题与副题',
  },
  body: {
    default: '正文',
    wrappedTitleNotAlone: '折行排版:标题前后有空行,此行没有',
    wrappedTitleWide: '折行排版:与整行同宽,是正文',
    wrappedTitleNotCaps: '折行排版:不是大写,是正文',
    ocrNoiseLine: '原始OCR:一两个字符的栏边残片,保留在正文中',
    indentedTitle: '与段落一样缩进,是正文',
  },
  article: {
    editorsNote: '编者按开启新的一篇',
    photoItem: '带日期的图片说明及摄影者署名开启一则图片新闻',
    lead: '导语或电头开启新的一篇',
    leadBelow: '紧挨导语上方的标题开启新的一篇',
    creditBelow: '作者署名上方的标题开启新的一篇',
    openerBelow: '新条目上方的标题开启新的一篇',
    multiLineTitle: '多行标题组开启新的一篇',
    noArticleYet: '本期的第一组标题',
    noBodyYet: '当前文章尚无正文,另起一篇',
    blankGap: '与文章之间同样宽的空行',
    photoItemTitle: '图片新闻的标题(下接说明与摄影者)',
    capsAfterSentenceEnd: '句子结束后的大写标题',
    afterCreditOrCaption: '上一篇文末署名或图片说明之后的标题',
    lastLine: '正文末尾的标题行',
    afterJump: '转版行之后的标题',
    headlineLength: '作为小标题过长:是主题',
    ocrTitleCase: '原始OCR:句子结束后的首字母大写标题开启新稿',
    untitled: '第一个标题之前的文字',
  },
  group: {
    continuation: '像标题的一行,接续未完的句子',
    fragmentFollows: '下一行接续此行:是段落,不是标题',
  },
  subhead: {
    underCredit: '主题与作者署名下的单行:小标题',
    default: '文章内部的单行标题:小标题',
  },
  join: {
    hyphen: '单词在断行处用连字符断开',
    lineWrap: '排版折行',
    midSentence: '断行前没有句末标点',
    ocrNoiseLine: '原始OCR:栏边残片并入本段',
    ocrAbbreviation: '原始OCR:行末是姓名缩写或称谓缩写,不是句末',
    noIndent: '下一行没有段首缩进',
    captionPhotographer: '图片说明与摄影者署名被断开',
  },
  break: {
    indent: '下一行缩进:新的段落',
    sentenceEnd: '断行前句子已结束',
    shortLine: '句子在未排满的行末结束',
    nextWordFits: '下一行的首词本可排在此行',
    opener: '下一行开启新的条目',
    ocrColumnNoise: '原始OCR:句子在邻栏残片之前结束',
    ocrColonShort: '原始OCR:以冒号结尾的短行引出下文',
  },
};

export default rulesZh;
