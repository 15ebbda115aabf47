// The board places a dropped card with the same keys the server computes.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { keyBetween } from '@/lib/positions'

const repo = resolve(__dirname, '..', '..', '..')
const python = process.env.PYTHON || resolve(repo, '.venv', 'bin', 'python')
const CASES: [string | null, string | null][] = [
  [null, null],
  ['a0', null],
  [null, 'a0'],
  ['a0', 'a1'],
  ['a0', 'a0V'],
  ['a0V', 'a1'],
  ['az', null],
  ['Zz', 'a0'],
  [null, 'Zz'],
  ['a1', 'a11'],
  ['a0zzz', 'a1'],
  ['zzzzzzzzzzzzzzzzzzzzzzzzzzz', null],
]

describe('position keys', () => {
  it('always fall strictly between their neighbours, even after many drops in one gap', () => {
    let low = 'a0'
    let high = 'a1'
    for (let i = 0; i < 200; i++) {
      const mid = keyBetween(low, high)
      expect(mid > low && mid < high).toBe(true)
      if (i % 2) low = mid
      else high = mid
    }
  })

  it.runIf(existsSync(python) || process.env.CI)(
    'are the same keys the server makes',
    () => {
      const code = [
        'import json, sys',
        'from mission_control.projects.positions import key_between',
        'print(json.dumps([key_between(a, b) for a, b in json.loads(sys.argv[1])]))',
      ].join('\n')
      const server = JSON.parse(
        execFileSync(python, ['-c', code, JSON.stringify(CASES)], { cwd: repo, encoding: 'utf8' }),
      )
      expect(CASES.map(([a, b]) => keyBetween(a, b))).toEqual(server)
    },
    60_000,
  )
})
