import type { CliCommand } from './command';
import { segmentCommand } from './segmentCommand';

/** Every registered command, in the order `copydesk --help` lists them. */
export const commands: CliCommand[] = [segmentCommand];
