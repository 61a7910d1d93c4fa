import { z } from 'zod';

const rectangleSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(200).max(100_000),
  height: z.number().int().min(150).max(100_000),
});

const windowStateSchema = z.object({
  bounds: rectangleSchema.optional(),
  maximized: z.boolean().default(false),
});

export type Rectangle = z.infer<typeof rectangleSchema>;

/** What is remembered of the main window between runs (`window-state.json` in userData). */
export type WindowState = z.infer<typeof windowStateSchema>;

export const DEFAULT_SIZE = { width: 1400, height: 900 } as const;

/** A state read from disk, or the default when the file is missing, damaged or from another version. */
export function parseWindowState(raw: unknown): WindowState {
  const parsed = windowStateSchema.safeParse(raw);
  return parsed.success ? parsed.data : { maximized: false };
}

/**
 * Whether a window at `bounds` could be grabbed by its title bar on one of the displays: the strip of
 * its top 40 pixels must overlap some display's work area by at least 100 × 20 pixels. A window
 * remembered on a monitor that is gone is therefore not restored off-screen.
 */
export function isReachable(bounds: Rectangle, workAreas: readonly Rectangle[]): boolean {
  const titleBar = { x: bounds.x, y: bounds.y, width: bounds.width, height: 40 };
  return workAreas.some((area) => {
    const width = overlap(titleBar.x, titleBar.width, area.x, area.width);
    const height = overlap(titleBar.y, titleBar.height, area.y, area.height);
    return width >= 100 && height >= 20;
  });
}

function overlap(start1: number, length1: number, start2: number, length2: number): number {
  return Math.max(0, Math.min(start1 + length1, start2 + length2) - Math.max(start1, start2));
}

/** The options to open the window with: the remembered bounds when still reachable, else the default size. */
export function initialBounds(
  state: WindowState,
  workAreas: readonly Rectangle[],
): Partial<Rectangle> & { width: number; height: number } {
  if (state.bounds && isReachable(state.bounds, workAreas)) return { ...state.bounds };
  return { ...DEFAULT_SIZE };
}
