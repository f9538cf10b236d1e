import type * as cloud from 'wx-server-sdk'

/** wx-server-sdk keeps its DB namespace private; reach its types through the API. */
export type CloudDatabase = ReturnType<typeof cloud.database>

/**
 * How the store's database is opened. With `throwOnNotFound: false`, `doc(id).get()` answers
 * `{ data: null }` for a missing document, in a transaction too, instead of throwing an error
 * that can only be told from a real failure by its text. The SDK reads the option (see its
 * DocumentReference.get) but its types leave it out, hence the cast.
 */
export const storeDatabaseConfig = { throwOnNotFound: false } as Parameters<typeof cloud.database>[0]
