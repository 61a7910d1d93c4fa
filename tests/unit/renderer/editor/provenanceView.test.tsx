import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import type { StoredArticle } from '../../../../preload/api';
import { TitleFields } from '../../../../renderer/src/editor/titles/TitleFields';
import { ArticleRow } from '../../../../renderer/src/issue/ArticleRow';
import rulesEn from '../../../../renderer/src/i18n/rules.en';
import rulesZh from '../../../../renderer/src/i18n/rules.zh';
import { renderWithI18n } from '../renderWithI18n';
import { makeArticle } from './articleFixture';

afterEach(cleanup);

const withProvenance = (): StoredArticle => ({
  ...makeArticle(['正文。']),
  kicker: '杨庄街道',
  provenance: {
    start: { rule: 'article.leadBelow', evidence: 'width 18, next line lead' },
    titles: { rule: 'title.kickerFirst', evidence: '2 title line(s)' },
  },
});

describe('why the segmenter started and titled an article', () => {
  it.each([
    ['zh', rulesZh],
    ['en', rulesEn],
  ] as const)('in %s, the titles describe their rules in words, for focus and hover', (language, rules) => {
    renderWithI18n(<TitleFields article={withProvenance()} onChange={() => {}} />, language);
    const why = screen.getByTestId('titles-why');
    expect(why.textContent).toContain(rules.article.leadBelow);
    expect(why.textContent).toContain(rules.title.kickerFirst);
    expect(why.textContent).not.toContain('article.leadBelow');
    expect(screen.getByTestId('headline-input').getAttribute('aria-describedby')).toBe(why.id);
  });

  it('shows nothing for an article the editor made (no provenance)', () => {
    renderWithI18n(<TitleFields article={makeArticle(['正文。'])} onChange={() => {}} />, 'zh');
    expect(screen.queryByTestId('titles-why')).toBeNull();
  });

  it('names the start rule on the article list row', () => {
    renderWithI18n(
      <ArticleRow
        article={withProvenance()}
        order={1}
        current={false}
        selected={false}
        label={(t) => t}
        onClick={() => {}}
      />,
      'zh',
    );
    expect(screen.getByTestId('article-start-why').getAttribute('title')).toContain(
      rulesZh.article.leadBelow,
    );
  });
});
