import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { ImportReport } from '../../preload/api';
import type { ApiContext } from './ApiContext';
import { validated } from './validated';
import { editOpSchema } from './schemas/editOpSchema';
import {
  articleIdSchema,
  importPathsSchema,
  issueIdSchema,
  settingsPatchSchema,
  tagVocabularyInputSchema,
} from './schemas/librarySchemas';

/**
 * Library, import, edit, tag, search and settings methods: thin wrappers that validate the
 * arguments and hand them to the store (main/store), which does the work and keeps the files.
 */
export function libraryMethods(ctx: ApiContext) {
  const lib = () => ctx.library();

  /** Imports paths, sending one progress event per file under a fresh job id. */
  const runImport = async (paths: string[]): Promise<ImportReport> => {
    const jobId = randomUUID();
    const library = await lib();
    const results = await library.importPaths(paths, (progress) =>
      ctx.deps.emit('onImportProgress', { jobId, ...progress }),
    );
    return { results, cancelled: false };
  };

  return {
    listIssues: validated('listIssues', z.tuple([]), async () => (await lib()).listIssues()),
    getIssue: validated('getIssue', z.tuple([issueIdSchema]), async (id) => (await lib()).getIssue(id)),
    getArticleOriginal: validated(
      'getArticleOriginal',
      z.tuple([issueIdSchema, articleIdSchema]),
      async (id, articleId) => (await lib()).getArticleOriginal(id, articleId),
    ),
    removeIssue: validated('removeIssue', z.tuple([issueIdSchema]), async (issueId) => {
      await (await lib()).removeIssue(issueId);
      return { issueId };
    }),
    restoreIssue: validated('restoreIssue', z.tuple([issueIdSchema]), async (id) =>
      (await lib()).restoreIssue(id),
    ),

    renameIssue: validated(
      'renameIssue',
      z.tuple([issueIdSchema, z.string().min(1).max(200)]),
      async (id, title) => (await lib()).renameIssue(id, title),
    ),

    openIssueFiles: validated('openIssueFiles', z.tuple([]), async () => {
      const paths = await ctx.deps.dialogs.openFiles();
      return paths && paths.length > 0 ? runImport(paths) : { results: [], cancelled: true };
    }),
    importFolder: validated('importFolder', z.tuple([]), async () => {
      const folder = await ctx.deps.dialogs.openFolder();
      return folder ? runImport([folder]) : { results: [], cancelled: true };
    }),
    importPaths: validated('importPaths', z.tuple([importPathsSchema]), runImport),

    applyEdit: validated(
      'applyEdit',
      z.tuple([issueIdSchema, z.number().int().nonnegative(), editOpSchema]),
      async (id, revision, op) => (await lib()).applyEdit(id, revision, op),
    ),
    undo: validated('undo', z.tuple([issueIdSchema]), async (id) => (await lib()).undo(id)),
    redo: validated('redo', z.tuple([issueIdSchema]), async (id) => (await lib()).redo(id)),

    getTagVocabulary: validated('getTagVocabulary', z.tuple([]), async () =>
      (await lib()).getTagVocabulary(),
    ),
    saveTagVocabulary: validated(
      'saveTagVocabulary',
      z.tuple([tagVocabularyInputSchema]),
      async (vocabulary) => (await lib()).saveTagVocabulary(vocabulary),
    ),
    suggestTags: validated('suggestTags', z.tuple([issueIdSchema, articleIdSchema]), async (id, articleId) =>
      (await lib()).suggestTags(id, articleId),
    ),
    searchLibrary: validated('searchLibrary', z.tuple([z.string().max(1000)]), async (query) =>
      (await lib()).searchLibrary(query),
    ),

    getSettings: validated('getSettings', z.tuple([]), async () => (await lib()).getSettings()),
    saveSettings: validated('saveSettings', z.tuple([settingsPatchSchema]), async (patch) =>
      (await lib()).saveSettings(patch),
    ),
  };
}
