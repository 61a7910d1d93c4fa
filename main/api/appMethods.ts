import { z } from 'zod';
import type { ApiContext } from './ApiContext';
import { validated } from './validated';
import { AppError } from '../errors';

/** App-level methods: version and store folder, revealing the store. */
export function appMethods(ctx: ApiContext) {
  return {
    getAppInfo: validated('getAppInfo', z.tuple([]), async () => ({
      ...ctx.deps.appInfo,
      storeDir: ctx.deps.storeDir,
    })),
    revealStoreFolder: validated('revealStoreFolder', z.tuple([]), async () => {
      if (!ctx.deps.revealPath) throw new AppError('io', 'This host cannot show folders.');
      await ctx.deps.revealPath(ctx.deps.storeDir);
      return null;
    }),
  };
}
