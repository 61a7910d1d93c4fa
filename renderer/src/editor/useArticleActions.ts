import { useTranslation } from 'react-i18next';
import type { EditOp, IssueView, StoredArticle } from '../../../preload/api';

export interface Notice {
  tone: 'error' | 'hint';
  text: string;
}

export interface ArticleActions {
  promote: () => void;
  splitArticle: () => void;
  mergeArticle: () => void;
}

interface Context {
  issue: IssueView;
  article: StoredArticle;
  title: string;
  activeBlockId: string | null;
  run: (op: EditOp) => Promise<boolean>;
  setNotice: (notice: Notice | null) => void;
  onOpenArticle?: (articleId: string) => void;
}

/**
 * H, S and M: act on the block that last held the caret (or the focused block). When the action
 * makes no sense here, say why in place instead of failing silently.
 */
export function useArticleActions(context: Context): ArticleActions {
  const { issue, article, title, activeBlockId, run, setNotice, onOpenArticle } = context;
  const { t } = useTranslation('editor');
  const articleId = article.id;
  const active = article.blocks.find((block) => block.id === activeBlockId) ?? null;
  const hint = (text: string): void => setNotice({ tone: 'hint', text });

  return {
    promote: () => {
      if (!active) return hint(t('notices.noBlock'));
      void run({ type: 'promoteBlock', articleId, blockId: active.id, role: 'headline' });
    },
    splitArticle: () => {
      if (!active) return hint(t('notices.noBlock'));
      if (article.blocks[0]?.id === active.id) return hint(t('notices.firstBlock', { title }));
      void run({ type: 'splitArticle', articleId, blockId: active.id });
    },
    mergeArticle: () => {
      const index = issue.articles.findIndex((candidate) => candidate.id === articleId);
      const previous = index > 0 ? issue.articles[index - 1] : undefined;
      if (!previous) return hint(t('notices.firstArticle', { title }));
      void run({ type: 'mergeArticle', articleId }).then((ok) => {
        // This article no longer exists on its own: show the one it went into.
        if (ok) onOpenArticle?.(previous.id);
      });
    },
  };
}
