import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Project } from '@/api/client'
import { useProjects } from '@/stores/projects'
import { answer, calls, errorBody } from './fakeApi'
import { event } from './factories'

let n = 0
function project(over: Partial<Project> = {}): Project {
  n++
  return {
    id: `10000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    key: `P${n}`,
    name: `Project ${n}`,
    description: '',
    owner_type: null,
    owner_id: null,
    stage: 'proposed',
    position: `a${n}`,
    requires_approval: false,
    approvers: [],
    lease_seconds: null,
    archived_at: null,
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
    ...over,
  }
}

function lanes(...projects: Project[]) {
  const store = useProjects()
  store.setOrg('acme')
  for (const p of projects) store.byId[p.id] = p
  return store
}

beforeEach(() => setActivePinia(createPinia()))

describe('the project board', () => {
  it('moves a card into another lane at once, with one /move naming its neighbours', async () => {
    const [a, b, c] = [
      project({ position: 'a1' }),
      project({ stage: 'active', position: 'a1' }),
      project({ stage: 'active', position: 'a2' }),
    ]
    const store = lanes(a, b, c)
    answer(() => ({ status: 200, body: { ...a, stage: 'active', position: 'a1V' } }))
    const moving = store.move(a.id, 'active', 1)
    expect(store.lane('active').map((p) => p.key)).toEqual([b.key, a.key, c.key])
    await moving
    expect(calls[0]!.path).toBe(`/api/v1/orgs/acme/projects/${a.key}/move`)
    expect(calls[0]!.body).toEqual({ after: b.id, before: c.id, stage: 'active' })
    expect(store.byId[a.id]!.position).toBe('a1V')
  })

  it('puts the card back when the server refuses', async () => {
    const a = project({ position: 'a1' })
    const store = lanes(a)
    answer(() => ({ status: 403, body: errorBody('forbidden', 'Viewers cannot move projects.') }))
    await expect(store.move(a.id, 'done')).rejects.toThrow('Viewers cannot move projects.')
    expect(store.byId[a.id]).toMatchObject({ stage: 'proposed', position: 'a1' })
  })

  it('follows moves made elsewhere and drops archived projects from the lanes', () => {
    const a = project({ position: 'a1' })
    const store = lanes(a)
    store.applyEvent(
      event({
        id: 5,
        type: 'project.stage_changed',
        entity_type: 'project',
        entity_id: a.id,
        payload: { key: a.key, after: { stage: 'planning', position: 'a3' } },
      }),
    )
    expect(store.byId[a.id]).toMatchObject({ stage: 'planning', position: 'a3' })
    store.applyEvent(
      event({
        id: 6,
        type: 'project.archived',
        entity_type: 'project',
        entity_id: a.id,
        payload: { key: a.key, after: { stage: 'archived', position: 'a0' } },
      }),
    )
    expect(store.byId[a.id]).toBeUndefined()
  })
})
