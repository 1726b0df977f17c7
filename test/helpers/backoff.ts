/**
 * A retry policy's `sleep` that waits no real time: the retry goes out at once (or not at all when
 * the call was aborted). For tests about what is retried and how often, not about how long.
 */
export const skipBackoff = async (_ms: number, signal: AbortSignal | undefined): Promise<boolean> =>
  signal?.aborted === true;
