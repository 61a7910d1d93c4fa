/** The ids from `anchor` to `target` inclusive, in `order`; just the target when either is absent. */
export function selectRange(order: readonly string[], anchor: string | null, target: string): string[] {
  const from = anchor ? order.indexOf(anchor) : -1;
  const to = order.indexOf(target);
  if (from < 0 || to < 0) return [target];
  const [start, end] = from <= to ? [from, to] : [to, from];
  return order.slice(start, end + 1);
}
