import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import {
  api,
  ok,
  unwrap,
  type Approval,
  type EventOut,
  type Schemas,
  type Task,
  type TaskStatus,
} from '@/api/client'
import { ApiError } from '@/api/errors'
import { comparePositions, keyBetween } from '@/lib/positions'
import { statusLabel } from '@/lib/workflow'
import { useFlash } from '@/composables/useFlash'

export type MoveOutcome =
  | { kind: 'moved'; task: Task }
  | { kind: 'approval'; approval: Approval }
  | { kind: 'refused'; error: ApiError | Error }

export interface MoveTarget {
  status: TaskStatus
  /** Index among the column's other cards where the card lands (end when omitted). */
  index?: number
}

type TaskPatch = Partial<Omit<Task, 'id'>>

// Fields an event's payload.after may carry that mean the same on a TaskOut.
const PATCHABLE = new Set<keyof Task>([
  'title',
  'status',
  'priority',
  'assignee_type',
  'assignee_id',
  'labels',
  'due_date',
  'position',
  'version',
  'lease_expires_at',
])
// Events whose payload does not carry the whole change: the task is read again.
const REFETCH = new Set([
  'task.updated',
  'task.assigned',
  'task.created',
  'task.project_changed',
  'task.restored',
  'dependency.added',
  'dependency.removed',
])

function byPosition(a: Task, b: Task): number {
  return comparePositions(a.position, b.position) || (a.id < b.id ? -1 : 1)
}

