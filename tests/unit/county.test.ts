import data from '@/core/county/heishui.json'
import { county } from '@/core/county/current'
import { CountySchema } from '@/core/county/schema'
import { TIP_CATEGORIES } from '@/core/contracts/tips'

describe('the county data file', () => {
  it('passes the county schema', () => {
    expect(CountySchema.safeParse(data).success).toBe(true)
    expect(county.name).toBe('黑水县')
    expect(county.hotline.number).toBe('12348')
  })

  it('is used as written: the county the app reads passes the schema with every default already written out', () => {
    // current.ts does not parse at run time (it would put zod in the weapp main package), so the
    // file itself must be exactly what parsing would give.
    expect(CountySchema.parse(county)).toEqual(county)
  })

  it('has a monthly theme for every month, covering every tip category', () => {
    expect(county.monthlyThemes.map((t) => t.month).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
    expect(new Set(county.monthlyThemes.map((t) => t.category))).toEqual(new Set(TIP_CATEGORIES.map((c) => c.id)))
  })

  it('names the Guang’an out-of-county station of the county report, marked as a sample until confirmed', () => {
    const guangan = county.servicePoints.find((p) => p.kind === 'out-of-county-station' && p.city.startsWith('广安'))
    expect(guangan).toBeDefined()
    expect(guangan?.sample).toBe(true)
  })

  it('refuses a county whose themes leave a month out or repeat one', () => {
    const repeated = { ...data, monthlyThemes: data.monthlyThemes.map((t) => ({ ...t, month: t.month === 12 ? 11 : t.month })) }
    expect(CountySchema.safeParse(repeated).success).toBe(false)
    expect(CountySchema.safeParse({ ...data, monthlyThemes: data.monthlyThemes.slice(1) }).success).toBe(false)
  })

  it('refuses coordinates outside China and phones with letters', () => {
    const [point] = data.servicePoints
    const bad = { ...data, servicePoints: [{ ...point, location: { lat: 48.85, lng: 2.35 } }] }
    expect(CountySchema.safeParse(bad).success).toBe(false)
    const badPhone = { ...data, hotline: { ...data.hotline, number: 'call-me' } }
    expect(CountySchema.safeParse(badPhone).success).toBe(false)
  })
})
