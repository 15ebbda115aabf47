// One polite live region for the whole app: moves and other changes made without a
// mouse are read out by screen readers.
import { ref } from 'vue'

export const announcement = ref('')

export function announce(message: string) {
  // Clear first so the same words twice are read twice.
  announcement.value = ''
  setTimeout(() => (announcement.value = message), 30)
}
