/** Awaits a call that must fail and returns its error; fails with the value when it resolved instead. */
export async function failure(promise: Promise<unknown>): Promise<Error> {
  let value: unknown;
  try {
    value = await promise;
  } catch (err) {
    return err as Error;
  }
  throw new Error(`expected a failure, got ${JSON.stringify(value, null, 2)}`);
}
