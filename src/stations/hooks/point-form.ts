/**
 * The admin form's fields ⇄ a service point. Phones are rows of plain fields; the other lists
 * are typed the same way as in the CSV import (see core/domain/point-fields).
 */
import type { ServicePointInput } from '@/core/contracts/points'
import type { Phone, ServicePoint } from '@/core/county/schema'
import { formatHoursSpec, parseDegrees, parseHoursSpec, splitList, type PointKind, type ServiceId } from '@/core/domain/point-fields'

export interface PointForm {
  id: string
  kind: PointKind
  name: string
  province: string
  city: string
  address: string
  lat: string
  lng: string
  phones: Phone[]
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
  phones: [{ label: '当地12348热线', number: '12348', verified: true }],
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
  phones: point.phones,
  hours: formatHoursSpec(point.hours),
  closedDates: point.closedDates.join('; '),
  services: point.services,
  languages: point.languages.join('; '),
  host: point.host ?? '',
  active: point.active,
  verified: !point.sample
})

export type FormErrors = Partial<Record<FormField, string>>

/** Each phone row needs what it is and a number made of digits (and “-”). */
const checkPhones = (phones: Phone[]): { ok: true; value: Phone[] } | { ok: false; reason: string } => {
  const rows = phones.map((p) => ({ ...p, label: p.label.trim(), number: p.number.trim() }))
  if (rows.length === 0) return { ok: false, reason: '请至少留一个电话' }
  for (const [index, row] of rows.entries()) {
    if (!row.label) return { ok: false, reason: `请写上电话 ${index + 1} 是谁的电话，比如：当地12348热线` }
    if (!/^[0-9-]{3,20}$/.test(row.number)) return { ok: false, reason: `电话 ${index + 1} 的号码只能有数字和“-”，比如 0826-2345678` }
  }
  return { ok: true, value: rows }
}

/** The point the form describes (id may be blank for a new one), or the fields to fix. */
export const pointOfForm = (form: PointForm): { ok: true; point: Omit<ServicePointInput, 'id'> & { id?: string } } | { ok: false; errors: FormErrors } => {
  const errors: FormErrors = {}
  const lat = parseDegrees(form.lat)
  const lng = parseDegrees(form.lng)
  const phones = checkPhones(form.phones)
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
