import { languageTag } from '../cleanup/detectLanguage';
import { articleBodyHtml } from './articleBodyHtml';
import { cleanCopy, displayTitle } from './cleanCopy';
import { escapeHtml } from './escapeHtml';
import type { ExportArticle, ExportDocument } from './ExportDocument';
import { HTML_STYLES } from './htmlStyles';

/**
 * One standalone HTML page (no external files), `lang` set on the page from its first article and
 * on each article from its own text, so a mixed issue still gets the right fonts and hyphenation.
 */
export function formatHtml(document: ExportDocument): string {
  const perIssue = document.per === 'issue';
  const first = document.articles[0];
  const lang = languageTag(first?.language ?? 'zh');
  const title = perIssue || !first ? document.issue.title : displayTitle(first.article);
  const top = perIssue ? 2 : 1;
  const body = [
    perIssue ? `<h1 class="issue-title">${escapeHtml(document.issue.title)}</h1>` : '',
    ...document.articles.map((article) => articleHtml(article, top)),
  ].filter(Boolean);
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Copydesk">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>\n${HTML_STYLES}\n</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function articleHtml({ article, language }: ExportArticle, level: number): string {
  const copy = cleanCopy(article);
  const header = [
    copy.kicker ? `<p class="kicker">${escapeHtml(copy.kicker)}</p>` : '',
    copy.headline ? `<h${level}>${escapeHtml(copy.headline)}</h${level}>` : '',
    ...copy.subheadlines.map((deck) => `<p class="deck">${escapeHtml(deck)}</p>`),
    copy.byline ? `<p class="byline">${escapeHtml(copy.byline)}</p>` : '',
  ].filter(Boolean);
  return [
    `<article lang="${languageTag(language)}">`,
    header.length ? `<header>\n${header.join('\n')}\n</header>` : '',
    articleBodyHtml(copy.blocks, level + 1),
    '</article>',
  ]
    .filter(Boolean)
    .join('\n');
}
