// A stand-in for the server at the fetch boundary: each test answers requests by method and path.
export interface Call {
  method: string
  path: string
  query: URLSearchParams
  body: unknown
  headers: Headers
}

type Answer = { status: number; body?: unknown } | Response
type Handler = (call: Call) => Answer | Promise<Answer>

let handler: Handler = (call) => ({
  status: 500,
  body: { error: { code: 'no_handler', message: `${call.method} ${call.path}` } },
})
export const calls: Call[] = []

export function answer(h: Handler) {
  handler = h
  calls.length = 0
}

export async function handle(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const request =
    input instanceof Request ? input : new Request(new URL(String(input), 'http://mc.test'), init)
  const url = new URL(request.url, 'http://mc.test')
  const text = request.method === 'GET' || request.method === 'HEAD' ? '' : await request.text()
  const call: Call = {
    method: request.method,
    path: url.pathname,
    query: url.searchParams,
    body: text ? JSON.parse(text) : undefined,
    headers: request.headers,
  }
  calls.push(call)
  const result = await handler(call)
  if (result instanceof Response) return result
  const status = result.status
  return new Response(status === 204 ? null : JSON.stringify(result.body ?? null), {
    status,
    headers: { 'Content-Type': 'application/json' },
  })
}

export function errorBody(code: string, message: string, details?: unknown) {
  return { error: { code, message, details } }
}
