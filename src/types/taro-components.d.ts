// The browser build passes tabIndex through to the element (keyboard focus for taps drawn as
// views, such as choice chips); WeChat ignores it. Taro's own types leave it out.
import type { BaseTouchEvent, ITouchEvent } from '@tarojs/components/types/common'

declare module '@tarojs/components/types/common' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any -- must repeat Taro's own parameters to merge
  interface StandardProps<T = any, TouchEvent extends BaseTouchEvent<any> = ITouchEvent> {
    tabIndex?: number
  }
}
