/** 朗读: reads a text aloud, tap again to stop; where the phone cannot, says so beside the button. */
import { useEffect, useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import { NO_SPEECH_TEXT, speak, speechSupport, stopSpeaking } from '@/services/speech'

export default function ReadAloudButton({ text, what }: { text: string; what: string }) {
  const [speaking, setSpeaking] = useState(false)
  const [unavailable, setUnavailable] = useState<string | null>(null)
  // Leaving the page stops the reading.
  useEffect(() => () => stopSpeaking(), [])

  const toggle = () => {
    if (speaking) {
      stopSpeaking()
      setSpeaking(false)
      return
    }
    const support = speechSupport()
    if (support !== 'ready') {
      setUnavailable(NO_SPEECH_TEXT[support])
      return
    }
    setSpeaking(speak(text, () => setSpeaking(false)))
  }

  return (
    <View className='stack read-aloud'>
      <Button className='button' onClick={toggle} aria-label={speaking ? `停止朗读${what}` : `朗读${what}`}>
        {speaking ? '⏹ 停止朗读' : '🔊 朗读'}
      </Button>
      {unavailable && (
        <View role='status'>
          <Text className='text-small'>{unavailable}</Text>
        </View>
      )}
    </View>
  )
}
