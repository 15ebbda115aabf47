// A Server-Sent Events parser (the WHATWG rules) for streams read with fetch, which,
// unlike EventSource, lets us send Last-Event-ID ourselves and own the reconnects.

export interface SseMessage {
  event: string
  data: string
  id: string | null
}

export class SseParser {
  private buffer = ''
  private event = ''
  private data: string[] = []
  private id: string | null = null
  private sawId = false

  constructor(
    private readonly onMessage: (message: SseMessage) => void,
    private readonly onComment: (text: string) => void = () => undefined,
  ) {}

  push(chunk: string) {
    this.buffer += chunk
    let start = 0
    for (;;) {
      const match = /\r\n|\r|\n/.exec(this.buffer.slice(start))
      if (!match) break
      // A lone \r at the very end may be the first half of \r\n: wait for more.
      if (match[0] === '\r' && start + match.index === this.buffer.length - 1) break
      const line = this.buffer.slice(start, start + match.index)
      start += match.index + match[0].length
      this.line(line)
    }
    this.buffer = this.buffer.slice(start)
  }

  private line(line: string) {
    if (line === '') {
      this.dispatch()
      return
    }
    if (line.startsWith(':')) {
      this.onComment(line.slice(1).trimStart())
      return
    }
    const colon = line.indexOf(':')
    const field = colon === -1 ? line : line.slice(0, colon)
    let value = colon === -1 ? '' : line.slice(colon + 1)
    if (value.startsWith(' ')) value = value.slice(1)
    if (field === 'event') this.event = value
    else if (field === 'data') this.data.push(value)
    else if (field === 'id' && !value.includes('\0')) {
      this.id = value
      this.sawId = true
    }
  }

  private dispatch() {
    const hadId = this.sawId
    const message: SseMessage = {
      event: this.event || 'message',
      data: this.data.join('\n'),
      id: hadId ? this.id : null,
    }
    const empty = this.data.length === 0
    this.event = ''
    this.data = []
    this.sawId = false
    if (!empty) this.onMessage(message)
  }
}
