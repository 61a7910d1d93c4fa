import { z } from 'zod';
import { ARTICLE_STATUSES, BLOCK_KINDS, ISSUE_SCHEMA } from '../../preload/api';

/** Zod shapes of the stored issue file, checked on every read so a damaged file is caught, not used. */
const blockKind = z.enum(BLOCK_KINDS as [string, ...string[]]);
const block = z.object({ kind: blockKind, text: z.string() });
const storedBlock = z.object({ id: z.string(), kind: blockKind, text: z.string() });

/** A segmenter decision: rule code and evidence (optional fields: issues stored before them lack them). */
const decision = z.object({ rule: z.string(), evidence: z.string() });

const segmentedArticle = z.object({
  kicker: z.string().nullable(),
  headline: z.string().nullable(),
  subheadlines: z.array(z.string()),
  byline: z.string().nullable(),
  authors: z.array(z.string()),
  blocks: z.array(block),
  repairs: z.array(
    z.object({
      blockIndex: z.number(),
      offset: z.number(),
      reason: z.string(),
      evidence: z.string().optional(),
    }),
  ),
  provenance: z
    .object({ start: decision, titles: decision.nullable(), blocks: z.array(z.string()) })
    .optional(),
});

export const storedArticleSchema = z.object({
  id: z.string(),
  kicker: z.string().nullable(),
  headline: z.string().nullable(),
  subheadlines: z.array(z.string()),
  byline: z.string().nullable(),
  authors: z.array(z.string()),
  blocks: z.array(storedBlock),
  repairs: z.array(
    z.object({
      id: z.string(),
      blockId: z.string(),
      offset: z.number(),
      reason: z.string(),
      evidence: z.string().optional(),
      state: z.enum(['pending', 'accepted']),
    }),
  ),
  tags: z.array(z.string()),
  status: z.enum(ARTICLE_STATUSES as [string, ...string[]]),
  provenance: z.object({ start: decision, titles: decision.nullable() }).optional(),
});

const source = z.object({ path: z.string(), sha256: z.string(), bytes: z.number(), encoding: z.string() });

export const segmentedIssueSchema = z.object({
  schema: z.literal(ISSUE_SCHEMA),
  source,
  preamble: z.array(block),
  articles: z.array(segmentedArticle),
});

const historyEntry = z.object({
  label: z.string(),
  size: z.number(),
  patch: z.object({
    articles: z.record(z.string(), storedArticleSchema.nullable()),
    order: z.array(z.string()).nullable(),
  }),
});

export const issueDocSchema = z.object({
  storeSchemaVersion: z.number(),
  schema: z.literal(ISSUE_SCHEMA),
  id: z.string(),
  title: z.string(),
  importedAt: z.string(),
  revision: z.number().int().nonnegative(),
  source,
  warnings: z.array(z.string()),
  preamble: z.array(storedBlock),
  articles: z.array(storedArticleSchema),
  original: segmentedIssueSchema,
  originIndex: z.record(z.string(), z.number()),
  nextId: z.number().int().positive(),
  history: z.object({ undo: z.array(historyEntry), redo: z.array(historyEntry) }),
});
