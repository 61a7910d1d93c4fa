import { z } from 'zod';
import {
  ARTICLE_STATUSES,
  BLOCK_KINDS,
  type ArticleStatus,
  type BlockKind,
  type EditOp,
} from '../../../preload/api';

const id = z.string().min(1).max(64);
const ids = z.array(id).min(1).max(10_000);
const text = z.string().max(1_000_000);
const blockKind = z.enum(BLOCK_KINDS as unknown as [BlockKind, ...BlockKind[]]);
const status = z.enum(ARTICLE_STATUSES as unknown as [ArticleStatus, ...ArticleStatus[]]);
const tags = z.array(z.string().min(1).max(200)).max(1000);

/** Every EditOp the renderer may send, checked field by field at the main-process boundary. */
export const editOpSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('editBlock'), articleId: id, blockId: id, text }),
  z.object({ type: z.literal('joinBlocks'), articleId: id, blockId: id }),
  z.object({
    type: z.literal('splitBlock'),
    articleId: id,
    blockId: id,
    offset: z.number().int().nonnegative(),
  }),
  z.object({ type: z.literal('setBlockKind'), articleId: id, blockId: id, kind: blockKind }),
  z.object({
    type: z.literal('replaceBlock'),
    articleId: id,
    blockId: id,
    texts: z.array(text).min(1).max(10_000),
  }),
  z.object({ type: z.literal('acceptRepair'), articleId: id, repairId: id }),
  z.object({ type: z.literal('undoRepair'), articleId: id, repairId: id }),
  z.object({
    type: z.literal('setTitles'),
    articleId: id,
    kicker: text.nullable().optional(),
    headline: text.nullable().optional(),
    subheadlines: z.array(text).max(100).optional(),
  }),
  z.object({
    type: z.literal('promoteBlock'),
    articleId: id,
    blockId: id,
    role: z.enum(['kicker', 'headline', 'subheadline']),
  }),
  z.object({
    type: z.literal('setTitleRole'),
    articleId: id,
    from: z.enum(['kicker', 'headline', 'subheadline']),
    index: z.number().int().nonnegative().max(100).optional(),
    to: z.enum(['kicker', 'headline', 'subheadline', 'paragraph', 'subhead']),
  }),
  z.object({ type: z.literal('splitArticle'), articleId: id, blockId: id }),
  z.object({ type: z.literal('mergeArticle'), articleId: id }),
  z.object({ type: z.literal('tagArticles'), articleIds: ids, add: tags, remove: tags }),
  z.object({ type: z.literal('setStatus'), articleIds: ids, status }),
  z.object({
    type: z.literal('replaceText'),
    find: z.string().min(1).max(10_000),
    replace: z.string().max(10_000),
    matchCase: z.boolean(),
    articleIds: z.array(id).max(10_000).optional(),
  }),
  z.object({ type: z.literal('revertArticle'), articleId: id }),
  z.object({
    type: z.literal('resolveRepairs'),
    reason: z.string().min(1).max(500),
    action: z.enum(['accept', 'reject']),
    articleIds: ids.optional(),
  }),
]) satisfies z.ZodType<EditOp>;
