/**
 * The one-line text forms of a point's lists, shared by the CSV import and the admin form, so
 * an admin learns one way of writing hours and phones:
 *   hours     "1-5 09:00-12:00 14:00-17:30; 6 09:00-12:00"   (1 = Monday … 7 = Sunday)
 *   phones    "当地12348热线|12348|核实; 值班电话|0837-1234567"
 *   lists     "普通话; 四川话"   (services and kinds also accept their Chinese names)
 */
import { SERVICE_POINT_KINDS, SERVICES, type OpeningHours, type Phone } from '../county/schema'

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string }

const good = <T>(value: T): Parsed<T> => ({ ok: true, value })
const bad = (reason: string): Parsed<never> => ({ ok: false, reason })

/** Split on ; or the full-width ；, dropping blanks. */
export const splitList = (text: string): string[] =>
  text
    .split(/[;；]/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0)

const TIME = /^([01]?\d|2[0-3]):[0-5]\d$|^24:00$/
const pad = (hhmm: string): string => (hhmm.length === 4 ? `0${hhmm}` : hhmm)

const parseDays = (text: string): Parsed<number[]> => {
  const days: number[] = []
  for (const part of text.split(/[,，、]/)) {
    const range = part.match(/^([1-7])(?:-([1-7]))?$/)
    if (!range) return bad(`“${part}”不是星期几，请用 1 到 7（1 是周一），比如 1-5`)
    const from = Number(range[1])
    const to = Number(range[2] ?? range[1])
    if (to < from) return bad(`“${part}”前面的数要小于后面的`)
    for (let day = from; day <= to; day += 1) days.push(day)
  }
  return good(days)
}

export const parseHoursSpec = (text: string): Parsed<OpeningHours[]> => {
  const hours: OpeningHours[] = []
  for (const group of splitList(text)) {
    const [daysText, ...ranges] = group.split(/\s+/)
    const days = parseDays(daysText)
    if (!days.ok) return days
    if (ranges.length === 0) return bad(`“${group}”缺少时间，比如 1-5 09:00-17:30`)
    for (const range of ranges) {
      const [open, close, extra] = range.split(/[-–~]/)
      if (extra !== undefined || !open || !close || !TIME.test(open) || !TIME.test(close)) {
        return bad(`“${range}”不是时间段，请写成 09:00-17:30`)
      }
      if (pad(open) === pad(close)) return bad(`“${range}”开门和关门时间一样`)
      hours.push({ days: days.value, open: pad(open), close: pad(close) })
    }
  }
  return good(hours)
}

const dayRun = (days: readonly number[]): string => {
  const sorted = [...days].sort((a, b) => a - b)
  const runs: string[] = []
  let start = sorted[0]
  sorted.forEach((day, index) => {
    const next = sorted[index + 1]
    if (next === day + 1) return
    runs.push(start === day ? String(day) : `${start}-${day}`)
    start = next
  })
  return runs.join(',')
}

/** The inverse of parseHoursSpec: hours with the same days share one group. */
export const formatHoursSpec = (hours: readonly OpeningHours[]): string => {
  const groups = new Map<string, string[]>()
  for (const h of hours) {
    const key = dayRun(h.days)
    groups.set(key, [...(groups.get(key) ?? []), `${h.open}-${h.close}`])
  }
  return [...groups].map(([days, ranges]) => `${days} ${ranges.join(' ')}`).join('; ')
}

const VERIFIED_WORDS = new Set(['核实', '官方核实', '已核实', 'verified', 'true', '是'])
const UNVERIFIED_WORDS = new Set(['', '未核实', 'false', '否'])

export const parsePhonesSpec = (text: string): Parsed<Phone[]> => {
  const phones: Phone[] = []
  for (const entry of splitList(text)) {
    const [label = '', number = '', flag = '', extra] = entry.split('|').map((part) => part.trim())
    if (extra !== undefined) return bad(`“${entry}”多了“|”：写成 名称|号码|核实`)
    if (!label || !number) return bad(`“${entry}”要写成 名称|号码，比如 当地12348热线|12348`)
    if (!/^[0-9-]{3,20}$/.test(number)) return bad(`“${number}”不是电话号码：只能有数字和“-”`)
    if (!VERIFIED_WORDS.has(flag) && !UNVERIFIED_WORDS.has(flag)) return bad(`“${flag}”看不懂：核实过写“核实”，没有就不写`)
    phones.push({ label, number, verified: VERIFIED_WORDS.has(flag) })
  }
  return good(phones)
}

export const formatPhonesSpec = (phones: readonly Phone[]): string => phones.map((p) => `${p.label}|${p.number}${p.verified ? '|核实' : ''}`).join('; ')

/** A code, or its Chinese name, from a table such as SERVICES or SERVICE_POINT_KINDS. */
const codeOf = <K extends string>(table: Record<K, string>, text: string): K | undefined => {
  const wanted = text.trim()
  return (Object.keys(table) as K[]).find((code) => code === wanted || table[code] === wanted)
}

export type ServiceId = keyof typeof SERVICES
export type PointKind = keyof typeof SERVICE_POINT_KINDS

export const parseKind = (text: string): Parsed<PointKind> => {
  const code = codeOf(SERVICE_POINT_KINDS, text)
  return code ? good(code) : bad(`没有“${text}”这种站点，可选：${Object.values(SERVICE_POINT_KINDS).join('、')}`)
}

export const parseServices = (text: string): Parsed<ServiceId[]> => {
  const services: ServiceId[] = []
  for (const part of splitList(text)) {
    const code = codeOf(SERVICES, part)
    if (!code) return bad(`没有“${part}”这项服务，可选：${Object.values(SERVICES).join('、')}`)
    services.push(code)
  }
  return good(services)
}

const YES = new Set(['是', 'true', '1', 'yes', 'y'])
const NO = new Set(['否', 'false', '0', 'no', 'n'])

/** 是/否 (or true/false, 1/0); blank takes the fallback. */
export const parseYesNo = (text: string, fallback: boolean): Parsed<boolean> => {
  const word = text.trim().toLowerCase()
  if (word === '') return good(fallback)
  if (YES.has(word)) return good(true)
  if (NO.has(word)) return good(false)
  return bad(`“${text}”请写“是”或“否”`)
}

/** A decimal degree, e.g. 30.6574. */
export const parseDegrees = (text: string): Parsed<number> => {
  const trimmed = text.trim()
  if (!trimmed) return bad('还没有填：请填一串数字，比如 30.6574（在手机地图上长按这个地方就能看到）')
  if (!/^-?\d{1,3}(\.\d+)?$/.test(trimmed)) return bad(`“${text}”要写成数字，比如 30.6574`)
  return good(Number(trimmed))
}
