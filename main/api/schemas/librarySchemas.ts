import { z } from 'zod';

/** Argument shapes of the library methods other than edits. */
export const issueIdSchema = z.string().regex(/^[0-9a-f]{12}$/, 'not an issue id');
export const articleIdSchema = z.string().min(1).max(64);

export const settingsPatchSchema = z
  .object({
    language: z.enum(['auto', 'zh', 'en']),
    lastIssueId: z.string().max(64).nullable(),
    lastArticleId: z.string().max(64).nullable(),
    libraryCollapsed: z.boolean(),
    pinnedTags: z.array(z.string().max(200)).max(100),
  })
  .partial()
  .strict();

export const tagVocabularyInputSchema = z.object({
  terms: z
    .array(
      z.object({
        id: z.string().min(1).max(200),
        zh: z.string().max(200),
        en: z.string().max(200),
        uri: z.string().max(500).optional(),
        pinned: z.boolean().optional(),
      }),
    )
    .max(5000),
});

/** Absolute paths only: the renderer hands over paths main gave it (a drop, "Open with"). */
export const importPathsSchema = z
  .array(
    z
      .string()
      .min(1)
      .max(4096)
      .refine((p) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(p), 'must be an absolute path'),
  )
  .min(1)
  .max(10_000);
