import type { CliCommand } from './command';
import { segmentCommand } from './segmentCommand';
import { importCommand } from './importCommand';
import { listCommand } from './listCommand';
import { showCommand } from './showCommand';
import { exportCommand } from './exportCommand';

/** Every registered command, in the order `copydesk --help` lists them. */
export const commands: CliCommand[] = [
  segmentCommand,
  importCommand,
  listCommand,
  showCommand,
  exportCommand,
];
