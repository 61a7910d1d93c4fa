import type { Notice } from './useArticleActions';

/**
 * A notice for the editor of another article, shown when it opens: after a merge the article shown
 * is the one merged into, and its editor says what became of the other article's titles.
 */
let handed: { articleId: string; notice: Notice } | null = null;

export function handOffNotice(articleId: string, notice: Notice): void {
  handed = { articleId, notice };
}

/** The notice handed to `articleId`, once. */
export function takeHandedNotice(articleId: string): Notice | null {
  if (handed?.articleId !== articleId) return null;
  const { notice } = handed;
  handed = null;
  return notice;
}
