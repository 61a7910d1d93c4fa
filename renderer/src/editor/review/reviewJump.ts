/**
 * "Next unreviewed suggestion" (N) crosses articles: the open article's editor answers first (the
 * next pending join after its review cursor); when it has none left, the shell opens the next
 * article that has one and asks its editor, through `requestReviewOn`, to start review there.
 * Module state rather than React state: the request must outlive the old editor and reach the new one.
 */
let inArticle: (() => boolean) | null = null;
let reviewRequest: string | null = null;

/** The open editor's jump: moves review to its next pending join; false when it has none left. */
export function registerInArticleJump(jump: () => boolean): () => void {
  inArticle = jump;
  return () => {
    if (inArticle === jump) inArticle = null;
  };
}

export function jumpInArticle(): boolean {
  return inArticle?.() ?? false;
}

/** The editor of `articleId`, when it opens next, starts review at its first pending join. */
export function requestReviewOn(articleId: string): void {
  reviewRequest = articleId;
}

/** True once for the article review was requested on. */
export function takeReviewRequest(articleId: string): boolean {
  if (reviewRequest !== articleId) return false;
  reviewRequest = null;
  return true;
}
