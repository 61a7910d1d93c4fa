import type { AppNotice, ExportProgress, ImportProgress } from '../../preload/api';
import { createApi, type ApiDeps, type CopydeskBackend } from '../api';
import type { CliIo } from './command';

/** What a command wants to hear about while the api works. */
export interface CliApiOptions {
  /** The library folder (resolveStoreDir). */
  storeDir: string;
  /** list, show and export read without the lock, so they run beside the app. */
  readOnly?: boolean;
  /** The folder `--out` names: what the export-folder "dialog" answers, created when missing. */
  exportFolder?: string;
  onImportProgress?(progress: ImportProgress): void;
  onExportProgress?(progress: ExportProgress): void;
}

/**
 * The api the app uses (main/api.ts), hosted for one CLI command: the same validation, limits,
 * warnings and errors as in the app. There are no dialogs: opening files answers "cancelled", and
 * the export folder is the one on the command line. Notices (a damaged library list set aside, …)
 * go to stderr as `copydesk COMMAND: message`.
 */
export function cliApi(command: string, io: CliIo, options: CliApiOptions): CopydeskBackend {
  const emit: ApiDeps['emit'] = (event, payload) => {
    if (event === 'onNotice') io.err(`copydesk ${command}: ${(payload as AppNotice).message}`);
    else if (event === 'onImportProgress') options.onImportProgress?.(payload as ImportProgress);
    else if (event === 'onExportProgress') options.onExportProgress?.(payload as ExportProgress);
  };
  return createApi({
    storeDir: options.storeDir,
    appInfo: {
      version: io.env.COPYDESK_VERSION ?? '0.0.0',
      locale: io.env.LANG ?? 'en',
      platform: io.platform ?? process.platform,
    },
    dialogs: {
      openFiles: async () => null,
      openFolder: async () => null,
      chooseExportFolder: async () => options.exportFolder ?? null,
    },
    emit,
    readOnly: options.readOnly,
    createExportFolder: options.exportFolder !== undefined,
  });
}
