import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { EXTERNAL_LINK_HOSTS } from '#shared/ipc/desktop-api'
import {
  decideNavigation,
  decideWindowOpen,
  isAllowedExternalUrl,
  isAllowedSessionRequest,
  isAppUrl,
} from '../../electron/main/url-trust'

describe('isAppUrl', () => {
  it.each([
    ['app://bundle/', true],
    ['app://bundle/index.html', true],
    ['app://bundle/assets/index-abc.js?x=1#y', true],
    ['app://bundle.evil/', false],
    ['app://evil.bundle/', false],
    ['app://bundle@evil/', false],
    ['app://evil@bundle/', false],
    ['app://user:pw@bundle/', false],
    ['app://BUNDLE/', false],
    ['app://bundle:8080/', false],
    ['app:bundle/index.html', false],
    ['app:///bundle/index.html', false],
    ['apps://bundle/', false],
    ['https://bundle/', false],
    ['file:///bundle/index.html', false],
    ['javascript:alert(1)', false],
    ['data:text/html,<script>1</script>', false],
    ['', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => {
    expect(isAppUrl(url)).toBe(expected)
  })

  it('refuses non-strings and absurdly long URLs', () => {
    expect(isAppUrl(undefined)).toBe(false)
    expect(isAppUrl({ toString: () => 'app://bundle/' })).toBe(false)
    expect(isAppUrl(`app://bundle/${'a'.repeat(5000)}`)).toBe(false)
  })
})

describe('isAllowedExternalUrl', () => {
  it.each([
    ['https://wetten.overheid.nl/BWBR0035362', true],
    ['https://WETTEN.overheid.nl/BWBR0035362', true],
    ['https://www.rijksoverheid.nl/onderwerpen/zorg', true],
    ['https://www.cak.nl/', true],
    ['https://www.ciz.nl/', true],
    ['https://ggd.amsterdam.nl/', true],
    ['http://wetten.overheid.nl/', false],
    ['https://wetten.overheid.nl:8443/', false],
    ['https://user@wetten.overheid.nl/', false],
    ['https://wetten.overheid.nl.evil.com/', false],
    ['https://evil.com/wetten.overheid.nl', false],
    ['https://evilwetten.overheid.nl/', false],
    ['https://overheid.nl/', false],
    ['file:///etc/passwd', false],
    ['smb://server/share', false],
    ['\\\\server\\share', false],
    ['ms-settings:privacy', false],
    ['javascript:alert(1)', false],
    ['mailto:info@example.nl', false],
    ['app://bundle/', false],
  ])('%s → %s', (url, expected) => {
    expect(isAllowedExternalUrl(url)).toBe(expected)
  })

  it('never allows a scheme other than https, whatever the host and path (property)', () => {
    const scheme = fc.stringMatching(/^[a-z][a-z0-9+.-]{0,10}$/).filter((value) => value !== 'https')
    const host = fc.constantFrom(...EXTERNAL_LINK_HOSTS, 'evil.example', 'localhost', '127.0.0.1')
    fc.assert(
      fc.property(scheme, host, fc.webPath(), (s, h, path) => {
        expect(isAllowedExternalUrl(`${s}://${h}${path}`)).toBe(false)
        expect(isAllowedExternalUrl(`${s}:${h}${path}`)).toBe(false)
      }),
      { seed: 20260115, numRuns: 500 },
    )
  })

  it('allows an https URL exactly when its host is on the list (property)', () => {
    fc.assert(
      fc.property(fc.webUrl({ validSchemes: ['https'] }), (url) => {
        const expected = EXTERNAL_LINK_HOSTS.includes(new URL(url).hostname) && new URL(url).port === ''
        expect(isAllowedExternalUrl(url)).toBe(expected && new URL(url).username === '')
      }),
      { seed: 42, numRuns: 200 },
    )
  })

  it('never throws on arbitrary input (property)', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(typeof isAllowedExternalUrl(value)).toBe('boolean')
      }),
      { seed: 7, numRuns: 200 },
    )
  })
})

describe('decideNavigation', () => {
  it.each([
    ['app://bundle/index.html#/cases', 'allow'],
    ['https://wetten.overheid.nl/BWBR0035362', 'open-external'],
    ['https://evil.example/', 'deny'],
    ['http://wetten.overheid.nl/', 'deny'],
    ['file:///etc/passwd', 'deny'],
    ['javascript:alert(1)', 'deny'],
    ['data:text/html,hi', 'deny'],
    ['about:blank', 'deny'],
    ['app://bundle.evil/', 'deny'],
    ['chrome://settings', 'deny'],
  ])('%s → %s', (url, expected) => {
    expect(decideNavigation(url)).toBe(expected)
  })

  it('only the exact app origin is ever allowed (property over URL strings)', () => {
    const tricky = fc.constantFrom(
      'app://bundle.evil/',
      'app://bundle@evil/',
      'APP://BUNDLE/',
      'app://%62undle/',
      'javascript:',
      'file:///',
      'app:/bundle/',
    )
    fc.assert(
      fc.property(fc.oneof(tricky, fc.webUrl(), fc.string()), fc.string(), (prefix, suffix) => {
        const url = `${prefix}${suffix}`
        if (decideNavigation(url) === 'allow') {
          const parsed = new URL(url)
          expect(parsed.protocol).toBe('app:')
          expect(parsed.host).toBe('bundle')
        }
      }),
      { seed: 99, numRuns: 500 },
    )
  })
})

describe('decideWindowOpen', () => {
  it('never opens a window; allowlisted links go to the browser', () => {
    expect(decideWindowOpen('https://wetten.overheid.nl/')).toBe('open-external')
    expect(decideWindowOpen('app://bundle/index.html')).toBe('deny')
    expect(decideWindowOpen('https://evil.example/')).toBe('deny')
    expect(decideWindowOpen('about:blank')).toBe('deny')
  })
})

describe('isAllowedSessionRequest', () => {
  const production = { allowDevTools: false }
  it.each([
    ['app://bundle/assets/index.js', true],
    ['blob:app://bundle/0b1c-22', true],
    ['data:image/png;base64,AAAA', true],
    ['blob:https://evil.example/0b1c', false],
    ['https://wetten.overheid.nl/', false],
    ['http://127.0.0.1:4173/', false],
    ['ws://localhost:1234/', false],
    ['wss://evil.example/', false],
    ['ftp://evil.example/', false],
    ['file:///etc/passwd', false],
    ['devtools://devtools/bundled/inspector.html', false],
    ['chrome-extension://abc/x.js', false],
  ])('%s → %s', (url, expected) => {
    expect(isAllowedSessionRequest(url, production)).toBe(expected)
  })

  it('lets the DevTools front end load only in development builds', () => {
    expect(
      isAllowedSessionRequest('devtools://devtools/bundled/inspector.html', { allowDevTools: true }),
    ).toBe(true)
  })
})
