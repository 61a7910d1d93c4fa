import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import type { StoredArticle } from '../../../../preload/api';
import { ArticleRow } from '../../../../renderer/src/issue/ArticleRow';
import { renderWithI18n } from '../renderWithI18n';

afterEach(cleanup);

const article: StoredArticle = {
  id: 'a7',
  kicker: null,
  headline: null,
  subheadlines: [],
  byline: '本报讯(记者 张嘉辉)',
  authors: ['张嘉辉'],
  blocks: [],
  repairs: [
    { id: 'r1', blockId: 'b1', offset: 3, reason: 'x', state: 'pending' },
    { id: 'r2', blockId: 'b1', offset: 9, reason: 'x', state: 'accepted' },
  ],
  tags: ['文化'],
  status: 'edited',
};

describe('ArticleRow', () => {
  it.each([
    ['en', '(no headline)', 'edited', 'culture'],
    ['zh', '（无标题）', '已编辑', '文化'],
  ] as const)(
    'in %s shows the missing headline, pending repairs, status and tag labels',
    (language, none, status, tag) => {
      renderWithI18n(
        <ArticleRow
          article={article}
          order={7}
          current={false}
          selected={false}
          label={(t) => (language === 'en' && t === '文化' ? 'culture' : t)}
          onClick={() => undefined}
        />,
        language,
      );
      const row = screen.getByTestId('article-row');
      expect(row.textContent).toContain(none);
      expect(screen.getByTestId('repair-flag').textContent).toBe('⚑1');
      expect(screen.getByTestId('status-badge').textContent).toBe(status);
      expect(screen.getByTestId('tag-chip').textContent).toBe(tag);
    },
  );

  it('reports Ctrl/Cmd-click as toggle and Shift-click as range', () => {
    const clicks: unknown[] = [];
    renderWithI18n(
      <ArticleRow
        article={article}
        order={1}
        current
        selected
        label={(t) => t}
        onClick={(...args) => clicks.push(args)}
      />,
    );
    fireEvent.click(screen.getByTestId('article-row'), { ctrlKey: true });
    fireEvent.click(screen.getByTestId('article-row'), { shiftKey: true });
    expect(clicks).toEqual([
      ['a7', { toggle: true, range: false }],
      ['a7', { toggle: false, range: true }],
    ]);
  });
});
