import { z } from 'zod';
import type { Settings, TagVocabulary } from '../../preload/api';

/** Settings as stored; unknown keys from a newer version are dropped, missing ones get defaults. */
export const settingsSchema: z.ZodType<Settings> = z.object({
  language: z.enum(['auto', 'zh', 'en']).default('auto'),
  lastIssueId: z.string().nullable().default(null),
  lastArticleId: z.string().nullable().default(null),
  libraryCollapsed: z.boolean().default(false),
  pinnedTags: z.array(z.string()).default([]),
}) as z.ZodType<Settings>;

export const DEFAULT_SETTINGS: Settings = {
  language: 'auto',
  lastIssueId: null,
  lastArticleId: null,
  libraryCollapsed: false,
  pinnedTags: [],
};

export const tagVocabularySchema: z.ZodType<TagVocabulary> = z.object({
  terms: z.array(
    z.object({
      id: z.string().min(1),
      zh: z.string(),
      en: z.string(),
      uri: z.string().optional(),
      pinned: z.boolean().optional(),
    }),
  ),
}) as z.ZodType<TagVocabulary>;
