/**
 * Parse input with a contract schema and turn zod's issues into the envelope's field issues.
 * Used by the client before sending (forms show these messages) and by the cloud on arrival.
 */
import type { z } from './zod'
import type { FieldIssue } from './envelope'

export type Parsed<T> = { ok: true; data: T } | { ok: false; issues: FieldIssue[] }

/** zod's default English messages are replaced by one plain Chinese line per kind of problem. */
const genericMessage = (issue: z.core.$ZodIssue): string => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? '这一项必须填写' : '填写的格式不对'
    case 'too_small':
      if (issue.origin === 'string') return `至少要写 ${String(issue.minimum)} 个字`
      return issue.origin === 'array' ? `至少要有 ${String(issue.minimum)} 条` : `不能小于 ${String(issue.minimum)}`
    case 'too_big':
      if (issue.origin === 'string') return `不能超过 ${String(issue.maximum)} 个字`
      return issue.origin === 'array' ? `最多只能有 ${String(issue.maximum)} 条` : `不能大于 ${String(issue.maximum)}`
    case 'unrecognized_keys':
      return `多了不认识的内容：${issue.keys.join('、')}`
    default:
      return '填写的内容不对'
  }
}

/** A message written in a schema (Chinese) wins; zod's built-in English ones are replaced. */
const messageOf = (issue: z.core.$ZodIssue): string => (/[\u4e00-\u9fff]/.test(issue.message) ? issue.message : genericMessage(issue))

export const toFieldIssues = (error: z.ZodError): FieldIssue[] =>
  error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: messageOf(issue) }))

/** The first problem with one field (or anything inside it), or null when it is fine. */
export const messageFor = (issues: FieldIssue[], path: string): string | null =>
  issues.find((i) => i.path === path || i.path.startsWith(`${path}.`))?.message ?? null

export const parseWith = <S extends z.ZodType>(schema: S, input: unknown): Parsed<z.output<S>> => {
  const result = schema.safeParse(input)
  return result.success ? { ok: true, data: result.data } : { ok: false, issues: toFieldIssues(result.error) }
}
