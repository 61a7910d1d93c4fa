import { basename, extname } from 'node:path';
import type { SegmentedIssue, StoredArticle, StoredBlock } from '../../preload/api';
import type { IssueDoc } from './IssueDoc';
import { STORE_SCHEMA_VERSION } from './IssueDoc';
import { idCounter, type NewId } from './edits/EditContext';
import { articleFromOriginal } from './edits/articleFromOriginal';

/** The issue id: the first 12 hex digits of the file's sha256, so the same bytes always map to one issue. */
export function issueIdFor(sha256: string): string {
  return sha256.slice(0, 12).toLowerCase();
}

/**
 * A new issue document for a freshly segmented issue. The segmented issue is kept untouched as
 * `original` (deep-copied, so later edits can never reach it). `owned`: the caller made `issue`
 * for this document alone and keeps no reference to it (a file import straight from the
 * segmenter), so it is kept as is; the copy costs ~2 ms per 100 KB file. Articles never share
 * arrays with it either way (articleFromOriginal copies them).
 */
export function buildIssueDoc(
  issue: SegmentedIssue,
  warnings: string[],
  importedAt = new Date(),
  owned = false,
): IssueDoc {
  const original = owned ? issue : structuredClone(issue);
  const parts = newIssueParts(issue, warnings, importedAt);
  const articles = [...parts.articles];
  const originIndex: Record<string, number> = {};
  parts.articleNumbers.forEach((n, index) => (originIndex[articleId(n)] = index));
  return { ...parts.head, articles, original, originIndex, ...parts.rest() };
}

/** A new issue document in the order it is numbered: see newIssueParts. */
export interface NewIssueParts {
  /** The head fields and the preamble (numbered first). */
  head: ReturnType<typeof newIssueHead> & { preamble: StoredBlock[] };
  /** The stored articles, each numbered (its id, its blocks, its repairs) as it is made; read once. */
  articles: Generator<StoredArticle>;
  /**
   * The numbers of the articles' ids in order (article `n` has id articleId(n), and its index in
   * `originIndex`), complete once `articles` has been read. Numbers, not the id strings: a 200 MB
   * issue has 191,000 articles, and their ids were some 6 MB kept while its file was written.
   */
  articleNumbers: readonly number[];
  /** The fields after `originIndex`; complete once `articles` has been read to its end. */
  rest(): Pick<IssueDoc, 'nextId' | 'history'>;
}

/**
 * The one numbering of a new document (the preamble's blocks, then each article in order), for
 * buildIssueDoc, which collects the articles, and for importedIssueJson, which writes each stored
 * article as it is made and lets it go (peak memory of a large import): same ids either way.
 */
export function newIssueParts(issue: SegmentedIssue, warnings: string[], importedAt: Date): NewIssueParts {
  const newId = idCounter(1);
  const head = { ...newIssueHead(issue, warnings, importedAt), preamble: storedPreamble(issue, newId) };
  const articleNumbers: number[] = [];
  function* articles(): Generator<StoredArticle> {
    for (const article of issue.articles) {
      articleNumbers.push(newId.value);
      yield articleFromOriginal(article, newId('a'), newId);
    }
  }
  const rest = () => ({ nextId: newId.value, history: { undo: [], redo: [] } });
  return { head, articles: articles(), articleNumbers, rest };
}

/** The id newId('a') gives when its counter is at `n`. */
export function articleId(n: number): string {
  return `a${n}`;
}

/** The fields a new issue document starts with, in its key order (the preamble comes next). */
export function newIssueHead(issue: SegmentedIssue, warnings: string[], importedAt: Date) {
  return {
    storeSchemaVersion: STORE_SCHEMA_VERSION,
    schema: issue.schema,
    id: issueIdFor(issue.source.sha256),
    title: issueTitle(issue),
    importedAt: importedAt.toISOString(),
    revision: 0,
    source: { ...issue.source },
    warnings: [...warnings],
  };
}

/** The preamble's blocks with their ids (numbered before any article: see newIssueParts). */
function storedPreamble(issue: SegmentedIssue, newId: NewId): StoredBlock[] {
  return issue.preamble.map((block) => ({ id: newId('b'), kind: block.kind, text: block.text }));
}

const MONTHS =
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
/** A printed date: 2026年1月5日, 2026-01-05, 2026/1/5, January 5, 2026, 5 January 2026. */
const DATE = new RegExp(
  `\\d{4}\\s*年\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日)?|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\b(?:${MONTHS})\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\b\\d{1,2}\\s+(?:${MONTHS})\\.?,?\\s+\\d{4}`,
  'i',
);
/** A paper's name or edition line: 北京日报, 第3版, THE EVENING STAR, Daily News. */
const MASTHEAD =
  /(?:日报|晚报|早报|时报|商报|周报|报社|第\s*[0-9一二三四五六七八九十]+\s*版|\b(?:daily|times|herald|gazette|star|tribune|post|news|journal|chronicle|evening|morning edition)\b)/i;
/** Lines that end like a sentence are the story, not the masthead. */
const SENTENCE_END = /[。！？!?]$|[，,；;]$/;

/**
 * A short name for the library list: the first masthead or date line the file shows at its top
 * (it names the paper, date and page), else the file name without its extension; never the first
 * line of a story, however short.
 */
export function issueTitle(issue: SegmentedIssue): string {
  const top = issue.preamble.slice(0, 4).map((block) => block.text.trim().replace(/\s+/g, ' '));
  const dated = top.find((line) => line.length <= 60 && DATE.test(line) && !SENTENCE_END.test(line));
  const named = top.find((line) => line.length <= 60 && MASTHEAD.test(line) && !SENTENCE_END.test(line));
  const masthead = dated ?? named;
  if (masthead) return masthead;
  const name = basename(issue.source.path);
  return name.slice(0, name.length - extname(name).length) || name;
}
