import type { CopydeskApi, ImportProgress } from '../../../preload/api';

type Listener<T> = (payload: T) => void;

/**
 * A stand-in for window.copydesk in jsdom: the methods a test gives, every other one answering
 * "not built" the way main does, and an `emit` for the progress events. Installed per test.
 */
export function installFakeCopydesk(methods: Partial<CopydeskApi>) {
  const importListeners = new Set<Listener<ImportProgress>>();
  const fallback = async () => ({ ok: false, error: { code: 'internal', message: 'not in this fake' } });
  const subscribe = (set: Set<Listener<never>>) => (listener: Listener<never>) => {
    set.add(listener);
    return () => set.delete(listener);
  };
  const api = new Proxy(
    {
      onImportProgress: subscribe(importListeners as Set<Listener<never>>),
      onExportProgress: () => () => undefined,
      onMenuCommand: () => () => undefined,
      onNotice: () => () => undefined,
      onIssuesOpened: () => () => undefined,
      ...methods,
    } as Record<string, unknown>,
    { get: (target, name: string) => target[name] ?? fallback },
  ) as unknown as CopydeskApi;
  Object.defineProperty(window, 'copydesk', { value: api, configurable: true, writable: true });
  return {
    emitImportProgress: (progress: ImportProgress) =>
      importListeners.forEach((listener) => listener(progress)),
  };
}
