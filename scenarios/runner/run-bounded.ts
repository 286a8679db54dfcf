/** How a bounded piece of work ended: finished, or failed with the error (a throw or the timeout). */
export type BoundedOutcome = { readonly failed: false } | { readonly failed: true; readonly error: unknown };

/** Runs `work` and waits at most `timeoutMs` for it; a throw or the timeout is the outcome's error. */
export async function runBounded(work: () => Promise<void>, timeoutMs: number): Promise<BoundedOutcome> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`did not finish within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([work(), timeout]);
    return { failed: false };
  } catch (error) {
    return { failed: true, error };
  } finally {
    clearTimeout(timer);
  }
}

/** An error's message, for a report. */
export function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
