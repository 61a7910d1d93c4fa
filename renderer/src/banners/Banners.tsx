import { useTranslation } from 'react-i18next';
import type { FailedEdit } from '../hooks/useIssue';
import type { NoticeEntry } from '../hooks/useNotices';
import type { RemovedIssue } from '../hooks/useLibrary';
import { describeError } from '../api/describeError';

export interface BannersProps {
  failed: FailedEdit | null;
  /** Names the article an edit concerned, for the banner's sentence. */
  articleTitle(articleId: string | undefined): string | undefined;
  notices: NoticeEntry[];
  removed: RemovedIssue | null;
  onRetry(): void;
  onDismissFailure(): void;
  onDismissNotice(key: number): void;
  onUndoRemove(): void;
  onDismissRemoved(): void;
}

/** Banners across the top: a save that failed (with Retry), notices from main, undo of a removal. */
export function Banners(props: BannersProps) {
  const { t } = useTranslation();
  const { failed } = props;
  const failedArticle =
    failed && typeof failed.op === 'object' && 'articleId' in failed.op ? failed.op.articleId : undefined;
  const what = failed ? (typeof failed.op === 'string' ? t(`keys.${failed.op}`) : failed.op.type) : '';
  return (
    <div className="banners">
      {failed && (
        <div className="banner is-error" role="alert" data-testid="save-failed-banner">
          <span>
            {t('errors.saveFailed', {
              what: props.articleTitle(failedArticle)
                ? `${what} · ${props.articleTitle(failedArticle)}`
                : what,
              message: describeError(t, failed.error, props.articleTitle(failed.error.articleId)),
            })}
          </span>
          <button type="button" onClick={props.onRetry}>
            {t('errors.retry')}
          </button>
          <button type="button" className="link-button" onClick={props.onDismissFailure}>
            {t('errors.dismiss')}
          </button>
        </div>
      )}
      {props.notices.map((notice) => (
        <div
          key={notice.key}
          className={`banner is-${notice.level}`}
          role="status"
          data-testid="notice-banner"
        >
          <span>
            {notice.file
              ? t('errors.inFile', { message: notice.message, file: notice.file })
              : notice.message}
          </span>
          <button type="button" className="link-button" onClick={() => props.onDismissNotice(notice.key)}>
            {t('notice.dismiss')}
          </button>
        </div>
      ))}
      {props.removed && (
        <div className="banner is-info" role="status" data-testid="removed-banner">
          <span>{t('library.removed', { title: props.removed.title })}</span>
          <button type="button" onClick={props.onUndoRemove}>
            {t('library.undoRemove')}
          </button>
          <button type="button" className="link-button" onClick={props.onDismissRemoved}>
            {t('errors.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
