import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveStoreDir as cliStoreDir } from '../../../../main/cli/storeOption';
import { filesFromArgv } from '../../../../main/glue/filesFromArgv';
import { launchStoreDir } from '../../../../main/glue/launchStoreDir';
import { PRODUCT_NAME, type StoreDirContext } from '../../../../main/store/storeDir';

const packageJson = JSON.parse(
  readFileSync(new URL('../../../../package.json', import.meta.url), 'utf8'),
) as {
  productName?: string;
};

/** One user on each platform, with the folder Electron's userData gives an app named Copydesk there. */
const platforms: {
  name: string;
  context: StoreDirContext;
  expected: string;
  store: string;
  absolute: string;
}[] = [
  {
    name: 'Linux',
    context: { platform: 'linux', env: {}, home: '/home/ed', cwd: '/home/ed/desk' },
    expected: '/home/ed/.config/Copydesk/library',
    store: 'shared/lib',
    absolute: '/home/ed/desk/shared/lib',
  },
  {
    name: 'Linux with XDG_CONFIG_HOME',
    context: { platform: 'linux', env: { XDG_CONFIG_HOME: '/cfg' }, home: '/home/ed', cwd: '/w' },
    expected: '/cfg/Copydesk/library',
    store: '../lib',
    absolute: '/lib',
  },
  {
    name: 'macOS',
    context: { platform: 'darwin', env: {}, home: '/Users/ed', cwd: '/Users/ed' },
    expected: '/Users/ed/Library/Application Support/Copydesk/library',
    store: 'lib',
    absolute: '/Users/ed/lib',
  },
  {
    name: 'Windows',
    context: {
      platform: 'win32',
      env: { APPDATA: 'C:\\Users\\ed\\AppData\\Roaming' },
      home: 'C:\\Users\\ed',
      cwd: 'D:\\news',
    },
    expected: 'C:\\Users\\ed\\AppData\\Roaming\\Copydesk\\library',
    store: 'lib',
    absolute: 'D:\\news\\lib',
  },
];

const cliIo = (context: StoreDirContext) => ({ ...context });
const app = ['/opt/Copydesk/copydesk'];

describe('one library folder for the app and the CLI', () => {
  it('is named after package.json productName, as Electron names userData', () => {
    expect(packageJson.productName).toBe(PRODUCT_NAME);
  });

  for (const { name, context, expected, store, absolute } of platforms) {
    it(`gives both the same default folder under ${name} rules`, () => {
      expect(launchStoreDir(app, context)).toBe(expected);
      expect(cliStoreDir(undefined, cliIo(context))).toBe(expected);
    });

    it(`lets --store and COPYDESK_STORE override both the same way under ${name} rules`, () => {
      expect(launchStoreDir([...app, '--store', store], context)).toBe(absolute);
      expect(launchStoreDir([...app, `--store=${store}`], context)).toBe(absolute);
      expect(cliStoreDir(store, cliIo(context))).toBe(absolute);
      const withEnv = { ...context, env: { ...context.env, COPYDESK_STORE: store } };
      expect(launchStoreDir(app, withEnv)).toBe(absolute);
      expect(cliStoreDir(undefined, cliIo(withEnv))).toBe(absolute);
      // --store wins over the environment in both.
      const other = { ...context, env: { ...context.env, COPYDESK_STORE: 'elsewhere' } };
      expect(launchStoreDir([...app, '--store', store], other)).toBe(absolute);
      expect(cliStoreDir(store, cliIo(other))).toBe(absolute);
    });
  }

  it('does not take the app’s --store folder for a file to import', () => {
    const argv = [...app, '--store', '/lib', '/news/a.txt'];
    expect(filesFromArgv(argv, { defaultApp: false, cwd: '/' })).toEqual(['/news/a.txt']);
  });
});
