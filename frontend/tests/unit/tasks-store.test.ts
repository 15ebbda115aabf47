import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Task } from '@/api/client'
import { useTasks } from '@/stores/tasks'
import { answer, calls, errorBody } from './fakeApi'
import { event, PROJECT_ID, task } from './factories'

function board(...tasks: Task[]) {
  const store = useTasks()
  store.setOrg('acme')
  for (const t of tasks) store.upsert(t)
  return store
}

const refs = (list: Task[]) => list.map((t) => t.ref)

beforeEach(() => {
  setActivePinia(createPinia())
  document.cookie = 'mc_csrf=csrf-123'
})

describe('moving a card', () => {
  it('changes the store at once and sends one /move naming the neighbours', async () => {
    const [a, b, c] = [
      task({ position: 'a1' }),
      task({ position: 'a2' }),
      task({ position: 'a3', status: 'in_progress' }),
    ]
    const store = board(a, b, c)
    let release!: () => void
    const held = new Promise<void>((r) => (release = r))
    answer(async () => {
      await held
      return { status: 200, body: { ...a, status: 'in_progress', position: 'a4', version: 2 } }
    })
    const pending = store.move(a.id, { status: 'in_progress', index: 1 })
    // Before the server answers, the card is already in its new column, after c.
    expect(refs(store.column(PROJECT_ID, 'in_progress'))).toEqual([c.ref, a.ref])
    expect(refs(store.column(PROJECT_ID, 'todo'))).toEqual([b.ref])
    release()
    const outcome = await pending
    expect(outcome.kind).toBe('moved')
    expect(calls).toHaveLength(1)
    expect(calls[0]!.method).toBe('POST')
    expect(calls[0]!.path).toBe(`/api/v1/orgs/acme/tasks/${a.id}/move`)
    expect(calls[0]!.body).toEqual({ after: c.id, before: null, status: 'in_progress' })
    expect(calls[0]!.headers.get('X-CSRF-Token')).toBe('csrf-123')
    expect(store.byId[a.id]!.position).toBe('a4')
  })

  it('reorders within a column without a status and between the right neighbours', async () => {
    const [a, b, c] = [task({ position: 'a1' }), task({ position: 'a2' }), task({ position: 'a3' })]
    const store = board(a, b, c)
    answer(() => ({ status: 200, body: { ...c, position: 'a15' } }))
    const pending = store.move(c.id, { status: 'todo', index: 1 })
    expect(refs(store.column(PROJECT_ID, 'todo'))).toEqual([a.ref, c.ref, b.ref])
    await pending
    expect(calls[0]!.body).toEqual({ after: a.id, before: b.id, status: null })
  })

  it('does not call the server for a drop where the card already was', async () => {
    const [a, b] = [task({ position: 'a1' }), task({ position: 'a2' })]
    const store = board(a, b)
    answer(() => ({ status: 500 }))
    expect((await store.move(a.id, { status: 'todo', index: 0 })).kind).toBe('moved')
    expect(calls).toHaveLength(0)
  })

  it('puts the card back and explains a forbidden transition', async () => {
    const a = task({ position: 'a1' })
    const store = board(a)
    answer(() => ({
      status: 409,
      body: errorBody('transition_not_allowed', 'A task cannot move from todo to done.', {
        from: 'todo',
        to: 'done',
        allowed: ['backlog', 'blocked', 'cancelled', 'in_progress'],
      }),
    }))
    const outcome = await store.move(a.id, { status: 'done' })
    expect(outcome.kind).toBe('refused')
    expect(store.byId[a.id]).toMatchObject({ status: 'todo', position: 'a1' })
    expect(outcome.kind === 'refused' && outcome.error.message).toBe(
      'A task in To do cannot move to Done. It can go to Backlog, Blocked, Cancelled and In progress.',
    )
  })

  it('names the open blockers when dependencies are not done', async () => {
    const a = task({ position: 'a1' })
    const store = board(a)
    answer(() => ({
      status: 409,
      body: errorBody('dependencies_open', 'MC-1 depends on unfinished tasks.', {
        open_dependencies: ['MC-7', 'OPS-2'],
      }),
    }))
    const outcome = await store.move(a.id, { status: 'in_progress' })
    expect(store.byId[a.id]!.status).toBe('todo')
    expect(outcome.kind === 'refused' && outcome.error.message).toBe(
      'It waits on MC-7 and OPS-2: finish those tasks first.',
    )
  })

  it('rolls back when the server cannot be reached', async () => {
    const a = task({ position: 'a1' })
    const store = board(a)
    answer(() => Promise.reject(new TypeError('Failed to fetch')))
    const outcome = await store.move(a.id, { status: 'in_progress' })
    expect(store.byId[a.id]!.status).toBe('todo')
    expect(outcome.kind === 'refused' && outcome.error.message).toMatch(/could not be reached/)
  })

  it('parks the card in review when done needs approval (202)', async () => {
    const a = task({ status: 'in_progress', position: 'a1' })
    const store = board(a)
    const approval = { id: 'ap-1', task_id: a.id, task_ref: a.ref, status: 'pending' }
    answer((call) =>
      call.method === 'POST'
        ? { status: 202, body: approval }
        : { status: 200, body: { ...a, status: 'review', position: 'a9', version: 2 } },
    )
    const outcome = await store.move(a.id, { status: 'done' })
    expect(outcome).toEqual({ kind: 'approval', approval })
    expect(store.byId[a.id]!.status).toBe('review')
  })
})

