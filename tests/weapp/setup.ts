// Loading the build and WeChat's template compiler takes a few seconds on a busy machine.
jest.setTimeout(60_000)

// A render error in a page (React reports it with console.error) or a bug in a cloud function
// fails the test that caused it, even when the page still shows something.
let errors: unknown[][] = []
const original = console.error
beforeEach(() => {
  errors = []
  console.error = (...args: unknown[]) => {
    errors.push(args)
    original(...args)
  }
})
afterEach(() => {
  console.error = original
  expect(errors.map((args) => args.map(String).join(' '))).toEqual([])
})
