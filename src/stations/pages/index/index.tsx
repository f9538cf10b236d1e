/**
 * 找法律服务站: nearest first. With the user's permission the phone's position ranks the
 * points (on the phone; the position is never sent or kept); without it, or when it fails, the
 * user picks a province and city, or searches by name or city. Filter by the help needed; when
 * no station is within reach, the help that is near comes first.
 */
import { useEffect, useMemo, useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, Input, Text, View } from '@tarojs/components'
import { county } from '@/core/county/current'
import { SERVICES, type GeoPoint } from '@/core/county/schema'
import { formatDistance } from '@/core/domain/geo'
import { cityOrigin, nearHelp, placesOf, rankPoints, type RankedPoint } from '@/core/domain/nearest'
import type { ServiceId } from '@/core/domain/point-fields'
import { formatShanghaiTime } from '@/core/domain/time'
import { controlLabel } from '@/components/control-label'
import LoadStateView from '@/components/LoadStateView'
import PageShell from '@/components/PageShell'
import ChipFilter from '@/components/ChipFilter'
import ShowMoreButton from '@/components/ShowMoreButton'
import StationCard from '@/components/StationCard'
import StationNothingNear from '@/components/StationNothingNear'
import StationPlacePicker from '@/components/StationPlacePicker'
import { useLocalPager } from '@/hooks/use-pager'
import { locate, locationAlreadyAllowed, openLocationSettings } from '@/services/location'
import { currentSession } from '@/services/session'
import { routeUrl } from '@/routes'
import { useNow } from '../../hooks/use-now'
import { usePointList } from '../../hooks/use-point-list'
import '../../stations.scss'

type Origin = { source: 'location'; position: GeoPoint } | { source: 'city'; province: string; city: string; position: GeoPoint } | { source: 'not-listed' }

const isWeapp = process.env.TARO_ENV === 'weapp'
/** Stations shown at a time, nearest first; "show more" adds as many again. */
const STATIONS_PAGE = 20

const SERVICE_OPTIONS: Array<{ id: ServiceId | undefined; label: string }> = [
  { id: undefined, label: '全部' },
  ...(Object.keys(SERVICES) as ServiceId[]).map((id) => ({ id, label: SERVICES[id] }))
]

/** 全部, then every language spoken at some point (from the points themselves, not a fixed list). */
const languageOptions = (points: readonly { languages: string[] }[]): Array<{ id: string | undefined; label: string }> => [
  { id: undefined, label: '全部语言' },
  ...[...new Set(points.flatMap((p) => p.languages))].map((language) => ({ id: language, label: language }))
]

