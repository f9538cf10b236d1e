/**
 * CSV as spreadsheets write it (RFC 4180): commas, "quoted" cells with "" for a quote and line
 * breaks inside, CRLF or LF, and the byte-order mark Excel puts at the start of UTF-8 files.
 * Each record keeps the line it starts on, so a report can say "第 7 行".
 */
export interface CsvRecord {
  line: number
  cells: string[]
}

export type CsvParse = { ok: true; records: CsvRecord[] } | { ok: false; line: number; reason: string }

export const parseCsv = (input: string): CsvParse => {
  const text = input.replace(/^\uFEFF/, '')
  const records: CsvRecord[] = []
  let cells: string[] = []
  let cell = ''
  let quoted = false
  let line = 1
  let recordLine = 1
  let cellStarted = false

  const endCell = () => {
    cells.push(cell)
    cell = ''
    cellStarted = false
  }
  const endRecord = () => {
    endCell()
    // A blank line is not a record.
    if (!(cells.length === 1 && cells[0].trim() === '')) records.push({ line: recordLine, cells })
    cells = []
  }

  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"'
        i += 1
      } else if (c === '"') {
        quoted = false
        const after = text[i + 1]
        if (after !== undefined && after !== ',' && after !== '\n' && after !== '\r') {
          return { ok: false, line, reason: '引号后面只能是逗号或换行' }
        }
      } else {
        if (c === '\n') line += 1
        cell += c
      }
      continue
    }
    if (c === '"' && !cellStarted) {
      quoted = true
      cellStarted = true
    } else if (c === ',') {
      endCell()
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i += 1
      endRecord()
      line += 1
      recordLine = line
    } else {
      cell += c
      cellStarted = true
    }
  }
  if (quoted) return { ok: false, line: recordLine, reason: '引号没有配对' }
  if (cell !== '' || cells.length > 0) endRecord()
  return { ok: true, records }
}

/** One cell, quoted only when it has to be. */
export const csvCell = (value: string): string => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value)
