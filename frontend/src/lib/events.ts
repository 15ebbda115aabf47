import type { EventOut } from '@/api/client'
import { statusLabel, STAGE_LABELS } from './workflow'

type Payload = Record<string, unknown> & {
  after?: Record<string, unknown>
  before?: Record<string, unknown>
}

/** One line for the activity feed: who did what to which thing. */
export function describeEvent(event: EventOut, actor: string): string {
  const p = event.payload as Payload
  const ref = String(p.ref ?? p.task_ref ?? p.task ?? p.key ?? '')
  const after = p.after ?? {}
  switch (event.type) {
    case 'task.created':
      return `${actor} created ${ref}${after.title ? ` “${String(after.title)}”` : ''}`
    case 'task.status_changed':
      return `${actor} moved ${ref} to ${statusLabel(String(after.status))}`
    case 'task.moved':
      return `${actor} reordered ${ref}`
    case 'task.updated':
      return `${actor} edited ${ref} (${Object.keys(after).join(', ').replace(/_/g, ' ')})`
    case 'task.assigned':
      return after.assignee_id ? `${actor} assigned ${ref}` : `${actor} unassigned ${ref}`
    case 'task.claimed':
      return `${actor} claimed ${ref}`
    case 'task.released':
      return `${actor} released ${ref}${p.reason ? `: ${String(p.reason)}` : ''}`
    case 'task.blocked':
      return `${ref} is blocked by ${String(p.by ?? 'a dependency')}`
    case 'task.unblocked':
      return `${ref} is unblocked (${String(p.by ?? 'dependency')} done)`
    case 'task.lease_expired':
      return `${ref}’s claim lapsed; it is back in To do`
    case 'dependency.added':
      return `${actor} made ${ref} depend on ${String(p.depends_on ?? '')}`
    case 'dependency.removed':
      return `${actor} removed ${ref}’s dependency on ${String(p.depends_on ?? '')}`
    case 'approval.requested':
      return `${actor} asked for approval of ${ref}`
    case 'approval.approved':
      return `${actor} approved ${ref}${p.comment ? `: “${String(p.comment)}”` : ''}`
    case 'approval.rejected':
      return `${actor} rejected ${ref}${p.comment ? `: “${String(p.comment)}”` : ''}`
    case 'project.created':
      return `${actor} created project ${ref}`
    case 'project.stage_changed':
      return `${actor} moved project ${ref} to ${STAGE_LABELS[after.stage as keyof typeof STAGE_LABELS] ?? String(after.stage)}`
    case 'project.archived':
      return `${actor} archived project ${ref}`
    case 'project.restored':
      return `${actor} restored project ${ref}`
    case 'project.updated':
      return `${actor} edited project ${ref}`
    case 'project.moved':
      return `${actor} reordered project ${ref}`
    case 'agent.status_changed':
      return `${actor} is now ${String(after.status ?? '')}`
    case 'agent.created':
      return `${actor} added the agent ${String(after.name ?? p.name ?? '')}`.trim()
    case 'org.created':
      return `${actor} created the organization`
    case 'member.added':
      return `${actor} added a member`
    case 'member.removed':
      return `${actor} removed a member`
    default:
      return `${actor}: ${event.type.replace('.', ' ').replace(/_/g, ' ')}${ref ? ` ${ref}` : ''}`
  }
}
