import { hostname } from 'node:os';
import { link, open, readFile, rename, rm, stat, utimes } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { AppError } from '../errors';

interface LockOwner {
  pid: number;
  host: string;
  since: string;
  /** When the holder last refreshed the lock (its mtime), in ms. */
  seenAt?: number;
}

/**
 * A lock from another computer (a library on a shared drive) cannot be checked by pid: its holder
 * refreshes the file's time every HEARTBEAT_MS, and a lock not refreshed for STALE_LOCK_MS (five
 * minutes) is taken as left behind by a crashed or unplugged machine and taken over.
 */
export const STALE_LOCK_MS = 5 * 60 * 1000;
const HEARTBEAT_MS = 60 * 1000;

/** Lock files this process holds, so a second open in the same process is refused too. */
const heldHere = new Set<string>();

/** A held library lock; `release` is idempotent. */
export interface LibraryLock {
  readonly path: string;
  release(): Promise<void>;
}

/**
 * Takes the one-writer lock of a library: a file created exclusively, holding the owner's pid and
 * host. A pid-based check was chosen over proper-lockfile's mtime heartbeat because a killed
 * owner is then seen as gone at once (no 10-second stale window), so a crash never locks an editor
 * out, and the crash tests do not wait. A lock from another host cannot be checked and counts as held.
 */
export async function acquireLibraryLock(dir: string, path: string): Promise<LibraryLock> {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    if (await tryCreate(path)) return held(path);
    const owner = await readOwner(path);
    if (owner === undefined) continue; // released in between: try again
    if (owner && isAlive(owner, path)) {
      const message =
        owner.host === hostname()
          ? `The library at ${dir} is open in another Copydesk window or command (pid ${owner.pid}); close it and try again.`
          : `The library at ${dir} is open on another computer (host ${owner.host}, pid ${owner.pid}, lock refreshed ${age(owner)} ago); close it there, or wait: a lock not refreshed for ${STALE_LOCK_MS / 60000} minutes is taken over.`;
      throw new AppError('locked', message, { file: path });
    }
    await takeOver(path, owner);
  }
  throw new AppError(
    'locked',
    `The library at ${dir} is being opened by several Copydesk processes at once; try again.`,
    {
      file: path,
    },
  );
}

async function tryCreate(path: string): Promise<boolean> {
  const owner: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  try {
    const handle = await open(path, 'wx');
    try {
      await handle.writeFile(JSON.stringify(owner));
      await handle.sync();
    } finally {
      await handle.close();
    }
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** The owner; null when the file is unreadable (a crash mid-create: stale); undefined when gone. */
async function readOwner(path: string): Promise<LockOwner | null | undefined> {
  try {
    const owner = JSON.parse(await readFile(path, 'utf8')) as Partial<LockOwner>;
    if (typeof owner.pid !== 'number' || typeof owner.host !== 'string') return null;
    const seenAt = (await stat(path)).mtimeMs;
    return { ...(owner as LockOwner), seenAt };
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? undefined : null;
  }
}

function age(owner: LockOwner): string {
  const seconds = Math.max(0, Math.round((Date.now() - (owner.seenAt ?? Date.now())) / 1000));
  return seconds < 120 ? `${seconds} s` : `${Math.round(seconds / 60)} min`;
}

function isAlive(owner: LockOwner, path: string): boolean {
  if (owner.host !== hostname()) return Date.now() - (owner.seenAt ?? 0) < STALE_LOCK_MS;
  if (owner.pid === process.pid) return heldHere.has(path);
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Moves a stale lock out of the way under a unique name, so two processes taking over the same
 * stale lock cannot delete each other's fresh one: if what we moved turns out to be live (someone
 * took over first), it is linked back; link fails if yet another lock appeared, which then wins.
 */
async function takeOver(path: string, seen: LockOwner | null): Promise<void> {
  const aside = `${path}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await rename(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const moved = await readOwner(aside);
  const same = seen === null ? !moved : moved?.pid === seen.pid && moved.since === seen.since;
  if (!same) await link(aside, path).catch(() => undefined);
  await rm(aside, { force: true });
}

function held(path: string): LibraryLock {
  heldHere.add(path);
  let released = false;
  // The heartbeat another computer reads (see STALE_LOCK_MS); it never keeps the process alive.
  const heartbeat = setInterval(() => {
    const now = new Date();
    utimes(path, now, now).catch(() => undefined);
  }, HEARTBEAT_MS);
  heartbeat.unref();
  return {
    path,
    async release() {
      if (released) return;
      released = true;
      clearInterval(heartbeat);
      heldHere.delete(path);
      await rm(path, { force: true });
    },
  };
}
