import type { EventOut, Task } from '@/api/client'

let n = 0
export const PROJECT_ID = '00000000-0000-4000-8000-0000000000aa'

export function task(over: Partial<Task> = {}): Task {
  n++
  const number = over.number ?? n
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    ref: `MC-${number}`,
    number,
    project_id: PROJECT_ID,
    project_key: 'MC',
    title: `Task ${number}`,
    description: '',
    status: 'todo',
    blocked_reason: null,
    priority: 'none',
    assignee_type: null,
    assignee_id: null,
    labels: [],
    due_date: null,
    position: `a${n}`,
    version: 1,
    archived_at: null,
    claimed_at: null,
    lease_expires_at: null,
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
    ...over,
  }
}

export function event(over: Partial<EventOut> & Pick<EventOut, 'id' | 'type'>): EventOut {
  return {
    occurred_at: '2026-01-01T00:01:00Z',
    actor: { type: 'agent', id: '00000000-0000-4000-8000-00000000beef' },
    entity_type: 'task',
    entity_id: null,
    project_id: PROJECT_ID,
    payload: {},
    ...over,
  }
}
