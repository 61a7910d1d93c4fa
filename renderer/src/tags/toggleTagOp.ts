import type { EditOp, StoredArticle } from '../../../preload/api';

/** Number keys toggle: remove the tag when every target has it, else add it to all of them. */
export function toggleTagOp(tag: string, targets: readonly StoredArticle[]): EditOp | null {
  if (targets.length === 0) return null;
  const allHave = targets.every((article) => article.tags.includes(tag));
  const articleIds = targets.map((article) => article.id);
  return allHave
    ? { type: 'tagArticles', articleIds, add: [], remove: [tag] }
    : { type: 'tagArticles', articleIds, add: [tag], remove: [] };
}
