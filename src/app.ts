import { type PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import { initCloud } from './services/cloud-transport'
import { startOutbox } from './services/outbox'
import { keepAppOnPhone } from './services/offline-shell'
import { preloadPagesForOffline } from './services/preload'
import './app.scss'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    initCloud()
    // What was written offline goes as soon as the network is back.
    startOutbox()
    preloadPagesForOffline()
    keepAppOnPhone()
  })
  return children
}

export default App
