/** "Show more" under a paged list: says how many more come, busy while they load. */
import { Button } from '@tarojs/components'
import type { Pager } from '@/hooks/use-pager'

export default function ShowMoreButton({ pager, step, unit }: { pager: Pager<unknown>; step: number; unit: string }) {
  if (!pager.hasMore) return null
  const next = Math.min(step, pager.total - pager.items.length)
  return (
    <Button className='button show-more' loading={pager.loadingMore} disabled={pager.loadingMore} onClick={() => void pager.showMore()}>
      再看 {next} {unit}（还有 {pager.total - pager.items.length} {unit}）
    </Button>
  )
}
