import { county } from '@/core/county/current'
import type { ServicePoint } from '@/core/county/schema'
import { cityOrigin, NEAR_KM, nearHelp, placesOf, rankPoints } from '@/core/domain/nearest'

const CHENGDU = { lat: 30.6574, lng: 104.0658 }
const SHENZHEN = { lat: 22.5431, lng: 114.0579 }

const point = (id: string, kind: ServicePoint['kind'], location: { lat: number; lng: number }, overrides: Partial<ServicePoint> = {}): ServicePoint => ({
  id,
  kind,
  name: `测试${id}`,
  province: '四川省',
  city: '成都市',
  address: '测试地址',
  location,
  phones: [{ label: '热线', number: '12348', verified: true }],
  hours: [{ days: [1, 2, 3, 4, 5], open: '09:00', close: '17:00' }],
  closedDates: [],
  services: ['consultation'],
  languages: ['普通话'],
  active: true,
  sample: true,
  ...overrides
})

describe('nearest first', () => {
  it('puts the Chengdu station first for someone in Chengdu, ahead of the city centre at the same spot', () => {
    const ranked = rankPoints(county.servicePoints, { origin: CHENGDU })
    expect(ranked[0].point.id).toBe('chengdu-station')
    expect(ranked[1].point.id).toBe('chengdu-legal-aid')
    expect(ranked[0].km).toBeCloseTo(0, 5)
    const distances = ranked.map((r) => r.km ?? 0)
    expect(distances).toEqual([...distances].sort((a, b) => a - b))
  })

  it('filters by the service needed and by search text, and leaves inactive points out', () => {
    const points = [
      point('a', 'out-of-county-station', CHENGDU, { services: ['mediation'] }),
      point('b', 'out-of-county-station', { lat: 30.7, lng: 104.1 }, { services: ['wage-claim'] }),
      point('c', 'city-legal-aid', CHENGDU, { services: ['wage-claim'], active: false }),
      point('d', 'city-legal-aid', { lat: 30.9, lng: 104.3 }, { services: ['wage-claim'], city: '德阳市', name: '德阳市法律援助中心' })
    ]
    expect(rankPoints(points, { origin: CHENGDU, service: 'wage-claim' }).map((r) => r.point.id)).toEqual(['b', 'd'])
    expect(rankPoints(points, { origin: null, search: '德阳' }).map((r) => r.point.id)).toEqual(['d'])
  })

  it('without a position, lists stations first, then by place, with no distance', () => {
    const ranked = rankPoints(county.servicePoints, { origin: null })
    expect(ranked.every((r) => r.km === null)).toBe(true)
    const firstOther = ranked.findIndex((r) => r.point.kind !== 'out-of-county-station')
    expect(ranked.slice(0, firstOther).every((r) => r.point.kind === 'out-of-county-station')).toBe(true)
    expect(ranked.slice(firstOther).some((r) => r.point.kind === 'out-of-county-station')).toBe(false)
  })
})

describe('nothing near', () => {
  it('is not the case when a station is within 50 km', () => {
    const help = nearHelp(rankPoints(county.servicePoints, { origin: CHENGDU }))
    expect(help.nothingNear).toBe(false)
    expect(help.nearestStation?.point.id).toBe('chengdu-station')
  })

  it('is the case far from every station, and names the nearest one and the help close by', () => {
    const shenzhenCentre = point('sz', 'city-legal-aid', { lat: 22.55, lng: 114.06 }, { city: '深圳市', province: '广东省' })
    const help = nearHelp(rankPoints([...county.servicePoints, shenzhenCentre], { origin: SHENZHEN }))
    expect(help.nothingNear).toBe(true)
    expect((help.nearestStation?.km ?? 0) > NEAR_KM).toBe(true)
    expect(help.localHelp.map((r) => r.point.id)).toEqual(['sz'])
  })

  it('is the case at 50.5 km and not at 49.5 km', () => {
    // 1° of latitude is ~111.2 km.
    const at = (km: number) => ({ lat: CHENGDU.lat + km / 111.195, lng: CHENGDU.lng })
    const only = [point('s', 'out-of-county-station', CHENGDU)]
    expect(nearHelp(rankPoints(only, { origin: at(49.5) })).nothingNear).toBe(false)
    expect(nearHelp(rankPoints(only, { origin: at(50.5) })).nothingNear).toBe(true)
  })

  it('is the case when the filter leaves no station offering the service', () => {
    const help = nearHelp(rankPoints(county.servicePoints, { origin: CHENGDU, service: 'notary-referral' }))
    expect(help.nothingNear).toBe(true)
    expect(help.nearestStation).toBeNull()
  })
})

describe('picking a city instead of sharing a position', () => {
  it('offers the provinces and cities the data covers', () => {
    const places = placesOf(county.servicePoints)
    expect(places.find((p) => p.province === '浙江省')?.cities).toEqual(['嘉兴市桐乡市'])
    expect(places.find((p) => p.province === '四川省')?.cities).toEqual(expect.arrayContaining(['成都市', '广安市']))
  })

  it('measures from the middle of the chosen city, so its station comes first', () => {
    const origin = cityOrigin(county.servicePoints, '四川省', '广安市')
    expect(rankPoints(county.servicePoints, { origin })[0].point.id).toBe('guangan-station')
    expect(cityOrigin(county.servicePoints, '广东省', '深圳市')).toBeNull()
  })
})

describe('filtering by a language spoken there', () => {
  it('keeps only the points whose staff speak it, nearest first', () => {
    const ranked = rankPoints(county.servicePoints, { origin: CHENGDU, language: '羌语' })
    expect(ranked.map((r) => r.point.id).sort()).toEqual(['heishui-legal-aid-centre', 'shidiaolou-judicial-office'])
    expect(rankPoints(county.servicePoints, { origin: CHENGDU, language: '藏语' })[0].point.id).toBe('chengdu-station')
    expect(rankPoints(county.servicePoints, { origin: CHENGDU, language: '藏语' }).some((r) => r.point.id === 'chengdu-legal-aid')).toBe(false)
  })
})
