import fs from 'node:fs'
import path from 'node:path'
import { county } from '@/core/county/current'
import { parseCsv } from '@/core/domain/csv'
import { parseHoursSpec, formatHoursSpec, parsePhonesSpec } from '@/core/domain/point-fields'
import { parsePointsCsv, pointsToCsv, problemText } from '@/core/domain/points-csv'

const EXAMPLE = path.join(__dirname, '..', '..', 'cloudfunctions', 'seed', 'points-example.csv')

const HEADER = 'id,kind,name,province,city,address,lat,lng,phones,hours,closedDates,services,languages,host,active,sample'
const GOOD_ROW =
  'wuhou-station,驻外法律服务工作站,黑水县驻武侯工作站,四川省,成都市,武侯区某街道,30.64,104.04,当地12348热线|12348|核实,1-5 09:00-17:30,,法律咨询; 讨薪维权,普通话; 藏语,,是,是'

describe('CSV reading', () => {
  it('reads quoted cells with commas, doubled quotes and line breaks, CRLF and a BOM', () => {
    const parsed = parseCsv('\uFEFFa,b\r\n"x, y","say ""hi""\nagain"\r\n\r\nlast,\n')
    expect(parsed).toEqual({
      ok: true,
      records: [
        { line: 1, cells: ['a', 'b'] },
        { line: 2, cells: ['x, y', 'say "hi"\nagain'] },
        { line: 5, cells: ['last', ''] }
      ]
    })
  })

  it('reports an unclosed quote with its line', () => {
    expect(parseCsv('a,b\n"open,b\n')).toEqual({ ok: false, line: 2, reason: '引号没有配对' })
  })
})

describe('the text forms of hours and phones', () => {
  it('reads day ranges and several sessions, and writes them back the same way', () => {
    const hours = parseHoursSpec('1-5 09:00-12:00 14:00-17:30; 6 9:00-12:00')
    expect(hours).toEqual({
      ok: true,
      value: [
        { days: [1, 2, 3, 4, 5], open: '09:00', close: '12:00' },
        { days: [1, 2, 3, 4, 5], open: '14:00', close: '17:30' },
        { days: [6], open: '09:00', close: '12:00' }
      ]
    })
    if (hours.ok) expect(formatHoursSpec(hours.value)).toBe('1-5 09:00-12:00 14:00-17:30; 6 09:00-12:00')
  })

  it('explains what is wrong in plain words', () => {
    expect(parseHoursSpec('周一 09:00-12:00')).toMatchObject({ ok: false, reason: expect.stringContaining('1 到 7') })
    expect(parseHoursSpec('1-5 9点-12点')).toMatchObject({ ok: false, reason: expect.stringContaining('09:00-17:30') })
    expect(parsePhonesSpec('热线|12348|核实; 值班|call-me')).toMatchObject({ ok: false, reason: expect.stringContaining('call-me') })
    expect(parsePhonesSpec('热线|12348')).toEqual({ ok: true, value: [{ label: '热线', number: '12348', verified: false }] })
  })
})

describe('importing points from CSV', () => {
  it('accepts the shipped example file', () => {
    const result = parsePointsCsv(fs.readFileSync(EXAMPLE, 'utf8'))
    if (!result.ok) throw new Error(result.problems.map(problemText).join('\n'))
    expect(result.points.map((p) => p.id)).toEqual(['dongguan-station', 'dongguan-legal-aid', 'ningbo-station'])
    const ningbo = result.points[2]
    expect(ningbo.phones).toEqual([
      { label: '当地12348热线', number: '12348', verified: true },
      { label: '工作站值班电话', number: '0574-00000000', verified: false }
    ])
    expect(ningbo.services).toEqual(['consultation', 'wage-claim', 'mediation'])
    expect(ningbo.sample).toBe(true)
  })

  it('round-trips the county’s own points through the CSV format', () => {
    const csv = pointsToCsv(county.servicePoints)
    const result = parsePointsCsv(csv)
    if (!result.ok) throw new Error(result.problems.map(problemText).join('\n'))
    expect(result.points).toEqual(county.servicePoints)
  })

  it('reports every bad row with its line, column and reason, and returns no points', () => {
    const csv = [
      HEADER,
      GOOD_ROW,
      GOOD_ROW.replace('wuhou-station', 'far-station').replace('30.64', '95.1'),
      GOOD_ROW.replace('wuhou-station', 'odd-station').replace('法律咨询; 讨薪维权', '算命').replace(',是,是', ',也许,是'),
      GOOD_ROW,
      'short-row,驻外法律服务工作站'
    ].join('\n')
    const result = parsePointsCsv(csv)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems).toEqual([
      { line: 3, field: 'lat', reason: '不能大于 54' },
      { line: 4, field: 'services', reason: expect.stringContaining('没有“算命”这项服务') },
      { line: 4, field: 'active', reason: '“也许”请写“是”或“否”' },
      { line: 5, field: 'id', reason: '编号和第 2 行重复' },
      { line: 6, field: '整行', reason: '这一行有 2 列，表头有 16 列' }
    ])
    expect(problemText(result.problems[0])).toBe('第 3 行 · lat：不能大于 54')
  })

  it('checks the header: unknown and missing columns', () => {
    const result = parsePointsCsv('id,name,colour\nx,y,z\n')
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems).toContainEqual({ line: 1, field: 'colour', reason: '不认识这一列' })
    expect(result.problems).toContainEqual({ line: 1, field: 'lat', reason: '缺少这一列（纬度）' })
  })

  it('names columns the way the file does (Chinese headers) and keeps 示例 on when the column is blank', () => {
    const chinese =
      '编号,类型,名称,省,市,地址,纬度,经度,电话,开放时间,服务,语言\n' +
      'a-station,驻外法律服务工作站,某站,四川省,成都市,某地址,30.6,104.0,热线|12348,1-5 09:00-09:00,法律咨询,普通话\n'
    const result = parsePointsCsv(chinese)
    expect(result).toEqual({ ok: false, problems: [{ line: 2, field: '开放时间', reason: '“09:00-09:00”开门和关门时间一样' }] })
    const fixed = parsePointsCsv(chinese.replace('09:00-09:00', '09:00-17:00'))
    expect(fixed).toMatchObject({ ok: true, points: [{ id: 'a-station', sample: true, active: true, closedDates: [] }] })
  })

  it('refuses a header with no rows, and an empty file', () => {
    expect(parsePointsCsv(`${HEADER}\n`)).toEqual({ ok: false, problems: [{ line: 2, field: '整行', reason: '表头下面没有站点' }] })
    expect(parsePointsCsv('')).toEqual({ ok: false, problems: [{ line: 1, field: '表头', reason: '文件是空的' }] })
  })
})
