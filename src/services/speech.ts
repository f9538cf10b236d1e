/**
 * Reading text aloud. In a browser: the Web Speech API (speechSynthesis), in Chinese. In WeChat
 * there is no speech without WeChat's 同声传译 plugin (WechatSI, added in the admin console and
 * declared in app.json `plugins`), which this app does not have yet: there we say so plainly
 * instead of pretending.
 */
export type SpeechSupport = 'ready' | 'weapp-needs-plugin' | 'browser-cannot'

export const speechSupport = (): SpeechSupport => {
  if (process.env.TARO_ENV === 'weapp') return 'weapp-needs-plugin'
  return typeof window !== 'undefined' && window.speechSynthesis && typeof window.SpeechSynthesisUtterance === 'function' ? 'ready' : 'browser-cannot'
}

/** What to tell the citizen when the phone cannot read aloud. */
export const NO_SPEECH_TEXT: Record<Exclude<SpeechSupport, 'ready'>, string> = {
  'weapp-needs-plugin': '小程序里暂时还不能朗读，我们正在开通。可以请家人读给您听，或拨打 12348 请工作人员讲给您听。',
  'browser-cannot': '这个浏览器不能朗读。可以换用手机自带的浏览器，或拨打 12348 请工作人员讲给您听。'
}

/** Starts reading (stopping anything being read); `onEnd` runs when it finishes or is stopped. */
export const speak = (text: string, onEnd: () => void): boolean => {
  if (speechSupport() !== 'ready') return false
  const synth = window.speechSynthesis
  synth.cancel()
  const utterance = new window.SpeechSynthesisUtterance(text)
  utterance.lang = 'zh-CN'
  // A little slower than the default: easier to follow for older listeners.
  utterance.rate = 0.9
  utterance.onend = onEnd
  utterance.onerror = onEnd
  synth.speak(utterance)
  return true
}

export const stopSpeaking = (): void => {
  if (speechSupport() === 'ready') window.speechSynthesis.cancel()
}
