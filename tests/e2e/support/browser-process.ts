/**
 * A Chromium of the probe's own, on a profile folder it keeps, so the whole browser process can be
 * killed with SIGKILL mid-write (as a power cut or a crash would) and started again on the same
 * profile. Playwright's own browsers close cleanly; these do not.
 */
import { chromium, expect, type Browser, type Page } from '@playwright/test'
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const STARTUP_TIMEOUT_MS = 60_000

export type RunningBrowser = { child: ChildProcess; browser: Browser; page: Page }

/** Starts Chromium on `profile` with a debugging port it chooses itself, and opens `url`. */
export async function launchOnProfile(profile: string, url: string): Promise<RunningBrowser> {
  rmSync(join(profile, 'DevToolsActivePort'), { force: true })
  const child = spawn(
    CHROMIUM,
    [
      '--headless=new',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-gpu',
      '--lang=nl-NL',
      // As Playwright does for the browsers it starts: Chromium's sandbox refuses to run as root.
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      'about:blank',
    ],
    { stdio: 'ignore', detached: true },
  )
  const portFile = join(profile, 'DevToolsActivePort')
  // A restart on a profile just killed can take Chromium well over the 5 s default on a busy machine.
  try {
    await expect
      .poll(() => existsSync(portFile) && readFileSync(portFile, 'utf8').includes('\n'), {
        timeout: STARTUP_TIMEOUT_MS,
      })
      .toBe(true)
  } catch (error) {
    // A browser that did not come up in time is not left running on the profile: the caller never
    // gets it, so no afterEach would kill it.
    try {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL')
    } catch {
      // Already gone.
    }
    throw error
  }
  const port = readFileSync(portFile, 'utf8').split('\n')[0]
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`)
  const context = browser.contexts()[0] ?? (await browser.newContext())
  const page = await context.newPage()
  await page.goto(url)
  return { child, browser, page }
}

/** SIGKILL to the browser process and its process group, then waits until it is gone. */
export async function killBrowser(running: RunningBrowser): Promise<void> {
  const { child } = running
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  if (child.pid === undefined) throw new Error('Chromium did not start')
  process.kill(child.pid, 'SIGKILL')
  await exited
  try {
    process.kill(-child.pid, 'SIGKILL')
  } catch {
    // Already gone with their parent.
  }
  // Until no process of the group is left: a helper still alive (the storage service, say) could
  // hold the profile's database files when the next browser starts on them.
  const group = child.pid
  await expect.poll(() => liveProcessesOfGroup(group), { timeout: 10_000, intervals: [20, 50, 100] }).toBe(0)
}

/**
 * Processes of a process group still running (Linux `/proc`; a zombie is not running and holds no
 * file). 0 where `/proc` cannot be read.
 */
function liveProcessesOfGroup(group: number): number {
  let live = 0
  let entries: string[]
  try {
    entries = readdirSync('/proc')
  } catch {
    return 0
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue
    try {
      // "pid (comm) state ppid pgrp …": the comm may hold spaces, so read after its closing bracket.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      if (Number(pgrp) === group && state !== 'Z' && state !== 'X') live++
    } catch {
      // Gone meanwhile.
    }
  }
  return live
}
