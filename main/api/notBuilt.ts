/** Temporary: methods whose domain is not built yet answer with a clear error instead of crashing. */
export function notBuilt<M>(names: (keyof M)[]) {
  return Object.fromEntries(
    names.map((name) => [
      name,
      async () => ({ ok: false, error: { code: 'internal', message: `${String(name)} is not built yet.` } }),
    ]),
  ) as unknown as Pick<M, (typeof names)[number]>;
}
