/**
 * Child for the stdout test: writes `count` chunks of `chars` characters through the CLI's stdout
 * (stdoutIo), awaiting each as a command does, then reports on stderr the heap still in use after
 * a full collection (run with --expose-gc), in bytes.
 */
import { stdoutIo } from '../../main/cli/stdoutIo';

const [count, chars] = process.argv.slice(2).map(Number) as [number, number];
const io = stdoutIo();
for (let i = 0; i < count; i++) await io.out(`${String(i % 10).repeat(chars - 1)}\n`);
(globalThis as { gc?: () => void }).gc?.();
process.stderr.write(`${process.memoryUsage().heapUsed}\n`);
