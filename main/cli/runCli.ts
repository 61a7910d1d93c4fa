import { UsageError, type CliCommand, type CliIo } from './command';

/** Dispatches `copydesk COMMAND …` to a registered command and returns the exit code. */
export async function runCli(argv: string[], commands: CliCommand[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  const usage = () =>
    [
      'usage: copydesk COMMAND [options]',
      '',
      'Commands:',
      ...commands.map((c) => `  ${c.usage.padEnd(64)} ${c.summary}`),
      '',
      'Options shared by the library commands: --store DIR (or COPYDESK_STORE) names the library folder.',
    ].join('\n');

  if (!name || name === '--help' || name === '-h' || name === 'help') {
    await io.out(`${usage()}\n`);
    return 0;
  }
  if (name === '--version' || name === '-v') {
    await io.out(`${process.env.COPYDESK_VERSION ?? '0.0.0'}\n`);
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`copydesk: unknown command "${name}"`);
    io.err('usage: copydesk COMMAND [options]   (copydesk --help lists the commands)');
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    await io.out(`usage: copydesk ${command.usage}\n${command.summary}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`copydesk ${command.name}: ${error.message}`);
      io.err(`usage: copydesk ${command.usage}`);
      return 2;
    }
    io.err(`copydesk ${command.name}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
