/**
 * Ranking service points for someone looking for help: nearest first from their position (or
 * the middle of the city they picked), filtered by the service they need, and the judgement
 * "nothing near" when the closest out-of-county station is too far to walk into.
 */
import type { GeoPoint, ServicePoint } from '../county/schema'
import { centreOf, distanceKm } from './geo'
import type { PointKind, ServiceId } from './point-fields'

/** Farther than this, a station is no help today: show the help that is near instead. */
export const NEAR_KM = 50

/** Equal distances (a station inside a city's legal-aid centre) put the station first. */
const KIND_ORDER: Record<PointKind, number> = {
  'out-of-county-station': 0,
  'city-legal-aid': 1,
  'county-centre': 2,
  'township-office': 3
}

export interface RankedPoint {
  point: ServicePoint
  /** null when there is no origin to measure from. */
  km: number | null
}

export interface RankOptions {
  origin: GeoPoint | null
  service?: ServiceId
  /** A language the citizen needs spoken there (藏语, 羌语 …). */
  language?: string
  /** Free text matched against name, city, province, address and host. */
  search?: string
}

const normalise = (text: string): string => text.trim().toLowerCase().replace(/\s+/g, '')

export const matchesSearch = (point: ServicePoint, search: string): boolean => {
  const wanted = normalise(search)
  if (!wanted) return true
  return [point.name, point.city, point.province, point.address, point.host ?? ''].some((field) => normalise(field).includes(wanted))
}

const byKindThenPlace = (a: ServicePoint, b: ServicePoint): number =>
  KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
  a.province.localeCompare(b.province, 'zh') ||
  a.city.localeCompare(b.city, 'zh') ||
  a.name.localeCompare(b.name, 'zh')

/** Active points, filtered, nearest first (or stations first when there is no origin). */
export const rankPoints = (points: readonly ServicePoint[], { origin, service, language, search }: RankOptions): RankedPoint[] =>
  points
    .filter(
      (p) => p.active && (!service || p.services.includes(service)) && (!language || p.languages.includes(language)) && (!search || matchesSearch(p, search))
    )
    .map((point) => ({ point, km: origin ? distanceKm(origin, point.location) : null }))
    .sort((a, b) => (a.km !== null && b.km !== null ? a.km - b.km : 0) || byKindThenPlace(a.point, b.point))

export interface NearHelp {
  /** True when no out-of-county station is within NEAR_KM. */
  nothingNear: boolean
  nearestStation: RankedPoint | null
  /** Other help within NEAR_KM (the city's legal-aid centre, the county's offices at home). */
  localHelp: RankedPoint[]
}

/** Judged on ranked points (already filtered by service), so "near" means near *and* useful. */
export const nearHelp = (ranked: readonly RankedPoint[]): NearHelp => {
  const measured = ranked.filter((r) => r.km !== null)
  const nearestStation = measured.find((r) => r.point.kind === 'out-of-county-station') ?? null
  return {
    nothingNear: !nearestStation || (nearestStation.km ?? Infinity) > NEAR_KM,
    nearestStation,
    localHelp: measured.filter((r) => r.point.kind !== 'out-of-county-station' && (r.km ?? Infinity) <= NEAR_KM)
  }
}

export interface ProvinceCities {
  province: string
  cities: string[]
}

/** The places the data covers, for the "pick your city" fallback: provinces, then their cities. */
export const placesOf = (points: readonly ServicePoint[]): ProvinceCities[] => {
  const byProvince = new Map<string, Set<string>>()
  for (const p of points.filter((point) => point.active)) {
    byProvince.set(p.province, (byProvince.get(p.province) ?? new Set()).add(p.city))
  }
  return [...byProvince]
    .map(([province, cities]) => ({ province, cities: [...cities].sort((a, b) => a.localeCompare(b, 'zh')) }))
    .sort((a, b) => a.province.localeCompare(b.province, 'zh'))
}

/** Where to measure from when the user picked a city: the middle of that city's points. */
export const cityOrigin = (points: readonly ServicePoint[], province: string, city: string): GeoPoint | null =>
  centreOf(points.filter((p) => p.active && p.province === province && p.city === city).map((p) => p.location))
