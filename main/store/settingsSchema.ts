import { z } from 'zod';
import { DEFAULT_SETTINGS, type Settings, type TagVocabulary } from '../../preload/api';

export { DEFAULT_SETTINGS };

/** Settings as stored; unknown keys from a newer version are dropped, missing ones get defaults. */
export const settingsSchema: z.ZodType<Settings> = z.object({
  language: z.enum(['auto', 'zh', 'en']).default(DEFAULT_SETTINGS.language),
  lastIssueId: z.string().nullable().default(DEFAULT_SETTINGS.lastIssueId),
  lastArticleId: z.string().nullable().default(DEFAULT_SETTINGS.lastArticleId),
  libraryCollapsed: z.boolean().default(DEFAULT_SETTINGS.libraryCollapsed),
  pinnedTags: z.array(z.string()).default(() => [...DEFAULT_SETTINGS.pinnedTags]),
}) as z.ZodType<Settings>;

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
