/** Where the desk is: the open issue and article, as kept in the URL hash. */
export interface Route {
  issueId: string | null;
  articleId: string | null;
}

/** Reads `#/issue/<id>/article/<id>` (either part may be missing); anything else is the library. */
export function parseRoute(hash: string): Route {
  const match = /^#?\/issue\/([^/]+)(?:\/article\/([^/]+))?\/?$/.exec(hash);
  if (!match?.[1]) return { issueId: null, articleId: null };
  return { issueId: decodeURIComponent(match[1]), articleId: match[2] ? decodeURIComponent(match[2]) : null };
}

/** The hash for a route; the inverse of parseRoute. */
export function formatRoute(route: Route): string {
  if (!route.issueId) return '#/';
  const issue = `#/issue/${encodeURIComponent(route.issueId)}`;
  return route.articleId ? `${issue}/article/${encodeURIComponent(route.articleId)}` : issue;
}
