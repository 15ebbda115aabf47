import { defineStore } from 'pinia'
import { ref } from 'vue'

export type ToastKind = 'info' | 'success' | 'error'

export interface Toast {
  id: number
  kind: ToastKind
  title: string
  message?: string
}

let next = 1

/** Short messages in the corner; errors stay longer, every one can be dismissed. */
export const useToasts = defineStore('toasts', () => {
  const items = ref<Toast[]>([])

  function dismiss(id: number) {
    items.value = items.value.filter((t) => t.id !== id)
  }

  function push(kind: ToastKind, title: string, message?: string): number {
    const id = next++
    items.value = [...items.value.slice(-4), { id, kind, title, message }]
    setTimeout(() => dismiss(id), kind === 'error' ? 9000 : 4000)
    return id
  }

  return {
    items,
    dismiss,
    push,
    info: (title: string, message?: string) => push('info', title, message),
    success: (title: string, message?: string) => push('success', title, message),
    error: (title: string, message?: string) => push('error', title, message),
  }
})
