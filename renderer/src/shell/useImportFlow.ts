import { useCallback } from 'react';
import type { ImportReport } from '../../../preload/api';
import { useImport, type ImportState } from '../hooks/useImport';
import { useIssuesOpened } from './useIssuesOpened';

/**
 * Imports from the buttons, a drop or the OS ("Open with"): the library list is refreshed after
 * each, and when exactly one issue came in it opens, so the editor lands on the work.
 */
export function useImportFlow(
  refreshLibrary: () => Promise<void>,
  openIssue: (issueId: string) => void,
): ImportState {
  const onImported = useCallback(
    (report: ImportReport) => {
      void refreshLibrary();
      const opened = report.results.filter((result) => result.issueId);
      if (opened.length === 1 && opened[0]?.issueId) openIssue(opened[0].issueId);
    },
    [refreshLibrary, openIssue],
  );
  useIssuesOpened(onImported);
  return useImport(onImported);
}
