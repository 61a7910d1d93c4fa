/**
 * A small synthetic People's-Daily-like corpus written for the tests (no text from the real corpus):
 * enough pages, titles, crossheads, bylines and long paragraphs for every layout rule to fire.
 */
import type { SourceArticle } from '../../../../bench/corpus/readCorpus';

const LONG = [
  '今年以来，县里把发展特色产业作为乡村振兴的重要抓手，引导农户种植高山茶叶和中药材，带动村民稳定增收。',
  '走进合作社的加工车间，机器轰鸣，工人们正忙着分拣包装，一箱箱新鲜蔬菜将连夜运往省城各大超市。',
  '专家认为，推动城乡基础设施一体化建设，既要补齐短板，也要注重长效管护，让群众真正得到实惠。',
  '春节前夕，社区志愿者挨家挨户走访慰问困难群众，送去米面油等生活物资，并帮助老人打扫卫生。',
];

export function syntheticArticles(dates: string[], pages = 3, perPage = 4): SourceArticle[] {
  const out: SourceArticle[] = [];
  for (const date of dates)
    for (let page = 1; page <= pages; page++)
      for (let k = 0; k < perPage; k++) {
        const n = (page * 7 + k) % LONG.length;
        out.push({
          id: `${date.replaceAll('-', '')}-${String(page).padStart(2, '0')}-${String(k + 1).padStart(2, '0')}`,
          date,
          page,
          kicker: k % 2 ? '' : `第${page}版第${k + 1}篇引题`,
          headline: `${date}第${page}版第${k + 1}篇的主标题`,
          deck: k === 1 ? '副标题写在这里' : '',
          paragraphs: [
            k === 2 ? '　　本报记者　张三' : `　　本报北京${page}月${k + 1}日电　${LONG[n]}`,
            `　　${LONG[(n + 1) % LONG.length]}${LONG[(n + 2) % LONG.length]}`,
            '　　产业发展新路径',
            `　　${LONG[(n + 3) % LONG.length]}`,
            k === 3 ? '　　（本报记者　李四）' : `　　${LONG[n]}`,
          ],
        });
      }
  return out;
}
