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

/** `本报记者\u3000张三`, `新华社记者\u3000李四\u3000王五`, `本报评论员`: a byline standing alone (names may be spaced out). */
const BYLINE_LEAD =
  /^(本报记者|本报特约记者|本报通讯员|本报评论员|新华社记者|新华社特约记者|人民日报记者|记者|通讯员|特约记者)/u;
const NAMES = /^[\u4e00-\u9fff·、]{0,16}$/u;
/** A bare `记者` / `通讯员` lead is a byline only with a space before the names (`记者手记` is a label). */
const BARE_LEAD = /^(记者|通讯员|特约记者)$/u;
/** `版式设计：…`, `本版制图：…`, `稿件统筹：…`, `数据来源：…`: production credits. */
const PRODUCTION =
  /^(版式设计|本版制图|制图|本版摄影|责任编辑|图表制作|数据来源|图片来源|本版统筹|稿件统筹|统筹|策划|执笔|插图|题图|漫画|绘图)[：:]/u;
/** `杨文明\u3000胡艳辉整理`: an as-told-to credit. */
const AS_TOLD = /^[\u4e00-\u9fff·、\s\u3000\u00a0]{2,20}(整理|编译|辑)$/u;
/** `——编\u3000者`, `——习近平`: a signature or attribution line (no sentence of its own). */
const SIGNATURE = /^——[^。！？；，]{1,20}$/u;
/** `（本报北京2月27日电）`, `（作者为…）`, `（欧阳洁）`: an end note or a signature in brackets. */
const BRACKETED = /^[（(][^（(）)]*[）)]$/u;
const END_NOTE_WORDS = /(电|作者|整理|执笔|记者|编者|来源|本报|据|供稿|编译)/u;
const BRACKETED_NAME = /^[（(][\u4e00-\u9fff·]{2,4}[）)]$/u;
/** A caption: ends with a photographer or agency credit (`…摄`, `…新华社发`, `（人民视觉）`). */
const CAPTION_END = /(摄|摄影|摄影报道|新华社发|供图|资料图片|人民视觉|视觉中国)[）)]?$/u;
/** A caption that opens the way captions do: `图为…`, `图①…`, `上图：…`. */
const CAPTION_START = /^(图为|图[①-⑳]|[上下左右中]图[：:为])/u;

export function kindOf(paragraph: string): BlockKind {
  const text = paragraph.replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/gu, '');
  const bare = text.replace(WS, '');
  const len = Array.from(bare).length;
  const byline = BYLINE_LEAD.exec(bare);
  if (len <= CREDIT_MAX) {
    // `新华社记者\u3000岳月伟摄` is a photographer's line: a caption (below), not a byline
    const spaced = byline && /^[\s\u3000\u00a0]/u.test(text.slice(byline[0].length));
    if (
      byline &&
      NAMES.test(bare.slice(byline[0].length)) &&
      !CAPTION_END.test(bare) &&
      (spaced || !BARE_LEAD.test(byline[0]))
    )
      return 'credit';
    if (PRODUCTION.test(bare) || AS_TOLD.test(text) || SIGNATURE.test(bare)) return 'credit';
  }
  if (
    len <= CREDIT_MAX * 2 &&
    BRACKETED.test(bare) &&
    (END_NOTE_WORDS.test(bare) || BRACKETED_NAME.test(bare))
  )
    return 'credit';
  if (len <= CAPTION_MAX && (CAPTION_END.test(bare) || CAPTION_START.test(bare))) return 'caption';
  if (len <= SUBHEAD_MAX && !CLOSING.test(bare) && !CLOSING_QUOTED.test(bare)) return 'subhead';
  return 'paragraph';
}
