import { describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../../../preload/api';
import { menuTemplate, type MenuActions } from '../../../../main/glue/menuTemplate';

type MenuItemConstructorOptions = ReturnType<typeof menuTemplate>[number];

function recorder() {
  const calls: string[] = [];
  const actions: MenuActions = {
    command: (command) => calls.push(`command:${command}`),
    openRecent: (path) => calls.push(`recent:${path}`),
    clearRecent: () => calls.push('clear'),
    revealStore: () => calls.push('reveal'),
  };
  return { calls, actions };
}

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

function click(item: MenuItemConstructorOptions | undefined): void {
  expect(item?.click).toBeTypeOf('function');
  (item?.click as () => void)();
}

const base = { appName: 'Copydesk', isPackaged: true, recentFiles: [] as string[] };

describe('menuTemplate', () => {
  it('has File, Edit, View and Help on Windows and Linux, with the app menu and Window on macOS', () => {
    const { actions } = recorder();
    const labels = (platform: NodeJS.Platform) =>
      menuTemplate({ ...base, platform, actions }).map((item) => item.label ?? item.role);
    expect(labels('linux')).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(labels('win32')).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(labels('darwin')).toEqual(['Copydesk', '&File', '&Edit', '&View', 'windowMenu', '&Help']);
  });

  it('sends every menu command the renderer knows, each from one item', () => {
    const { calls, actions } = recorder();
    const all = items(menuTemplate({ ...base, platform: 'linux', actions }));
    const commands: MenuCommand[] = [
      'open',
      'import-folder',
      'export',
      'undo',
      'redo',
      'find',
      'replace',
      'palette',
      'shortcuts',
      'about',
      'toggle-library',
    ];
    for (const command of commands) {
      const matching = all.filter((item) => item.id === `command:${command}`);
      expect(matching, command).toHaveLength(1);
      click(matching[0]);
    }
    expect(calls).toEqual(commands.map((command) => `command:${command}`));
  });

  it('shows the UI shortcuts without registering them, so the page keeps its own key handling', () => {
    const { actions } = recorder();
    const all = items(menuTemplate({ ...base, platform: 'win32', actions }));
    const find = all.find((item) => item.id === 'command:find');
    expect(find).toMatchObject({ accelerator: 'CmdOrCtrl+F', registerAccelerator: false });
    expect(all.find((item) => item.id === 'command:export')?.accelerator).toBe('CmdOrCtrl+E');
    expect(all.find((item) => item.id === 'command:replace')?.accelerator).toBe('Ctrl+H');
  });

  it('does not give Replace the macOS Hide shortcut, nor "?" a key equivalent there', () => {
    const { actions } = recorder();
    const all = items(menuTemplate({ ...base, platform: 'darwin', actions }));
    expect(all.find((item) => item.id === 'command:replace')?.accelerator).toBe('Alt+Cmd+F');
    expect(all.find((item) => item.id === 'command:shortcuts')?.accelerator).toBeUndefined();
    expect(all.some((item) => item.role === 'about')).toBe(true);
  });

  it('lists recent files (newest first) that reopen on click, and clears them', () => {
    const { calls, actions } = recorder();
    const recentFiles = ['/news/2026-01-20.txt', '/news/2026-01-19.txt'];
    const all = items(menuTemplate({ ...base, platform: 'linux', recentFiles, actions }));
    const recent = all.find((item) => item.id === 'open-recent');
    const entries = (recent?.submenu as MenuItemConstructorOptions[]).filter((item) => item.toolTip);
    expect(entries.map((item) => item.label)).toEqual(['2026-01-20.txt', '2026-01-19.txt']);
    click(entries[1]);
    click(all.find((item) => item.id === 'clear-recent'));
    click(all.find((item) => item.id === 'reveal-store'));
    expect(calls).toEqual(['recent:/news/2026-01-19.txt', 'clear', 'reveal']);
  });

  it('uses the system recent-documents list on macOS and a disabled placeholder when empty elsewhere', () => {
    const { actions } = recorder();
    const mac = items(menuTemplate({ ...base, platform: 'darwin', actions }));
    expect(mac.some((item) => item.role === 'recentDocuments')).toBe(true);
    const linux = items(menuTemplate({ ...base, platform: 'linux', actions }));
    const recent = linux.find((item) => item.id === 'open-recent');
    expect(recent?.submenu).toEqual([{ label: 'No Recent Files', enabled: false }]);
  });

  it('offers reload and developer tools only in unpackaged builds', () => {
    const { actions } = recorder();
    const roles = (isPackaged: boolean) =>
      items(menuTemplate({ ...base, isPackaged, platform: 'linux', actions })).map((item) => item.role);
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(false)).toContain('toggleDevTools');
  });
});
