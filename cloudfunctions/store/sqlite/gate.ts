/**
 * One SQLite connection serves every call of the local cloud. Its statements are synchronous,
 * but a unit of work is async (it shares use-case code with CloudBase), so while one unit's
 * transaction is open, another call's statements would run inside it — and be rolled back with
 * it. The gate runs store operations one at a time: a unit holds it from BEGIN to COMMIT.
 */
export interface Gate {
  run<T>(operation: () => Promise<T> | T): Promise<T>
}

export const gate = (): Gate => {
  let tail: Promise<unknown> = Promise.resolve()
  return {
    run(operation) {
      const result = tail.then(operation)
      // The next operation waits for this one to end, whether it succeeded or not.
      tail = result.then(
        () => undefined,
        () => undefined
      )
      return result
    }
  }
}

/** Every method of `repository` runs through the gate. */
export const gated = <R extends object>(g: Gate, repository: R): R =>
  Object.fromEntries(
    Object.entries(repository).map(([name, method]) => [name, typeof method === 'function' ? (...args: unknown[]) => g.run(() => method(...args)) : method])
  ) as R
