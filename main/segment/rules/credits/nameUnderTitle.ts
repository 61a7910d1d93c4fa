/**
 * Rule credit.nameUnderTitle: a bare name right under a title line and above the body is the
 * author's credit line, not a deck. Only that position counts: elsewhere a two-character line may be
 * a crosshead or a headline.
 * Signals: the line is a title between a title above and a non-title, non-furniture line below;
 * it is two to four Han characters (letter-spaced or not) starting with a common surname.
 * Thresholds: BARE_NAME_MAX_CHARS.
 */
import type { Line } from '../../lines';
import { BARE_NAME_MAX_CHARS } from '../../thresholds';

/**
 * Common Chinese surnames (single-character ones cover the vast majority of people named in bylines).
 * A bare name under a headline (`王立群`, `李 实`) is the author's credit, not a deck; a surname
 * first tells a name from a short crosshead or slogan.
 */
const SURNAMES = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝'.split(
    '',
  ),
);

const NAME = /^[\p{Script=Han}](?:[\s\u3000]{0,3}[\p{Script=Han}]){1,3}$/u;

/** A line that is only a person's name: two to four Han characters, possibly letter-spaced, surname first. */
export function isBareName(body: string): boolean {
  return body.length <= BARE_NAME_MAX_CHARS && NAME.test(body) && SURNAMES.has(body.charAt(0));
}

/** Marks bare names under titles as credits (Chinese files only: the caller checks). */
export function markTitleCredits(lines: Line[]): void {
  for (let i = 1; i < lines.length - 1; i++) {
    const l = lines[i];
    const prev = lines[i - 1];
    const next = lines[i + 1];
    if (!l || !prev || !next || l.kind !== 'title' || prev.kind !== 'title') continue;
    if (next.kind === 'title' || next.kind === 'furniture') continue;
    if (isBareName(l.body)) {
      l.kind = 'credit';
      l.rule = 'credit.nameUnderTitle';
    }
  }
}
