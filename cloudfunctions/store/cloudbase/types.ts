import type * as cloud from 'wx-server-sdk'

/** wx-server-sdk keeps its DB namespace private; reach its types through the API. */
export type CloudDatabase = ReturnType<typeof cloud.database>
