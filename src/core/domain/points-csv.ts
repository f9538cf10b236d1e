/**
 * Service points from a spreadsheet (CSV). Every row is checked the way the admin form checks
 * one point; the result is either every point, or every problem (line, column, reason) so the
 * admin can fix the file in one go. Nothing is partly valid.
 */
import { ServicePointInputSchema, type ServicePointInput } from '../contracts/points'
import { toFieldIssues } from '../validation'
import { csvCell, parseCsv } from './csv'
import {
  formatHoursSpec,
  formatPhonesSpec,
  parseDegrees,
  parseHoursSpec,
  parseKind,
  parsePhonesSpec,
  parseServices,
  parseYesNo,
  splitList,
  type Parsed
} from './point-fields'
import { SERVICE_POINT_KINDS, SERVICES, type ServicePoint } from '../county/schema'

/** Columns in file order, each with the Chinese header a spreadsheet may use instead. */
export const POINT_CSV_COLUMNS = [
  ['id', '编号'],
  ['kind', '类型'],
  ['name', '名称'],
  ['province', '省'],
  ['city', '市'],
  ['address', '地址'],
  ['lat', '纬度'],
  ['lng', '经度'],
  ['phones', '电话'],
  ['hours', '开放时间'],
  ['closedDates', '休息日期'],
  ['services', '服务'],
  ['languages', '语言'],
  ['host', '依托单位'],
  ['active', '启用'],
  ['sample', '示例']
] as const

export type PointColumn = (typeof POINT_CSV_COLUMNS)[number][0]

/** A column that may be left out of a file (its blank value is used). */
const OPTIONAL_COLUMNS = new Set<PointColumn>(['closedDates', 'host', 'active', 'sample'])

export interface ImportProblem {
  /** The file's line number (the header is line 1). */
  line: number
  /** The column as the file names it, or 整行 for the whole row / 表头 for the header. */
  field: string
  reason: string
}

export type PointsCsvResult = { ok: true; points: ServicePointInput[] } | { ok: false; problems: ImportProblem[] }

const columnOfHeader = (header: string): PointColumn | undefined =>
  POINT_CSV_COLUMNS.find(([code, label]) => header.trim() === code || header.trim() === label)?.[0]

/** Where a schema issue belongs in the file: location.lat → lat, hours.0.open → hours. */
const columnOfPath = (path: string): PointColumn => {
  const [head, second] = path.split('.')
  if (head === 'location') return second === 'lng' ? 'lng' : 'lat'
  return (POINT_CSV_COLUMNS.find(([code]) => code === head)?.[0] ?? 'id') as PointColumn
}

interface RowContext {
  line: number
  cell(column: PointColumn): string
  label(column: PointColumn): string
}

/** One row to a point, or its problems. */
const readRow = (row: RowContext): { point?: ServicePointInput; problems: ImportProblem[] } => {
  const problems: ImportProblem[] = []
  const take = <T>(column: PointColumn, parsed: Parsed<T>): T | undefined => {
    if (parsed.ok) return parsed.value
    problems.push({ line: row.line, field: row.label(column), reason: parsed.reason })
    return undefined
  }
  const text = (column: PointColumn): string => row.cell(column).trim()

  const kind = take('kind', parseKind(text('kind')))
  const lat = take('lat', parseDegrees(text('lat')))
  const lng = take('lng', parseDegrees(text('lng')))
  const phones = take('phones', parsePhonesSpec(text('phones')))
  const hours = take('hours', parseHoursSpec(text('hours')))
  const services = take('services', parseServices(text('services')))
  const active = take('active', parseYesNo(text('active'), true))
  // Unconfirmed unless the file says otherwise: a point loses its 示例 badge only on purpose.
  const sample = take('sample', parseYesNo(text('sample'), true))
  if (problems.length > 0) return { problems }

  const host = text('host')
  const candidate = {
    id: text('id'),
    kind,
    name: text('name'),
    province: text('province'),
    city: text('city'),
    address: text('address'),
    location: { lat, lng },
    phones,
    hours,
    closedDates: splitList(text('closedDates')),
    services,
    languages: splitList(text('languages')),
    ...(host ? { host } : {}),
    active,
    sample
  }
  const parsed = ServicePointInputSchema.safeParse(candidate)
  if (parsed.success) return { point: parsed.data, problems }
  for (const issue of toFieldIssues(parsed.error)) {
    const column = columnOfPath(issue.path)
    problems.push({ line: row.line, field: row.label(column), reason: issue.message })
  }
  return { problems }
}

