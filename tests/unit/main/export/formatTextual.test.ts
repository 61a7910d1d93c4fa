import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { marked } from 'marked';
import type { IssueView, StoredArticle } from '../../../../preload/api';
import { formatTxt } from '../../../../main/export/format/formatTxt';
import { formatMarkdown } from '../../../../main/export/format/formatMarkdown';
import { formatHtml } from '../../../../main/export/format/formatHtml';
import { fixtureText, issueFromText } from './support/issueFromText';
import { documentsOf } from './support/exportDocument';

const issue = issueFromText('tz', fixtureText());
const [issueDocument] = documentsOf(issue, 'issue');
if (!issueDocument) throw new Error('the fixture gave no articles');

/** A hand-made article with every kind of block, a byline not printed in the body, and furniture. */
function handMade(): IssueView {
  const article: StoredArticle = {
    id: 'x1',
    kicker: '杨庄街道',
    headline: '居民自编自演*奏响*新年音乐会',
    subheadlines: ['副题一'],
    byline: '本报记者 柴福娟',
    authors: ['柴福娟'],
    blocks: [
      { id: 'b1', kind: 'paragraph', text: '第一段,有“引号”和<尖括号> & 符号。' },
      { id: 'b2', kind: 'furniture', text: '第4版 PAGE FOOTER' },
      { id: 'b3', kind: 'subhead', text: '小标题' },
      { id: 'b4', kind: 'paragraph', text: '# 不是标题,1200亿' },
      { id: 'b5', kind: 'caption', text: '图为音乐会现场。 记者 唐建/摄' },
    ],
    repairs: [],
    tags: ['文化'],
    status: 'approved',
  };
  return { ...issue, id: 'hand', title: '手工样刊', articles: [article] };
}

describe('txt', () => {
  const text = formatTxt(issueDocument);
  const paragraphs = text.trim().split(/\n{2,}/);

  it('puts one blank line between paragraphs and keeps each paragraph on one line', () => {
    expect(text).not.toMatch(/\n{4,}/);
    for (const article of issueDocument.articles) {
      for (const block of article.article.blocks) {
        if (block.kind !== 'furniture') expect(paragraphs).toContain(block.text);
      }
    }
  });

  it('has no artifact breaks: the lines the segmenter joined come out as one paragraph', () => {
    expect(text).toContain('是“十五五”规划开局之年，也是副中心规划建设十周年');
    expect(text).toContain('新时代首都发展大局中审视和推进');
  });

  it('uses fullwidth punctuation in Chinese text and leaves numbers whole', () => {
    expect(text).not.toMatch(/\p{Script=Han}[,;:!?]|[,;:!?]\p{Script=Han}/u);
    expect(text).toContain('昨天下午，通州区');
    expect(text).toContain('党（工）委');
    expect(text).toContain('424.8亿元');
    expect(text).toContain('1200亿');
    expect(text).toContain('本报讯（记者 金耀飞 王倚剑）');
  });

  it('leaves furniture out and the editor-set byline in', () => {
    const [hand] = documentsOf(handMade(), 'article');
    const out = formatTxt(hand!);
    expect(out).not.toContain('PAGE FOOTER');
    expect(out.split('\n\n').slice(0, 5)).toEqual([
      '杨庄街道',
      '居民自编自演*奏响*新年音乐会',
      '副题一',
      '本报记者 柴福娟',
      '第一段，有“引号”和<尖括号> & 符号。',
    ]);
  });
});

describe('markdown', () => {
  it('renders to headline levels, the byline in italics and captions as quotes', () => {
    const [hand] = documentsOf(handMade(), 'article');
    const dom = new JSDOM(marked.parse(formatMarkdown(hand!), { async: false })).window.document;
    expect(dom.querySelector('h1')?.textContent).toBe('居民自编自演*奏响*新年音乐会');
    expect(dom.querySelector('h2')?.textContent).toBe('副题一');
    expect(dom.querySelector('h3')?.textContent).toBe('小标题');
    expect(dom.querySelector('em')?.textContent).toBe('本报记者 柴福娟');
    expect(dom.querySelector('blockquote')?.textContent?.trim()).toBe('图为音乐会现场。 记者 唐建/摄');
    const paragraphs = [...dom.querySelectorAll('p')].map((p) => p.textContent);
    expect(paragraphs).toContain('第一段，有“引号”和<尖括号> & 符号。');
    expect(paragraphs).toContain('# 不是标题，1200亿');
    expect(dom.body.textContent).not.toContain('PAGE FOOTER');
  });

  it('renders the whole fixture issue with its title on top and every paragraph intact', () => {
    const dom = new JSDOM(marked.parse(formatMarkdown(issueDocument), { async: false })).window.document;
    expect(dom.querySelector('h1')?.textContent).toBe(issue.title);
    const headlines = issueDocument.articles.flatMap((a) => (a.article.headline ? [a.article.headline] : []));
    expect([...dom.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(
      expect.arrayContaining(headlines),
    );
    const paragraphs = new Set([...dom.querySelectorAll('p')].map((p) => p.textContent));
    const body = issueDocument.articles.flatMap((a) =>
      a.article.blocks.filter((b) => b.kind === 'paragraph'),
    );
    for (const block of body) expect(paragraphs.has(block.text)).toBe(true);
  });
});

describe('html', () => {
  it('is one standalone page with lang set, a title and every paragraph', () => {
    const html = formatHtml(issueDocument);
    const dom = new JSDOM(html).window.document;
    expect(dom.documentElement.lang).toBe('zh-CN');
    expect(dom.title).toBe(issue.title);
    expect(dom.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
    expect(dom.querySelector('style')?.textContent).toContain('line-height');
    expect(dom.querySelectorAll('link, script')).toHaveLength(0);
    expect(dom.querySelectorAll('article')).toHaveLength(issueDocument.articles.length);
    const paragraphs = new Set([...dom.querySelectorAll('article p')].map((p) => p.textContent));
    for (const a of issueDocument.articles) {
      for (const block of a.article.blocks)
        if (block.kind !== 'furniture')
          expect(paragraphs.has(block.text) || block.kind === 'subhead').toBe(true);
    }
  });

  it('escapes markup in the text and marks the parts of an article', () => {
    const [hand] = documentsOf(handMade(), 'article');
    const dom = new JSDOM(formatHtml(hand!)).window.document;
    expect(dom.title).toBe('居民自编自演*奏响*新年音乐会');
    expect(dom.querySelector('h1')?.textContent).toBe('居民自编自演*奏响*新年音乐会');
    expect(dom.querySelector('.kicker')?.textContent).toBe('杨庄街道');
    expect(dom.querySelector('.deck')?.textContent).toBe('副题一');
    expect(dom.querySelector('.byline')?.textContent).toBe('本报记者 柴福娟');
    expect(dom.querySelector('h2')?.textContent).toBe('小标题');
    expect(dom.querySelector('.caption')?.textContent).toBe('图为音乐会现场。 记者 唐建/摄');
    expect(dom.querySelector('article p:not([class])')?.textContent).toBe(
      '第一段，有“引号”和<尖括号> & 符号。',
    );
    expect(dom.body.textContent).not.toContain('PAGE FOOTER');
  });

  it('marks an English article as English', () => {
    const english = issueFromText(
      'en',
      'A HEADLINE ABOUT THINGS\n\nThe council met on Tuesday, and it voted: yes.\n',
    );
    const [doc] = documentsOf(english, 'article');
    expect(new JSDOM(formatHtml(doc!)).window.document.documentElement.lang).toBe('en');
  });
});
