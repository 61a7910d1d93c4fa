import { useTranslation } from 'react-i18next';
import type { FindHit } from './findHits';

/** How many hits the list draws; the count above still tells the whole number. */
const SHOWN = 200;

export interface FindHitListProps {
  hits: readonly FindHit[];
  current: number;
  canReplace: boolean;
  onJump: (hit: FindHit, index: number) => void;
  onReplace: (hit: FindHit) => void;
}

/** The hits across the issue, each naming its article and field, the match marked. */
export function FindHitList({
  hits,
  current,
  canReplace,
  onJump,
  onReplace,
}: FindHitListProps): React.JSX.Element | null {
  const { t } = useTranslation('editor');
  if (hits.length === 0) return null;
  return (
    <ol className="find__hits" data-testid="find-hits">
      {hits.slice(0, SHOWN).map((hit, index) => (
        <li
          key={hit.key}
          className={index === current ? 'is-current' : undefined}
          data-testid="find-hit"
          data-article-id={hit.articleId}
        >
          <button type="button" className="find__hit" onClick={() => onJump(hit, index)}>
            <span className="find__where">
              {hit.articleNumber} {hit.articleTitle ?? t('untitled')} · {t(`find.field.${hit.field}`)}
            </span>
            <span className="find__snippet" lang="zh">
              {hit.before}
              <mark>{hit.match}</mark>
              {hit.after}
            </span>
          </button>
          {canReplace ? (
            <button
              type="button"
              className="find__replace-one"
              data-testid="replace-one"
              onClick={() => onReplace(hit)}
            >
              {t('find.replaceOne')}
            </button>
          ) : null}
        </li>
      ))}
      {hits.length > SHOWN ? (
        <li className="find__more">{t('find.more', { count: hits.length - SHOWN })}</li>
      ) : null}
    </ol>
  );
}
