/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.svg'
declare module '*.scss'

/** Build-time constant from config/index.ts: the WeChat cloud env id ('' = default env). */
declare const CLOUD_ENV: string
/** Build-time constant: the subscription-message template id for status changes ('' = none). */
declare const STATUS_TEMPLATE_ID: string

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV?: 'weapp' | 'h5'
    NODE_ENV?: 'development' | 'production' | 'test'
  }
}
