import { CHANNELS, EVENT_CHANNELS } from '../../../preload/api';

/**
 * The page-side half of the bridge: a classic script, injected before the app's bundle, that
 * defines `window.copydesk` with the same verbs the Electron preload exposes. Each method POSTs its
 * arguments to the bridge, which calls the real createApi; events arrive over server-sent events.
 */
export function shimScript(): string {
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
  Object.defineProperty(window, 'copydesk', { value: Object.freeze(api), enumerable: true });
})();
`;
}
