import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { ImportPanel } from '../../renderer/src/library/ImportPanel';
import { renderWithI18n } from '../unit/renderer/renderWithI18n';

describe('item 2 (UI): the decoder warnings of an import are shown in the import panel', () => {
  it('lists each warning of an imported file under its row', () => {
    const warning =
      '1 byte sequence(s) could not be decoded as gb18030 and became U+FFFD: line 3 (byte offset 88)';
    renderWithI18n(
      <ImportPanel
        running={false}
        progress={null}
        error={null}
        cancelled={false}
        dismiss={() => undefined}
        dismissAll={() => undefined}
        entries={[
          {
            key: '1',
            path: '/in/stray.txt',
            outcome: 'imported',
            issueId: 'a1b2c3d4e5f6',
            articleCount: 2,
            warnings: [warning],
          },
        ]}
      />,
    );
    const row = screen.getByTestId('import-result');
    expect(within(row).getByText('stray.txt')).toBeTruthy();
    expect(within(row).getByTestId('import-warnings').textContent).toBe(warning);
  });
});
