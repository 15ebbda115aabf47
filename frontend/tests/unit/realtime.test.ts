import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { EventOut } from '@/api/client'
import {
  RealtimeConnection,
  type RealtimeOptions,
  type VisibilitySource,
} from '@/composables/useRealtime'
import { SseParser, type SseMessage } from '@/lib/sse'

/** A server end of one SSE response the test writes into. */
class Stream {
  private controller!: ReadableStreamDefaultController<Uint8Array>
  readonly body = new ReadableStream<Uint8Array>({ start: (c) => void (this.controller = c) })
  constructor(readonly headers: Record<string, string>) {}
  send(text: string) {
    this.controller.enqueue(new TextEncoder().encode(text))
  }
  event(id: number, type = 'task.moved') {
    const data: EventOut = {
      id,
      type,
      occurred_at: '2026-01-01T00:00:00Z',
      actor: { type: 'user', id: null },
      entity_type: 'task',
      entity_id: 't1',
      project_id: null,
      payload: {},
    }
    this.send(`event: ${type}\nid: ${id}\ndata: ${JSON.stringify(data)}\n\n`)
  }
  end() {
    this.controller.close()
  }
}

class Tab implements VisibilitySource {
  visibilityState: DocumentVisibilityState = 'visible'
  private listeners = new Set<() => void>()
  addEventListener(_: 'visibilitychange', l: () => void) {
    this.listeners.add(l)
  }
  removeEventListener(_: 'visibilitychange', l: () => void) {
    this.listeners.delete(l)
  }
  set(state: DocumentVisibilityState) {
    this.visibilityState = state
    for (const l of this.listeners) l()
  }
}

let streams: Stream[]
let events: number[]
let resyncs: number
let tab: Tab
let clock: number

function connect(over: Partial<RealtimeOptions> = {}) {
  const conn = new RealtimeConnection({
    url: '/api/v1/orgs/acme/events/stream',
    onEvent: (e) => events.push(e.id),
    onResync: () => resyncs++,
    random: () => 0.5,
    now: () => clock,
    visibility: tab,
    fetch: async (_url, init) => {
      const s = new Stream({ ...(init?.headers as Record<string, string>) })
      streams.push(s)
      return new Response(s.body, { status: 200, headers: { 'Content-Type': 'text/event-stream' } })
    },
    ...over,
  })
  conn.start()
  return conn
}

const flush = () => vi.advanceTimersByTimeAsync(0)

beforeEach(() => {
  vi.useFakeTimers()
  streams = []
  events = []
  resyncs = 0
  tab = new Tab()
  clock = 1_000_000
})
afterEach(() => vi.useRealTimers())

