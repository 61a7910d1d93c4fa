/**
 * `npm run serve:e2e -- --store DIR [--port N] [--locale zh-CN]`: the e2e bridge on its own, so
 * anyone can try the real UI in a browser against a real store folder. Build first (npm run build).
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { startBridge } from './bridge/startBridge';

const { values } = parseArgs({
  options: { store: { type: 'string' }, port: { type: 'string' }, locale: { type: 'string' } },
});
if (!values.store) {
  process.stderr.write('usage: npm run serve:e2e -- --store DIR [--port N] [--locale zh-CN]\n');
  process.exit(2);
}
const bridge = await startBridge({
  storeDir: resolve(values.store),
  port: values.port ? Number(values.port) : 0,
  locale: values.locale ?? Intl.DateTimeFormat().resolvedOptions().locale,
  promptForPaths: true,
});
process.stdout.write(`Copydesk bridge serving ${bridge.url} with the library at ${bridge.storeDir}\n`);
const stop = () => void bridge.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
