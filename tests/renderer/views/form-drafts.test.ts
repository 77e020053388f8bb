/**
 * The drafts of the forms converted to the form toolkit, checked without a DOM: each reads its text
 * into the stored shape and refuses what the schema (or the form's plausibility rule) refuses, on the
 * field the problem is about.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_MUNICIPALITY } from '#shared/municipality/voorbeeldgemeente'
import type { TariffEntry } from '#shared/domain/types'
import { NO_LEVERS } from '#shared/portfolio'
import { initI18n } from '../../../renderer/src/i18n'
import { checkDraft, type Checked } from '../../../renderer/src/views/common/draft-form'
import type { FieldError } from '../../../renderer/src/views/common/validation'
import { labelCheck } from '../../../renderer/src/views/common/household-label'
import { procedureCheck, procedureDraftOf } from '../../../renderer/src/views/case/household/household-drafts'
import { zrmCheck, zrmDraftOf } from '../../../renderer/src/views/case/needs/zrm-draft'
import { identityCheck } from '../../../renderer/src/views/settings/IdentityForm'
import { tariffCheck, tariffDraftOf } from '../../../renderer/src/views/catalogue/tariff-draft'
import {
  budgetField,
  budgetYearsOf,
  profileCheck,
  profileDraftOf,
} from '../../../renderer/src/views/portfolio/profile-draft'
import { whatIfCheck, whatIfDraftOf } from '../../../renderer/src/views/portfolio/what-if-draft'
import { leverCheck, leverText } from '../../../renderer/src/views/decision/lever-draft'
import { reasonCheck } from '../../../renderer/src/views/decision/reason-draft'
import {
  scenarioNameCheck,
  scenarioSettingsCheck,
  scenarioSettingsDraftOf,
} from '../../../renderer/src/views/case/arrangement/scenario-draft'

const TODAY = '2026-06-15'

function errors(result: Checked<object, unknown>): Record<string, FieldError | undefined> {
  return result.ok ? {} : result.errors
}

function codes(result: Checked<object, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(errors(result)).map(([k, e]) => [k, e?.code ?? '']))
}

describe('household name', () => {
  it('refuses a blank name with the household schema’s word and stores a name trimmed', () => {
    expect(codes(checkDraft({ label: '  ' }, labelCheck))).toEqual({ label: 'empty' })
    expect(codes(checkDraft({ label: 'x'.repeat(201) }, labelCheck))).toEqual({ label: 'tooLong' })
    expect(checkDraft({ label: ' Gezin Jansen ' }, labelCheck)).toEqual({
      ok: true,
      value: { label: 'Gezin Jansen' },
    })
  })
})

describe('procedure dates', () => {
  const stored = { melding: '2026-03-10' }

  it('refuses an impossible date and a step before the one it follows', () => {
    const check = procedureCheck(stored, TODAY)
    const draft = procedureDraftOf(stored)
    expect(codes(checkDraft({ ...draft, aanvraag: '31-02-2026' }, check))).toEqual({ aanvraag: 'date' })
    expect(errors(checkDraft({ ...draft, onderzoekAfgerond: '2026-03-01' }, check))).toEqual({
      onderzoekAfgerond: {
        code: 'procedureBefore',
        params: { procedureStep: 'melding', date: '2026-03-10' },
      },
    })
    expect(codes(checkDraft({ ...draft, beschikking: '2026-07-01' }, check))).toEqual({
      beschikking: 'procedureFuture',
    })
  })

  it('does not let a problem the stored dates already had block a change to another date', () => {
    const odd = { melding: '2026-03-10', aanvraag: '2026-03-01' }
    const check = procedureCheck(odd, TODAY)
    const result = checkDraft({ ...procedureDraftOf(odd), afgesloten: '2026-05-01' }, check)
    expect(result).toEqual({
      ok: true,
      value: {
        melding: '2026-03-10',
        onderzoekAfgerond: null,
        aanvraag: '2026-03-01',
        beschikking: null,
        afgesloten: '2026-05-01',
      },
    })
  })
})

describe('ZRM assessment', () => {
  const stored = { assessedOn: '2026-01-15', scores: { financien: 2 as const } }

  it('refuses an assessment date in the future', () => {
    const draft = zrmDraftOf(stored, TODAY)
    expect(codes(checkDraft({ ...draft, assessedOn: '2026-07-01' }, zrmCheck(stored, TODAY)))).toEqual({
      assessedOn: 'dateFuture',
    })
  })

  it('refuses an assessment date before the person’s birth, and accepts the day of birth', () => {
    const draft = zrmDraftOf(null, TODAY)
    const check = zrmCheck(null, TODAY, '2020-04-01')
    expect(errors(checkDraft({ ...draft, assessedOn: '2020-03-31' }, check))).toEqual({
      assessedOn: { code: 'beforeBirth', params: { field: 'zrmAssessment', birthDate: '2020-04-01' } },
    })
    expect(checkDraft({ ...draft, assessedOn: '2020-04-01' }, check).ok).toBe(true)
  })

  it('saved as new, moves the stored one to the history and refuses a date not after it', () => {
    const check = zrmCheck(stored, TODAY)
    const draft = { ...zrmDraftOf(stored, TODAY), asNew: true }
    expect(codes(checkDraft(draft, check))).toEqual({ assessedOn: 'historyOrder' })
    expect(checkDraft({ ...draft, assessedOn: '2026-06-01' }, check)).toEqual({
      ok: true,
      value: { assessedOn: '2026-06-01', scores: { financien: 2 }, history: [stored] },
    })
  })
})

describe('consultant identity', () => {
  it('says too short, too long and characters outside the rule on the field', () => {
    expect(errors(checkDraft({ consultant: ' J ' }, identityCheck))).toEqual({
      consultant: { code: 'textTooShort', params: { minimum: 2 } },
    })
    expect(codes(checkDraft({ consultant: '' }, identityCheck))).toEqual({ consultant: 'empty' })
    expect(codes(checkDraft({ consultant: 'x'.repeat(61) }, identityCheck))).toEqual({
      consultant: 'tooLong',
    })
    expect(codes(checkDraft({ consultant: 'Jan\u202e' }, identityCheck))).toEqual({
      consultant: 'characters',
    })
    expect(checkDraft({ consultant: ' J. de Vries ' }, identityCheck)).toEqual({
      ok: true,
      value: { consultant: 'J. de Vries' },
    })
  })
})

describe('tariff editor', () => {
  const other: TariffEntry = {
    provisionId: 'wmo.hulp-bij-het-huishouden',
    deliveryForm: 'zin',
    rateCents: 30_00,
    from: '2026-01-01',
    to: '2026-12-31',
    source: 'Contract 2026',
  }
  const check = tariffCheck('wmo.hulp-bij-het-huishouden', [other])
  const draft = { ...tariffDraftOf(null, 'zin'), rate: '34,50', from: '2027-01-01', source: 'Contract 2027' }

  it('stores a valid tariff in cents', () => {
    expect(checkDraft(draft, check)).toEqual({
      ok: true,
      value: { ...other, rateCents: 34_50, from: '2027-01-01', to: null, source: 'Contract 2027' },
    })
  })

  it('refuses a negative or missing rate, an end before the start, and an overlap with another tariff', () => {
    expect(codes(checkDraft({ ...draft, rate: '-1' }, check))).toEqual({ rate: 'tooSmall' })
    expect(codes(checkDraft({ ...draft, rate: '' }, check))).toEqual({ rate: 'required' })
    expect(codes(checkDraft({ ...draft, to: '2026-12-31' }, check))).toEqual({ to: 'endBeforeStart' })
    expect(codes(checkDraft({ ...draft, from: '2026-06-01' }, check))).toEqual({ from: 'overlappingTariff' })
    // The same period in another delivery form is no overlap.
    expect(checkDraft({ ...draft, from: '2026-06-01', deliveryForm: 'pgb' as const }, check).ok).toBe(true)
  })
})

describe('tariff editor citations', () => {
  const cited = DEFAULT_MUNICIPALITY.tariffs.find((t) => t.provisionId === 'wmo.begeleiding-individueel')!
  const others = DEFAULT_MUNICIPALITY.tariffs.filter((t) => t !== cited)
  const check = tariffCheck(cited.provisionId, others, cited, TODAY)

  it('keeps the publication’s citation of a tariff saved unchanged', () => {
    expect(checkDraft(tariffDraftOf(cited, 'zin'), check)).toEqual({ ok: true, value: cited })
  })

  it('cites a new rate under the old source as set by the municipality on the day', () => {
    const draft = { ...tariffDraftOf(cited, 'zin'), rate: '99,00' }
    const checked = checkDraft(draft, check)
    expect(checked.ok && checked.value).toMatchObject({
      rateCents: 99_00,
      source: `Vastgesteld door de gemeente op ${TODAY}`,
    })
    expect(checked.ok && checked.value.citation).toBeUndefined()
  })
})

describe('municipality profile', () => {
  const profile = DEFAULT_MUNICIPALITY
  const years = budgetYearsOf(profile)

  it('stores the unchanged profile as it was', () => {
    expect(checkDraft(profileDraftOf(profile), profileCheck(profile, years, TODAY))).toEqual({
      ok: true,
      value: profile,
    })
  })

  it('says a problem of a budget, a series value or the indexation on its own field', () => {
    const year = 2030
    const draft = {
      ...profileDraftOf(profile),
      indexation: '26',
      'pgbNetwork.0': '-3',
      [budgetField(year, 'jeugd')]: '12,50',
    }
    expect(codes(checkDraft(draft, profileCheck(profile, [...years, year], TODAY)))).toEqual({
      indexation: 'tooBig',
      'pgbNetwork.0': 'tooSmall',
      [budgetField(year, 'jeugd')]: 'wholeEuros',
    })
  })

  it('routes a schema problem of a budget to its cell (a budget above the profile’s cap)', () => {
    const year = 2030
    const draft = { ...profileDraftOf(profile), [budgetField(year, 'wmo')]: '2.000.000.000.000' }
    expect(codes(checkDraft(draft, profileCheck(profile, [...years, year], TODAY)))).toEqual({
      [budgetField(year, 'wmo')]: 'tooBig',
    })
  })
})

describe('portfolio what-if', () => {
  it('refuses a lever outside its bounds, and text that is no number', () => {
    const draft = whatIfDraftOf(NO_LEVERS)
    expect(checkDraft(draft, whatIfCheck)).toEqual({ ok: true, value: NO_LEVERS })
    expect(codes(checkDraft({ ...draft, zinToPgb: '101', wmo: 'veel', respite: '-1' }, whatIfCheck))).toEqual(
      {
        zinToPgb: 'tooBig',
        wmo: 'number',
        respite: 'tooSmall',
      },
    )
  })
})

describe('decision what-if lever', () => {
  it('reads grouped thousands as thousands, money in euros, and refuses a value outside the lever’s bounds', () => {
    const volume = leverCheck({ kind: 'line-volume', lineId: 'l1' })
    expect(leverText({ kind: 'line-volume', lineId: 'l1' }, 1500)).toBe('1.500')
    expect(checkDraft({ value: '1.500' }, volume)).toEqual({ ok: true, value: { value: 1500 } })
    expect(checkDraft({ value: '2,5' }, volume)).toEqual({ ok: true, value: { value: 2.5 } })
    expect(codes(checkDraft({ value: '-1' }, volume))).toEqual({ value: 'tooSmall' })
    expect(codes(checkDraft({ value: '' }, volume))).toEqual({ value: 'required' })
    const price = leverCheck({ kind: 'informal-price' })
    expect(checkDraft({ value: '21,80' }, price)).toEqual({ ok: true, value: { value: 21_80 } })
    expect(errors(checkDraft({ value: '1000,01' }, price))).toEqual({
      value: { code: 'tooBig', params: { maximum: 1_000_00 } },
    })
  })
})

describe('money and numbers in the English interface', () => {
  beforeEach(() => initI18n('en'))
  afterEach(() => initI18n('nl'))

  it('shows a tariff in English notation and reads English notation back; a Dutch amount is refused', () => {
    const entry: TariffEntry = {
      provisionId: 'wmo.hulp-bij-het-huishouden',
      deliveryForm: 'zin',
      rateCents: 1_234_56,
      from: '2027-01-01',
      to: null,
      source: 'Contract 2027',
    }
    const check = tariffCheck(entry.provisionId, [])
    const draft = tariffDraftOf(entry, 'zin')
    expect(draft.rate).toBe('1234.56')
    expect(checkDraft(draft, check)).toEqual({ ok: true, value: entry })
    expect(checkDraft({ ...draft, rate: '1,234.56' }, check)).toEqual({ ok: true, value: entry })
    expect(codes(checkDraft({ ...draft, rate: '1234,56' }, check))).toEqual({ rate: 'amount' })
  })

  it('shows budgets grouped with commas, reads them back unchanged, and refuses cents or Dutch grouping', () => {
    const profile = DEFAULT_MUNICIPALITY
    const years = budgetYearsOf(profile)
    const draft = profileDraftOf(profile)
    const budget = profile.budgets[0]!
    expect(draft[budgetField(budget.year, budget.line)]).toMatch(/^\d{1,3}(,\d{3})*$/)
    expect(checkDraft(draft, profileCheck(profile, years, TODAY))).toEqual({ ok: true, value: profile })
    const cell = budgetField(budget.year, budget.line)
    expect(
      codes(checkDraft({ ...draft, [cell]: '14,500,000.01' }, profileCheck(profile, years, TODAY))),
    ).toEqual({
      [cell]: 'wholeEuros',
    })
    expect(
      codes(checkDraft({ ...draft, [cell]: '14.500.000' }, profileCheck(profile, years, TODAY))),
    ).toEqual({
      [cell]: 'wholeEuros',
    })
  })

  it('reads the shadow price of informal care in euros with a decimal point, grouped with commas', () => {
    const price = leverCheck({ kind: 'informal-price' })
    expect(leverText({ kind: 'informal-price' }, 21_80)).toBe('21.8')
    expect(checkDraft({ value: '21.80' }, price)).toEqual({ ok: true, value: { value: 21_80 } })
    expect(codes(checkDraft({ value: '21,80' }, price))).toEqual({ value: 'number' })
    const volume = leverCheck({ kind: 'line-volume', lineId: 'l1' })
    expect(leverText({ kind: 'line-volume', lineId: 'l1' }, 1500)).toBe('1,500')
    expect(checkDraft({ value: '1,500' }, volume)).toEqual({ ok: true, value: { value: 1500 } })
  })

  it('reads a portfolio lever with a decimal point', () => {
    const draft = { ...whatIfDraftOf(NO_LEVERS), wmo: '2.5' }
    const checked = checkDraft(draft, whatIfCheck)
    expect(checked.ok && checked.value.indexationPercentByLaw.wmo).toBe(2.5)
  })
})

describe('scenario name and settings', () => {
  const scenario = {
    id: 's1',
    name: 'Scenario 1',
    startDate: '2026-01-01',
    horizonMonths: 36,
    lines: [],
  }

  it('refuses an empty name and stores a name trimmed', () => {
    expect(codes(checkDraft({ name: ' ' }, scenarioNameCheck))).toEqual({ name: 'empty' })
    expect(checkDraft({ name: ' B ' }, scenarioNameCheck)).toEqual({ ok: true, value: { name: 'B' } })
  })

  it('refuses a horizon outside 1–120 whole months and an evaluation before the start', () => {
    const check = scenarioSettingsCheck(scenario)
    const draft = scenarioSettingsDraftOf(scenario)
    expect(checkDraft(draft, check)).toEqual({ ok: true, value: scenario })
    expect(codes(checkDraft({ ...draft, horizon: '0' }, check))).toEqual({ horizon: 'tooSmall' })
    expect(codes(checkDraft({ ...draft, horizon: '121' }, check))).toEqual({ horizon: 'tooBig' })
    expect(codes(checkDraft({ ...draft, horizon: '2,5' }, check))).toEqual({ horizon: 'notInteger' })
    expect(errors(checkDraft({ ...draft, evaluation: '2025-12-31' }, check))).toEqual({
      evaluation: { code: 'evaluationBeforeStart', params: { date: '2026-01-01' } },
    })
    expect(codes(checkDraft({ ...draft, start: '' }, check))).toEqual({ start: 'required' })
  })
})

describe('reasoning of a choice or a deviation', () => {
  it('refuses empty or invisible reasoning and text over 5,000 characters, and stores it trimmed', () => {
    expect(codes(checkDraft({ reason: '  ' }, reasonCheck))).toEqual({ reason: 'empty' })
    expect(codes(checkDraft({ reason: '\u200b' }, reasonCheck))).toEqual({ reason: 'invisibleText' })
    expect(codes(checkDraft({ reason: 'x'.repeat(5_001) }, reasonCheck))).toEqual({ reason: 'tooLong' })
    expect(checkDraft({ reason: ' Past bij de schulden. ' }, reasonCheck)).toEqual({
      ok: true,
      value: { reason: 'Past bij de schulden.' },
    })
  })
})
