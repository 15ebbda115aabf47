import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { api, ok, type EventOut } from '@/api/client'

const KEEP = 200

/** The org's recent events, newest first, each once (by id): the live activity feed. */
export const useActivity = defineStore('activity', () => {
  const byId = ref<Record<number, EventOut>>({})
  const state = ref<'idle' | 'loading' | 'ready' | 'error'>('idle')
  const error = ref('')
  let org = ''

  const feed = computed(() =>
    Object.values(byId.value)
      .sort((a, b) => b.id - a.id)
      .slice(0, KEEP),
  )

  function setOrg(slug: string) {
    if (slug === org) return
    org = slug
    byId.value = {}
    state.value = 'idle'
  }

  async function load() {
    if (state.value !== 'ready') state.value = 'loading'
    try {
      const page = await ok(
        api.GET('/api/v1/orgs/{org_slug}/events', {
          params: { path: { org_slug: org }, query: { limit: 40 } },
        }),
      )
      const next = { ...byId.value }
      for (const e of page.items) next[e.id] = e
      byId.value = next
      state.value = 'ready'
    } catch (err) {
      state.value = 'error'
      error.value = err instanceof Error ? err.message : String(err)
      throw err
    }
  }

  /** One task's history from the event log, oldest first. */
  async function forEntity(entityId: string): Promise<EventOut[]> {
    const page = await ok(
      api.GET('/api/v1/orgs/{org_slug}/events', {
        params: {
          path: { org_slug: org },
          query: { entity_id: entityId, limit: 100, order: 'asc' },
        },
      }),
    )
    return page.items
  }

  function applyEvent(event: EventOut) {
    if (byId.value[event.id]) return
    byId.value[event.id] = event
    const ids = Object.keys(byId.value)
    if (ids.length > KEEP * 2) {
      const keep = new Set(feed.value.map((e) => String(e.id)))
      byId.value = Object.fromEntries(Object.entries(byId.value).filter(([id]) => keep.has(id)))
    }
  }

  return { byId, feed, state, error, setOrg, load, forEntity, applyEvent }
})
