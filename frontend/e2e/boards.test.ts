import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
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
  settled,
  shoot,
  signedInPage,
  type TaskOut,
} from './helpers'

let page: Page
signedInPage((p) => (page = p))

async function drag(page: Page, ref: string, status: string) {
  const target = column(page, status).locator('ul')
  const box = await target.boundingBox()
  if (!box) throw new Error(`no ${status} column on screen`)
  await card(page, ref).dragTo(target, { targetPosition: { x: box.width / 2, y: box.height - 6 } })
}

const statusOf = async (ref: string) => (await getTask(page, ref)).status

describe('the project board', () => {
  it('creates a project from the form, moves it between lanes, archives and restores it', async () => {
    await page.goto(`/orgs/${ORG}/projects`)
    await page.getByRole('button', { name: 'New project' }).first().click()
    const dialog = page.getByRole('dialog', { name: 'New project' })
    await dialog.getByLabel('Name').fill('Website relaunch')
    await dialog.getByLabel('Key', { exact: true }).fill('WEB')
    await dialog.getByRole('button', { name: 'Create project' }).click()
    await page.locator('[data-lane="proposed"] [data-key="WEB"]').waitFor()

    const target = page.locator('[data-lane="active"] ul')
    const box = (await target.boundingBox())!
    await page
      .locator('[data-key="WEB"]')
      .dragTo(target, { targetPosition: { x: box.width / 2, y: box.height - 6 } })
    await page.locator('[data-lane="active"] [data-key="WEB"]').waitFor()
    await expect
      .poll(
        async () =>
          (await api<{ stage: string }>(page, 'GET', `/orgs/${ORG}/projects/WEB`)).body.stage,
      )
      .toBe('active')
    await shoot(page, 'projects')
    await expectAccessible(page, 'the project board')

    await page.locator('[data-key="WEB"]').getByRole('button', { name: 'Archive' }).click()
    await page.locator('[data-key="WEB"]').waitFor({ state: 'detached' })
    await page.getByRole('button', { name: 'Show archived' }).click()
    await page
      .locator('[data-lane="archived"] [data-key="WEB"]')
      .getByRole('button', { name: 'Restore' })
      .click()
    await page.locator('[data-lane="active"] [data-key="WEB"]').waitFor()
  })
})

