import type { ApiContext } from './ApiContext';
import type { CopydeskMethods } from '../../preload/api';
import { notBuilt } from './notBuilt';

/** Export methods. Owned by the export layer. */
export function exportMethods(_ctx: ApiContext) {
  return notBuilt<CopydeskMethods>(['chooseExportFolder', 'previewExport', 'exportArticles', 'cancelExport']);
}