export default function StationsPage() {
  const { state, refreshing, reload } = usePointList()
  const now = useNow()
  const [origin, setOrigin] = useState<Origin | null>(null)
  const [locating, setLocating] = useState(false)
  const [locateFailed, setLocateFailed] = useState<'denied' | 'unavailable' | null>(null)
  const [pickerOpen, setPickerOpen] = useState(false)
  const [service, setService] = useState<ServiceId | undefined>()
  const [language, setLanguage] = useState<string | undefined>()
  const [search, setSearch] = useState('')
  const points = useMemo(() => (state.status === 'loaded' ? state.data.items : []), [state])

  const locateMe = async () => {
    setLocating(true)
    setLocateFailed(null)
    const located = await locate()
    setLocating(false)
    if (located.ok) {
      setOrigin({ source: 'location', position: located.position })
      setPickerOpen(false)
    } else {
      setLocateFailed(located.reason)
      setPickerOpen(true)
    }
  }

  // Locate at once only if the user already said yes; otherwise wait for their tap.
  useEffect(() => {
    let cancelled = false
    void locationAlreadyAllowed().then((allowed) => {
      if (allowed && !cancelled) void locateMe()
    })
    return () => {
      cancelled = true
    }
  }, [])

  const position = origin && origin.source !== 'not-listed' ? origin.position : null
  const ranked = useMemo(() => rankPoints(points, { origin: position, service, language, search }), [points, position, service, language, search])
  const help = useMemo(() => nearHelp(ranked), [ranked])
  const pager = useLocalPager(ranked, STATIONS_PAGE)
  const places = useMemo(() => placesOf(points), [points])

  const distanceText = ({ point, km }: RankedPoint): string | undefined => {
    if (km === null || !origin) return undefined
    if (origin.source === 'city' && point.province === origin.province && point.city === origin.city) return '在本市'
    return origin.source === 'city' ? `离${origin.city}约 ${formatDistance(km)}` : formatDistance(km)
  }

  const chooseCity = (place: { province: string; city: string }) => {
    const centre = cityOrigin(points, place.province, place.city)
    if (!centre) return
    setOrigin({ source: 'city', ...place, position: centre })
    // Bring the list up to the first screen.
    setPickerOpen(false)
  }

  const fromText = origin?.source === 'city' ? origin.city : '您'
  const showNothingNear = origin?.source === 'not-listed' || (position !== null && help.nothingNear)
  const isAdmin = currentSession()?.role === 'admin'

  return (
    <PageShell>
      <View className='stack station-intro'>
        <Text className='text-hero'>找法律服务站</Text>
        <Text className='text-small'>在外务工遇到欠薪等麻烦，就近找家乡的驻外工作站或当地法律援助中心。</Text>
      </View>

      <View className='card stack station-origin'>
        {origin?.source === 'location' ? (
          <View className='row'>
            <Text>按离您的远近排好了</Text>
            <View className='tap station-link' role='button' onClick={() => void locateMe()}>
              <Text>重新定位</Text>
            </View>
          </View>
        ) : (
          <Button className='button primary' loading={locating} disabled={locating} onClick={() => void locateMe()}>
            {locating ? '正在定位…' : '📍 用我的位置找最近的'}
          </Button>
        )}
        <Text className='text-small'>位置只在您的手机上用来算距离，不会上传，也不会保存。</Text>
        {locateFailed && (
          <View className='form-error' role='alert'>
            <Text>{locateFailed === 'denied' ? '没有得到定位的许可。' : '暂时没能定位。'}请在下面选择您所在的城市，或者按名称、城市搜索。</Text>
          </View>
        )}
        {locateFailed === 'denied' && isWeapp && (
          <View className='tap station-link' role='button' onClick={() => void openLocationSettings()}>
            <Text>去设置里打开位置权限</Text>
          </View>
        )}
        {origin?.source === 'city' && <Text>按离{origin.city}的远近排好了</Text>}
        <View className='row tap' role='button' aria-expanded={pickerOpen} onClick={() => setPickerOpen(!pickerOpen)}>
          <Text>{pickerOpen ? '收起城市选择' : '不用定位，选择所在城市'}</Text>
          <Text aria-hidden='true'>{pickerOpen ? '︿' : '﹀'}</Text>
        </View>
        {pickerOpen && (
          <StationPlacePicker
            places={places}
            chosen={origin?.source === 'city' ? origin : null}
            onChoose={chooseCity}
            onNotListed={() => {
              setOrigin({ source: 'not-listed' })
              setPickerOpen(false)
            }}
          />
        )}
      </View>

      <View className='card stack'>
        <Input
          className='station-search tap'
          value={search}
          placeholder='按名称或城市搜索，比如：成都'
          confirmType='search'
          {...controlLabel('按名称或城市搜索站点')}
          onInput={(e) => setSearch(e.detail.value)}
        />
        <ChipFilter label='按服务筛选' className='station-service-filter' options={SERVICE_OPTIONS} value={service} onChange={setService} />
        <ChipFilter label='按会说的话筛选' className='station-language-filter' options={languageOptions(points)} value={language} onChange={setLanguage} />
      </View>

      <LoadStateView state={state} onRetry={reload} isEmpty={(list) => list.items.length === 0} emptyText='还没有站点信息，请先拨打 12348 问一问。'>
        {(list) => (
          <View className='station-list'>
            {showNothingNear && (
              <StationNothingNear
                nearestStation={origin?.source === 'not-listed' ? null : help.nearestStation}
                localHelp={origin?.source === 'not-listed' ? [] : help.localHelp}
                hotline={county.hotline}
                from={fromText}
              />
            )}
            {ranked.length === 0 ? (
              <View className='card stack state-empty'>
                <Text>没有找到符合条件的站点。</Text>
                <Button
                  className='button'
                  onClick={() => {
                    setSearch('')
                    setService(undefined)
                  }}
                >
                  看全部站点
                </Button>
              </View>
            ) : (
              pager.items.map((entry) => (
                <StationCard key={entry.point.id} point={entry.point} calendar={county} now={now} distanceText={distanceText(entry)} />
              ))
            )}
            <ShowMoreButton pager={pager} step={STATIONS_PAGE} unit='个站点' />
            <Text className='text-small station-updated'>
              {list.updatedAt ? `站点信息 ${formatShanghaiTime(list.updatedAt)} 更新。` : ''}
              {state.status === 'loaded' ? `已存到手机（${formatShanghaiTime(state.savedAt)}），没有网络也能看。` : ''}
              {refreshing ? '正在刷新…' : ''}
            </Text>
          </View>
        )}
      </LoadStateView>

      {isAdmin && (
        <View className='card row tap' role='link' onClick={() => void Taro.navigateTo({ url: routeUrl('stationsAdmin') })}>
          <Text>管理站点（管理员）</Text>
          <Text aria-hidden='true'>›</Text>
        </View>
      )}
    </PageShell>
  )
}