describe('events from the live stream', () => {
  it('apply the change to the card and highlight it', () => {
    const a = task({ position: 'a1' })
    const store = board(a)
    store.applyEvent(
      event({
        id: 10,
        type: 'task.status_changed',
        entity_id: a.id,
        payload: {
          ref: a.ref,
          before: { status: 'todo' },
          after: { status: 'in_progress', position: 'a5' },
          version: 2,
        },
      }),
    )
    expect(store.byId[a.id]).toMatchObject({ status: 'in_progress', position: 'a5', version: 2 })
    expect(store.flashed[a.id]).toBeTypeOf('number')
  })

  it('are applied once: a replayed or older event changes nothing', () => {
    const a = task({ position: 'a1' })
    const store = board(a)
    const moved = event({
      id: 11,
      type: 'task.moved',
      entity_id: a.id,
      payload: { after: { position: 'a7', status: 'todo' } },
    })
    store.applyEvent(moved)
    store.applyEvent(
      event({
        id: 12,
        type: 'task.status_changed',
        entity_id: a.id,
        payload: { after: { status: 'blocked', position: 'a2' } },
      }),
    )
    store.applyEvent(moved) // a duplicate after reconnecting
    expect(store.byId[a.id]).toMatchObject({ status: 'blocked', position: 'a2' })
  })

  it('clears the claim when a task leaves in_progress and records who claimed it', () => {
    const a = task({ position: 'a1' })
    const store = board(a)
    const agent = '00000000-0000-4000-8000-00000000beef'
    store.applyEvent(
      event({
        id: 20,
        type: 'task.claimed',
        entity_id: a.id,
        payload: {
          after: {
            status: 'in_progress',
            assignee_type: 'agent',
            assignee_id: agent,
            lease_expires_at: '2026-01-01T00:31:00Z',
          },
        },
      }),
    )
    expect(store.byId[a.id]).toMatchObject({
      status: 'in_progress',
      assignee_id: agent,
      claimed_at: '2026-01-01T00:01:00Z',
    })
    store.applyEvent(
      event({
        id: 21,
        type: 'task.released',
        entity_id: a.id,
        payload: { after: { status: 'todo', position: 'a3' } },
      }),
    )
    expect(store.byId[a.id]).toMatchObject({
      status: 'todo',
      assignee_id: null,
      lease_expires_at: null,
      claimed_at: null,
    })
  })

  it('fetch a task created on a board that is open', async () => {
    vi.useFakeTimers()
    const store = board()
    const fresh = task({ title: 'Made by an agent' })
    answer((call) =>
      call.path.endsWith('/projects/MC/tasks')
        ? { status: 200, body: { items: [], next_cursor: null } }
        : { status: 200, body: fresh },
    )
    await store.loadBoard('MC', PROJECT_ID)
    store.applyEvent(
      event({
        id: 30,
        type: 'task.created',
        entity_id: fresh.id,
        payload: { ref: fresh.ref, after: { title: fresh.title } },
      }),
    )
    await vi.advanceTimersByTimeAsync(100)
    vi.useRealTimers()
    expect(calls.at(-1)!.path).toBe(`/api/v1/orgs/acme/tasks/${fresh.id}`)
    expect(store.byId[fresh.id]!.title).toBe('Made by an agent')
  })

  it('leave a card alone while its own move is in flight', async () => {
    const a = task({ position: 'a1' })
    const store = board(a)
    let release!: () => void
    const held = new Promise<void>((r) => (release = r))
    answer(async () => {
      await held
      return { status: 200, body: { ...a, status: 'in_progress', position: 'a4', version: 2 } }
    })
    const pending = store.move(a.id, { status: 'in_progress' })
    store.applyEvent(
      event({
        id: 40,
        type: 'task.status_changed',
        entity_id: a.id,
        payload: { after: { status: 'in_progress', position: 'a4' } },
      }),
    )
    expect(store.byId[a.id]!.status).toBe('in_progress')
    release()
    await pending
    expect(store.byId[a.id]).toMatchObject({ status: 'in_progress', position: 'a4', version: 2 })
  })
})

describe('editing a task', () => {
  it('sends the version it saw and refreshes the task when someone else got there first', async () => {
    const a = task({ version: 3 })
    const store = board(a)
    answer((call) =>
      call.method === 'PATCH'
        ? { status: 409, body: errorBody('version_conflict', 'stale') }
        : { status: 200, body: { ...a, title: 'Their title', version: 4 } },
    )
    await expect(store.update(a.id, { title: 'Mine' })).rejects.toThrow(
      /Someone else changed this task/,
    )
    expect(calls[0]!.headers.get('If-Match')).toBe('3')
    expect(store.byId[a.id]).toMatchObject({ title: 'Their title', version: 4 })
  })
})

describe('events that take a card off the board', () => {
  it('remove an archived task and give a lapsed claim back to todo', () => {
    const a = task({ position: 'a1' })
    const b = task({
      status: 'in_progress',
      position: 'a2',
      assignee_type: 'agent',
      assignee_id: 'x',
      lease_expires_at: '2026-01-01T00:30:00Z',
    })
    const store = board(a, b)
    store.applyEvent(
      event({
        id: 50,
        type: 'task.archived',
        entity_id: a.id,
        payload: { ref: a.ref, before: { archived: false }, after: { archived: true } },
      }),
    )
    expect(store.byId[a.id]).toBeUndefined()
    store.applyEvent(
      event({
        id: 51,
        type: 'task.lease_expired',
        entity_id: b.id,
        payload: {
          ref: b.ref,
          reason: 'lease expired',
          after: {
            status: 'todo',
            position: 'a9',
            assignee_type: null,
            assignee_id: null,
            lease_expires_at: null,
          },
          version: 3,
        },
      }),
    )
    expect(store.byId[b.id]).toMatchObject({
      status: 'todo',
      assignee_id: null,
      lease_expires_at: null,
      version: 3,
    })
  })
})
