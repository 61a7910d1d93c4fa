import type { TagTerm, TagVocabulary } from '../../preload/api';

const medtop = (code: string, zh: string, en: string): TagTerm => ({
  id: `medtop:${code}`,
  zh,
  en,
  uri: `http://cv.iptc.org/newscodes/mediatopic/${code}`,
});
const section = (zh: string, en: string): TagTerm => ({ id: `section:${en.replace(/\W+/g, '-')}`, zh, en });

/**
 * The vocabulary a new library starts with: the 17 top-level IPTC Media Topics
 * (https://cv.iptc.org/newscodes/mediatopic/, CC BY 4.0) with short Chinese labels as newsrooms
 * use them, plus common Chinese newspaper sections that IPTC does not name. The first nine, the
 * ones editors reach for most, are pinned to the number keys. Articles carry the Chinese label as
 * their tag, so the list, exports and the CLI read without looking anything up.
 */
export function defaultTagVocabulary(): TagVocabulary {
  const terms: TagTerm[] = [
    section('要闻', 'top news'),
    medtop('11000000', '政治', 'politics'),
    medtop('04000000', '经济', 'economy, business and finance'),
    medtop('14000000', '社会', 'society'),
    section('文化', 'culture'),
    medtop('15000000', '体育', 'sport'),
    medtop('05000000', '教育', 'education'),
    medtop('13000000', '科技', 'science and technology'),
    section('民生', 'livelihood'),
    section('党建', 'party building'),
    section('评论', 'opinion'),
    medtop('01000000', '文化艺术', 'arts, culture, entertainment and media'),
    medtop('02000000', '法治', 'crime, law and justice'),
    medtop('03000000', '灾害事故', 'disaster, accident and emergency incident'),
    medtop('06000000', '环境', 'environment'),
    medtop('07000000', '健康', 'health'),
    medtop('08000000', '人情趣味', 'human interest'),
    medtop('09000000', '劳动就业', 'labour'),
    medtop('10000000', '生活休闲', 'lifestyle and leisure'),
    medtop('12000000', '宗教', 'religion'),
    medtop('16000000', '冲突战争', 'conflict, war and peace'),
    medtop('17000000', '天气', 'weather'),
  ];
  return { terms: terms.map((term, index) => (index < 9 ? { ...term, pinned: true } : term)) };
}
