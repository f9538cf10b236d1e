import { county } from '@/core/county/current'
import { action } from '@/core/contracts/action'
import { z } from '@/core/zod'
import { defineFunction } from '../../cloudfunctions/runtime/define-function'
import { AppFailure } from '../../cloudfunctions/runtime/failure'
import { wordListCheck } from '../../cloudfunctions/content-check/word-list'
import { openTempStore, type TempStore } from '../helpers/temp-store'
import { sharedTempFiles } from '../helpers/temp-files'

const contract = {
  echo: action<{ text: string }>()(z.object({ text: z.string().max(5, '最多 5 个字') })),
  whoAmI: action<{ openid: string | null; role: string }>()(z.object({})),
  staffOnly: action<string>()(z.object({})),
  adminOnly: action<string>()(z.object({})),
  missing: action<string>()(z.object({})),
  broken: action<string>()(z.object({}))
}

const probe = defineFunction('probe', contract, {
  echo: { access: 'public', run: async ({ text }) => ({ text }) },
  whoAmI: { access: 'signed-in', run: async (_p, { caller }) => ({ openid: caller.openid, role: caller.role }) },
  staffOnly: { access: 'staff', run: async () => 'staff work' },
  adminOnly: { access: 'admin', run: async () => 'admin work' },
  missing: {
    access: 'public',
    run: async () => {
      throw new AppFailure('RESOURCE.NOT_FOUND', '没有找到这条咨询')
    }
  },
  broken: {
    access: 'public',
    run: async () => {
      throw new Error('secret internals at /srv/db.ts:42')
    }
  }
})

describe('the cloud function router', () => {
  let temp: TempStore
  const call = (event: unknown, openid: string | null = null) =>
    probe.handle(event, { openid, store: temp.store, county, contentCheck: wordListCheck(), files: sharedTempFiles() })

  beforeEach(() => {
    temp = openTempStore()
  })
  afterEach(() => temp.cleanup())

  it('runs a known action with its parsed payload', async () => {
    expect(await call({ action: 'echo', payload: { text: '你好' } })).toEqual({ ok: true, data: { text: '你好' } })
  })

  it('answers an unknown action with a clear error, not undefined', async () => {
    expect(await call({ action: 'drop', payload: {} })).toMatchObject({ ok: false, error: { code: 'ACTION.UNKNOWN' } })
    expect(await call({ action: 'toString', payload: {} })).toMatchObject({ ok: false, error: { code: 'ACTION.UNKNOWN' } })
  })

  it('refuses a malformed request and a bad payload with field issues in Chinese', async () => {
    expect(await call('not an object')).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID' } })
    expect(await call({ action: 'echo', payload: { text: '这段话太长了' } })).toEqual({
      ok: false,
      error: { code: 'INPUT.INVALID', message: '填写的内容有问题，请按提示修改', issues: [{ path: 'text', message: '最多 5 个字' }] }
    })
  })

  it('takes identity from the platform and the role from the staff table, never from the payload', async () => {
    expect(await call({ action: 'whoAmI', payload: {} })).toMatchObject({ ok: false, error: { code: 'AUTH.REQUIRED' } })
    expect(await call({ action: 'whoAmI', payload: { openid: 'someone-else', role: 'admin' } }, 'o-citizen')).toEqual({
      ok: true,
      data: { openid: 'o-citizen', role: 'citizen' }
    })
    expect(await call({ action: 'adminOnly', payload: { role: 'admin' } }, 'o-citizen')).toMatchObject({
      ok: false,
      error: { code: 'AUTH.FORBIDDEN' }
    })
  })

  it('lets staff do staff actions and only admins do admin actions', async () => {
    await temp.store.staff.upsert({ openid: 'o-staff', role: 'staff', kind: 'lawyer', pointIds: [], name: '王' })
    await temp.store.staff.upsert({ openid: 'o-admin', role: 'admin', kind: 'admin', pointIds: [], name: '赵' })
    expect(await call({ action: 'staffOnly', payload: {} }, 'o-citizen')).toMatchObject({ error: { code: 'AUTH.FORBIDDEN' } })
    expect(await call({ action: 'staffOnly', payload: {} }, 'o-staff')).toEqual({ ok: true, data: 'staff work' })
    expect(await call({ action: 'adminOnly', payload: {} }, 'o-staff')).toMatchObject({ error: { code: 'AUTH.FORBIDDEN' } })
    expect(await call({ action: 'adminOnly', payload: {} }, 'o-admin')).toEqual({ ok: true, data: 'admin work' })
  })

  it('turns an expected failure into its envelope', async () => {
    expect(await call({ action: 'missing', payload: {} })).toEqual({
      ok: false,
      error: { code: 'RESOURCE.NOT_FOUND', message: '没有找到这条咨询' }
    })
  })

  it('never leaks a bug’s message or stack to the caller', async () => {
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    const answer = await call({ action: 'broken', payload: {} })
    expect(answer).toMatchObject({ ok: false, error: { code: 'SERVER.INTERNAL' } })
    expect(JSON.stringify(answer)).not.toMatch(/secret internals|db\.ts/)
    expect(logged).toHaveBeenCalled()
    logged.mockRestore()
  })
})
