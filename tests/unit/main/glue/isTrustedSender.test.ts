import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../../../main/glue/isTrustedSender';

const contents = { id: 1 };
const window = { isDestroyed: () => false, webContents: contents };
const appFrame = { url: 'app://copydesk/index.html', parent: null };

describe('isTrustedSender', () => {
  it('trusts the top frame of our window showing the app page', () => {
    expect(isTrustedSender({ sender: contents, senderFrame: appFrame }, window)).toBe(true);
  });

  it('refuses another webContents, even one showing an app URL', () => {
    expect(isTrustedSender({ sender: { id: 2 }, senderFrame: appFrame }, window)).toBe(false);
  });

  it('refuses a sub-frame (an iframe) of our window', () => {
    const iframe = { url: 'app://copydesk/index.html', parent: appFrame };
    expect(isTrustedSender({ sender: contents, senderFrame: iframe }, window)).toBe(false);
  });

  it('refuses our window once it shows a foreign page', () => {
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'app://other/index.html']) {
      expect(isTrustedSender({ sender: contents, senderFrame: { url, parent: null } }, window), url).toBe(
        false,
      );
    }
  });

  it('refuses when the frame is gone or the window is missing or destroyed', () => {
    expect(isTrustedSender({ sender: contents, senderFrame: null }, window)).toBe(false);
    expect(isTrustedSender({ sender: contents, senderFrame: appFrame }, null)).toBe(false);
    const destroyed = { isDestroyed: () => true, webContents: contents };
    expect(isTrustedSender({ sender: contents, senderFrame: appFrame }, destroyed)).toBe(false);
  });

  it('trusts the dev server page only when the dev server URL is given', () => {
    const devFrame = { url: 'http://localhost:5173/', parent: null };
    expect(isTrustedSender({ sender: contents, senderFrame: devFrame }, window)).toBe(false);
    expect(
      isTrustedSender({ sender: contents, senderFrame: devFrame }, window, 'http://localhost:5173'),
    ).toBe(true);
  });
});
