/**
 * The browser build's file picker: a hidden `<input type="file">`, clicked for the citizen.
 * Taro's h5 chooseMedia cannot pick PDFs and has no chooseMessageFile, so one input serves both.
 * Cancelling answers no files.
 */
export const FILE_INPUT_ID = 'materials-file-input'

export const pickInBrowser = (accept: string): Promise<File[]> =>
  new Promise((resolve) => {
    document.getElementById(FILE_INPUT_ID)?.remove()
    const input = document.createElement('input')
    input.type = 'file'
    input.id = FILE_INPUT_ID
    input.accept = accept
    input.multiple = true
    input.style.cssText = 'position: fixed; top: -4000px; left: -4000px;'
    const finish = (files: File[]) => {
      input.remove()
      resolve(files)
    }
    input.addEventListener('change', () => finish([...(input.files ?? [])]))
    input.addEventListener('cancel', () => finish([]))
    document.body.appendChild(input)
    input.click()
  })
