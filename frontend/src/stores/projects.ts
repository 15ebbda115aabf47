import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { api, ok, type EventOut, type Project, type Schemas, type Stage } from '@/api/client'
import { comparePositions, keyBetween } from '@/lib/positions'
import { useFlash } from '@/composables/useFlash'

/** Projects by id, with lanes (by stage, in board order) derived from the map. */
export const useProjects = defineStore('projects', () => {
  const byId = ref<Record<string, Project>>({})
  const state = ref<'idle' | 'loading' | 'ready' | 'error'>('idle')
  const error = ref('')
  const archivedLoaded = ref(false)
  const { flashed, flash } = useFlash()
  const lastEvent: Record<string, number> = {}
  let org = ''

  const lanes = computed(() => {
    const out: Partial<Record<Stage, Project[]>> = {}
    for (const p of Object.values(byId.value)) (out[p.stage] ??= []).push(p)
    for (const list of Object.values(out))
      list.sort((a, b) => comparePositions(a.position, b.position) || (a.id < b.id ? -1 : 1))
    return out
  })
  const byKey = computed(() => Object.fromEntries(Object.values(byId.value).map((p) => [p.key, p])))

  function setOrg(slug: string) {
    if (slug === org) return
    org = slug
    byId.value = {}
    state.value = 'idle'
    archivedLoaded.value = false
  }

  function lane(stage: Stage): Project[] {
    return lanes.value[stage] ?? []
  }

  async function load(includeArchived = archivedLoaded.value) {
    if (state.value !== 'ready') state.value = 'loading'
    try {
      const fresh: Project[] = []
      let cursor: string | undefined
      do {
        const page = await ok(
          api.GET('/api/v1/orgs/{org_slug}/projects', {
            params: {
              path: { org_slug: org },
              query: { limit: 200, cursor, include_archived: includeArchived },
            },
          }),
        )
        fresh.push(...page.items)
        cursor = page.next_cursor ?? undefined
      } while (cursor)
      byId.value = Object.fromEntries(fresh.map((p) => [p.id, p]))
      archivedLoaded.value = includeArchived
      state.value = 'ready'
    } catch (err) {
      state.value = 'error'
      error.value = err instanceof Error ? err.message : String(err)
      throw err
    }
  }

  async function fetchOne(key: string): Promise<Project | null> {
    try {
      const project = await ok(
        api.GET('/api/v1/orgs/{org_slug}/projects/{key}', {
          params: { path: { org_slug: org, key } },
        }),
      )
      byId.value[project.id] = project
      return project
    } catch {
      return null
    }
  }

  async function create(body: Schemas['ProjectCreate']): Promise<Project> {
    const project = await ok(
      api.POST('/api/v1/orgs/{org_slug}/projects', { params: { path: { org_slug: org } }, body }),
    )
    byId.value[project.id] = project
    flash(project.id)
    return project
  }

  async function update(key: string, body: Schemas['ProjectUpdate']): Promise<Project> {
    const project = await ok(
      api.PATCH('/api/v1/orgs/{org_slug}/projects/{key}', {
        params: { path: { org_slug: org, key } },
        body,
      }),
    )
    byId.value[project.id] = project
    return project
  }

  async function archive(key: string): Promise<Project> {
    const project = await ok(
      api.DELETE('/api/v1/orgs/{org_slug}/projects/{key}', {
        params: { path: { org_slug: org, key } },
      }),
    )
    if (archivedLoaded.value) byId.value[project.id] = project
    else delete byId.value[project.id]
    return project
  }

  /** Drop a card into a lane at an index: at once in the store, one /move call, undone if refused. */
  async function move(id: string, stage: Stage, index?: number): Promise<Project> {
    const project = byId.value[id]
    if (!project) throw new Error('That project is not loaded.')
    const others = lane(stage).filter((p) => p.id !== id)
    const at = Math.max(0, Math.min(index ?? others.length, others.length))
    const after = others[at - 1] ?? null
    const before = others[at] ?? null
    const snapshot = { stage: project.stage, position: project.position }
    let position = project.position
    try {
      position = keyBetween(after?.position ?? null, before?.position ?? null)
    } catch {
      // equal neighbour keys: the server's answer orders it
    }
    byId.value[id] = { ...project, stage, position }
    try {
      const moved = await ok(
        api.POST('/api/v1/orgs/{org_slug}/projects/{key}/move', {
          params: { path: { org_slug: org, key: project.key } },
          body: {
            after: after?.id ?? null,
            before: before?.id ?? null,
            stage: stage !== snapshot.stage ? stage : null,
          },
        }),
      )
      byId.value[id] = moved
      return moved
    } catch (err) {
      const current = byId.value[id]
      if (current) byId.value[id] = { ...current, ...snapshot }
      throw err
    }
  }

  function applyEvent(event: EventOut) {
    if (event.entity_type !== 'project' || !event.entity_id) return
    const id = event.entity_id
    if ((lastEvent[id] ?? 0) >= event.id) return
    lastEvent[id] = event.id
    const payload = event.payload as { key?: string; after?: Record<string, unknown> }
    const known = byId.value[id]
    if (
      known &&
      payload.after &&
      (event.type === 'project.moved' ||
        event.type === 'project.stage_changed' ||
        event.type === 'project.archived' ||
        event.type === 'project.restored')
    ) {
      const stage = (payload.after.stage as Stage | undefined) ?? known.stage
      if (stage === 'archived' && !archivedLoaded.value) delete byId.value[id]
      else
        byId.value[id] = {
          ...known,
          stage,
          position: String(payload.after.position ?? known.position),
        }
    } else if (payload.key && (known || state.value === 'ready')) {
      void fetchOne(payload.key).then((p) => {
        if (p && p.stage === 'archived' && !archivedLoaded.value) delete byId.value[p.id]
      })
    }
    flash(id)
  }

  return {
    byId,
    byKey,
    lanes,
    state,
    error,
    archivedLoaded,
    flashed,
    setOrg,
    lane,
    load,
    fetchOne,
    create,
    update,
    archive,
    move,
    applyEvent,
  }
})
