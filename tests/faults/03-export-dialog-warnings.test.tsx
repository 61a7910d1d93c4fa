import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { ExportRunStatus } from '../../renderer/src/export/ExportRunStatus';
import type { ExportDialogState } from '../../renderer/src/export/useExportDialog';
import { renderWithI18n } from '../unit/renderer/renderWithI18n';

describe('items 3 and 15 (UI): the export dialog shows what the export replaced or cleaned up', () => {
  it('lists the report’s warnings under the result line', () => {
    const warnings = [
      '2 character(s) XML cannot hold (control characters, U+FFFE/U+FFFF or unpaired surrogates) in issue "北京日报" (/in/a.txt) were replaced by U+FFFD in the export.',
      'Removed 1 unfinished temporary file(s) an interrupted export left in /out: .a.txt.0123456789ab.tmp.',
    ];
    const state = {
      confirming: false,
      running: false,
      progress: null,
      report: { jobId: 'j', written: ['a.docx'], skipped: [], cancelled: false, warnings },
    } as unknown as ExportDialogState;
    renderWithI18n(<ExportRunStatus state={state} />);
    const items = [...screen.getByTestId('export-warnings').querySelectorAll('li')].map(
      (li) => li.textContent,
    );
    expect(items).toEqual(warnings);
  });
});
