/** The consent (个人信息保护法第二十九条) says what applications add: uploaded materials, and township mediators as readers. */
import { render, screen } from '@testing-library/react'
import PrivacyNotice from '@/components/PrivacyNotice'

describe('the privacy notice', () => {
  it('names uploaded materials, the mediators who read a mediation request, and that materials are deleted too', () => {
    render(<PrivacyNotice consented={false} onChange={() => undefined} error={null} />)
    expect(screen.getByText(/上传的证件、证据照片和文件/)).toBeTruthy()
    expect(screen.getByText(/乡镇人民调解委员会的调解员/)).toBeTruthy()
    expect(screen.getByText(/咨询、申请或调解结束 3 年后.*上传的材料会被删除/)).toBeTruthy()
  })
})
