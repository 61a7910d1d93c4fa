import type { ApiMethod, Result } from '../../../preload/api';
import { toApiError } from '../../errors';
import type { SenderEvent } from '../isTrustedSender';

/** One api method as IPC sees it: arguments arrive untyped and are validated by the method itself. */
export type UntypedMethod = (...args: unknown[]) => Promise<Result<unknown>>;

/**
 * The IPC handler for one api method. A message from anything but the app's own page is refused
 * before its arguments are even looked at; otherwise the method runs (it parses its arguments with zod,
 * main/api/validated.ts) and any escaped exception still crosses the bridge as a typed `ApiError`
 * rather than Electron's generic "Error invoking remote method" string.
 */
export function guardedHandler(
  name: ApiMethod,
  method: UntypedMethod,
  isTrusted: (event: SenderEvent) => boolean,
): (event: SenderEvent, ...args: unknown[]) => Promise<Result<unknown>> {
  return async (event, ...args) => {
    if (!isTrusted(event)) return refused(name, event);
    try {
      return await method(...args);
    } catch (error) {
      return { ok: false, error: toApiError(error) };
    }
  };
}

function refused(name: ApiMethod, event: SenderEvent): Result<never> {
  const from = event.senderFrame?.url ?? 'a closed page';
  console.warn(`copydesk: refused ${name} from ${from}`);
  return {
    ok: false,
    error: {
      code: 'invalid-argument',
      message: `Copydesk refused "${name}" because it came from a page that is not Copydesk's own window.`,
    },
  };
}
