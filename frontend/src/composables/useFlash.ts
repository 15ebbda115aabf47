import { ref } from 'vue'

/** How long a row changed by someone else stays highlighted. */
export const FLASH_MS = 1600

/** Rows that just changed live, by id (the time each was flashed): `flash(id)` marks one
 *  and clears it after FLASH_MS unless it was flashed again meanwhile. */
export function useFlash() {
  const flashed = ref<Record<string, number>>({})

  function flash(id: string) {
    const at = Date.now()
    flashed.value = { ...flashed.value, [id]: at }
    setTimeout(() => {
      if (flashed.value[id] === at) {
        const { [id]: _gone, ...rest } = flashed.value
        flashed.value = rest
      }
    }, FLASH_MS)
  }

  return { flashed, flash }
}
