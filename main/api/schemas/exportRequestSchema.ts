import { z } from 'zod';
import type { ArticleStatus, CleanupRule, ExportFormat, ExportRequest } from '../../../preload/api';

const id = z.string().min(1).max(64);
const statuses = ['new', 'edited', 'approved'] as const satisfies readonly ArticleStatus[];
const formats = ['txt', 'md', 'html', 'docx', 'json', 'ninjs'] as const satisfies readonly ExportFormat[];
const rules = [
  'fullwidthPunctuation',
  'cjkSpaces',
  'softHyphens',
  'rejoinHyphenated',
  'chineseFullStop',
  'halfwidthTechnical',
] as const satisfies readonly CleanupRule[];

/** The export scope: some articles of an issue, an issue, a tag and/or status filter, the library. */
export const exportScopeSchema = z.discriminatedUnion('kind', [
  z
    .object({ kind: z.literal('articles'), issueId: id, articleIds: z.array(id).min(1).max(100_000) })
    .strict(),
  z.object({ kind: z.literal('issue'), issueId: id }).strict(),
  z
    .object({
      kind: z.literal('filter'),
      issueIds: z.array(id).max(100_000).optional(),
      tag: z.string().min(1).max(200).optional(),
      status: z.enum(statuses).optional(),
    })
    .strict(),
  z.object({ kind: z.literal('library') }).strict(),
]);

/**
 * An ExportRequest as the renderer sends it. The folder is only checked for shape here; the
 * method itself requires it to be one main handed out through chooseExportFolder.
 */
export const exportRequestSchema = z
  .object({
    scope: exportScopeSchema,
    format: z.enum(formats),
    per: z.enum(['article', 'issue']),
    cleanup: z.array(z.enum(rules)).max(rules.length),
    pattern: z.string().max(200).optional(),
    folder: z.string().min(1).max(4096),
    onExisting: z.enum(['fail', 'suffix', 'overwrite']),
  })
  .strict();

// The schema and the contract must describe the same thing: this line stops compiling if they drift.
const _sameShape: ExportRequest = {} as z.infer<typeof exportRequestSchema>;
