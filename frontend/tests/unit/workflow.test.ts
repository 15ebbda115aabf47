// The board's copy of the workflow must be the backend's table (mission_control/tasks/workflow.py).
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { canMove, STATUSES, TRANSITIONS } from '@/lib/workflow'

const repo = resolve(__dirname, '..', '..', '..')
const python = process.env.PYTHON || resolve(repo, '.venv', 'bin', 'python')

function backendTable(): Record<string, string[]> {
  const code = [
    'import json',
    'try:',
    '    from mission_control.tasks.workflow import TRANSITIONS',
    'except ImportError:',
    '    from mission_control.tasks.service import TRANSITIONS',
    'print(json.dumps({k: sorted(v) for k, v in TRANSITIONS.items()}))',
  ].join('\n')
  return JSON.parse(execFileSync(python, ['-c', code], { cwd: repo, encoding: 'utf8' }))
}

describe('the task workflow', () => {
  it.runIf(existsSync(python) || process.env.CI)(
    'is exactly the backend transition table',
    () => {
      const ours = Object.fromEntries(
        Object.entries(TRANSITIONS).map(([k, v]) => [k, [...v].sort()]),
      )
      expect(ours).toEqual(backendTable())
    },
    60_000,
  )

  it('knows every status as a column', () => {
    expect(Object.keys(TRANSITIONS).sort()).toEqual([...STATUSES].sort())
  })

  it('allows what the spec names and refuses the rest', () => {
    expect(canMove('review', 'done')).toBe(true)
    expect(canMove('in_progress', 'done')).toBe(true)
    expect(canMove('todo', 'done')).toBe(false)
    expect(canMove('done', 'todo')).toBe(true)
    expect(canMove('done', 'cancelled')).toBe(false)
    expect(canMove('todo', 'todo')).toBe(true)
  })
})
