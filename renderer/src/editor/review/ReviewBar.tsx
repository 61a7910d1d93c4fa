import { useTranslation } from 'react-i18next';
import type { StoredArticle } from '../../../../preload/api';
import type { ReviewState } from './useReview';
import { stopContext } from './stopContext';
import { ruleText } from './ruleText';

export interface ReviewBarProps {
  article: StoredArticle;
  review: ReviewState;
}

/** What the current stop is and which rule made it, with the text on both sides. */
function StopDescription({ article, review }: ReviewBarProps): React.JSX.Element | null {
  const { t } = useTranslation('editor');
  const stop = review.current;
  if (!stop) return null;
  const { before, after } = stopContext(article, stop);
  const isBreak = stop.kind === 'break';
  const what = isBreak
    ? t('review.suspicious')
    : t(stop.repair.state === 'accepted' ? 'review.repairAccepted' : 'review.repairPending');
  const rule = isBreak ? t('review.suspiciousRule') : ruleText(stop.repair.reason, t);
  return (
    <div className="review-bar__stop">
      <span className="review-bar__what">{what}</span>
      <span className="review-bar__rule" data-testid="review-reason">
        {rule}
      </span>
      <span className="review-bar__context" lang="zh">
        …{before}
        <span className={`review-bar__join review-bar__join--${stop.kind}`} aria-hidden="true" />
        {after}…
      </span>
    </div>
  );
}

/** The review bar: counter, the stop and its rule, one button per key. */
export function ReviewBar({ article, review }: ReviewBarProps): React.JSX.Element {
  const { t } = useTranslation('editor');
  const total = review.stops.length;
  const isBreak = review.current?.kind === 'break';
  const status = total === 0 ? t('review.nothing') : review.current ? null : t('review.done', { total });
  return (
    <section
      className="review-bar"
      data-testid="review-bar"
      aria-label={t('review.label')}
      aria-live="polite"
    >
      <span className="review-bar__counter" data-testid="review-counter">
        {t('review.counter', { place: review.place > 0 ? review.place : '–', total })}
      </span>
      {status ? (
        <span className="review-bar__status">{status}</span>
      ) : (
        <StopDescription article={article} review={review} />
      )}
      <span className="review-bar__buttons">
        <button type="button" onClick={review.previous} disabled={total === 0}>
          ← {t('review.previous')}
        </button>
        <button
          type="button"
          data-testid="review-accept"
          onClick={() => void review.accept()}
          disabled={!review.current}
        >
          {isBreak ? t('review.join') : t('review.accept')} ↵
        </button>
        <button
          type="button"
          data-testid="review-undo"
          onClick={() => void review.undo()}
          disabled={!review.current}
        >
          {isBreak ? t('review.leave') : t('review.undo')} ⌫
        </button>
        <button type="button" onClick={review.next} disabled={!review.current}>
          {t('review.next')} →
        </button>
        <button type="button" onClick={review.leave}>
          {t('review.exit')}
        </button>
      </span>
      <span className="review-bar__hints">{isBreak ? t('review.hintsBreak') : t('review.hints')}</span>
    </section>
  );
}
