import { dialog, type BrowserWindow, type OpenDialogOptions } from 'electron';
import type { ApiDeps } from '../api/ApiDeps';

/**
 * The native dialogs the api asks for. Paths come from the user's own choice in a dialog main showed,
 * so the renderer never names a path itself. `dialog.showOpenDialog` is looked up at each call, which
 * lets the `_electron` tests answer dialogs by replacing it through `app.evaluate`.
 */
export function nativeDialogs(
  getWindow: () => BrowserWindow | null,
  onFilesChosen: (paths: string[]) => void,
): ApiDeps['dialogs'] {
  const ask = async (options: OpenDialogOptions): Promise<string[] | null> => {
    const window = getWindow();
    const answer =
      window && !window.isDestroyed()
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
    return answer.canceled || answer.filePaths.length === 0 ? null : answer.filePaths;
  };
  return {
    async openFiles() {
      const paths = await ask({
        title: 'Open issue files',
        properties: ['openFile', 'multiSelections'],
        filters: [
          { name: 'Issue files', extensions: ['txt', 'text', 'md'] },
          { name: 'All files', extensions: ['*'] },
        ],
      });
      if (paths) onFilesChosen(paths);
      return paths;
    },
    async openFolder() {
      const paths = await ask({ title: 'Import a folder of issue files', properties: ['openDirectory'] });
      return paths?.[0] ?? null;
    },
    async chooseExportFolder() {
      const paths = await ask({
        title: 'Export to folder',
        properties: ['openDirectory', 'createDirectory'],
      });
      return paths?.[0] ?? null;
    },
  };
}
