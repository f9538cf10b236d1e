import { centreOf, distanceKm, formatDistance, wgs84ToGcj02 } from '@/core/domain/geo'

/** Published great-circle / geodesic distances between city centres, km. */
const KNOWN_PAIRS: Array<[string, { lat: number; lng: number }, { lat: number; lng: number }, number]> = [
  ['Beijing – Shanghai', { lat: 39.9042, lng: 116.4074 }, { lat: 31.2304, lng: 121.4737 }, 1068],
  ['London – Paris', { lat: 51.5074, lng: -0.1278 }, { lat: 48.8566, lng: 2.3522 }, 344],
  ['New York – Los Angeles', { lat: 40.7128, lng: -74.006 }, { lat: 34.0522, lng: -118.2437 }, 3944],
  ['Sydney – Melbourne', { lat: -33.8688, lng: 151.2093 }, { lat: -37.8136, lng: 144.9631 }, 714],
  // Exact on the WGS-84 ellipsoid: the quarter meridian and one degree of longitude at the equator.
  ['Equator – North Pole', { lat: 0, lng: 0 }, { lat: 90, lng: 0 }, 10001.966],
  ['1° along the equator', { lat: 0, lng: 100 }, { lat: 0, lng: 101 }, 111.32]
]

describe('great-circle distance', () => {
  it.each(KNOWN_PAIRS)('%s is within 0.5 %% of the known distance', (_name, a, b, km) => {
    expect(Math.abs(distanceKm(a, b) - km) / km).toBeLessThan(0.005)
  })

  it('is symmetric and zero at the same place', () => {
    const chengdu = { lat: 30.6574, lng: 104.0658 }
    const guangan = { lat: 30.4564, lng: 106.6334 }
    expect(distanceKm(chengdu, guangan)).toBeCloseTo(distanceKm(guangan, chengdu), 9)
    expect(distanceKm(chengdu, chengdu)).toBe(0)
  })
})

describe('how a distance is shown', () => {
  it.each([
    [0.004, '10 米'],
    [0.348, '350 米'],
    [1.23, '1.2 公里'],
    [2.0, '2 公里'],
    [9.96, '10 公里'],
    [35.4, '35 公里'],
    [1575.7, '1576 公里']
  ])('%p km reads "%s"', (km, text) => {
    expect(formatDistance(km)).toBe(text)
  })
})

describe('WGS-84 (browser) to GCJ-02 (WeChat and our data)', () => {
  it('shifts a position in China by a few hundred metres', () => {
    const wgs = { lat: 30.6574, lng: 104.0658 }
    const shift = distanceKm(wgs, wgs84ToGcj02(wgs))
    expect(shift).toBeGreaterThan(0.1)
    expect(shift).toBeLessThan(1)
  })

  it('matches the reference output of coordtransform / eviltransform (Beijing, Tiananmen)', () => {
    const gcj = wgs84ToGcj02({ lat: 39.915, lng: 116.404 })
    expect(gcj.lat).toBeCloseTo(39.91640428150164, 9)
    expect(gcj.lng).toBeCloseTo(116.41024449916938, 9)
  })

  it('leaves a position outside China as it is', () => {
    const paris = { lat: 48.8566, lng: 2.3522 }
    expect(wgs84ToGcj02(paris)).toEqual(paris)
  })
})

describe('the middle of a city', () => {
  it('is the mean of its points, or null without points', () => {
    expect(
      centreOf([
        { lat: 30, lng: 104 },
        { lat: 31, lng: 106 }
      ])
    ).toEqual({ lat: 30.5, lng: 105 })
    expect(centreOf([])).toBeNull()
  })
})
