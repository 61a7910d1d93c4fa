import { useCallback, useEffect, useMemo, useState } from 'react';
import { formatRoute, parseRoute, type Route } from './parseRoute';

export interface RouteState extends Route {
  /** Goes to a route; `replace` keeps J/K stepping out of the back history. */
  navigate(route: Route, options?: { replace?: boolean }): void;
}

/** The route in the URL hash, so a reload (or the back button) returns to the same place. */
export function useRoute(): RouteState {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));

  useEffect(() => {
    const onHashChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  const navigate = useCallback((next: Route, options?: { replace?: boolean }) => {
    const hash = formatRoute(next);
    if (hash !== window.location.hash) {
      if (options?.replace) window.history.replaceState(null, '', hash);
      else window.history.pushState(null, '', hash);
    }
    setRoute(next);
  }, []);

  // One object per route change, so callbacks built on it stay stable between renders.
  return useMemo(() => ({ ...route, navigate }), [route, navigate]);
}
