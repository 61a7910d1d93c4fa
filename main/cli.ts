#!/usr/bin/env node
/**
 * The `copydesk` command line: the same decode / segment / store / export code as the app, headless.
 * Never imports electron. Each command lives in main/cli/<name>Command.ts.
 */
import { runCli } from './cli/runCli';
import { stdoutIo } from './cli/stdoutIo';
import { commands } from './cli/commands';

// Set the exit code and let Node exit on its own once stdout has drained: process.exit() here
// would cut off output still queued for a pipe.
runCli(process.argv.slice(2), commands, stdoutIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`copydesk: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
