/**
 * Big5 files print traditional characters (本報訊, 記者, 攝). Rather than write every pattern twice,
 * patterns are written in simplified characters and widened here: each simplified character that
 * has a traditional form matches both.
 */
const PAIRS =
  '报報讯訊记記电電摄攝华華图圖为為责責编編辑輯设設计計员員实實习習闻聞网網视視觉覺约約统統划劃笔筆审審监監发發时時经經济濟题題栏欄专專点點间間讲講会會见見辞辭问問调調综綜译譯写寫与與据據国國内內广廣际際续續读讀参參陪陪慰慰访訪兴興乐樂级級业業报報县縣镇鎮区區村村页頁张張号號体體稿稿';

const TRAD = new Map<string, string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) {
  const s = PAIRS[i];
  const t = PAIRS[i + 1];
  if (s && t && s !== t) TRAD.set(s, t);
}

/** The pattern with every simplified character also matching its traditional form. */
export function bothScripts(re: RegExp): RegExp {
  let out = '';
  let inClass = false;
  let escaped = false;
  for (const c of re.source) {
    const t = TRAD.get(c);
    if (escaped) escaped = false;
    else if (c === '\\') escaped = true;
    else if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    out += t === undefined || escaped ? c : inClass ? c + t : `[${c}${t}]`;
  }
  return new RegExp(out, re.flags);
}

/** Text with the simplified characters this module knows replaced by their traditional forms. */
export function toTraditional(text: string): string {
  let out = '';
  for (const c of text) out += TRAD.get(c) ?? c;
  return out;
}