describe('the task board', () => {
  let tasks: TaskOut[]

  beforeAll(async () => {
    await createProject(page, 'MC', 'Mission Control')
    tasks = []
    for (const title of ['Write the spec', 'Build the board', 'Wire the stream'])
      tasks.push(await createTask(page, 'MC', title, { labels: ['ui'] }))
  })

  it('quick-creates a task at the top of To do', async () => {
    await page.goto(`/orgs/${ORG}/projects/MC`)
    await column(page, 'todo').getByRole('button', { name: 'Add a task to To do' }).click()
    await page.getByLabel('New task title in To do').fill('Made from the column')
    await page.keyboard.press('Enter')
    await column(page, 'todo').getByText('Made from the column').waitFor()
  })

  it('drags a task from To do to In progress, and it stays there after a reload', async () => {
    await page.goto(`/orgs/${ORG}/projects/MC`)
    await card(page, 'MC-1').waitFor()
    await drag(page, 'MC-1', 'in_progress')
    await column(page, 'in_progress').locator('[data-ref="MC-1"]').waitFor()
    await expect.poll(() => statusOf('MC-1')).toBe('in_progress')
    await page.reload()
    await column(page, 'in_progress').locator('[data-ref="MC-1"]').waitFor()
    await shoot(page, 'task-board')
    await expectAccessible(page, 'the task board')
  })

  it('marks forbidden columns while dragging and refuses a forbidden drop with the reason', async () => {
    await page.goto(`/orgs/${ORG}/projects/MC`)
    // MC-1 is in progress now; the workflow has no way from there back to the backlog.
    const from = column(page, 'in_progress').locator('[data-ref="MC-1"]')
    await from.waitFor()
    const box = (await from.boundingBox())!
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    await page.mouse.down()
    await page.mouse.move(box.x + box.width / 2 - 30, box.y + box.height / 2 + 10, { steps: 4 })
    // While the card is held, the columns the workflow forbids are marked.
    await expect.poll(() => column(page, 'backlog').getAttribute('data-forbidden')).toBe('true')
    expect(await column(page, 'backlog').textContent()).toContain('Not allowed from In progress')
    expect(await column(page, 'todo').getAttribute('data-forbidden')).toBeNull()
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 })
    await page.mouse.up()
    await expect.poll(() => column(page, 'backlog').getAttribute('data-forbidden')).toBeNull()
    // Dropped there all the same: the server refuses, the card goes back, the toast says why.
    await drag(page, 'MC-1', 'backlog')
    const toast = page.getByRole('alert').filter({ hasText: 'Could not move MC-1' })
    await toast.waitFor()
    expect(await toast.textContent()).toContain('A task in In progress cannot move to Backlog')
    expect(await toast.textContent()).toContain('It can go to')
    // Rolled back: the card is where it was, and the server agrees.
    await column(page, 'in_progress').locator('[data-ref="MC-1"]').waitFor()
    expect(await column(page, 'backlog').locator('[data-ref="MC-1"]').count()).toBe(0)
    expect(await statusOf('MC-1')).toBe('in_progress')
    expect(await column(page, 'backlog').getAttribute('data-forbidden')).toBeNull()
  })

  it('moves a card with the keyboard only, and says so to screen readers', async () => {
    await page.goto(`/orgs/${ORG}/projects/MC`)
    await card(page, 'MC-3').waitFor()
    await page.getByRole('searchbox').focus()
    // Tab into the board lands on one card; j/k and arrows walk the cards.
    let guard = 0
    while (
      !(await page.evaluate(() =>
        document.activeElement?.closest('[data-ref]')?.getAttribute('data-ref'),
      )) &&
      guard++ < 20
    )
      await page.keyboard.press('Tab')
    for (
      let i = 0;
      i < 10 &&
      (await page.evaluate(() =>
        document.activeElement?.closest('[data-ref]')?.getAttribute('data-ref'),
      )) !== 'MC-3';
      i++
    ) {
      await page.keyboard.press('j')
      if (
        (await page.evaluate(() =>
          document.activeElement?.closest('[data-ref]')?.getAttribute('data-ref'),
        )) === 'MC-3'
      )
        break
      await page.keyboard.press('h')
    }
    expect(
      await page.evaluate(() =>
        document.activeElement?.closest('[data-ref]')?.getAttribute('data-ref'),
      ),
    ).toBe('MC-3')
    await page.keyboard.press('Shift+ArrowRight')
    await column(page, 'in_progress').locator('[data-ref="MC-3"]').waitFor()
    await expect.poll(() => statusOf('MC-3')).toBe('in_progress')
    await expect
      .poll(() => page.locator('[aria-live="polite"]').first().textContent())
      .toContain('MC-3 moved to In progress')
    // Focus stays on the moved card; `s` opens the status picker, Enter picks.
    await expect
      .poll(() =>
        page.evaluate(() =>
          document.activeElement?.closest('[data-ref]')?.getAttribute('data-ref'),
        ),
      )
      .toBe('MC-3')
    await page.keyboard.press('s')
    const picker = page.getByRole('dialog', { name: /Move MC-3 to/ })
    await picker.waitFor()
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('role')))
      .toBe('combobox')
    await page.keyboard.type('review')
    await page.keyboard.press('Enter')
    await column(page, 'review').locator('[data-ref="MC-3"]').waitFor()
    await expect.poll(() => statusOf('MC-3')).toBe('review')
  })

  it('opens the peek from a card, edits it, and Esc returns focus to the card', async () => {
    await page.goto(`/orgs/${ORG}/projects/MC`)
    await card(page, 'MC-2').click()
    await page.waitForURL(/task=MC-2/)
    const peek = page.getByTestId('peek')
    await peek.getByLabel('Priority').selectOption('high')
    await expect
      .poll(
        async () =>
          (await api<{ priority: string }>(page, 'GET', `/orgs/${ORG}/tasks/MC-2`)).body.priority,
      )
      .toBe('high')
    await peek.getByRole('button', { name: 'Edit' }).click()
    await peek
      .getByLabel('Description (Markdown)')
      .fill('**Bold** move <img src=x onerror="window.hacked=1">')
    await peek.getByRole('button', { name: 'Save' }).click()
    await peek.locator('.mc-markdown strong', { hasText: 'Bold' }).waitFor()
    expect(
      await page.evaluate(() => (window as unknown as { hacked?: number }).hacked),
    ).toBeUndefined()
    await peek.getByLabel('Add a dependency').fill('MC-1')
    await peek.getByRole('option', { name: /MC-1/ }).first().click()
    await peek.getByText('Write the spec').waitFor()
    await peek
      .getByTestId('task-activity')
      .getByText(/depend on MC-1/)
      .waitFor()
    await settled(page)
    await shoot(page, 'task-peek')
    await expectAccessible(page, 'the task peek')
    await page.getByTestId('peek').click({ position: { x: 5, y: 60 } })
    await page.keyboard.press('Escape')
    await page.waitForURL((url) => !url.search.includes('task='))
    await expect
      .poll(() =>
        page.evaluate(() =>
          document.activeElement?.closest('[data-ref]')?.getAttribute('data-ref'),
        ),
      )
      .toBe('MC-2')
  })

  it('opens a task as a full page', async () => {
    await page.goto(`/orgs/${ORG}/tasks/MC-2`)
    await page.getByLabel('Title').waitFor()
    expect(await page.getByLabel('Title').inputValue()).toBe('Build the board')
    await shoot(page, 'task-page')
    await expectAccessible(page, 'the task page')
  })

  it('shows a change an agent makes through the API without a reload', async () => {
    const agent = await api<{ id: string }>(page, 'POST', `/orgs/${ORG}/agents`, {
      name: 'builder',
      description: 'Builds things',
    })
    expect(agent.status).toBe(201)
    const key = await api<{ key: string }>(
      page,
      'POST',
      `/orgs/${ORG}/agents/${agent.body.id}/keys`,
      { scopes: ['tasks:write', 'events:read'] },
    )
    expect(key.status).toBe(201)

    await page.goto(`/orgs/${ORG}/projects/MC`)
    await card(page, 'MC-4').waitFor()
    await expect.poll(() => page.locator('[data-live="live"]').count()).toBe(1)
    const created = await asAgent<TaskOut>(key.body.key, 'POST', `/orgs/${ORG}/projects/MC/tasks`, {
      title: 'Filed by the agent',
    })
    expect(created.status).toBe(201)
    await column(page, 'todo').getByText('Filed by the agent').waitFor({ timeout: 15_000 })
    const claimed = await asAgent(
      key.body.key,
      'POST',
      `/orgs/${ORG}/tasks/${created.body.ref}/claim`,
    )
    expect(claimed.status).toBe(200)
    const live = column(page, 'in_progress').locator(`[data-ref="${created.body.ref}"]`)
    await live.waitFor({ timeout: 15_000 })
    await live
      .getByTestId('claim')
      .getByText(/Claimed by builder/)
      .waitFor()
  })
})
