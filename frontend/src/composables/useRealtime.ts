// The one live connection per tab: the org's event stream over SSE.
//
// Reconnects with exponential backoff and jitter, resumes with Last-Event-ID (the server
// replays what was missed: no gap, no duplicate), asks the stores to refetch after an
// `event: reset` or a gap too long to replay cheaply, and pauses while the tab is hidden.
import { ref, type Ref } from 'vue'
import type { EventOut } from '@/api/client'
import { SseParser } from '@/lib/sse'

export type RealtimeStatus = 'idle' | 'connecting' | 'live' | 'reconnecting' | 'paused' | 'stopped'

export interface VisibilitySource {
  readonly visibilityState: DocumentVisibilityState
  addEventListener(type: 'visibilitychange', listener: () => void): void
  removeEventListener(type: 'visibilitychange', listener: () => void): void
}

export interface RealtimeOptions {
  url: string
  onEvent: (event: EventOut) => void
  /** State may have been missed (reset, long gap): refetch what is shown. */
  onResync: () => void
  /** The session or key behind the stream is gone. */
  onAuthLost?: () => void
  onStatus?: (status: RealtimeStatus) => void
  fetch?: typeof fetch
  random?: () => number
  now?: () => number
  visibility?: VisibilitySource | null
  baseDelayMs?: number
  maxDelayMs?: number
  /** Resume by Last-Event-ID only within this gap; after it, refetch instead. */
  longGapMs?: number
  /** Hidden this long: close the stream until the tab is shown again. */
  hiddenGraceMs?: number
  /** Nothing heard (not even a heartbeat) this long: the stream is dead, reconnect. */
  silenceMs?: number
}

export class RealtimeConnection {
  status: RealtimeStatus = 'idle'
  lastEventId: number | null = null
  attempt = 0
  private controller: AbortController | null = null
  private retryTimer: ReturnType<typeof setTimeout> | null = null
  private hiddenTimer: ReturnType<typeof setTimeout> | null = null
  private silenceTimer: ReturnType<typeof setTimeout> | null = null
  private disconnectedAt: number | null = null
  private generation = 0
  private readonly o: Required<Omit<RealtimeOptions, 'visibility' | 'onAuthLost' | 'onStatus'>> &
    Pick<RealtimeOptions, 'visibility' | 'onAuthLost' | 'onStatus'>

  constructor(options: RealtimeOptions) {
    this.o = {
      fetch: (...args) => globalThis.fetch(...args),
      random: Math.random,
      now: Date.now,
      baseDelayMs: 1000,
      maxDelayMs: 30_000,
      longGapMs: 5 * 60_000,
      hiddenGraceMs: 15_000,
      silenceMs: 45_000,
      ...options,
      visibility:
        options.visibility === undefined
          ? typeof document === 'undefined'
            ? null
            : document
          : options.visibility,
    }
  }

  start() {
    if (this.status !== 'idle' && this.status !== 'stopped') return
    this.o.visibility?.addEventListener('visibilitychange', this.onVisibility)
    if (this.o.visibility?.visibilityState === 'hidden') this.setStatus('paused')
    else this.open()
  }

  stop() {
    this.o.visibility?.removeEventListener('visibilitychange', this.onVisibility)
    this.close()
    this.clearTimer('retryTimer')
    this.clearTimer('hiddenTimer')
    this.setStatus('stopped')
  }

  /** Backoff before attempt n (0-based): exponential, capped, with "equal jitter". */
  delay(attempt: number): number {
    const ceiling = Math.min(this.o.maxDelayMs, this.o.baseDelayMs * 2 ** attempt)
    return Math.round(ceiling / 2 + (this.o.random() * ceiling) / 2)
  }

  private setStatus(status: RealtimeStatus) {
    this.status = status
    this.o.onStatus?.(status)
  }

  private clearTimer(name: 'retryTimer' | 'hiddenTimer' | 'silenceTimer') {
    const timer = this[name]
    if (timer) clearTimeout(timer)
    this[name] = null
  }

  private close() {
    this.generation++
    this.controller?.abort()
    this.controller = null
    this.clearTimer('silenceTimer')
    if (this.disconnectedAt === null) this.disconnectedAt = this.o.now()
  }

  private onVisibility = () => {
    if (this.status === 'stopped') return
    if (this.o.visibility?.visibilityState === 'hidden') {
      this.clearTimer('hiddenTimer')
      this.hiddenTimer = setTimeout(() => {
        this.hiddenTimer = null
        this.close()
        this.clearTimer('retryTimer')
        this.setStatus('paused')
      }, this.o.hiddenGraceMs)
    } else {
      this.clearTimer('hiddenTimer')
      if (this.status === 'paused') {
        this.attempt = 0
        this.open()
      }
    }
  }

