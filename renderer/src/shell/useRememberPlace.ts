import { useEffect, useRef } from 'react';
import type { IssueSummary, Settings } from '../../../preload/api';
import type { Route } from '../route/parseRoute';
import type { RouteState } from '../route/useRoute';

/**
 * Returns to the last place on start (when the URL hash names none) and keeps `lastIssueId` /
 * `lastArticleId` in settings as the editor moves, so reopening the app lands where they left.
 */
export function useRememberPlace(
  route: RouteState,
  settings: Settings,
  issues: IssueSummary[],
  save: (patch: Partial<Settings>) => Promise<void>,
): void {
  const restored = useRef(false);
  // While the restoring navigation has not reached the route yet, the route still shows "no place":
  // saving that would wipe the remembered place (and a window closed then would forget it).
  const restoring = useRef<Route | null>(null);
  useEffect(() => {
    if (restored.current) return;
    restored.current = true;
    const last = settings.lastIssueId;
    if (!route.issueId && last && issues.some((issue) => issue.id === last)) {
      restoring.current = { issueId: last, articleId: settings.lastArticleId };
      route.navigate({ issueId: last, articleId: settings.lastArticleId }, { replace: true });
    }
  }, [route, settings, issues]);

  const { issueId, articleId } = route;
  useEffect(() => {
    if (!restored.current) return;
    const target = restoring.current;
    if (target) {
      if (issueId !== target.issueId) return;
      restoring.current = null;
    }
    if (issueId === settings.lastIssueId && articleId === settings.lastArticleId) return;
    void save({ lastIssueId: issueId, lastArticleId: articleId });
  }, [issueId, articleId, settings.lastIssueId, settings.lastArticleId, save]);
}
