import { ERROR_STATUS, fail, ok, statusOf } from '@/core/envelope'

describe('envelope', () => {
  it('wraps data and errors in one shape', () => {
    expect(ok({ n: 1 })).toEqual({ ok: true, data: { n: 1 } })
    expect(fail('RESOURCE.NOT_FOUND', '没有找到')).toEqual({ ok: false, error: { code: 'RESOURCE.NOT_FOUND', message: '没有找到' } })
  })

  it('carries field issues only when there are some', () => {
    expect(fail('INPUT.INVALID', '有问题', [])).toEqual({ ok: false, error: { code: 'INPUT.INVALID', message: '有问题' } })
    expect(fail('INPUT.INVALID', '有问题', [{ path: 'name', message: '请填写名字' }])).toMatchObject({
      error: { issues: [{ path: 'name', message: '请填写名字' }] }
    })
  })

  it('maps every error code to the HTTP status the local cloud answers', () => {
    expect(statusOf('INPUT.INVALID')).toBe(400)
    expect(statusOf('AUTH.REQUIRED')).toBe(401)
    expect(statusOf('AUTH.FORBIDDEN')).toBe(403)
    expect(statusOf('RESOURCE.NOT_FOUND')).toBe(404)
    expect(statusOf('RESOURCE.CONFLICT')).toBe(409)
    expect(statusOf('REQUEST.TOO_LARGE')).toBe(413)
    expect(statusOf('REQUEST.TOO_MANY')).toBe(429)
    expect(statusOf('SERVER.INTERNAL')).toBe(500)
    for (const code of Object.keys(ERROR_STATUS)) expect(code).toMatch(/^[A-Z_]+\.[A-Z_]+$/)
  })
})
