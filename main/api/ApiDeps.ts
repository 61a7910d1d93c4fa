import type { ApiEvent, CopydeskApi } from '../../preload/api';

/** The payload an event listener receives, e.g. ImportProgress for onImportProgress. */
export type EventPayload<E extends ApiEvent> = Parameters<Parameters<CopydeskApi[E]>[0]>[0];

/**
 * What createApi needs from its host. Electron's main process passes native dialogs and
 * webContents.send; the e2e bridge passes paths the test hands in and a server-sent-events stream;
 * unit tests pass plain functions. Nothing here imports electron.
 */
export interface ApiDeps {
  storeDir: string;
  appInfo: { version: string; locale: string; platform: string };
  dialogs: {
    openFiles(): Promise<string[] | null>;
    openFolder(): Promise<string | null>;
    chooseExportFolder(): Promise<string | null>;
  };
  emit<E extends ApiEvent>(event: E, payload: EventPayload<E>): void;
  /** Show a folder in the system file manager; absent where there is none (CLI, tests). */
  revealPath?(path: string): Promise<void>;
  /**
   * Open the library without its lock and never write (the CLI's list, show and export, safe beside a
   * running app). Methods that write then fail with the store's own error.
   */
  readOnly?: boolean;
  /** Create a missing export folder instead of refusing it (the CLI's `--out DIR`; a dialog's folder exists). */
  createExportFolder?: boolean;
}
