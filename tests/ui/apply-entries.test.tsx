/** The ways in: from a consultation to legal aid or mediation, carrying the consultation's id; 家人查进度 speaks of applications too. */
import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import ApplyFromConsultation from '@/consult/components/ApplyFromConsultation'
import FollowPage from '@/consult/pages/follow/index'

describe('the ways into an application', () => {
  it('opens the aid wizard and the mediation form with the consultation’s id', async () => {
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    render(<ApplyFromConsultation consultationId='consult-123456' />)
    await act(async () => void fireEvent.click(screen.getByText('帮我申请法律援助')))
    await act(async () => void fireEvent.click(screen.getByText('申请人民调解')))
    expect(navigate.mock.calls.map(([o]) => o.url)).toEqual([
      '/apply/pages/aid/index?fromConsultationId=consult-123456',
      '/apply/pages/mediation/index?fromConsultationId=consult-123456'
    ])
  })

  it('tells a relative that application tickets (HSY-, HST-) can be followed too', () => {
    render(<FollowPage />)
    expect(screen.getByText('帮家人查进度')).toBeTruthy()
    expect(screen.getByText(/法律援助申请和人民调解申请都能查.*“我的申请”.*HSY-20261201-0001/)).toBeTruthy()
  })
})
