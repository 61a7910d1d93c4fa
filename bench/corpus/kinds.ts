/**
 * Block kinds for the corpus's own paragraphs. The corpus keeps crossheads, bylines, captions and
 * credits inside `paragraphs` as the paper printed them, without a kind; these few rules label them,
 * in this order (documented with their limits in bench/corpus/README.md). They read the paragraph alone,
 * never the segmenter, and are deliberately simple: a wrong label here is a wrong gold, so a rule is only
 * kept where it is nearly always right on the paper's own text.
 */
export type BlockKind = 'paragraph' | 'subhead' | 'caption' | 'credit';

/** A crosshead is at most this many characters (code points, whitespace aside). */
export const SUBHEAD_MAX = 30;
/** A standalone byline, end note or design credit is at most this many characters. */
export const CREDIT_MAX = 40;
/** A photo caption ending in a photographer credit is at most this many characters. */
export const CAPTION_MAX = 300;

const WS = /[\s\u3000\u00a0]+/gu;
/** Punctuation that closes a sentence or a clause: a paragraph ending in one is not a crosshead. */
const CLOSING = /[。！？!?；;，,、：:…．]$/u;
/** A closing quote or bracket after sentence punctuation (`……。”`) closes the paragraph too. */
const CLOSING_QUOTED = /[。！？!?；;，,、：:…．][”’」』）)]$/u;

/** `本报记者　张三`, `新华社记者　李四　王五`, `本报评论员`: a byline standing alone. */
const BYLINE =
  /^(本报记者|本报特约记者|本报通讯员|本报评论员|新华社记者|新华社特约记者|人民日报记者|记者|通讯员|特约记者)([\s\u3000\u00a0]*[^\s\u3000\u00a0，。、；：]{2,4}([\s\u3000\u00a0、]+[^\s\u3000\u00a0，。、；：]{2,4})*)?$/u;
/** `版式设计：…`, `本版制图：…`, `制图：…`, `责任编辑：…`, `数据来源：…`: production credits. */
const PRODUCTION = /^(版式设计|本版制图|制图|本版摄影|责任编辑|图表制作|数据来源|本版统筹|策划)[：:]/u;
/** `——编　者`, `——习近平`: a signature or attribution line. */
const SIGNATURE = /^——/u;
/** `（本报北京2月27日电）`, `（作者为…）`, `（新华社…电）`: an end note in brackets. */
const END_NOTE = /^[（(][^（(）)]*(电|作者|记者|编者|来源|本报)[^（(）)]*[）)]$/u;
/** A caption: ends with a photographer or agency credit (`…摄`, `…新华社发`, `（人民视觉）`). */
const CAPTION_END = /(摄|摄影|摄影报道|新华社发|供图|资料图片|人民视觉|视觉中国)[）)]?$/u;
/** A caption that opens the way captions do: `图为…`, `图①…`, `上图：…`. */
const CAPTION_START = /^(图为|图[①-⑳]|[上下左右中]图[：:为])/u;

export function kindOf(paragraph: string): BlockKind {
  const text = paragraph.trim().replace(/^[\u3000\u00a0 ]+|[\u3000\u00a0 ]+$/gu, '');
  const len = Array.from(text.replace(WS, '')).length;
  if (len <= CREDIT_MAX && (BYLINE.test(text) || PRODUCTION.test(text) || SIGNATURE.test(text)))
    return 'credit';
  if (len <= CREDIT_MAX * 2 && END_NOTE.test(text)) return 'credit';
  if (len <= CAPTION_MAX && (CAPTION_END.test(text) || CAPTION_START.test(text))) return 'caption';
  if (len <= SUBHEAD_MAX && !CLOSING.test(text) && !CLOSING_QUOTED.test(text)) return 'subhead';
  return 'paragraph';
}
