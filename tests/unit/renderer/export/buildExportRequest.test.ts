import { describe, expect, it } from 'vitest';
import {
  buildExportRequest,
  NO_FOLDER_YET,
  type ExportChoices,
} from '../../../../renderer/src/export/buildExportRequest';

const choices: ExportChoices = {
  scope: 'issue',
  tag: null,
  status: 'approved',
  format: 'md',
  per: 'article',
  cleanup: ['cjkSpaces'],
  folder: '/out',
  onExisting: 'fail',
};
const context = { issueId: 'i1', currentId: 'a1', selectedIds: ['a1', 'a2'] };

describe('buildExportRequest', () => {
  it.each([
    ['article', { kind: 'articles', issueId: 'i1', articleIds: ['a1'] }],
    ['selected', { kind: 'articles', issueId: 'i1', articleIds: ['a1', 'a2'] }],
    ['issue', { kind: 'issue', issueId: 'i1' }],
    ['status', { kind: 'filter', status: 'approved', issueIds: ['i1'] }],
    ['library', { kind: 'library' }],
  ] as const)('scope %s', (scope, expected) => {
    expect(buildExportRequest({ ...choices, scope }, context)?.scope).toEqual(expected);
  });
  it('needs a tag for the tag scope', () => {
    expect(buildExportRequest({ ...choices, scope: 'tag' }, context)).toBeNull();
    expect(buildExportRequest({ ...choices, scope: 'tag', tag: '文化' }, context)?.scope).toEqual({
      kind: 'filter',
      tag: '文化',
      issueIds: ['i1'],
    });
  });
  it('carries format, files, cleanup, folder and the existing-file rule', () => {
    expect(buildExportRequest(choices, context)).toMatchObject({
      format: 'md',
      per: 'article',
      cleanup: ['cjkSpaces'],
      folder: '/out',
      onExisting: 'fail',
    });
  });
  it('previews before a folder is chosen, naming a placeholder main will not touch', () => {
    expect(buildExportRequest({ ...choices, folder: null }, context)?.folder).toBe(NO_FOLDER_YET);
  });
  it('has no article scope without an open issue', () => {
    expect(
      buildExportRequest(
        { ...choices, scope: 'article' },
        { issueId: null, currentId: null, selectedIds: [] },
      ),
    ).toBeNull();
  });
});
