import type { ErrorCode, FieldIssue } from '../../src/core/envelope'

/**
 * An expected failure a use case raises on purpose (not found, conflict, not allowed). The
 * router turns it into the error envelope; anything else thrown is a bug and is answered with
 * a generic message, never with its stack.
 */
export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: FieldIssue[]
  ) {
    super(message)
    this.name = 'AppFailure'
  }
}

export const notFound = (what: string): AppFailure => new AppFailure('RESOURCE.NOT_FOUND', `没有找到这条${what}`)
