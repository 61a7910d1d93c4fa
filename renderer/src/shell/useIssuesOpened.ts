import { useEffect } from 'react';
import type { ImportReport } from '../../../preload/api';
import { copydesk } from '../api/copydesk';

/** Issues main imported on its own (files the OS or a second launch handed it) open like imports. */
export function useIssuesOpened(onImported: (report: ImportReport) => void): void {
  useEffect(() => copydesk().onIssuesOpened(onImported), [onImported]);
}
