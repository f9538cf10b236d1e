/**
 * A staff answer with tips attached ends with “推荐阅读：《title》《title》” (written by the
 * staff reply use case). The reader's screen splits that line off so each title can be opened.
 */
const MENTIONS = /\n*推荐阅读：((?:《[^《》]+》)+)\s*$/

export const splitTipMentions = (text: string): { body: string; titles: string[] } => {
  const found = MENTIONS.exec(text)
  if (!found) return { body: text, titles: [] }
  return { body: text.slice(0, found.index), titles: [...found[1].matchAll(/《([^《》]+)》/g)].map((m) => m[1]) }
}
