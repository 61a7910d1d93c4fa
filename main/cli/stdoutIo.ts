import type { CliIo } from './command';

/**
 * The real process streams. `out` waits for 'drain' when the pipe is full, so a command that prints
 * hundreds of megabytes into a pipe never buffers it all, and the CLI never exits while output is pending.
 */
export function stdoutIo(): CliIo {
  // A reader that stops early (`copydesk list | head`) closes the pipe: that is not an error of ours,
  // so end quietly instead of crashing with EPIPE.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  return {
    out: writeOut,
    err: (text) => {
      process.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
    },
    status:
      process.stderr.isTTY && process.stdout.isTTY
        ? (text) => void process.stderr.write(`\r\x1b[2K${text}`)
        : undefined,
    env: process.env,
    cwd: process.cwd(),
  };
}

/**
 * Writes one chunk to stdout. When stdout is a file the write is synchronous and the stream defers
 * its write callback with process.nextTick; a command's loop that awaited only resolved promises
 * never let those ticks run, and each pending callback held its chunk through the scope it closed
 * over (`copydesk segment --json` on a 50 MB file kept its whole output, some 110 MB). So the
 * callback never sees the chunk, and a flushed write resolves on the next turn of the event loop,
 * after the ticks have run.
 */
function writeOut(text: string): Promise<void> {
  const { promise, resolve, callback } = written();
  if (process.stdout.write(text, callback)) setImmediate(resolve);
  else process.stdout.once('drain', resolve);
  return promise;
}

/** A promise and the stream callback that rejects it on a write error (made apart from any chunk). */
function written(): {
  promise: Promise<void>;
  resolve: () => void;
  callback: (error?: Error | null) => void;
} {
  let resolve: () => void = () => undefined;
  let reject: (error: Error) => void = () => undefined;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, callback: (error) => (error ? reject(error) : undefined) };
}
