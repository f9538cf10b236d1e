/**
 * The file in an upload to the local cloud (its body read with http.ts's capped reader).
 * Browsers send the file either as the raw body (our client's XHR) or as multipart/form-data
 * (Taro.uploadFile on h5: one part holding the file).
 */

/** multipart/form-data's boundary, or null when the body is sent raw. */
export const multipartBoundary = (contentType: string | undefined): string | null => {
  const match = (contentType ?? '').match(/^multipart\/form-data;.*\bboundary=(?:"([^"]+)"|([^;\s]+))/i)
  return match ? (match[1] ?? match[2]) : null
}

/** The bytes of the first part that carries a file name; null when there is none or the body is broken. */
export const fileOfMultipart = (body: Buffer, boundary: string): Buffer | null => {
  const delimiter = Buffer.from(`--${boundary}`)
  let start = body.indexOf(delimiter)
  while (start !== -1) {
    const headersStart = start + delimiter.length + 2 // past the CRLF after the delimiter
    const headersEnd = body.indexOf('\r\n\r\n', headersStart)
    if (headersEnd === -1) return null
    const next = body.indexOf(Buffer.from(`\r\n--${boundary}`), headersEnd + 4)
    if (next === -1) return null
    const headers = body.subarray(headersStart, headersEnd).toString('utf8')
    if (/content-disposition:[^\r\n]*\bfilename=/i.test(headers)) return body.subarray(headersEnd + 4, next)
    start = next + 2
  }
  return null
}
