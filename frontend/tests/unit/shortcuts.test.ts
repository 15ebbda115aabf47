import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { useShortcuts } from '@/composables/useShortcuts'

function press(target: EventTarget, key: string, init: KeyboardEventInit = {}) {
  target.dispatchEvent(
    new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }),
  )
}

const fired: string[] = []
const Harness = defineComponent({
  setup() {
    useShortcuts([
      { keys: 'c', handler: () => fired.push('c') },
      { keys: '?', handler: () => fired.push('?') },
      { keys: 'mod+k', whileTyping: true, handler: () => fired.push('mod+k') },
    ])
    return () =>
      h('div', [
        h('input', { id: 'field' }),
        h('textarea', { id: 'notes' }),
        h('button', { id: 'btn' }, 'x'),
      ])
  },
})

afterEach(() => {
  fired.length = 0
  document.body.innerHTML = ''
})

describe('keyboard shortcuts', () => {
  it('fire on the page and on buttons', () => {
    const wrapper = mount(Harness, { attachTo: document.body })
    press(document.body, 'c')
    press(wrapper.get('#btn').element, '?', { shiftKey: true })
    expect(fired).toEqual(['c', '?'])
    wrapper.unmount()
  })

  it('never fire while typing, except the palette chord', () => {
    const wrapper = mount(Harness, { attachTo: document.body })
    press(wrapper.get('#field').element, 'c')
    press(wrapper.get('#notes').element, '?', { shiftKey: true })
    press(wrapper.get('#field').element, 'k', { ctrlKey: true })
    expect(fired).toEqual(['mod+k'])
    wrapper.unmount()
  })

  it('stop when the component is gone', () => {
    const wrapper = mount(Harness, { attachTo: document.body })
    wrapper.unmount()
    press(document.body, 'c')
    expect(fired).toEqual([])
  })
})
