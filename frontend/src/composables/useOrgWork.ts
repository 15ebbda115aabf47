// The org's open work, loaded once for the dashboard and the agents roster and kept live
// by the stream (the tasks store applies events to it).
import { computed, ref } from 'vue'
import type { Task } from '@/api/client'
import { describe } from '@/api/errors'
import { useTasks } from '@/stores/tasks'

const WORK: Task['status'][] = ['todo', 'in_progress', 'blocked', 'review', 'done']

export function useOrgWork() {
  const tasks = useTasks()
  const state = ref<'loading' | 'ready' | 'error'>('loading')
  const error = ref('')

  async function load() {
    state.value = 'loading'
    try {
      await tasks.loadOrg(WORK, 2000)
      state.value = 'ready'
    } catch (err) {
      error.value = describe(err)
      state.value = 'error'
    }
  }

  const all = computed(() => Object.values(tasks.byId))
  const perAgent = computed(() => {
    const out: Record<
      string,
      { assigned: number; in_progress: number; review: number; done: number; current: Task | null }
    > = {}
    for (const t of all.value) {
      if (t.assignee_type !== 'agent' || !t.assignee_id) continue
      const row = (out[t.assignee_id] ??= {
        assigned: 0,
        in_progress: 0,
        review: 0,
        done: 0,
        current: null,
      })
      if (t.status !== 'done' && t.status !== 'cancelled') row.assigned++
      if (t.status === 'in_progress') {
        row.in_progress++
        if (!row.current || t.updated_at > row.current.updated_at) row.current = t
      }
      if (t.status === 'review') row.review++
      if (t.status === 'done') row.done++
    }
    return out
  })

  return { state, error, load, all, perAgent }
}
