// Issue 13: the portfolio's change feed (household versions after every change) reads only what
// changed after an edit, and everything again whenever that could miss something.
import { afterEach, describe, expect, it } from 'vitest'
import type { DataLayer } from '../../../renderer/src/data/api'
import { createHarness } from './harness'

const at = (second: number) => new Date(Date.UTC(2026, 10, 30, 9, 0, second)).toISOString()

describe('portfolio results — change feed (observeVersions)', () => {
  let data: DataLayer | null = null
  afterEach(() => data?.close())

  /** A data layer whose clock reads `clock.now`, and the feed's emissions. */
  async function feed(): Promise<{
    data: DataLayer
    clock: { now: number }
    latest: () => Map<string, string> | null
    emissions: () => number
  }> {
    const clock = { now: 0 }
    const opened = await createHarness({ now: () => at(clock.now++) }).open()
    data = opened
    let latest: Map<string, string> | null = null
    let emissions = 0
    const stop = opened.portfolioResults!.observeVersions({
      next: (versions) => {
        latest = versions
        emissions++
      },
    })
    const close = opened.close
    opened.close = () => {
      stop()
      close()
    }
    return { data: opened, clock, latest: () => latest, emissions: () => emissions }
  }

  /** Waits until the feed has said something new and that equals every version read directly. */
  async function settled(f: Awaited<ReturnType<typeof feed>>, after: number): Promise<Map<string, string>> {
    const started = Date.now()
    for (;;) {
      const expected = await f.data.portfolioResults!.readVersions()
      const latest = f.latest()
      if (f.emissions() > after && latest && JSON.stringify([...latest]) === JSON.stringify([...expected]))
        return latest
      if (Date.now() - started > 30_000) throw new Error(`feed: ${JSON.stringify([...(latest ?? [])])}`)
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
  }

  it('reports edits, additions and removals, also an edit stamped earlier than the newest (clock set back)', async () => {
    const f = await feed()
    const a = await f.data.cases.createHousehold('A')
    const b = await f.data.cases.createHousehold('B')
    await f.data.cases.createHousehold('C')
    let seen = await settled(f, 0)
    expect(seen.size).toBe(3)

    // An edit now: the newest version.
    let count = f.emissions()
    await f.data.cases.updateHousehold({ id: a, label: 'A2', municipalityCode: 'GM0363', dates: {} })
    seen = await settled(f, count)
    expect(seen.get(a)).toBe((await f.data.cases.loadCase(a))!.updatedAt)

    // The clock set back: an edit stamped before the newest version known.
    f.clock.now = 1
    count = f.emissions()
    await f.data.cases.updateHousehold({ id: b, label: 'B2', municipalityCode: 'GM0363', dates: {} })
    seen = await settled(f, count)
    expect(seen.get(b)).toBe((await f.data.cases.loadCase(b))!.updatedAt)

    // A removal.
    f.clock.now = 100
    count = f.emissions()
    await f.data.cases.deleteHousehold(a)
    seen = await settled(f, count)
    expect(seen.has(a)).toBe(false)
    expect(seen.size).toBe(2)
  })
})
