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
    out: (text) =>
      new Promise((resolve, reject) => {
        const flushed = process.stdout.write(text, (error) => (error ? reject(error) : undefined));
        if (flushed) resolve();
        else process.stdout.once('drain', resolve);
      }),
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
