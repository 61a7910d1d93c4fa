import type { CliCommand } from './command';

/** Every registered command, in the order `copydesk --help` lists them. */
export const commands: CliCommand[] = [];
