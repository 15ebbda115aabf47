// The one HTTP client: generated types (schema.d.ts) through openapi-fetch, cookie auth,
// the CSRF double-submit header on unsafe methods, and our error shape as ApiError.
import createClient, { type Middleware } from 'openapi-fetch'
import type { components, paths } from './schema'
import { ApiError, networkError } from './errors'

export type Schemas = components['schemas']
export type Task = Schemas['TaskOut']
export type Project = Schemas['ProjectOut']
export type Agent = Schemas['AgentOut']
export type Approval = Schemas['ApprovalOut']
export type Member = Schemas['MemberOut']
export type Me = Schemas['Me']
export type Meta = Schemas['Meta']
export type Provider = Schemas['ProviderOut']
export type EventOut = Schemas['EventOut']
export type TaskStatus = Task['status']
export type Priority = Task['priority']
export type Stage = Project['stage']

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

export function cookie(name: string): string | undefined {
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=')
    if (key === name) return decodeURIComponent(rest.join('='))
  }
  return undefined
}

const csrf: Middleware = {
  onRequest({ request }) {
    if (UNSAFE.has(request.method)) {
      const token = cookie('mc_csrf')
      if (token) request.headers.set('X-CSRF-Token', token)
    }
    return request
  },
}

export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' })
api.use(csrf)

export interface Answer<T> {
  data: T
  status: number
  response: Response
}

/** Await an openapi-fetch call: the data, or an ApiError in our shape (never a bare failure). */
export async function unwrap<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<Answer<T>> {
  let result: { data?: T; error?: unknown; response: Response }
  try {
    result = await call
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err
    throw networkError(err)
  }
  const { data, error, response } = result
  if (!response.ok) throw ApiError.from(response.status, error)
  return { data: data as T, status: response.status, response }
}

/** The data of a successful call (see unwrap). */
export async function ok<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  return (await unwrap(call)).data
}