export const parsePointsCsv = (input: string): PointsCsvResult => {
  const csv = parseCsv(input)
  if (!csv.ok) return { ok: false, problems: [{ line: csv.line, field: '整行', reason: csv.reason }] }
  const [header, ...rows] = csv.records
  if (!header) return { ok: false, problems: [{ line: 1, field: '表头', reason: '文件是空的' }] }

  const columns = header.cells.map(columnOfHeader)
  const headerProblems: ImportProblem[] = []
  header.cells.forEach((name, index) => {
    if (!columns[index]) headerProblems.push({ line: header.line, field: name || `第${index + 1}列`, reason: '不认识这一列' })
  })
  for (const [code, label] of POINT_CSV_COLUMNS) {
    const count = columns.filter((c) => c === code).length
    if (count === 0 && !OPTIONAL_COLUMNS.has(code)) headerProblems.push({ line: header.line, field: code, reason: `缺少这一列（${label}）` })
    if (count > 1) headerProblems.push({ line: header.line, field: code, reason: '这一列出现了不止一次' })
  }
  if (headerProblems.length > 0) return { ok: false, problems: headerProblems }
  if (rows.length === 0) return { ok: false, problems: [{ line: header.line + 1, field: '整行', reason: '表头下面没有站点' }] }

  const problems: ImportProblem[] = []
  const points: ServicePointInput[] = []
  const firstLineOfId = new Map<string, number>()
  for (const record of rows) {
    if (record.cells.length !== header.cells.length) {
      problems.push({ line: record.line, field: '整行', reason: `这一行有 ${record.cells.length} 列，表头有 ${header.cells.length} 列` })
      continue
    }
    const row: RowContext = {
      line: record.line,
      cell: (column) => {
        const index = columns.indexOf(column)
        return index === -1 ? '' : record.cells[index]
      },
      label: (column) => {
        const index = columns.indexOf(column)
        return index === -1 ? column : header.cells[index].trim()
      }
    }
    const result = readRow(row)
    problems.push(...result.problems)
    if (!result.point) continue
    const seen = firstLineOfId.get(result.point.id)
    if (seen !== undefined) {
      problems.push({ line: record.line, field: row.label('id'), reason: `编号和第 ${seen} 行重复` })
      continue
    }
    firstLineOfId.set(result.point.id, record.line)
    points.push(result.point)
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, points }
}

/** Points as a CSV file in the same format (with English headers), e.g. to export and re-import. */
export const pointsToCsv = (points: readonly ServicePoint[]): string => {
  const yesNo = (value: boolean): string => (value ? '是' : '否')
  const lines = points.map((p) =>
    [
      p.id,
      SERVICE_POINT_KINDS[p.kind],
      p.name,
      p.province,
      p.city,
      p.address,
      String(p.location.lat),
      String(p.location.lng),
      formatPhonesSpec(p.phones),
      formatHoursSpec(p.hours),
      p.closedDates.join('; '),
      p.services.map((s) => SERVICES[s]).join('; '),
      p.languages.join('; '),
      p.host ?? '',
      yesNo(p.active),
      yesNo(p.sample)
    ]
      .map(csvCell)
      .join(',')
  )
  return [POINT_CSV_COLUMNS.map(([code]) => code).join(','), ...lines].join('\r\n') + '\r\n'
}

/** A problem as one line of the import report: "第 3 行 · lat：…". */
export const problemText = (p: ImportProblem): string => `第 ${p.line} 行 · ${p.field}：${p.reason}`
