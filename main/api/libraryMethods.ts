import type { ApiContext } from './ApiContext';
import type { CopydeskMethods } from '../../preload/api';
import { notBuilt } from './notBuilt';

/** Library, import, edit, tag, search and settings methods. Owned by the store. */
export function libraryMethods(_ctx: ApiContext) {
  return notBuilt<CopydeskMethods>([
    'listIssues',
    'getIssue',
    'getArticleOriginal',
    'removeIssue',
    'restoreIssue',
    'openIssueFiles',
    'importFolder',
    'importPaths',
    'applyEdit',
    'undo',
    'redo',
    'getTagVocabulary',
    'saveTagVocabulary',
    'suggestTags',
    'searchLibrary',
    'getSettings',
    'saveSettings',
  ]);
}
