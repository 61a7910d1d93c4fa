import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { Banners, type BannersProps } from '../../../../renderer/src/banners/Banners';
import { renderWithI18n } from '../renderWithI18n';

afterEach(cleanup);

const props = (patch: Partial<BannersProps>): BannersProps => ({
  failed: null,
  articleTitle: (id) => (id === 'a1' ? '马驹桥镇工业总产值破千亿元' : undefined),
  notices: [],
  removed: null,
  onRetry: () => undefined,
  onDismissFailure: () => undefined,
  onDismissNotice: () => undefined,
  onUndoRemove: () => undefined,
  onDismissRemoved: () => undefined,
  ...patch,
});

describe('Banners', () => {
  it('says which article a failed save concerned, with the reason, and offers Retry', () => {
    const calls: string[] = [];
    renderWithI18n(
      <Banners
        {...props({
          failed: {
            op: { type: 'setStatus', articleIds: ['a1'], status: 'approved' },
            error: { code: 'save-failed', message: 'The disk is full.', articleId: 'a1' },
          },
          onRetry: () => calls.push('retry'),
        })}
      />,
    );
    const banner = screen.getByTestId('save-failed-banner');
    expect(banner.textContent).toContain('The disk is full.');
    expect(banner.textContent).toContain('马驹桥镇工业总产值破千亿元');
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(calls).toEqual(['retry']);
  });

  it('shows a notice from main naming its file until dismissed', () => {
    const dismissed: number[] = [];
    renderWithI18n(
      <Banners
        {...props({
          notices: [{ key: 3, level: 'warning', message: '库文件已损坏，已另存。', file: 'issues/abc.json' }],
          onDismissNotice: (key) => dismissed.push(key),
        })}
      />,
      'zh',
    );
    expect(screen.getByTestId('notice-banner').textContent).toContain('issues/abc.json');
    fireEvent.click(screen.getByRole('button', { name: '关闭' }));
    expect(dismissed).toEqual([3]);
  });
});
