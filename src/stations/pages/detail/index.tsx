/**
 * One service point: open now and the week's hours (with coming holidays), address with
 * navigation, phones to tap, services and languages, a map on WeChat when asked for (the h5
 * build loads no map tiles), booking a consultation here, and share.
 */
import { useState } from 'react'
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro'
import { Button, Map, Text, View } from '@tarojs/components'
import { county } from '@/core/county/current'
import { SERVICE_POINT_KINDS, SERVICES, type ServicePoint } from '@/core/county/schema'
import { calendarNoteText, describeOpenState, openState, upcomingCalendarNotes, weeklyHours } from '@/core/domain/opening-hours'
import LoadStateView from '@/components/LoadStateView'
import PageShell from '@/components/PageShell'
import ShareButton from '@/components/ShareButton'
import { useLoader } from '@/hooks/use-loader'
import { callPhone, navigateToPoint } from '@/services/navigation'
import { loadPoint } from '@/services/points'
import { routeUrl } from '@/routes'
import { useNow } from '../../hooks/use-now'
import '../../stations.scss'

const isWeapp = process.env.TARO_ENV === 'weapp'

const bookHere = (point: ServicePoint) => {
  Taro.navigateTo({ url: routeUrl('book', { pointId: point.id }) }).catch(() => {
    void Taro.showToast({ title: '预约即将开放，请先打电话', icon: 'none' })
  })
}

function StationDetail({ point }: { point: ServicePoint }) {
  const now = useNow()
  const [mapShown, setMapShown] = useState(false)
  const status = describeOpenState(openState(point, county, now), now)
  const notes = upcomingCalendarNotes(point, county, now)

  return (
    <View className='station-detail'>
      <View className='card stack'>
        <View className='station-card-head'>
          <Text className='text-hero station-name'>{point.name}</Text>
          {point.sample && <Text className='badge-sample'>示例</Text>}
        </View>
        <Text className='text-small'>
          {SERVICE_POINT_KINDS[point.kind]}
          {point.host ? ` · 依托${point.host}` : ''}
        </Text>
        {point.sample && <Text className='text-small'>这条信息还在核实中，去之前请先打电话确认。</Text>}
        {!point.active && <Text className='form-error'>这个站点已经停用。</Text>}
        <View className='station-card-facts'>
          <Text className={status.open ? 'station-status station-open' : 'station-status station-closed'}>{status.headline}</Text>
          <Text className='station-status-detail'>{status.detail}</Text>
        </View>
      </View>

      <View className='card stack'>
        <Text className='text-title'>地址</Text>
        <Text>{point.address}</Text>
        <Text className='text-small'>
          {point.province}
          {point.city}
        </Text>
        <Button className='button' onClick={() => navigateToPoint(point)}>
          🧭 导航过去
        </Button>
        {isWeapp && (
          <Button className='button' onClick={() => setMapShown(!mapShown)}>
            {mapShown ? '收起地图' : '看地图'}
          </Button>
        )}
        {/* Written out, not isWeapp: webpack then drops the map from the h5 build (with its gesture library). */}
        {process.env.TARO_ENV === 'weapp' && mapShown && (
          <Map
            className='station-map'
            latitude={point.location.lat}
            longitude={point.location.lng}
            scale={15}
            markers={[{ id: 1, latitude: point.location.lat, longitude: point.location.lng, title: point.name, iconPath: '', width: 30, height: 40 }]}
            showLocation
            onError={() => setMapShown(false)}
          />
        )}
      </View>

      <View className='card stack'>
        <Text className='text-title'>电话</Text>
        {point.phones.map((phone) => (
          <View key={`${phone.label}-${phone.number}`} className='row station-phone'>
            <View className='stack station-phone-text'>
              <Text>
                {phone.label} {phone.number}
              </Text>
              <Text className={phone.verified ? 'text-small station-verified' : 'text-small'}>{phone.verified ? '✓ 官方核实' : '未核实，请留意'}</Text>
            </View>
            <Button className='button primary station-call' onClick={() => callPhone(phone)} aria-label={`拨打${phone.label} ${phone.number}`}>
              拨打
            </Button>
          </View>
        ))}
      </View>

      <View className='card stack'>
        <Text className='text-title'>开放时间</Text>
        <View className='station-hours' aria-label='每周开放时间'>
          {weeklyHours(point.hours).map((row) => (
            <View key={row.weekday} className='row station-hours-row'>
              <Text>{row.label}</Text>
              <Text>{row.text}</Text>
            </View>
          ))}
        </View>
        {notes.length > 0 && (
          <View className='stack station-notes'>
            <Text className='text-small'>近期安排：</Text>
            {notes.map((note) => (
              <Text key={note.from}>{calendarNoteText(note)}</Text>
            ))}
          </View>
        )}
        <Text className='text-small'>法定节假日休息。时间按北京时间。</Text>
      </View>

      <View className='card stack'>
        <Text className='text-title'>能办的事</Text>
        <Text>{point.services.map((s) => SERVICES[s]).join('、')}</Text>
        <Text className='text-title'>会说的话</Text>
        <Text>{point.languages.join('、')}</Text>
      </View>

      <View className='stack station-actions'>
        <Button className='button primary' onClick={() => bookHere(point)}>
          在这里预约
        </Button>
        <ShareButton to='老乡' />
      </View>
    </View>
  )
}

export default function StationDetailPage() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const { state, reload } = useLoader(() => loadPoint(id), [id])

  useShareAppMessage(() => ({
    title: state.status === 'loaded' ? state.data.name : `${county.appTitle} · 找法律服务站`,
    path: routeUrl('station', { id })
  }))

  return (
    <PageShell>
      <LoadStateView state={state} onRetry={reload}>
        {(point) => <StationDetail point={point} />}
      </LoadStateView>
    </PageShell>
  )
}
