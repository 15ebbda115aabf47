// Single-key and Cmd/Ctrl shortcuts. They never fire while someone is typing (inputs,
// textareas, selects, contenteditable) or while a dialog other than their own is open.
import { onBeforeUnmount, onMounted } from 'vue'

export interface Shortcut {
  /** e.g. 'c', '?', 'mod+k', 'shift+arrowright', 'enter' */
  keys: string
  handler: (event: KeyboardEvent) => void
  /** Fire even while typing (only sensible for mod+ chords and Escape). */
  whileTyping?: boolean
  /** Only when this returns true. */
  when?: () => boolean
}

export function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null
  if (!el || !el.tagName) return false
  if (el.isContentEditable) return true
  const tag = el.tagName.toLowerCase()
  if (tag === 'textarea' || tag === 'select') return true
  if (tag === 'input') {
    const type = (el as HTMLInputElement).type
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color'].includes(type)
  }
  return el.getAttribute('role') === 'combobox' || el.getAttribute('role') === 'textbox'
}

export function chord(event: KeyboardEvent): string {
  const parts: string[] = []
  if (event.metaKey || event.ctrlKey) parts.push('mod')
  if (event.altKey) parts.push('alt')
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key.toLowerCase()
  // Shift is part of the character for printable keys ('?' is shift+/).
  if (event.shiftKey && event.key.length > 1) parts.push('shift')
  parts.push(key)
  return parts.join('+')
}

export function dialogOpen(): boolean {
  return (
    document.querySelector(
      '[role="dialog"][data-state="open"], [role="alertdialog"][data-state="open"]',
    ) !== null
  )
}

/** Register shortcuts for the lifetime of the calling component. */
export function useShortcuts(shortcuts: Shortcut[]) {
  function onKey(event: KeyboardEvent) {
    if (event.defaultPrevented || event.isComposing) return
    const pressed = chord(event)
    for (const s of shortcuts) {
      if (s.keys !== pressed) continue
      if (!s.whileTyping && isTyping(event.target)) continue
      if (!s.whileTyping && dialogOpen()) continue
      if (s.when && !s.when()) continue
      event.preventDefault()
      s.handler(event)
      return
    }
  }
  onMounted(() => window.addEventListener('keydown', onKey))
  onBeforeUnmount(() => window.removeEventListener('keydown', onKey))
}
