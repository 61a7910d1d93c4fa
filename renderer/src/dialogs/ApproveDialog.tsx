import { useTranslation } from 'react-i18next';
import type { StoredArticle } from '../../../preload/api';
import { pendingRepairs } from '../issue/filterArticles';
import { Modal } from './Modal';

export interface ApproveDialogProps {
  targets: StoredArticle[];
  onApprove(): void;
  onClose(): void;
}

/**
 * Asked when the editor approves articles with suggestions still pending: approval means
 * "reviewed", so the count is named before anything is signed off.
 */
export function ApproveDialog({ targets, onApprove, onClose }: ApproveDialogProps) {
  const { t } = useTranslation();
  const waiting = targets.filter((article) => pendingRepairs(article) > 0);
  const count = waiting.reduce((sum, article) => sum + pendingRepairs(article), 0);
  return (
    <Modal label={t('approval.title')} className="approve-dialog" testId="approve-dialog" onClose={onClose}>
      <h2>{t('approval.title')}</h2>
      <p data-testid="approve-pending" data-count={count}>
        {t('approval.pending', { count, articles: waiting.length })}
      </p>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('approval.cancel')}
        </button>
        <button type="button" data-testid="approve-anyway" onClick={onApprove}>
          {t('approval.anyway')}
        </button>
      </div>
    </Modal>
  );
}
