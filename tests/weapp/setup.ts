// Loading the build and WeChat's template compiler takes a few seconds on a busy machine.
jest.setTimeout(60_000)
