import { useTranslation } from 'react-i18next';
import type { EditOp, IssueView, StoredArticle, TitleRole } from '../../../preload/api';
import { handOffNotice } from './noticeHandOff';

export interface Notice {
  tone: 'error' | 'hint';
  text: string;
}

/** A role any title or body block can be given: the three titles, a crosshead, body text. */
export type TextRole = TitleRole | 'subhead' | 'paragraph';

/** The title field that last held the caret: which title, and which deck line. */
export interface ActiveTitle {
  role: TitleRole;
  index: number;
}

export interface ArticleActions {
  promote: () => void;
  splitArticle: () => void;
  mergeArticle: () => void;
  /** Gives the block or title that last held the caret another role. */
  setRole: (role: TextRole) => void;
}

interface Context {
  issue: IssueView;
  article: StoredArticle;
  title: string;
  activeBlockId: string | null;
  activeTitle: ActiveTitle | null;
  run: (op: EditOp) => Promise<boolean>;
  setNotice: (notice: Notice | null) => void;
  onOpenArticle?: (articleId: string) => void;
}

/** The op that gives a title another role, or null when it already has it. */
function titleRoleOp(articleId: string, active: ActiveTitle, role: TextRole): EditOp | null {
  if (role === active.role) return null;
  return { type: 'setTitleRole', articleId, from: active.role, index: active.index, to: role };
}

/** The op that gives a body block another role (a title, a crosshead, body text). */
function blockRoleOp(articleId: string, blockId: string, role: TextRole): EditOp {
  if (role === 'subhead' || role === 'paragraph')
    return { type: 'setBlockKind', articleId, blockId, kind: role };
  return { type: 'promoteBlock', articleId, blockId, role };
}

/**
 * H, S and M and the title-role commands: act on the block or title that last held the caret.
 * When the action makes no sense here, say why in place instead of failing silently.
 */
export function useArticleActions(context: Context): ArticleActions {
  const { issue, article, title, activeBlockId, activeTitle, run, setNotice, onOpenArticle } = context;
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
      const titles = [article.kicker, article.headline, ...article.subheadlines].filter(Boolean);
      void run({ type: 'mergeArticle', articleId }).then((ok) => {
        if (!ok) return;
        // This article no longer exists on its own: show the one it went into, saying where its titles went.
        const into = previous.headline ?? t('untitled');
        const text =
          titles.length > 0
            ? t('notices.mergedTitles', { titles: titles.join(' / '), into })
            : t('notices.merged', { into });
        handOffNotice(previous.id, { tone: 'hint', text });
        onOpenArticle?.(previous.id);
      });
    },
    setRole: (role) => {
      const op = activeTitle
        ? titleRoleOp(articleId, activeTitle, role)
        : active
          ? blockRoleOp(articleId, active.id, role)
          : null;
      if (!activeTitle && !active) return hint(t('notices.noBlockOrTitle'));
      if (op) void run(op);
    },
  };
}
