/** 普法小贴士: search, the categories, and this month's theme. */
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, Input, Text, View } from '@tarojs/components'
import { TIP_CATEGORIES, TipsListPayloadSchema } from '@/core/contracts/tips'
import { parseWith } from '@/core/validation'
import { controlLabel } from '@/components/control-label'
import MonthlyThemeCard from '@/components/MonthlyThemeCard'
import FormError from '@/components/FormError'
import PageShell from '@/components/PageShell'
import { routeUrl } from '@/routes'
import './index.scss'

export default function TipsHomePage() {
  const [keyword, setKeyword] = useState('')
  const [problem, setProblem] = useState<string | null>(null)

  const search = () => {
    const checked = parseWith(TipsListPayloadSchema, { keyword })
    if (!checked.ok) {
      setProblem(checked.issues[0].message)
      return
    }
    setProblem(null)
    void Taro.navigateTo({ url: routeUrl('tipList', { keyword: checked.data.keyword ?? '' }) })
  }

  return (
    <PageShell>
      <View className='card stack'>
        <View className='row tips-search'>
          <Input
            className='tips-search-input field-input tap'
            value={keyword}
            placeholder='搜一搜，比如：工资、诈骗、离婚'
            confirmType='search'
            {...controlLabel('搜索普法小贴士')}
            onInput={(e) => setKeyword(e.detail.value)}
            onConfirm={search}
          />
          <Button className='button primary' onClick={search}>
            搜索
          </Button>
        </View>
        <FormError message={problem} />
      </View>

      <View className='grid-2'>
        {TIP_CATEGORIES.map((category) => (
          <View
            key={category.id}
            className='card tips-category tap'
            role='link'
            onClick={() => void Taro.navigateTo({ url: routeUrl('tipList', { category: category.id }) })}
          >
            <Text aria-hidden='true'>{category.icon}</Text>
            <Text>{category.label}</Text>
          </View>
        ))}
      </View>

      <MonthlyThemeCard />
    </PageShell>
  )
}
