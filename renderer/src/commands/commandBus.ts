import { useEffect, useRef } from 'react';
import type { CommandId } from '../keys/keymap';

type Handler = () => void;

/**
 * One bus for every action, so a key, the palette (Ctrl/Cmd+K) and the native menu run the same code.
 * Components register what they can do with `useCommand`; whoever triggers an action calls
 * `dispatchCommand`. When several components register one id, the most recent registration wins
 * (the innermost, most specific owner, e.g. an open dialog over the shell).
 */
const handlers = new Map<CommandId, Handler[]>();

/** Runs the handler registered last for `id`; answers false when nobody can run it right now. */
export function dispatchCommand(id: CommandId): boolean {
  const list = handlers.get(id);
  const handler = list?.[list.length - 1];
  if (!handler) return false;
  handler();
  return true;
}

/** True when some mounted component can run `id` (the palette greys out the others). */
export function hasCommand(id: CommandId): boolean {
  return (handlers.get(id)?.length ?? 0) > 0;
}

/** Registers `handler` for `id` while the component is mounted; pass `enabled=false` to opt out. */
export function registerCommand(id: CommandId, handler: Handler): () => void {
  const list = handlers.get(id) ?? [];
  list.push(handler);
  handlers.set(id, list);
  return () => {
    const current = handlers.get(id) ?? [];
    const at = current.lastIndexOf(handler);
    if (at >= 0) current.splice(at, 1);
  };
}

/**
 * Registers `handler` for `id` while the calling component is mounted and `enabled` is true.
 * The latest handler is read through a ref, so callers may pass a new closure every render.
 */
export function useCommand(id: CommandId, handler: Handler, enabled = true): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    if (!enabled) return undefined;
    return registerCommand(id, () => latest.current());
  }, [id, enabled]);
}
