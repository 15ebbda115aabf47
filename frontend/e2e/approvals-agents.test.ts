import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import {
  api,
  asAgent,
  card,
  column,
  createProject,
  createTask,
  expectAccessible,
  getTask,
  ORG,
  shoot,
  signedInPage,
} from './helpers'

let page: Page
signedInPage((p) => (page = p))

describe('the approvals inbox', () => {
  it('lists a task waiting for approval, and approving it in the row finishes the task', async () => {
    await createProject(page, 'APV', 'Audited work', { requires_approval: true })
    const task = await createTask(page, 'APV', 'Publish the release notes')
    expect(
      (
        await api(page, 'POST', `/orgs/${ORG}/tasks/${task.ref}/transition`, {
          status: 'in_progress',
        })
      ).status,
    ).toBe(200)
    const asked = await api<{ id: string; status: string }>(
      page,
      'POST',
      `/orgs/${ORG}/tasks/${task.ref}/transition`,
      { status: 'done' },
    )
    expect(asked.status).toBe(202)

    // The board shows the card in review with its pending approval.
    await page.goto(`/orgs/${ORG}/projects/APV`)
    await column(page, 'review')
      .locator(`[data-ref="${task.ref}"]`)
      .getByTestId('approval')
      .waitFor()

    await page.getByRole('link', { name: /Approvals/ }).click()
    await page.waitForURL(/\/approvals$/)
    expect(await page.getByTestId('approvals-badge').textContent()).toBe('1')
    const row = page.locator(`[data-approval="${task.ref}"]`)
    await row.getByText('Publish the release notes').waitFor()
    await shoot(page, 'approvals')
    await expectAccessible(page, 'the approvals inbox')

    await row.getByLabel(`Comment on ${task.ref}`).fill('Reads well, ship it')
    await row.getByRole('button', { name: 'Approve' }).click()
    await page
      .getByRole('status')
      .filter({ hasText: `Approved ${task.ref}` })
      .waitFor()
    await row.waitFor({ state: 'detached' })
    await page.getByText('Nothing waits for approval').waitFor()
    expect(await page.getByTestId('approvals-badge').count()).toBe(0)
    expect((await getTask(page, task.ref)).status).toBe('done')
  })

  it('refuses a rejection without a comment, in plain words', async () => {
    const task = await createTask(page, 'APV', 'Rename the product')
    await api(page, 'POST', `/orgs/${ORG}/tasks/${task.ref}/transition`, { status: 'in_progress' })
    await api(page, 'POST', `/orgs/${ORG}/tasks/${task.ref}/transition`, { status: 'done' })
    await page.goto(`/orgs/${ORG}/approvals`)
    const row = page.locator(`[data-approval="${task.ref}"]`)
    await row.getByRole('button', { name: 'Reject' }).click()
    await page.getByRole('alert').filter({ hasText: 'Say why you reject it' }).waitFor()
    await row.getByLabel(`Comment on ${task.ref}`).fill('Needs a shorter name')
    await row.getByRole('button', { name: 'Reject' }).click()
    await row.waitFor({ state: 'detached' })
    expect((await getTask(page, task.ref)).status).toBe('in_progress')
  })
})

describe('agents and the dashboard', () => {
  it('show an agent’s status by glyph and words, its work, and follow it live', async () => {
    const agent = await api<{ id: string }>(page, 'POST', `/orgs/${ORG}/agents`, {
      name: 'scout',
      description: 'Finds work',
    })
    const key = (
      await api<{ key: string }>(page, 'POST', `/orgs/${ORG}/agents/${agent.body.id}/keys`, {
        scopes: ['tasks:write', 'agents:read', 'events:read'],
      })
    ).body.key
    expect(
      (
        await asAgent(key, 'POST', `/orgs/${ORG}/agents/${agent.body.id}/heartbeat`, {
          status: 'online',
        })
      ).status,
    ).toBe(200)
    await createProject(page, 'OPS', 'Operations')
    const task = await createTask(page, 'OPS', 'Rotate the certificates')

    await page.goto(`/orgs/${ORG}/agents`)
    const row = page.locator('[data-agent="scout"]')
    await row.locator('[data-status="online"]').getByText('Online').waitFor()
    expect(await row.textContent()).toContain('Nothing in progress')

    // The agent claims a task and reports busy: the roster follows without a reload.
    expect((await asAgent(key, 'POST', `/orgs/${ORG}/tasks/${task.ref}/claim`)).status).toBe(200)
    expect(
      (
        await asAgent(key, 'POST', `/orgs/${ORG}/agents/${agent.body.id}/heartbeat`, {
          status: 'busy',
        })
      ).status,
    ).toBe(200)
    await row.locator('[data-status="busy"]').getByText('Busy').waitFor({ timeout: 15_000 })
    await row.getByText('Rotate the certificates').waitFor({ timeout: 15_000 })
    await shoot(page, 'agents')
    await expectAccessible(page, 'the agents roster')

    await page.getByRole('link', { name: 'Dashboard' }).click()
    await page.getByTestId('activity-feed').getByText(`scout claimed ${task.ref}`).waitFor()
    const feedBefore = await page.getByTestId('activity-feed').locator('li').count()
    await asAgent(key, 'POST', `/orgs/${ORG}/tasks/${task.ref}/release`, { reason: 'Handing over' })
    await page
      .getByTestId('activity-feed')
      .getByText(`scout released ${task.ref}: Handing over`)
      .waitFor({ timeout: 15_000 })
    expect(await page.getByTestId('activity-feed').locator('li').count()).toBeGreaterThan(
      feedBefore,
    )
    await shoot(page, 'dashboard-live')
  })

  it('has a page for what does not exist', async () => {
    await page.goto('/no/such/page')
    await page.getByRole('heading', { name: 'This page does not exist' }).waitFor()
    await shoot(page, 'not-found')
    await expectAccessible(page, 'the not-found page')
    await page.goto(`/orgs/${ORG}/projects/NOPE`)
    await page.getByText('No such project').waitFor()
  })
})

describe('the command palette', () => {
  it('jumps to a task by ref from anywhere', async () => {
    await page.goto(`/orgs/${ORG}`)
    await page.getByRole('heading', { level: 1 }).waitFor()
    await page.keyboard.press('Control+k')
    await page.getByRole('dialog', { name: 'Go to or create' }).waitFor()
    await page.keyboard.type('OPS-1')
    await page.getByRole('option', { name: /Rotate the certificates/ }).waitFor()
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/projects\/OPS\?task=OPS-1/)
    await card(page, 'OPS-1').waitFor()
    await shoot(page, 'palette-jump')
  })
})
