import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeBrowserWindow } from './fakeElectron';
import { trackWindowState } from '../../../../main/glue/trackWindowState';
import { readJsonFile } from '../../../../main/glue/jsonFile';
import { parseWindowState } from '../../../../main/glue/windowState';

class MovableWindow extends FakeBrowserWindow {
  bounds = { x: 10, y: 20, width: 1200, height: 800 };
  maximized = false;
  getNormalBounds() {
    return this.bounds;
  }
  isMaximized() {
    return this.maximized;
  }
}

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'copydesk-state-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('trackWindowState', () => {
  it('writes nothing until the window moves', async () => {
    const file = join(root, 'window-state.json');
    const tracker = trackWindowState(new MovableWindow({}) as never, file);
    await tracker.flush();
    expect(await readJsonFile(file)).toBeUndefined();
  });

  it('saves the latest bounds and maximised state, in a form the next start reads back', async () => {
    const file = join(root, 'window-state.json');
    const window = new MovableWindow({});
    const tracker = trackWindowState(window as never, file);
    window.emit('move');
    window.bounds = { x: 40, y: 50, width: 1000, height: 700 };
    window.maximized = true;
    window.emit('maximize');
    await tracker.flush();
    const saved = JSON.parse(await readFile(file, 'utf8')) as unknown;
    expect(parseWindowState(saved)).toEqual({
      bounds: { x: 40, y: 50, width: 1000, height: 700 },
      maximized: true,
    });
  });

  it('saves on close', async () => {
    const file = join(root, 'nested', 'window-state.json');
    const window = new MovableWindow({});
    const tracker = trackWindowState(window as never, file);
    window.emit('close');
    await tracker.flush();
    expect(parseWindowState(await readJsonFile(file)).bounds).toEqual({
      x: 10,
      y: 20,
      width: 1200,
      height: 800,
    });
  });
});
