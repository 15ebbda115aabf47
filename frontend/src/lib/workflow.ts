// The task workflow as the board shows it. TRANSITIONS mirrors the one table in the
// backend (mission_control/tasks/workflow.py); tests/unit/workflow.test.ts compares the two,
// so a change there fails the frontend tests until this copy follows.
import type { Priority, Stage, TaskStatus } from '@/api/client'

export const STATUSES: readonly TaskStatus[] = [
  'backlog',
  'todo',
  'in_progress',
  'blocked',
  'review',
  'done',
  'cancelled',
]

export const TRANSITIONS: Readonly<Record<TaskStatus, readonly TaskStatus[]>> = {
  backlog: ['todo', 'cancelled'],
  todo: ['backlog', 'in_progress', 'blocked', 'cancelled'],
  in_progress: ['todo', 'blocked', 'review', 'done', 'cancelled'],
  blocked: ['backlog', 'todo', 'in_progress', 'cancelled'],
  review: ['in_progress', 'todo', 'done', 'cancelled'],
  done: ['todo'],
  cancelled: ['backlog', 'todo'],
}

/** May a person move a task from `from` to `to`? (Same column is always fine.) */
export function canMove(from: TaskStatus, to: TaskStatus): boolean {
  return from === to || TRANSITIONS[from].includes(to)
}

const STATUS_LABELS: Record<string, string> = {
  backlog: 'Backlog',
  todo: 'To do',
  in_progress: 'In progress',
  blocked: 'Blocked',
  review: 'In review',
  done: 'Done',
  cancelled: 'Cancelled',
}

export function statusLabel(status: string): string {
  return STATUS_LABELS[status] ?? status.replace(/_/g, ' ')
}

/** A glyph per status, so status is never told by colour alone. */
export const STATUS_GLYPHS: Record<TaskStatus, string> = {
  backlog: '◌',
  todo: '○',
  in_progress: '◐',
  blocked: '⊘',
  review: '◑',
  done: '●',
  cancelled: '✕',
}

export const PRIORITIES: readonly Priority[] = ['urgent', 'high', 'medium', 'low', 'none']
export const PRIORITY_RANK: Record<Priority, number> = {
  none: 0,
  low: 1,
  medium: 2,
  high: 3,
  urgent: 4,
}
export const PRIORITY_LABELS: Record<Priority, string> = {
  urgent: 'Urgent',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
  none: 'No priority',
}

export const STAGES: readonly Stage[] = ['proposed', 'planning', 'active', 'review', 'done']
export const STAGE_LABELS: Record<Stage, string> = {
  proposed: 'Proposed',
  planning: 'Planning',
  active: 'Active',
  review: 'Review',
  done: 'Done',
  archived: 'Archived',
}
