import type { TagVocabulary } from '../../../preload/api';
import { languageTag } from '../cleanup/detectLanguage';
import { articleBodyHtml } from './articleBodyHtml';
import { cleanCopy } from './cleanCopy';
import type { ExportArticle, ExportDocument } from './ExportDocument';

export interface NinjsOptions {
  /** Tag vocabulary: a tag that is a vocabulary term gets its name in the article's language and its IPTC URI. */
  vocabulary?: TagVocabulary;
  /** The export time, for `versioncreated` (ISO 8601). */
  now: string;
}

const SCHEMA_URI = 'http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json#';

/**
 * IPTC ninjs 2.1 (News in JSON), so a newsroom CMS can take the articles. A file per article holds
 * one news item; a file per issue holds a JSON array of them, each valid on its own.
 */
export function formatNinjs(document: ExportDocument, options: NinjsOptions): string {
  const items = document.articles.map((article) => ninjsItem(article, options));
  return `${JSON.stringify(document.per === 'issue' ? items : (items[0] ?? {}), null, 2)}\n`;
}

/** One article as a ninjs news item. */
export function ninjsItem(exported: ExportArticle, options: NinjsOptions): Record<string, unknown> {
  const { article, issue } = exported;
  const copy = cleanCopy(article);
  const plain = copy.blocks.map((block) => block.text.trim()).join('\n\n');
  const headlines = [
    ...(copy.headline ? [{ role: 'main', value: copy.headline }] : []),
    ...copy.subheadlines.map((value) => ({ role: 'sub', value })),
    ...(copy.kicker ? [{ role: 'kicker', value: copy.kicker }] : []),
  ];
  return {
    uri: `urn:copydesk:${encodeURIComponent(issue.id)}:${encodeURIComponent(article.id)}`,
    standard: { name: 'ninjs', version: '2.1', schema: SCHEMA_URI },
    type: 'text',
    profile: 'copydesk-article',
    language: languageTag(exported.language),
    firstcreated: issue.importedAt,
    versioncreated: options.now,
    // Only approved copy is marked usable; a CMS decides itself what to do with the rest.
    ...(article.status === 'approved' ? { pubstatus: 'usable' } : {}),
    ...(headlines.length ? { headlines } : {}),
    ...(article.byline ? { by: article.byline } : {}),
    ...(article.authors.length ? { people: article.authors.map((name) => ({ name, rel: 'author' })) } : {}),
    bodies: [
      {
        role: 'main',
        contenttype: 'text/html',
        value: articleBodyHtml(copy.blocks, 2),
        charcount: [...plain].length,
      },
      { role: 'main', contenttype: 'text/plain', value: plain },
    ],
    ...(article.tags.length
      ? { subjects: article.tags.map((tag) => subject(tag, exported, options.vocabulary)) }
      : {}),
    slugline: `${issue.title} #${exported.order}`,
  };
}

function subject(tag: string, exported: ExportArticle, vocabulary: TagVocabulary | undefined) {
  const term = vocabulary?.terms.find((t) => t.id === tag || t.zh === tag || t.en === tag);
  if (!term) return { name: tag, literal: tag };
  const name = exported.language === 'zh' ? term.zh : term.en;
  return { name, literal: term.id, ...(term.uri ? { uri: term.uri } : {}) };
}
