import { ISSUE_SCHEMA, type StoredArticle } from '../../../preload/api';
import type { ExportArticle, ExportDocument } from './ExportDocument';

/**
 * The data format: the `copydesk.issue/1` contract (docs/segment-json.md) built from the current
 * stored state, plus ids, tags, status and language per article. Unlike the clean copies it keeps
 * every block, furniture included, because it is meant to be read back by programs, which can drop
 * furniture themselves but could never get it back. Repairs name their block by index, as the
 * contract does, with offsets moved along with any clean-up.
 */
export function formatJson(document: ExportDocument): string {
  const value = {
    schema: ISSUE_SCHEMA,
    source: document.issue.source,
    issue: { id: document.issue.id, title: document.issue.title, importedAt: document.issue.importedAt },
    preamble: document.per === 'issue' ? document.preamble.map(({ kind, text }) => ({ kind, text })) : [],
    articles: document.articles.map(articleJson),
  };
  return `${JSON.stringify(value, null, 2)}\n`;
}

function articleJson({ article, order, language }: ExportArticle) {
  return {
    id: article.id,
    order,
    language,
    kicker: article.kicker,
    headline: article.headline,
    subheadlines: article.subheadlines,
    byline: article.byline,
    authors: article.authors,
    blocks: article.blocks.map(({ kind, text }) => ({ kind, text })),
    repairs: repairsJson(article),
    tags: article.tags,
    status: article.status,
  };
}

function repairsJson(article: StoredArticle) {
  return article.repairs.flatMap((repair) => {
    const blockIndex = article.blocks.findIndex((block) => block.id === repair.blockId);
    return blockIndex < 0
      ? []
      : [{ blockIndex, offset: repair.offset, reason: repair.reason, state: repair.state }];
  });
}
