import type { CliIo } from '../../main/cli/command';
import { commands } from '../../main/cli/commands';
import { runCli } from '../../main/cli/runCli';

/** Runs `copydesk ARGS` in-process from `cwd` and collects what it printed (stderr lines joined by \n). */
export async function runCopydesk(
  cwd: string,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: async (text) => void out.push(text),
    err: (text) => void err.push(text),
    env: {},
    cwd,
  };
  const code = await runCli(args, commands, io);
  return { code, stdout: out.join(''), stderr: err.join('\n') };
}
