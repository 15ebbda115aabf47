// The API client captures `fetch` when it is created: route it through a handler each
// test can replace (tests/unit/fakeApi.ts).
import { handle } from './fakeApi'

globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
  handle(input, init)) as typeof fetch
