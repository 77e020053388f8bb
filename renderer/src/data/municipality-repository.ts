/**
 * Municipality profiles (tariffs, pgb network rate, gebruikelijke-hulp protocol, budgets): stored
 * validated, keyed by CBS code; the active profile's code is kept in `meta`. Without a stored choice
 * the engine's default municipality applies.
 */
import { DEFAULT_MUNICIPALITY } from '#shared/municipality'
import type { MunicipalityConfig } from '#shared/domain/types'
import { DataError, type MunicipalityRepository } from './api'
import { appendAudit } from './audit'
import { observeQuery, runWrite, assertWritable, type DataContext } from './context'
import { DATA_ERROR_MESSAGES, toDataError } from './errors'
import { validateMunicipality } from './validation'
import { ACTIVE_PROFILE_META_KEY } from './portfolio-revision'

/** Its writes change the portfolio revision (portfolio-revision.ts). */
export const ACTIVE_MUNICIPALITY_KEY = ACTIVE_PROFILE_META_KEY

/** The engine's default profile (used while no profile is stored and chosen). */
export function engineDefaultMunicipality(): MunicipalityConfig | null {
  return DEFAULT_MUNICIPALITY
}

export function createMunicipalityRepository(
  context: DataContext,
  defaultProfile: () => MunicipalityConfig | null = engineDefaultMunicipality,
): MunicipalityRepository {
  const { db } = context
  return {
    observeProfiles(observer) {
      return observeQuery(async () => {
        const rows = await db.municipalityProfiles.toArray()
        return rows.map((row) => row.value)
      }, observer)
    },

    async getActiveProfile() {
      let stored: MunicipalityConfig | undefined
      try {
        stored = await db.transaction('r', db.meta, db.municipalityProfiles, async () => {
          const active = await db.meta.get(ACTIVE_MUNICIPALITY_KEY)
          if (typeof active?.value !== 'string') return undefined
          return (await db.municipalityProfiles.get(active.value))?.value
        })
      } catch (error) {
        throw toDataError(error)
      }
      const profile = stored ?? defaultProfile()
      if (!profile) throw new DataError('not-found', DATA_ERROR_MESSAGES.notFound)
      return profile
    },

    async saveProfile(profile) {
      assertWritable(context)
      const value = validateMunicipality(profile)
      await runWrite(context, async () => {
        const existing = await db.municipalityProfiles.get(value.code)
        const at = context.now()
        await db.municipalityProfiles.put({
          code: value.code,
          value,
          createdAt: existing?.createdAt ?? at,
          updatedAt: at,
        })
        await appendAudit(db, context.audit, [
          {
            action: existing ? 'municipality.update' : 'municipality.create',
            objectType: 'municipality',
            objectId: value.code,
            householdId: null,
          },
        ])
      })
    },

    async setActiveProfile(code) {
      await runWrite(context, async () => {
        const known =
          (await db.municipalityProfiles.get(code)) !== undefined || defaultProfile()?.code === code
        if (!known) throw new DataError('not-found', DATA_ERROR_MESSAGES.notFound)
        await db.meta.put({ key: ACTIVE_MUNICIPALITY_KEY, value: code })
        await appendAudit(db, context.audit, [
          { action: 'municipality.activate', objectType: 'municipality', objectId: code, householdId: null },
        ])
      })
    },
  }
}
