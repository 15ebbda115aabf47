// Our error shape {"error": {"code", "message", "details"}} as a typed error whose
// `message` is plain words a person can act on.
import { statusLabel } from '@/lib/workflow'

export interface ErrorBody {
  code: string
  message: string
  details?: unknown
}

export class ApiError extends Error {
  readonly status: number
  readonly code: string
  readonly details: unknown
  readonly serverMessage: string

  constructor(status: number, body: ErrorBody) {
    super(plainWords(status, body))
    this.name = 'ApiError'
    this.status = status
    this.code = body.code
    this.details = body.details
    this.serverMessage = body.message
  }

  static from(status: number, raw: unknown): ApiError {
    const body = (raw as { error?: ErrorBody } | undefined)?.error
    if (body && typeof body.code === 'string') return new ApiError(status, body)
    return new ApiError(status, { code: `http_${status}`, message: '' })
  }
}

export function networkError(cause: unknown): ApiError {
  const err = new ApiError(0, {
    code: 'network',
    message: 'The server could not be reached. Check your connection and try again.',
  })
  err.cause = cause
  return err
}

function list(items: string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}

function fieldName(loc: unknown): string {
  const parts = Array.isArray(loc) ? loc.filter((p) => p !== 'body' && p !== 'query') : []
  const last = String(parts[parts.length - 1] ?? 'value')
  return last.replace(/_/g, ' ').replace(/^\w/, (c) => c.toUpperCase())
}

/** What to tell a person, from the status and our error body. */
export function plainWords(status: number, body: ErrorBody): string {
  const details = (body.details ?? {}) as Record<string, unknown>
  switch (body.code) {
    case 'transition_not_allowed': {
      const allowed = Array.isArray(details.allowed) ? details.allowed.map(String) : []
      const from = statusLabel(String(details.from ?? ''))
      const to = statusLabel(String(details.to ?? ''))
      const targets = allowed.length ? `It can go to ${list(allowed.map(statusLabel))}.` : ''
      if (details.from && details.to)
        return `A task in ${from} cannot move to ${to}. ${targets}`.trim()
      return `${body.message} ${targets}`.trim()
    }
    case 'dependencies_open': {
      const refs = Array.isArray(details.open_dependencies)
        ? details.open_dependencies.map(String)
        : []
      return refs.length
        ? `It waits on ${list(refs)}: finish ${refs.length === 1 ? 'that task' : 'those tasks'} first.`
        : body.message
    }
    case 'validation_error': {
      const errors = Array.isArray(body.details) ? (body.details as Record<string, unknown>[]) : []
      if (errors.length) {
        return errors
          .slice(0, 3)
          .map(
            (e) =>
              `${fieldName(e.loc)}: ${String(e.message ?? 'is not valid').replace(/^Value error, /, '')}.`,
          )
          .join(' ')
      }
      return 'Some of what you entered is not valid.'
    }
    case 'version_conflict':
      return 'Someone else changed this task a moment ago. Your view has been refreshed; try again.'
    case 'csrf_failed':
      return 'Your session’s security check failed. Reload the page and try again.'
    case 'rate_limited': {
      const retry = Number(details.retry_after ?? 0)
      return retry > 0
        ? `Too many attempts. Try again in ${Math.ceil(retry)} seconds.`
        : 'Too many attempts. Wait a moment and try again.'
    }
  }
  if (body.message && status !== 500) return body.message
  if (status === 0) return body.message
  if (status === 401) return 'Your session has ended. Sign in again.'
  if (status === 403) return 'You are not allowed to do this.'
  if (status === 404) return 'It is not there any more: it may have been moved or deleted.'
  if (status === 429) return 'Too many requests. Wait a moment and try again.'
  if (status >= 500) return 'Something went wrong on the server. Try again in a moment.'
  return 'The request failed. Try again.'
}

/** Plain words for any thrown value. */
export function describe(err: unknown): string {
  if (err instanceof ApiError) return err.message
  if (err instanceof Error && err.message) return err.message
  return 'Something went wrong. Try again.'
}
