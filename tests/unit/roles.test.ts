import { roleMeets } from '@/core/roles'

describe('roleMeets', () => {
  it('lets anyone do public and signed-in actions', () => {
    expect(roleMeets('citizen', 'public')).toBe(true)
    expect(roleMeets('citizen', 'signed-in')).toBe(true)
  })

  it('keeps staff actions from citizens and admin actions from staff', () => {
    expect(roleMeets('citizen', 'staff')).toBe(false)
    expect(roleMeets('staff', 'staff')).toBe(true)
    expect(roleMeets('admin', 'staff')).toBe(true)
    expect(roleMeets('staff', 'admin')).toBe(false)
    expect(roleMeets('admin', 'admin')).toBe(true)
  })
})
