/**
 * Every page of the app in one typed table. Pages open each other by name through routeUrl,
 * so a page that moves is changed here once, and a missing or misspelt query is a type error.
 * (tests/unit/routes.test.ts holds this table to src/app.config.ts.)
 */
import type { ChannelId } from '@/core/contracts/consult'

export const ROUTES = {
  home: '/pages/home/index',
  settings: '/pages/settings/index',
  identity: '/pages/identity/index',
  tips: '/tips/pages/index/index',
  tipList: '/tips/pages/list/index',
  tip: '/tips/pages/detail/index',
  book: '/consult/pages/book/index',
  booked: '/consult/pages/done/index',
  myConsultations: '/consult/pages/mine/index',
  consultation: '/consult/pages/detail/index',
  follow: '/consult/pages/follow/index',
  applyAid: '/apply/pages/aid/index',
  applyMediation: '/apply/pages/mediation/index',
  myApplications: '/apply/pages/mine/index',
  application: '/apply/pages/detail/index',
  stations: '/stations/pages/index/index',
  station: '/stations/pages/detail/index',
  stationsAdmin: '/stations/pages/admin/index',
  stationEdit: '/stations/pages/edit/index',
  staffHome: '/staff/pages/index/index',
  staffCase: '/staff/pages/case/index',
  staffJoin: '/staff/pages/join/index',
  staffAdmin: '/staff/pages/admin/index',
  staffAudit: '/staff/pages/audit/index',
  staffStats: '/staff/pages/stats/index',
  staffTips: '/staff/pages/tips/index',
  staffTipEdit: '/staff/pages/tip-edit/index',
  staffApplications: '/staff/pages/applications/index',
  staffApplication: '/staff/pages/application/index'
} as const

export type RouteName = keyof typeof ROUTES

/** The query each page reads (pages not listed take none). */
interface RouteQueries {
  tipList: { category?: string; keyword?: string }
  tip: { id: string }
  book: { channel?: ChannelId; pointId?: string }
  booked: { id: string }
  consultation: { id: string }
  applyAid: { fromConsultationId?: string }
  applyMediation: { fromConsultationId?: string }
  application: { id: string }
  station: { id: string }
  stationEdit: { id?: string }
  staffCase: { id: string }
  staffAudit: { consultationId?: string; ticket?: string; actorOpenid?: string; actorName?: string }
  staffTipEdit: { id?: string }
  staffApplication: { id: string }
}

/** A query whose fields are all optional may be left out. */
type QueryOf<N extends RouteName> = N extends keyof RouteQueries
  ? Record<string, never> extends RouteQueries[N]
    ? [query?: RouteQueries[N]]
    : [query: RouteQueries[N]]
  : []

/** The URL of a page with its query, every value encoded. */
export const routeUrl = <N extends RouteName>(name: N, ...[query]: QueryOf<N>): string => {
  const pairs = Object.entries((query ?? {}) as Record<string, string | undefined>).filter((pair): pair is [string, string] => pair[1] !== undefined)
  return pairs.length === 0 ? ROUTES[name] : `${ROUTES[name]}?${pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`
}
