// Fractional position keys, the same algorithm as mission_control/projects/positions.py.
// The server always computes the real key; the board uses this only to place a card
// at once while the /move call is in flight (tests/unit/positions.test.ts checks both agree).
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
const BASE = DIGITS.length
const INDEX: Record<string, number> = Object.fromEntries([...DIGITS].map((c, i) => [c, i]))
const FIRST = 'a0'

function integerLength(head: string): number {
  if (head >= 'a' && head <= 'z') return head.charCodeAt(0) - 97 + 2
  if (head >= 'A' && head <= 'Z') return 90 - head.charCodeAt(0) + 2
  throw new Error(`bad position key head ${head}`)
}

function split(key: string): [string, string] {
  const size = integerLength(key[0] ?? '')
  return [key.slice(0, size), key.slice(size)]
}

function digit(s: string, i: number): string {
  return s[i] ?? '0'
}

function middle(low: string, high: string | null): string {
  if (high !== null) {
    let shared = 0
    while (shared < high.length && digit(low, shared) === high[shared]) shared++
    if (shared) return high.slice(0, shared) + middle(low.slice(shared), high.slice(shared))
  }
  const lo = low ? (INDEX[low[0]!] ?? 0) : 0
  const hi = high !== null ? (INDEX[high[0]!] ?? BASE) : BASE
  if (hi - lo > 1) return DIGITS[Math.floor((lo + hi + 1) / 2)]!
  if (high !== null && high.length > 1) return high[0]!
  return DIGITS[lo]! + middle(low.slice(1), null)
}

function increment(integer: string): string | null {
  const head = integer[0]!
  const digits = [...integer.slice(1)]
  for (let i = digits.length - 1; i >= 0; i--) {
    const value = INDEX[digits[i]!]! + 1
    if (value < BASE) {
      digits[i] = DIGITS[value]!
      return head + digits.join('')
    }
    digits[i] = '0'
  }
  if (head === 'Z') return 'a0'
  if (head === 'z') return null
  const next = String.fromCharCode(head.charCodeAt(0) + 1)
  if (next > 'a') digits.push('0')
  else digits.pop()
  return next + digits.join('')
}

function decrement(integer: string): string | null {
  const head = integer[0]!
  const digits = [...integer.slice(1)]
  for (let i = digits.length - 1; i >= 0; i--) {
    const value = INDEX[digits[i]!]! - 1
    if (value >= 0) {
      digits[i] = DIGITS[value]!
      return head + digits.join('')
    }
    digits[i] = 'z'
  }
  if (head === 'a') return 'Zz'
  if (head === 'A') return null
  const prev = String.fromCharCode(head.charCodeAt(0) - 1)
  if (prev < 'Z') digits.push('z')
  else digits.pop()
  return prev + digits.join('')
}

/** A key that sorts strictly after `low` and before `high` (null: open end). */
export function keyBetween(low: string | null, high: string | null): string {
  if (low !== null && high !== null && low >= high) throw new Error(`${low} is not below ${high}`)
  if (low === null && high === null) return FIRST
  if (low === null) {
    const [integer, fraction] = split(high!)
    if (fraction) return integer
    return decrement(integer) ?? integer + middle('', fraction)
  }
  const [lowInteger, lowFraction] = split(low)
  if (high === null) return increment(lowInteger) ?? lowInteger + middle(lowFraction, null)
  const [highInteger, highFraction] = split(high)
  if (lowInteger === highInteger) return lowInteger + middle(lowFraction, highFraction)
  const bigger = increment(lowInteger)
  if (bigger !== null && bigger < high) return bigger
  return lowInteger + middle(lowFraction, null)
}

/** Byte-wise comparison, as PostgreSQL's COLLATE "C" orders positions. */
export function comparePositions(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
