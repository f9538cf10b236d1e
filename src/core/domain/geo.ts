/**
 * Distances on the phone. The user's position never leaves the device: the cloud sends the
 * list of points, and this module measures and sorts it locally.
 */
import type { GeoPoint } from '../county/schema'

/** Mean Earth radius (IUGG), km. A sphere is within ~0.5 % of the ellipsoid: plenty to rank stations. */
const EARTH_RADIUS_KM = 6371.0088

const radians = (degrees: number): number => (degrees * Math.PI) / 180

/** Great-circle (haversine) distance in kilometres. */
export const distanceKm = (a: GeoPoint, b: GeoPoint): number => {
  const dLat = radians(b.lat - a.lat)
  const dLng = radians(b.lng - a.lng)
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)))
}

/**
 * How a distance is read out: "350 米" close by, "1.2 公里" in town, "35 公里" further away.
 * One decimal only where it helps someone decide whether to walk.
 */
export const formatDistance = (km: number): string => {
  if (km < 1) return `${Math.max(10, Math.round((km * 1000) / 10) * 10)} 米`
  if (km < 10) return `${(Math.round(km * 10) / 10).toFixed(1).replace(/\.0$/, '')} 公里`
  return `${Math.round(km)} 公里`
}

// GCJ-02 ("Mars coordinates") is what WeChat's location, maps and our data use in China; a
// browser's geolocation answers WGS-84, several hundred metres off. This is the published
// conversion (Krasovsky 1940 ellipsoid parameters); outside China the two systems coincide.
const KRASOVSKY_A = 6378245.0
const KRASOVSKY_EE = 0.006693421622965943

const outsideChina = ({ lat, lng }: GeoPoint): boolean => lng < 72.004 || lng > 137.8347 || lat < 0.8293 || lat > 55.8271

const shiftLat = (x: number, y: number): number =>
  -100 +
  2 * x +
  3 * y +
  0.2 * y * y +
  0.1 * x * y +
  0.2 * Math.sqrt(Math.abs(x)) +
  ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3 +
  ((20 * Math.sin(y * Math.PI) + 40 * Math.sin((y / 3) * Math.PI)) * 2) / 3 +
  ((160 * Math.sin((y / 12) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30)) * 2) / 3

const shiftLng = (x: number, y: number): number =>
  300 +
  x +
  2 * y +
  0.1 * x * x +
  0.1 * x * y +
  0.1 * Math.sqrt(Math.abs(x)) +
  ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3 +
  ((20 * Math.sin(x * Math.PI) + 40 * Math.sin((x / 3) * Math.PI)) * 2) / 3 +
  ((150 * Math.sin((x / 12) * Math.PI) + 300 * Math.sin((x / 30) * Math.PI)) * 2) / 3

export const wgs84ToGcj02 = (point: GeoPoint): GeoPoint => {
  if (outsideChina(point)) return point
  const x = point.lng - 105
  const y = point.lat - 35
  const radLat = radians(point.lat)
  const magic = 1 - KRASOVSKY_EE * Math.sin(radLat) ** 2
  const sqrtMagic = Math.sqrt(magic)
  const dLat = (shiftLat(x, y) * 180) / (((KRASOVSKY_A * (1 - KRASOVSKY_EE)) / (magic * sqrtMagic)) * Math.PI)
  const dLng = (shiftLng(x, y) * 180) / ((KRASOVSKY_A / sqrtMagic) * Math.cos(radLat) * Math.PI)
  return { lat: point.lat + dLat, lng: point.lng + dLng }
}

/** The middle of some points (for "sort by this city" when the user picks a city instead of sharing a location). */
export const centreOf = (points: readonly GeoPoint[]): GeoPoint | null => {
  if (points.length === 0) return null
  const sum = points.reduce((acc, p) => ({ lat: acc.lat + p.lat, lng: acc.lng + p.lng }), { lat: 0, lng: 0 })
  return { lat: sum.lat / points.length, lng: sum.lng / points.length }
}
