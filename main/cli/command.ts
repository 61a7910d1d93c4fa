/**
 * The shape every `copydesk` subcommand has. Each lives in its own file under main/cli/ and is
 * registered in main/cli.ts. Commands write through `io` (never process.stdout directly) so tests
 * can run them in-process, and return an exit code instead of calling process.exit().
 */
export interface CliIo {
  /** Write to stdout; resolves once the chunk is handed to the stream (respecting backpressure). */
  out(text: string): Promise<void>;
  err(text: string): void;
  /**
   * Redraws the one progress line (on stderr) in place; '' clears it. Absent when stderr or stdout
   * is not a terminal: then a command prints its final summary only.
   */
  status?(text: string): void;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Whose path rules locate the default library; this process's when absent (tests name another). */
  platform?: NodeJS.Platform;
  /** The user's home folder; os.homedir() when absent. */
  home?: string;
}

export interface CliCommand {
  name: string;
  /** One line: `segment FILE [--json]`. */
  usage: string;
  summary: string;
  run(args: string[], io: CliIo): Promise<number>;
}

/** Thrown for bad arguments; the dispatcher prints the message and the usage line, exit 2. */
export class UsageError extends Error {}
