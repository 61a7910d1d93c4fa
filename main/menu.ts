import { app, Menu } from 'electron';
import { menuTemplate, type MenuActions } from './glue/menuTemplate';

/**
 * Installs the application menu from the pure template (main/glue/menuTemplate.ts). Call again when
 * the recent-files list changes. On macOS, About (role 'about') shows the name and app.getVersion().
 */
export function installMenu(actions: MenuActions, recentFiles: readonly string[]): void {
  if (process.platform === 'darwin') {
    app.setAboutPanelOptions({ applicationName: 'Copydesk', applicationVersion: app.getVersion() });
  }
  const template = menuTemplate({
    platform: process.platform,
    appName: 'Copydesk',
    isPackaged: app.isPackaged,
    recentFiles,
    actions,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
