import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesFromArgv } from '../../../../main/glue/filesFromArgv';

const cwd = resolve('/home/editor/desk');

describe('filesFromArgv', () => {
  it('takes the files after the executable of a packaged app', () => {
    const argv = ['/opt/Copydesk/copydesk', 'issue.txt', '/tmp/other.txt'];
    expect(filesFromArgv(argv, { defaultApp: false, cwd })).toEqual([
      resolve(cwd, 'issue.txt'),
      resolve('/tmp/other.txt'),
    ]);
  });

  it('skips the app path when started as `electron <app>` (development, tests)', () => {
    const argv = ['/usr/bin/electron', '--inspect=0', 'out/main/index.js', 'a.txt'];
    expect(filesFromArgv(argv, { defaultApp: true, cwd })).toEqual([resolve(cwd, 'a.txt')]);
    expect(filesFromArgv(['/usr/bin/electron', '.'], { defaultApp: true, cwd })).toEqual([]);
  });

  it('ignores the switches Chromium and macOS add', () => {
    const argv = [
      'Copydesk.exe',
      '--allow-file-access-from-files',
      '--original-process-start-time=13370000000000000',
      '-psn_0_12345',
      'C:/news/2026-01-20.txt',
    ];
    expect(filesFromArgv(argv, { defaultApp: false, cwd })).toEqual([resolve(cwd, 'C:/news/2026-01-20.txt')]);
  });

  it('treats everything after -- as a file, even names starting with a dash', () => {
    const argv = ['copydesk', '--', '-odd-name.txt'];
    expect(filesFromArgv(argv, { defaultApp: false, cwd })).toEqual([resolve(cwd, '-odd-name.txt')]);
  });

  it('drops duplicates and blank arguments', () => {
    const argv = ['copydesk', 'a.txt', '', './a.txt', '  '];
    expect(filesFromArgv(argv, { defaultApp: false, cwd })).toEqual([resolve(cwd, 'a.txt')]);
  });
});
