// App-wide UI state other parts open: the command palette, shortcut help, quick create.
import { ref } from 'vue'

export const paletteOpen = ref(false)
export const helpOpen = ref(false)
/** Ask the current board to open its create form (the `c` shortcut, the palette). */
export const createRequest = ref(0)
export const pickerRequest = ref<{ kind: 'status' | 'assignee'; taskId: string } | null>(null)
