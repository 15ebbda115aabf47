import { formatDistanceToNowStrict, format, parseISO, isValid } from 'date-fns'

export function ago(iso: string | null | undefined): string {
  if (!iso) return 'never'
  const date = parseISO(iso)
  if (!isValid(date)) return ''
  if (Date.now() - date.getTime() < 45_000) return 'just now'
  return `${formatDistanceToNowStrict(date)} ago`
}

export function until(iso: string | null | undefined): string {
  if (!iso) return ''
  const date = parseISO(iso)
  if (!isValid(date)) return ''
  const ms = date.getTime() - Date.now()
  if (ms <= 0) return 'expired'
  return `${formatDistanceToNowStrict(date)} left`
}

export function exact(iso: string | null | undefined): string {
  if (!iso) return ''
  const date = parseISO(iso)
  return isValid(date) ? format(date, 'PPpp') : ''
}

export function day(iso: string | null | undefined): string {
  if (!iso) return ''
  const date = parseISO(iso)
  return isValid(date) ? format(date, 'd MMM yyyy') : ''
}
