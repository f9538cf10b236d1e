/**
 * Saving the statistics CSV. In a browser it downloads as a file; in WeChat a CSV cannot be
 * opened as a document, so the page shows the text with a copy button instead.
 */
export const canDownload = (): boolean => process.env.TARO_ENV === 'h5' && typeof document !== 'undefined'

const BOM = '\uFEFF'

/**
 * Browser only: a UTF-8 file that starts with one BOM, so Excel reads the Chinese correctly
 * (the cloud's CSV already carries it; a second one would show as junk in the first cell).
 */
export const downloadCsv = (filename: string, csv: string): void => {
  const blob = new Blob([csv.startsWith(BOM) ? csv : `${BOM}${csv}`], { type: 'text/csv;charset=utf-8' })
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
