import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { z } from 'zod';
import type { ExportRequest } from '../../preload/api';
import type { ApiContext } from './ApiContext';
import { validated } from './validated';
import { exportRequestSchema } from './schemas/exportRequestSchema';
import { AppError } from '../errors';
import { previewExport } from '../export/previewExport';
import { runExport } from '../export/runExport';

const jobIdSchema = z.string().min(1).max(64);
const articleIdSchema = z.string().min(1).max(64);

/**
 * Export methods: the folder dialog, the preview the export dialog shows, the export itself (with
 * progress events and cancellation) and cancel. The renderer never names a folder of its own: an
 * export goes only into a folder the user picked in main's dialog (ctx.grants).
 */
export function exportMethods(ctx: ApiContext) {
  /** Running exports by job id; the renderer learns the id from the first progress event. */
  const jobs = new Map<string, AbortController>();
  const granted = (folder: string) => ctx.grants.has(folder) || ctx.grants.has(resolve(folder));

  return {
    chooseExportFolder: validated('chooseExportFolder', z.tuple([]), async () => {
      const folder = await ctx.deps.dialogs.chooseExportFolder();
      if (folder === null) return null;
      const chosen = resolve(folder);
      ctx.grants.add(chosen);
      return chosen;
    }),

    previewExport: validated(
      'previewExport',
      z.tuple([exportRequestSchema, articleIdSchema.optional()]),
      async (request, sampleArticleId) => {
        // Before a folder is chosen (or for one not handed out) nothing is looked up on disk.
        const folder = granted(request.folder) ? request.folder : '';
        return previewExport(await ctx.library(), { ...request, folder }, sampleArticleId);
      },
    ),

    exportArticles: validated(
      'exportArticles',
      z.tuple([exportRequestSchema]),
      async (request: ExportRequest) => {
        if (!granted(request.folder)) {
          throw new AppError('invalid-argument', 'Choose the export folder first.', { file: request.folder });
        }
        const jobId = randomUUID();
        const controller = new AbortController();
        jobs.set(jobId, controller);
        try {
          return await runExport(await ctx.library(), request, {
            jobId,
            signal: controller.signal,
            createFolder: ctx.deps.createExportFolder,
            onProgress: (progress) => ctx.deps.emit('onExportProgress', progress),
          });
        } finally {
          jobs.delete(jobId);
        }
      },
    ),

    cancelExport: validated('cancelExport', z.tuple([jobIdSchema]), async (jobId) => {
      // Cancelling an export that just finished is not an error: the editor's intent is met.
      jobs.get(jobId)?.abort();
      return { jobId };
    }),
  };
}
