import { CHANNELS, EVENT_CHANNELS } from '../../../preload/api';

/**
 * A browser has no native file dialog that yields paths, so when the bridge serves someone trying
 * the app (`npm run serve:e2e`), Open… and Import folder… ask for a path on the bridge's machine
 * in a small dialog and import it; an empty answer or Cancel is the dialog dismissed.
 */
const PROMPT_FOR_PATHS = `
  const askPaths = (title, hint) => new Promise((done) => {
    const dialog = document.createElement('dialog');
    dialog.setAttribute('data-testid', 'bridge-path-dialog');
    dialog.style.cssText = 'font: 14px system-ui, sans-serif; padding: 16px; min-width: 32em';
    const form = document.createElement('form');
    form.method = 'dialog';
    const heading = document.createElement('p');
    heading.textContent = title;
    heading.style.margin = '0 0 4px';
    const note = document.createElement('p');
    note.textContent = hint;
    note.style.cssText = 'margin: 0 0 8px; color: #666; font-size: 12px';
    const field = document.createElement('textarea');
    field.rows = 3;
    field.style.cssText = 'width: 100%; box-sizing: border-box; font: 13px monospace';
    field.setAttribute('data-testid', 'bridge-path-input');
    field.setAttribute('aria-label', title);
    const buttons = document.createElement('p');
    buttons.style.cssText = 'display: flex; gap: 8px; justify-content: flex-end; margin: 8px 0 0';
    const cancel = document.createElement('button');
    cancel.type = 'button';
    cancel.textContent = 'Cancel';
    const ok = document.createElement('button');
    ok.type = 'submit';
    ok.textContent = 'Import';
    ok.setAttribute('data-testid', 'bridge-path-ok');
    buttons.append(cancel, ok);
    form.append(heading, note, field, buttons);
    dialog.append(form);
    document.body.append(dialog);
    let answer = [];
    cancel.onclick = () => dialog.close();
    form.onsubmit = () => {
      answer = field.value.split('\\n').map((line) => line.trim()).filter(Boolean);
    };
    dialog.onclose = () => {
      dialog.remove();
      done(answer);
    };
    dialog.showModal();
    field.focus();
  });
  const importAsked = async (title, hint) => {
    const paths = await askPaths(title, hint);
    if (paths.length === 0) return { ok: true, value: { results: [], cancelled: true } };
    return call('importPaths', [paths]);
  };
  api.openIssueFiles = () =>
    importAsked('Open issue files', 'Absolute paths of issue files on this machine, one per line.');
  api.importFolder = () =>
    importAsked('Import folder', 'The absolute path of a folder on this machine; its text issue files are imported.');
`;

/**
 * The page-side half of the bridge: a classic script, injected before the app's bundle, that
 * defines `window.copydesk` with the same verbs the Electron preload exposes. Each method POSTs its
 * arguments to the bridge, which calls the real createApi; events arrive over server-sent events.
 */
export function shimScript(options: { promptForPaths?: boolean } = {}): string {
  const methods = JSON.stringify(Object.keys(CHANNELS));
  const events = JSON.stringify(Object.keys(EVENT_CHANNELS));
  return `(() => {
  const call = async (name, args) => {
    const response = await fetch('/__bridge/call/' + name, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(args),
    });
    return response.json();
  };
  const listeners = new Map(${events}.map((name) => [name, new Set()]));
  const source = new EventSource('/__bridge/events');
  source.onmessage = (message) => {
    const { event, payload } = JSON.parse(message.data);
    for (const listener of listeners.get(event) ?? []) listener(payload);
  };
  const api = {};
  for (const name of ${methods}) api[name] = (...args) => call(name, args);
  for (const name of listeners.keys()) {
    api[name] = (listener) => {
      listeners.get(name).add(listener);
      return () => listeners.get(name).delete(listener);
    };
  }
  // Drops: a browser gives no file paths, so the bytes go to the bridge, which saves them
  // and imports the saved paths, as main does with the paths Electron gives it.
  api.importDroppedFiles = async (files) => {
    const paths = [];
    for (const file of files) {
      const response = await fetch('/__bridge/drop?name=' + encodeURIComponent(file.name), {
        method: 'POST',
        body: await file.arrayBuffer(),
      });
      paths.push((await response.json()).path);
    }
    return call('importPaths', [paths]);
  };
  ${options.promptForPaths ? PROMPT_FOR_PATHS : ''}
  Object.defineProperty(window, 'copydesk', { value: Object.freeze(api), enumerable: true });
})();
`;
}
