import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { api, ok, type Agent, type EventOut } from '@/api/client'
import { useFlash } from '@/composables/useFlash'

/** The org's agents by id; status changes arrive live. */
export const useAgents = defineStore('agents', () => {
  const byId = ref<Record<string, Agent>>({})
  const state = ref<'idle' | 'loading' | 'ready' | 'error'>('idle')
  const error = ref('')
  const { flashed, flash } = useFlash()
  const lastEvent: Record<string, number> = {}
  let org = ''

  const list = computed(() =>
    Object.values(byId.value).sort((a, b) => a.name.localeCompare(b.name)),
  )
  const counts = computed(() => {
    const out = { online: 0, busy: 0, idle: 0, offline: 0 }
    for (const a of list.value) out[a.status]++
    return out
  })

  function setOrg(slug: string) {
    if (slug === org) return
    org = slug
    byId.value = {}
    state.value = 'idle'
  }

  async function load() {
    if (state.value !== 'ready') state.value = 'loading'
    try {
      const fresh: Agent[] = []
      let cursor: string | undefined
      do {
        const page = await ok(
          api.GET('/api/v1/orgs/{org_slug}/agents', {
            params: { path: { org_slug: org }, query: { limit: 200, cursor } },
          }),
        )
        fresh.push(...page.items)
        cursor = page.next_cursor ?? undefined
      } while (cursor)
      byId.value = Object.fromEntries(fresh.map((a) => [a.id, a]))
      state.value = 'ready'
    } catch (err) {
      state.value = 'error'
      error.value = err instanceof Error ? err.message : String(err)
      throw err
    }
  }

  async function fetchOne(id: string) {
    try {
      byId.value[id] = await ok(
        api.GET('/api/v1/orgs/{org_slug}/agents/{agent_id}', {
          params: { path: { org_slug: org, agent_id: id } },
        }),
      )
    } catch {
      delete byId.value[id]
    }
  }

  function applyEvent(event: EventOut) {
    if (event.entity_type !== 'agent' || !event.entity_id) return
    const id = event.entity_id
    if ((lastEvent[id] ?? 0) >= event.id) return
    lastEvent[id] = event.id
    const known = byId.value[id]
    if (event.type === 'agent.deleted') {
      delete byId.value[id]
      return
    }
    const after = (event.payload as { after?: { status?: Agent['status'] } }).after
    if (known && event.type === 'agent.status_changed' && after?.status) {
      byId.value[id] = { ...known, status: after.status, last_seen_at: event.occurred_at }
    } else {
      void fetchOne(id)
    }
    flash(id)
  }

  /** Someone acting on the board is alive: the roster's "last seen" follows. */
  function sawActivity(event: EventOut) {
    if (event.actor.type !== 'agent' || !event.actor.id) return
    const known = byId.value[event.actor.id]
    if (known && (!known.last_seen_at || known.last_seen_at < event.occurred_at)) {
      byId.value[event.actor.id] = { ...known, last_seen_at: event.occurred_at }
    }
  }

  return {
    byId,
    list,
    counts,
    state,
    error,
    flashed,
    setOrg,
    load,
    fetchOne,
    applyEvent,
    sawActivity,
  }
})