/** Tasks as one normalized map (by id), with the boards derived from it. */
export const useTasks = defineStore('tasks', () => {
  const byId = ref<Record<string, Task>>({})
  const boards = ref<Record<string, 'loading' | 'ready' | 'error'>>({}) // by project key
  const watchedProjects = new Set<string>() // project ids whose whole board is loaded
  let orgWatched = false // the org's open work is loaded (dashboard, agents)
  const boardErrors = ref<Record<string, string>>({})
  const blockers = ref<Record<string, string[]>>({}) // task id -> open blocker refs
  const { flashed, flash } = useFlash()
  const lastEvent: Record<string, number> = {}
  const pendingMoves = new Map<string, number>()
  let org = ''
  let refetchTimer: ReturnType<typeof setTimeout> | null = null
  const refetchQueue = new Set<string>()

  /** Column lists: project id -> status -> tasks in board order. */
  const columns = computed(() => {
    const out: Record<string, Record<string, Task[]>> = {}
    for (const task of Object.values(byId.value)) {
      const project = (out[task.project_id] ??= {})
      ;(project[task.status] ??= []).push(task)
    }
    for (const project of Object.values(out))
      for (const list of Object.values(project)) list.sort(byPosition)
    return out
  })

  const byRef = computed(() => {
    const out: Record<string, Task> = {}
    for (const task of Object.values(byId.value)) out[task.ref] = task
    return out
  })

  function setOrg(slug: string) {
    if (slug === org) return
    org = slug
    byId.value = {}
    boards.value = {}
    blockers.value = {}
    flashed.value = {}
    watchedProjects.clear()
    orgWatched = false
    for (const key of Object.keys(lastEvent)) delete lastEvent[key]
  }

  function column(projectId: string, status: TaskStatus): Task[] {
    return columns.value[projectId]?.[status] ?? []
  }

  function upsert(task: Task) {
    byId.value[task.id] = task
  }

  function patch(id: string, changes: TaskPatch) {
    const task = byId.value[id]
    if (task) byId.value[id] = { ...task, ...changes }
  }

  async function fetchPage(
    path: { org_slug: string; key?: string },
    query: Record<string, unknown>,
  ) {
    if (path.key) {
      return ok(
        api.GET('/api/v1/orgs/{org_slug}/projects/{key}/tasks', {
          params: { path: { org_slug: path.org_slug, key: path.key }, query },
        }),
      )
    }
    return ok(
      api.GET('/api/v1/orgs/{org_slug}/tasks', {
        params: { path: { org_slug: path.org_slug }, query },
      }),
    )
  }

  /** Every task of one project (its board), page by page. */
  async function loadBoard(key: string, projectId: string, opts: { quiet?: boolean } = {}) {
    if (!opts.quiet) boards.value[key] = 'loading'
    try {
      const fresh: Task[] = []
      let cursor: string | undefined
      do {
        const page = await fetchPage({ org_slug: org, key }, { limit: 200, cursor })
        fresh.push(...page.items)
        cursor = page.next_cursor ?? undefined
      } while (cursor)
      const next = { ...byId.value }
      for (const task of Object.values(next))
        if (task.project_key === key && !pendingMoves.has(task.id)) delete next[task.id]
      for (const task of fresh) if (!pendingMoves.has(task.id)) next[task.id] = task
      byId.value = next
      boards.value[key] = 'ready'
      watchedProjects.add(projectId)
      await loadBlockers(fresh.filter((t) => t.status === 'blocked').map((t) => t.id))
    } catch (err) {
      boards.value[key] = 'error'
      boardErrors.value[key] = err instanceof Error ? err.message : String(err)
      throw err
    }
  }

  /** The org's open work (dashboard and agents), capped at `max` tasks. */
  async function loadOrg(statuses: TaskStatus[], max = 1000) {
    let cursor: string | undefined
    let seen = 0
    do {
      const page = await fetchPage(
        { org_slug: org },
        { limit: 200, cursor, status: statuses.join(',') },
      )
      for (const task of page.items) if (!pendingMoves.has(task.id)) byId.value[task.id] = task
      seen += page.items.length
      cursor = page.next_cursor ?? undefined
    } while (cursor && seen < max)
    orgWatched = true
  }

  async function fetchOne(idOrRef: string): Promise<Task | null> {
    try {
      const task = await ok(
        api.GET('/api/v1/orgs/{org_slug}/tasks/{task}', {
          params: { path: { org_slug: org, task: idOrRef } },
        }),
      )
      if (!pendingMoves.has(task.id)) upsert(task)
      return task
    } catch (err) {
      if (err instanceof ApiError && err.status === 404) {
        const known = byId.value[idOrRef] ?? byRef.value[idOrRef]
        if (known) delete byId.value[known.id]
        return null
      }
      throw err
    }
  }

  async function loadBlockers(ids: string[]) {
    const queue = [...ids]
    const worker = async () => {
      for (let id = queue.shift(); id; id = queue.shift()) {
        try {
          const page = await ok(
            api.GET('/api/v1/orgs/{org_slug}/tasks/{task}/dependencies', {
              params: { path: { org_slug: org, task: id } },
            }),
          )
          blockers.value[id] = page.items.filter((t) => t.status !== 'done').map((t) => t.ref)
        } catch {
          // A card without its blocker list still shows that it is blocked.
        }
      }
    }
    await Promise.all([worker(), worker(), worker()])
  }

  async function create(key: string, body: Schemas['TaskCreate']): Promise<Task> {
    const task = await ok(
      api.POST('/api/v1/orgs/{org_slug}/projects/{key}/tasks', {
        params: { path: { org_slug: org, key } },
        body,
      }),
    )
    upsert(task)
    flash(task.id)
    return task
  }

  /** A partial update under optimistic concurrency; a stale version refreshes the task. */
  async function update(id: string, changes: Schemas['TaskUpdate']): Promise<Task> {
    const task = byId.value[id]
    if (!task) throw new Error('That task is not loaded.')
    try {
      const updated = await ok(
        api.PATCH('/api/v1/orgs/{org_slug}/tasks/{task}', {
          params: {
            path: { org_slug: org, task: task.id },
            header: { 'if-match': String(task.version) },
          },
          body: changes,
        }),
      )
      upsert(updated)
      return updated
    } catch (err) {
      if (err instanceof ApiError && err.code === 'version_conflict') await fetchOne(task.id)
      throw err
    }
  }

  /**
   * Drop a card into a column at an index: the store changes at once, one /move call
   * names the neighbours, and a refusal puts the card back where it was.
   */
  async function move(id: string, target: MoveTarget): Promise<MoveOutcome> {
    const task = byId.value[id]
    if (!task) return { kind: 'refused', error: new Error('That task is not loaded.') }
    const others = column(task.project_id, target.status).filter((t) => t.id !== id)
    const index = Math.max(0, Math.min(target.index ?? others.length, others.length))
    const after = others[index - 1] ?? null
    const before = others[index] ?? null
    if (task.status === target.status) {
      const current = column(task.project_id, task.status).findIndex((t) => t.id === id)
      if (current === index) return { kind: 'moved', task }
    }
    const snapshot = { status: task.status, position: task.position }
    let position = task.position
    try {
      position = keyBetween(after?.position ?? null, before?.position ?? null)
    } catch {
      // Neighbours with equal keys: leave the key; the server's answer orders it.
    }
    const token = (pendingMoves.get(id) ?? 0) + 1
    pendingMoves.set(id, token)
    patch(id, { status: target.status, position })
    try {
      const answer = await unwrap(
        api.POST('/api/v1/orgs/{org_slug}/tasks/{task}/move', {
          params: { path: { org_slug: org, task: id } },
          body: {
            after: after?.id ?? null,
            before: before?.id ?? null,
            status: target.status !== snapshot.status ? target.status : null,
          },
        }),
      )
      if (answer.status === 202) {
        pendingMoves.delete(id)
        await fetchOne(id)
        return { kind: 'approval', approval: answer.data as Approval }
      }
      const moved = answer.data as Task
      if (pendingMoves.get(id) === token) upsert(moved)
      return { kind: 'moved', task: moved }
    } catch (err) {
      if (pendingMoves.get(id) === token) patch(id, snapshot)
      return { kind: 'refused', error: err instanceof Error ? err : new Error(String(err)) }
    } finally {
      if (pendingMoves.get(id) === token) pendingMoves.delete(id)
    }
  }

  async function act(id: string, action: 'claim' | 'release', reason = ''): Promise<Task> {
    const path = { path: { org_slug: org, task: id } }
    const task =
      action === 'claim'
        ? await ok(api.POST('/api/v1/orgs/{org_slug}/tasks/{task}/claim', { params: path }))
        : await ok(
            api.POST('/api/v1/orgs/{org_slug}/tasks/{task}/release', {
              params: path,
              body: { reason },
            }),
          )
    upsert(task)
    return task
  }

  async function dependencies(id: string): Promise<Task[]> {
    const page = await ok(
      api.GET('/api/v1/orgs/{org_slug}/tasks/{task}/dependencies', {
        params: { path: { org_slug: org, task: id } },
      }),
    )
    for (const t of page.items) if (!byId.value[t.id]) upsert(t)
    blockers.value[id] = page.items.filter((t) => t.status !== 'done').map((t) => t.ref)
    return page.items
  }

  async function addDependency(id: string, dependsOn: string) {
    const result = await ok(
      api.POST('/api/v1/orgs/{org_slug}/tasks/{task}/dependencies', {
        params: { path: { org_slug: org, task: id } },
        body: { depends_on: dependsOn },
      }),
    )
    upsert(result.task)
    upsert(result.depends_on)
  }

  async function removeDependency(id: string, other: string) {
    await ok(
      api.DELETE('/api/v1/orgs/{org_slug}/tasks/{task}/dependencies/{other}', {
        params: { path: { org_slug: org, task: id, other } },
      }),
    )
    await fetchOne(id)
  }

  function scheduleRefetch(id: string) {
    refetchQueue.add(id)
    if (refetchTimer) return
    refetchTimer = setTimeout(() => {
      refetchTimer = null
      const ids = [...refetchQueue]
      refetchQueue.clear()
      for (const one of ids) void fetchOne(one).catch(() => undefined)
    }, 50)
  }

  /** Apply one event from the log or the live stream (each event once, in id order per task). */
  function applyEvent(event: EventOut) {
    if (event.entity_type !== 'task' || !event.entity_id) return
    const id = event.entity_id
    if ((lastEvent[id] ?? 0) >= event.id) return
    lastEvent[id] = event.id
    const known = byId.value[id]
    const payload = (event.payload ?? {}) as Record<string, unknown>
    if (!known) {
      if (orgWatched || (event.project_id && watchedProjects.has(event.project_id)))
        scheduleRefetch(id)
      return
    }
    if (pendingMoves.has(id)) return // our own move's answer will land
    if (event.type === 'task.archived') {
      delete byId.value[id]
      return
    }
    const after = (payload.after ?? {}) as Record<string, unknown>
    const changes: Record<string, unknown> = {}
    for (const [field, value] of Object.entries(after))
      if (PATCHABLE.has(field as keyof Task)) changes[field] = value
    if (typeof payload.version === 'number') changes.version = payload.version
    if (event.type === 'task.claimed') changes.claimed_at = event.occurred_at
    if (event.type === 'task.released' || event.type === 'task.lease_expired')
      Object.assign(changes, { assignee_type: null, assignee_id: null })
    if ('status' in changes && changes.status !== 'in_progress')
      Object.assign(changes, { claimed_at: null, lease_expires_at: null })
    if (event.type === 'task.blocked') changes.blocked_reason = 'dependency'
    if (event.type === 'task.unblocked') changes.blocked_reason = null
    patch(id, { ...(changes as TaskPatch), updated_at: event.occurred_at })
    if (changes.status === 'blocked' || event.type.startsWith('dependency.'))
      void loadBlockers([id])
    if (REFETCH.has(event.type)) scheduleRefetch(id)
    flash(id)
  }

  return {
    byId,
    byRef,
    boards,
    boardErrors,
    blockers,
    flashed,
    columns,
    setOrg,
    column,
    upsert,
    loadBoard,
    loadOrg,
    fetchOne,
    create,
    update,
    move,
    act,
    dependencies,
    addDependency,
    removeDependency,
    applyEvent,
    flash,
  }
})

export function moveRefusal(task: Pick<Task, 'ref'>, target: TaskStatus, error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error)
  return `${task.ref} stayed where it was instead of moving to ${statusLabel(target)}. ${reason}`
}