describe('the live connection', () => {
  it('delivers events in order and only once', async () => {
    const conn = connect()
    await flush()
    streams[0]!.send(': connected\n\n')
    streams[0]!.event(5)
    streams[0]!.event(6)
    streams[0]!.event(6) // a duplicate frame is ignored
    await flush()
    expect(events).toEqual([5, 6])
    expect(conn.status).toBe('live')
    conn.stop()
  })

  it('reconnects after a drop with backoff and resumes from the last event id', async () => {
    const conn = connect()
    await flush()
    streams[0]!.send(': connected\n\n')
    streams[0]!.event(41)
    await flush()
    streams[0]!.end()
    await flush()
    expect(conn.status).toBe('reconnecting')
    expect(streams).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(conn.delay(0) - 1)
    expect(streams).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(streams).toHaveLength(2)
    expect(streams[1]!.headers['Last-Event-ID']).toBe('41')
    streams[1]!.send(': connected\n\n')
    streams[1]!.event(42)
    await flush()
    expect(events).toEqual([41, 42])
    expect(resyncs).toBe(0)
    conn.stop()
  })

  it('backs off exponentially with jitter, capped', () => {
    const conn = new RealtimeConnection({
      url: '/x',
      onEvent: () => undefined,
      onResync: () => undefined,
      random: () => 0,
      visibility: null,
    })
    expect([0, 1, 2, 3, 10].map((n) => conn.delay(n))).toEqual([500, 1000, 2000, 4000, 15000])
    const top = new RealtimeConnection({
      url: '/x',
      onEvent: () => undefined,
      onResync: () => undefined,
      random: () => 0.999,
      visibility: null,
    })
    expect(top.delay(10)).toBeLessThanOrEqual(30_000)
    expect(top.delay(0)).toBeGreaterThan(990)
  })

  it('keeps retrying while the server is down, then resumes', async () => {
    let down = 2
    const conn = connect({
      fetch: async (_url, init) => {
        if (down-- > 0) throw new TypeError('Failed to fetch')
        const s = new Stream({ ...(init?.headers as Record<string, string>) })
        streams.push(s)
        return new Response(s.body, { status: 200 })
      },
    })
    conn.lastEventId = 7
    await vi.advanceTimersByTimeAsync(conn.delay(0) + conn.delay(1) + 10)
    expect(streams).toHaveLength(1)
    expect(streams[0]!.headers['Last-Event-ID']).toBe('7')
    conn.stop()
  })

  it('asks for a refetch on `event: reset` and carries on from the new events', async () => {
    const conn = connect()
    await flush()
    streams[0]!.send(': connected\n\nevent: reset\ndata: {"reason":"last_event_id_expired"}\n\n')
    streams[0]!.event(900)
    await flush()
    expect(resyncs).toBe(1)
    expect(events).toEqual([900])
    conn.stop()
  })

  it('refetches instead of replaying after a long gap', async () => {
    const conn = connect({ longGapMs: 60_000 })
    await flush()
    streams[0]!.send(': connected\n\n')
    streams[0]!.event(3)
    await flush()
    streams[0]!.end()
    await flush()
    clock += 120_000 // the machine slept
    await vi.advanceTimersByTimeAsync(conn.delay(0))
    expect(streams).toHaveLength(2)
    expect(streams[1]!.headers['Last-Event-ID']).toBeUndefined()
    streams[1]!.send(': connected\n\n')
    await flush()
    expect(resyncs).toBe(1)
    conn.stop()
  })

  it('pauses while the tab is hidden and resumes when shown', async () => {
    const conn = connect({ hiddenGraceMs: 1000 })
    await flush()
    streams[0]!.send(': connected\n\n')
    streams[0]!.event(12)
    await flush()
    tab.set('hidden')
    await vi.advanceTimersByTimeAsync(1000)
    expect(conn.status).toBe('paused')
    await vi.advanceTimersByTimeAsync(60_000)
    expect(streams).toHaveLength(1) // nothing while hidden
    tab.set('visible')
    await flush()
    expect(streams).toHaveLength(2)
    expect(streams[1]!.headers['Last-Event-ID']).toBe('12')
    conn.stop()
  })

  it('reconnects when even the heartbeats stop', async () => {
    const conn = connect({ silenceMs: 5000 })
    await flush()
    streams[0]!.send(': connected\n\n')
    await flush()
    await vi.advanceTimersByTimeAsync(5000 + conn.delay(0))
    expect(streams).toHaveLength(2)
    conn.stop()
  })

  it('stops and reports when the session is gone', async () => {
    let lost = 0
    const conn = connect({
      fetch: async () => new Response('{}', { status: 401 }),
      onAuthLost: () => lost++,
    })
    await flush()
    expect(lost).toBe(1)
    expect(conn.status).toBe('stopped')
  })
  it('stops for good on the final `event: revoked` frame of a revoked credential', async () => {
    let lost = 0
    const conn = connect({ onAuthLost: () => lost++ })
    await flush()
    streams[0]!.send('event: revoked\ndata: {"code":"credentials_revoked"}\n\n')
    streams[0]!.end()
    await flush()
    expect(lost).toBe(1)
    expect(conn.status).toBe('stopped')
    clock += 60_000
    await flush()
    expect(streams.length).toBe(1) // no reconnect with a dead credential
  })
})

describe('the SSE parser', () => {
  it('joins frames split anywhere, CRLF included, and skips comments and id-less data', () => {
    const out: SseMessage[] = []
    const comments: string[] = []
    const p = new SseParser(
      (m) => out.push(m),
      (c) => comments.push(c),
    )
    const raw =
      ': heartbeat\r\n\r\nevent: task.moved\r\nid: 7\r\ndata: {"a":\r\ndata: 1}\r\n\r\nevent: notification\ndata: {}\n\n'
    for (const ch of raw) p.push(ch)
    expect(comments).toEqual(['heartbeat'])
    expect(out).toEqual([
      { event: 'task.moved', id: '7', data: '{"a":\n1}' },
      { event: 'notification', id: null, data: '{}' },
    ])
  })
})
