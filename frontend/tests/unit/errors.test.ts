import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/errors'

describe('errors in plain words', () => {
  it('say which fields are wrong', () => {
    const err = ApiError.from(422, {
      error: {
        code: 'validation_error',
        message: 'The request is not valid.',
        details: [
          {
            loc: ['body', 'title'],
            type: 'string_too_short',
            message: 'String should have at least 1 character',
          },
        ],
      },
    })
    expect(err.message).toBe('Title: String should have at least 1 character.')
    expect(err.code).toBe('validation_error')
  })

  it('pass the server’s own words through and hide a 500’s', () => {
    expect(
      ApiError.from(403, {
        error: {
          code: 'not_an_approver',
          message: 'Only the project’s approvers, admins and owners may decide.',
        },
      }).message,
    ).toBe('Only the project’s approvers, admins and owners may decide.')
    expect(
      ApiError.from(500, { error: { code: 'internal_error', message: 'Traceback…' } }).message,
    ).toBe('Something went wrong on the server. Try again in a moment.')
  })

  it('make sense of a body that is not our shape', () => {
    expect(ApiError.from(502, 'Bad Gateway').message).toBe(
      'Something went wrong on the server. Try again in a moment.',
    )
    expect(ApiError.from(401, undefined).message).toBe('Your session has ended. Sign in again.')
  })
})
