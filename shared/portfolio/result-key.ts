/**
 * The key of a stored portfolio result: a household's evaluated series is current only while the case
 * version it was computed from and the fingerprint of everything else it depends on are unchanged.
 *
 * The fingerprint covers the engine version (bumped by hand when the engine's output changes), the
 * parameters version (a digest of every dated legal parameter and of the provision catalogue, so a
 * parameter update invalidates every result without anyone remembering to bump a number), the
 * municipality profile apart from its tariffs and budgets, and the tariffs of exactly the provisions
 * the household's scenario uses (every delivery form: a pgb line is capped at the ZIN tariff).
 * Budgets are left out on purpose: they change the report, never a household's cost.
 */
import type { MunicipalityConfig, TariffEntry } from '../domain/types'
import * as parameters from '../parameters'
import { PROVISIONS } from '../catalogue/provisions'

/** Bump when a change to the engine changes what it computes for an unchanged case. */
const PORTFOLIO_ENGINE_VERSION = 1

/**
 * A 53-bit string hash (cyrb53) as 14 hex digits. Not cryptographic: it detects change, it does not
 * resist an adversary (the stored results are a cache of what this device computed itself).
 */
function hashText(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed
  let h2 = 0x41c6ce57 ^ seed
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ ch, 2654435761)
    h2 = Math.imul(h2 ^ ch, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0')
}

let parametersVersion: string | null = null

/** A digest of every legal parameter series and of the provision catalogue (computed once). */
function currentParametersVersion(): string {
  parametersVersion ??= hashText(JSON.stringify({ parameters, provisions: PROVISIONS }))
  return parametersVersion
}

export type ResultVersions = { engineVersion: number; parametersVersion: string }

export function currentResultVersions(): ResultVersions {
  return { engineVersion: PORTFOLIO_ENGINE_VERSION, parametersVersion: currentParametersVersion() }
}

export type FingerprintContext = {
  /** The fingerprint of a result of a household whose scenario uses these provisions. */
  fingerprintOf(provisionIds: readonly string[]): string
}

function tariffDigest(entries: readonly TariffEntry[]): string {
  return hashText(
    JSON.stringify(
      [...entries]
        .map((t) => [t.deliveryForm, t.from, t.to ?? null, t.rateCents])
        .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    ),
  )
}

/** Fingerprints for one profile and set of versions (per-provision tariff digests computed once). */
export function createFingerprintContext(
  municipality: MunicipalityConfig,
  versions: ResultVersions = currentResultVersions(),
): FingerprintContext {
  // Everything of the profile except tariffs and budgets (its name and code included: cheap to hash).
  const { tariffs, budgets: _budgets, ...rest } = municipality
  const base = hashText(JSON.stringify([versions.engineVersion, versions.parametersVersion, rest]))
  const byProvision = new Map<string, TariffEntry[]>()
  for (const t of tariffs) {
    const list = byProvision.get(t.provisionId)
    if (list) list.push(t)
    else byProvision.set(t.provisionId, [t])
  }
  const digests = new Map<string, string>()
  const digestOf = (provisionId: string): string => {
    let d = digests.get(provisionId)
    if (d === undefined) {
      d = tariffDigest(byProvision.get(provisionId) ?? [])
      digests.set(provisionId, d)
    }
    return d
  }
  const memo = new Map<string, string>()
  return {
    fingerprintOf(provisionIds) {
      const key = provisionIds.join(',')
      let fp = memo.get(key)
      if (fp === undefined) {
        fp = hashText(`${base}|${provisionIds.map((id) => `${id}:${digestOf(id)}`).join('|')}`)
        memo.set(key, fp)
      }
      return fp
    },
  }
}

/**
 * The fingerprint of the whole portfolio's figures apart from the cases: engine and parameters
 * versions and the entire profile, budgets included (the report compares with them). The stored
 * portfolio snapshot is usable only under the same fingerprint (and the same portfolio revision).
 */
export function portfolioFingerprint(
  municipality: MunicipalityConfig,
  versions: ResultVersions = currentResultVersions(),
): string {
  return hashText(JSON.stringify([versions.engineVersion, versions.parametersVersion, municipality]))
}
