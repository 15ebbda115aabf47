// SortableJS used directly on one list element. Sortable moves DOM nodes itself; Vue owns
// these nodes, so on drop we put the node back where it was and report the move: the
// store changes, and Vue renders the card in its new place (or leaves it, if refused).
import Sortable from 'sortablejs'
import { onBeforeUnmount, onMounted, type Ref } from 'vue'

export interface SortableDrop {
  id: string
  from: string
  to: string
  /** Index among the target list's other cards. */
  index: number
}

export interface SortableOptions {
  /** Lists sharing a group exchange cards. */
  group: string
  /** This list's name, reported as `from`/`to` (e.g. the status or stage). */
  name: string
  onStart?: (id: string, from: string) => void
  onEnd?: () => void
  onDrop: (drop: SortableDrop) => void
  disabled?: () => boolean
}

export function useSortable(el: Ref<HTMLElement | null>, options: SortableOptions) {
  let sortable: Sortable | null = null

  onMounted(() => {
    if (!el.value) return
    el.value.dataset.list = options.name
    sortable = Sortable.create(el.value, {
      group: options.group,
      draggable: '[data-id]',
      animation: window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 0 : 150,
      ghostClass: 'mc-drag-ghost',
      chosenClass: 'mc-drag-chosen',
      forceFallback: false,
      fallbackTolerance: 4,
      delayOnTouchOnly: true,
      delay: 120,
      disabled: options.disabled?.() ?? false,
      onStart(evt) {
        const id = evt.item.dataset.id
        if (id) options.onStart?.(id, options.name)
      },
      onEnd(evt) {
        const { item, from, to, oldIndex, newDraggableIndex } = evt
        options.onEnd?.()
        const id = item.dataset.id
        if (!id || oldIndex === undefined || newDraggableIndex === undefined) return
        const target = to.dataset.list ?? options.name
        // Undo Sortable's DOM move: restore the node to its old parent and place.
        item.remove()
        from.insertBefore(item, from.children[oldIndex] ?? null)
        if (from === to && evt.oldDraggableIndex === newDraggableIndex) return
        options.onDrop({ id, from: options.name, to: target, index: newDraggableIndex })
      },
    })
  })

  onBeforeUnmount(() => {
    sortable?.destroy()
    sortable = null
  })

  return {
    setDisabled(value: boolean) {
      sortable?.option('disabled', value)
    },
  }
}
