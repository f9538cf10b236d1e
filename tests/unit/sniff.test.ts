/** A file's type comes from its first bytes, whatever its name says. */
import { sniffMaterialType } from '../../cloudfunctions/files/sniff'
import { exeBytes, jpegBytes, pdfBytes, pngBytes, textBytes, webpBytes } from '../helpers/material-files'

describe('sniffMaterialType', () => {
  it('recognises real JPEG, PNG, WebP and PDF files', () => {
    expect(sniffMaterialType(jpegBytes())).toBe('image/jpeg')
    expect(sniffMaterialType(pngBytes())).toBe('image/png')
    expect(sniffMaterialType(webpBytes())).toBe('image/webp')
    expect(sniffMaterialType(pdfBytes())).toBe('application/pdf')
  })

  it('refuses text named 工资条.jpg, a Windows program, and an empty file', () => {
    expect(sniffMaterialType(textBytes())).toBeNull()
    expect(sniffMaterialType(exeBytes())).toBeNull()
    expect(sniffMaterialType(Buffer.alloc(0))).toBeNull()
  })

  it('refuses a RIFF file that is not WebP (a WAV sound) and a file cut off inside the signature', () => {
    const wav = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WAVEfmt ')])
    expect(sniffMaterialType(wav)).toBeNull()
    expect(sniffMaterialType(pngBytes().subarray(0, 7))).toBeNull()
    expect(sniffMaterialType(Buffer.from('RIFF'))).toBeNull()
  })
})
