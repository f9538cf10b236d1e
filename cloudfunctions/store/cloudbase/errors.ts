/** CloudBase answers an insert with an existing _id with a duplicate-key error. */
export const isDuplicateKey = (error: unknown): boolean => /duplicate|E11000|already exist/i.test(String((error as Error)?.message ?? error))
