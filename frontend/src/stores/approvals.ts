import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { api, ok, type Approval, type EventOut } from '@/api/client'

/** Pending approvals across the org, by id; the sidebar badge counts them. */
export const useApprovals = defineStore('approvals', () => {
  const pending = ref<Record<string, Approval>>({})
  const state = ref<'idle' | 'loading' | 'ready' | 'error'>('idle')
  const error = ref('')
  let org = ''
  let reloadTimer: ReturnType<typeof setTimeout> | null = null

  const list = computed(() =>
    Object.values(pending.value).sort((a, b) => a.created_at.localeCompare(b.created_at)),
  )
  const count = computed(() => list.value.length)
  const byTask = computed(() => Object.fromEntries(list.value.map((a) => [a.task_id, a])))

  function setOrg(slug: string) {
    if (slug === org) return
    org = slug
    pending.value = {}
    state.value = 'idle'
  }

  async function load() {
    if (state.value !== 'ready') state.value = 'loading'
    try {
      const fresh: Approval[] = []
      let cursor: string | undefined
      do {
        const page = await ok(
          api.GET('/api/v1/orgs/{org_slug}/approvals', {
            params: { path: { org_slug: org }, query: { status: 'pending', limit: 200, cursor } },
          }),
        )
        fresh.push(...page.items)
        cursor = page.next_cursor ?? undefined
      } while (cursor)
      pending.value = Object.fromEntries(fresh.map((a) => [a.id, a]))
      state.value = 'ready'
    } catch (err) {
      state.value = 'error'
      error.value = err instanceof Error ? err.message : String(err)
      throw err
    }
  }

  async function decide(id: string, approve: boolean, comment: string): Promise<Approval> {
    const params = { path: { org_slug: org, approval_id: id } }
    const body = { comment }
    const decided = approve
      ? await ok(
          api.POST('/api/v1/orgs/{org_slug}/approvals/{approval_id}/approve', { params, body }),
        )
      : await ok(
          api.POST('/api/v1/orgs/{org_slug}/approvals/{approval_id}/reject', { params, body }),
        )
    delete pending.value[id]
    return decided
  }

  function add(approval: Approval) {
    if (approval.status === 'pending') pending.value[approval.id] = approval
  }

  function applyEvent(event: EventOut) {
    if (event.entity_type !== 'approval' || !event.entity_id) return
    if (event.type !== 'approval.requested') delete pending.value[event.entity_id]
    // The log's payload is not the whole approval: read the pending list again, once per burst.
    if (reloadTimer) return
    reloadTimer = setTimeout(() => {
      reloadTimer = null
      void load().catch(() => undefined)
    }, 150)
  }

  return { pending, list, count, byTask, state, error, setOrg, load, decide, add, applyEvent }
})
