import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { api, ok, type Member } from '@/api/client'
import { useSession } from './session'
import { useAgents } from './agents'

export interface Assignee {
  type: 'user' | 'agent'
  id: string
  name: string
}

/** The org being looked at: its slug, members, and names for every actor id. */
export const useOrg = defineStore('org', () => {
  const slug = ref<string>('')
  const members = ref<Record<string, Member>>({})

  const session = useSession()
  const agents = useAgents()

  const current = computed(() => session.orgs.find((o) => o.slug === slug.value) ?? null)
  const role = computed(() => current.value?.role ?? null)
  const canWrite = computed(() => role.value !== null && role.value !== 'viewer')
  const isAdmin = computed(() => role.value === 'admin' || role.value === 'owner')

  async function loadMembers() {
    const page = await ok(
      api.GET('/api/v1/orgs/{org_slug}/members', { params: { path: { org_slug: slug.value } } }),
    )
    members.value = Object.fromEntries(page.items.map((m) => [m.user_id, m]))
  }

  function actorName(type: string | null | undefined, id: string | null | undefined): string {
    if (!type || !id) return type === 'system' ? 'Mission Control' : 'Someone'
    if (type === 'user') {
      if (id === session.me?.id) return 'You'
      const member = members.value[id]
      return member ? member.display_name || member.email : 'A former member'
    }
    if (type === 'agent') return agents.byId[id]?.name ?? 'An agent'
    if (type === 'system') return 'Mission Control'
    return type
  }

  const assignees = computed<Assignee[]>(() => [
    ...Object.values(members.value).map((m) => ({
      type: 'user' as const,
      id: m.user_id,
      name: m.display_name || m.email,
    })),
    ...Object.values(agents.byId).map((a) => ({ type: 'agent' as const, id: a.id, name: a.name })),
  ])

  function reset(newSlug: string) {
    slug.value = newSlug
    members.value = {}
  }

  return {
    slug,
    members,
    current,
    role,
    canWrite,
    isAdmin,
    loadMembers,
    actorName,
    assignees,
    reset,
  }
})