  private heard() {
    this.clearTimer('silenceTimer')
    const generation = this.generation
    this.silenceTimer = setTimeout(() => {
      if (generation !== this.generation) return
      this.close()
      this.retry()
    }, this.o.silenceMs)
  }

  private retry() {
    if (this.status === 'stopped' || this.status === 'paused') return
    this.setStatus('reconnecting')
    this.clearTimer('retryTimer')
    const wait = this.delay(this.attempt)
    this.attempt++
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null
      this.open()
    }, wait)
  }

  private open() {
    this.close()
    const generation = this.generation
    const gap = this.disconnectedAt === null ? 0 : this.o.now() - this.disconnectedAt
    let resync = false
    if (this.lastEventId !== null && gap > this.o.longGapMs) {
      // Replaying a long gap event by event costs more than reading the state again.
      this.lastEventId = null
      resync = true
    }
    const controller = new AbortController()
    this.controller = controller
    this.setStatus(
      this.attempt === 0 && this.status !== 'reconnecting' ? 'connecting' : 'reconnecting',
    )
    const headers: Record<string, string> = { Accept: 'text/event-stream' }
    if (this.lastEventId !== null) headers['Last-Event-ID'] = String(this.lastEventId)
    void this.run(generation, controller, headers, resync)
  }

  private async run(
    generation: number,
    controller: AbortController,
    headers: Record<string, string>,
    resync: boolean,
  ) {
    const current = () => generation === this.generation
    try {
      const response = await this.o.fetch(this.o.url, {
        headers,
        signal: controller.signal,
        credentials: 'same-origin',
        cache: 'no-store',
      })
      if (!current()) return
      if (response.status === 401 || response.status === 403) {
        this.stop()
        this.o.onAuthLost?.()
        return
      }
      if (!response.ok || !response.body) throw new Error(`stream answered ${response.status}`)
      this.heard()
      const decoder = new TextDecoder()
      const parser = new SseParser(
        (message) => {
          if (!current()) return
          this.heard()
          this.message(message.event, message.data, message.id)
        },
        () => {
          if (current()) this.heard()
        },
      )
      const reader = response.body.getReader()
      let opened = false
      for (;;) {
        const { value, done } = await reader.read()
        if (!current()) {
          void reader.cancel().catch(() => undefined)
          return
        }
        if (done) break
        if (!opened) {
          opened = true
          this.attempt = 0
          this.disconnectedAt = null
          this.setStatus('live')
          if (resync) this.o.onResync()
        }
        parser.push(decoder.decode(value, { stream: true }))
      }
    } catch (err) {
      if (!current()) return
      void err
    }
    if (!current()) return
    this.close()
    this.retry()
  }

  private message(type: string, data: string, id: string | null) {
    if (type === 'reset') {
      this.lastEventId = null
      this.o.onResync()
      return
    }
    if (type === 'error' || type === 'revoked') {
      if (type === 'revoked' || data.includes('credentials_revoked')) {
        this.stop()
        this.o.onAuthLost?.()
      }
      return
    }
    if (id === null) return // notifications ride the stream without an id
    const numeric = Number(id)
    if (!Number.isFinite(numeric)) return
    if (this.lastEventId !== null && numeric <= this.lastEventId) return // seen already
    let event: EventOut
    try {
      event = JSON.parse(data) as EventOut
    } catch {
      return
    }
    this.lastEventId = numeric
    this.o.onEvent(event)
  }
}

const status = ref<RealtimeStatus>('idle')
let connection: RealtimeConnection | null = null
let connectedOrg: string | null = null

export interface RealtimeHandlers {
  onEvent: (event: EventOut) => void
  onResync: () => void
  onAuthLost?: () => void
}

/** The tab's live connection (one at a time: switching orgs replaces it). */
export function useRealtime(): {
  status: Ref<RealtimeStatus>
  connect: (org: string, handlers: RealtimeHandlers) => void
  disconnect: () => void
} {
  function connect(org: string, handlers: RealtimeHandlers) {
    if (connection && connectedOrg === org) return
    connection?.stop()
    connectedOrg = org
    connection = new RealtimeConnection({
      url: `/api/v1/orgs/${encodeURIComponent(org)}/events/stream`,
      ...handlers,
      onStatus: (s) => (status.value = s),
    })
    connection.start()
  }
  function disconnect() {
    connection?.stop()
    connection = null
    connectedOrg = null
  }
  return { status, connect, disconnect }
}
