/**
 * The admin form's text fields ⇄ a service point. Lists are typed the same way as in the CSV
 * import (see core/domain/point-fields), so one short help text serves both.
 */
import type { ServicePointInput } from '@/core/contracts/points'
import type { ServicePoint } from '@/core/county/schema'
import {
  formatHoursSpec,
  formatPhonesSpec,
  parseDegrees,
  parseHoursSpec,
  parsePhonesSpec,
  splitList,
  type PointKind,
  type ServiceId
} from '@/core/domain/point-fields'

export interface PointForm {
  id: string
  kind: PointKind
  name: string
  province: string
  city: string
  address: string
  lat: string
  lng: string
  phones: string
  hours: string
  closedDates: string
  services: ServiceId[]
  languages: string
  host: string
  active: boolean
  verified: boolean
}

export type FormField = keyof PointForm

export const EMPTY_FORM: PointForm = {
  id: '',
  kind: 'out-of-county-station',
  name: '',
  province: '',
  city: '',
  address: '',
  lat: '',
  lng: '',
  phones: '当地12348热线|12348|核实',
  hours: '1-5 09:00-12:00 14:00-17:30',
  closedDates: '',
  services: ['consultation', 'wage-claim'],
  languages: '普通话; 四川话',
  host: '',
  active: true,
  verified: false
}

export const formOf = (point: ServicePoint): PointForm => ({
  id: point.id,
  kind: point.kind,
  name: point.name,
  province: point.province,
  city: point.city,
  address: point.address,
  lat: String(point.location.lat),
  lng: String(point.location.lng),
  phones: formatPhonesSpec(point.phones),
  hours: formatHoursSpec(point.hours),
  closedDates: point.closedDates.join('; '),
  services: point.services,
  languages: point.languages.join('; '),
  host: point.host ?? '',
  active: point.active,
  verified: !point.sample
})

export type FormErrors = Partial<Record<FormField, string>>

/** The point the form describes (id may be blank for a new one), or the fields to fix. */
export const pointOfForm = (
  form: PointForm
): { ok: true; point: Omit<ServicePointInput, 'id'> & { id?: string } } | { ok: false; errors: FormErrors } => {
  const errors: FormErrors = {}
  const lat = parseDegrees(form.lat)
  const lng = parseDegrees(form.lng)
  const phones = parsePhonesSpec(form.phones)
  const hours = parseHoursSpec(form.hours)
  if (!lat.ok) errors.lat = lat.reason
  if (!lng.ok) errors.lng = lng.reason
  if (!phones.ok) errors.phones = phones.reason
  if (!hours.ok) errors.hours = hours.reason
  if (!lat.ok || !lng.ok || !phones.ok || !hours.ok) return { ok: false, errors }
  return {
    ok: true,
    point: {
      ...(form.id.trim() ? { id: form.id.trim() } : {}),
      kind: form.kind,
      name: form.name.trim(),
      province: form.province.trim(),
      city: form.city.trim(),
      address: form.address.trim(),
      location: { lat: lat.value, lng: lng.value },
      phones: phones.value,
      hours: hours.value,
      closedDates: splitList(form.closedDates),
      services: form.services,
      languages: splitList(form.languages),
      ...(form.host.trim() ? { host: form.host.trim() } : {}),
      active: form.active,
      sample: !form.verified
    }
  }
}

/** Which form field a cloud issue path belongs to: location.lat → lat, hours.0.open → hours. */
export const fieldOfIssue = (path: string): FormField => {
  const [head, second] = path.split('.')
  if (head === 'location') return second === 'lng' ? 'lng' : 'lat'
  if (head === 'sample') return 'verified'
  return (head in EMPTY_FORM ? head : 'name') as FormField
}
