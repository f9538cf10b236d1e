/**
 * The accessible name of a Taro form control (Input, Textarea, Switch). On WeChat the native
 * control takes aria-label itself. In the browser build Taro wraps the real <input> in its own
 * element, and a label on the wrapper names nothing a screen reader focuses: the name must
 * also reach the real element, which Taro passes through as nativeProps.
 */
export const controlLabel = (label: string): { 'aria-label': string; nativeProps?: Record<string, string> } =>
  process.env.TARO_ENV === 'h5' ? { 'aria-label': label, nativeProps: { 'aria-label': label } } : { 'aria-label': label }
