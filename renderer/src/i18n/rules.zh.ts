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
    insideArticle: '导语前只隔段落空行、不是文章间空行:属于同一篇文章',
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
    single: '仅一行标题:主题',
    labelKicker: '标签行(地点:…)在主题之上:引题',
    kickerFirst: '主题上方交代背景的短行:引题与主题',
    headlineDeck: '第二行解释第一行:主题与副题',
    deckDash: '以破折号开头的一行是副题',
    fullSet: '引题、主题与副题',
    headlineDecks: '主题与副题',
    stack: '文章间空行后连排、与正文隔开的几行:标题组',
    kickerLeadIn: '以破折号或冒号结尾的一行引出主题:引题',
    kickerColumnTag: '第二行带括号栏目名:引题与主题',
    deckUnderColumnTag: '第一行带括号栏目名:主题与副题',
  },
  body: {
    default: '正文',
    wrappedTitleNotAlone: '折行排版:标题前后有空行,此行没有',
    wrappedTitleWide: '折行排版:与整行同宽,是正文',
    wrappedTitleNotCaps: '折行排版:不是大写,是正文',
    indentedTitle: '与段落一样缩进,是正文',
    bareFigure: '单独成行的数字或日期,不挨着版面信息:是正文,不是页码',
    colonLine: '以冒号结尾的一行引出下文:是正文',
    speakerTurn: '访谈中的发言(记者:、问:):是正文',
  },
  article: {
    editorsNote: '编者按开启新的一篇',
    photoItem: '带日期的图片说明及摄影者署名开启一则图片新闻',
    lead: '导语或电头开启新的一篇',
    leadBelow: '紧挨导语上方的标题开启新的一篇',
    labelBelow: '导读标签(核心阅读、编者按)上方的标题开始新文章',
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
    untitled: '第一个标题之前的文字',
    unindentedTitle: '本文件小标题缩进,不缩进的标题行是主题',
  },
  group: {
    continuation: '像标题的一行,接续未完的句子',
    fragmentFollows: '下一行接续此行:是段落,不是标题',
  },
  subhead: {
    underCredit: '主题与作者署名下的单行:小标题',
    default: '文章内部的单行标题:小标题',
    insideArticle: '标题行前只隔段落空行、不是文章间空行:小标题',
    sectionLabel: '章节行或文内标签(第一章、核心阅读):小标题',
  },
  join: {
    hyphen: '单词在断行处用连字符断开',
    lineWrap: '排版折行',
    midSentence: '断行前没有句末标点',
    noIndent: '下一行没有段首缩进',
    captionPhotographer: '图片说明与摄影者署名被断开',
  },
  break: {
    indent: '下一行缩进:新的段落',
    sentenceEnd: '断行前句子已结束',
    shortLine: '句子在未排满的行末结束',
    nextWordFits: '下一行的首词本可排在此行',
    opener: '下一行开启新的条目',
    itemOpener: '下一行以序号或发言人开头:新段落',
    closedLine: '该行以后括号、破折号、冒号或分号结尾:不是句中断开',
  },
};

export default rulesZh;
