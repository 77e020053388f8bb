/**
 * The case repository: households and their members, assessments, carers, scenarios and lines.
 *
 * Every write: schema validation before the transaction (nothing is opened for a value that is
 * refused), then one 'rw' transaction that checks references, writes the rows, stamps `updatedAt` on
 * the household and appends the audit entry. A refusal inside the transaction rolls everything back.
 */
import type { ArrangementLine, CaseFile, Carer, Scenario, ZrmAssessment } from '#shared/domain/types'
import {
  DataError,
  type CaseAggregate,
  type CaseRepository,
  type HouseholdSummary,
  type RemoveExamplesOptions,
  type RemoveExamplesResult,
  type WriteOptions,
} from './api'
import {
  appendAudit,
  digestId,
  eraseHouseholdFromAudit,
  eraseHouseholdsFromAudit,
  type AuditInput,
} from './audit'
import { isPastRetention, retentionOf } from '#shared/case-flow/retention'
import type { IsoDateInput } from '#shared/domain/types'
import {
  assembleStoredCase,
  deleteCaseRows,
  putCaseRows,
  readAllCases,
  readCase,
  readStoredCaseRows,
  splitPerson,
  splitScenario,
  toCaseFile,
  toCaseRows,
  toContentRow,
  toSummary,
  type CaseRows,
  type StoredCaseRows,
} from './case-rows'
import { observeQuery, runWrite, assertWritable, type DataContext } from './context'
import type { AuditRow, HouseholdRow, LineRow } from './db'
import { DATA_ERROR_MESSAGES, toDataError } from './errors'
import { importDigestOf, importKeyOf } from './import-identity'
import { mapLine, mapPerson, mapScenarioFields, openAggregate, sealCaseRows, sealWith } from './at-rest'
import { isSealed } from './sealed-box'
import { caseContentState, contentKeyOf, sealContent, withContentMac } from './content-mac'
import {
  checkAssessmentBirth,
  checkCarerRefs,
  checkDoNothingRefs,
  checkLineRefs,
  checkScenarioRefs,
  inUseIssue,
  throwIfIssues,
  validateAssessment,
  validateCarer,
  validateCaseFile,
  validateDoNothing,
  validateHouseholdFields,
  validateLine,
  validatePerson,
  validateScenario,
  validateScenarioFields,
  type HouseholdRefs,
  type Issue,
} from './validation'

/** The JSON size of an import entry (for the free-space check; 0 when it cannot be measured). */
function approximateSize(value: unknown): number {
  try {
    return JSON.stringify(value)?.length ?? 0
  } catch {
    return 0
  }
}

/** Households written per transaction by `importMany` (bounded memory, visible progress). */
const IMPORT_CHUNK_SIZE = 500

function notFound(): DataError {
  return new DataError('not-found', DATA_ERROR_MESSAGES.notFound)
}

/** A household whose stored content no longer fits its content MAC (content-mac.ts). */
function changedOutside(): DataError {
  return new DataError('conflict', DATA_ERROR_MESSAGES.caseChangedOutside)
}

/** An export of a household whose content no longer fits its MAC: refused, never passed on as sound. */
function exportRefused(): DataError {
  return new DataError('conflict', DATA_ERROR_MESSAGES.exportChangedOutside)
}

/** The audit action when a household's content is found changed outside Maatwerk. */
export const CONTENT_CHANGED_ACTION = 'household.content-changed'
/** The audit action when the consultant accepts such content after review. */
export const CONTENT_ACCEPTED_ACTION = 'household.accept-content'

type OrderedRow = { position: number; createdAt: string; updatedAt: string }

/**
 * A household under a write: its row, and every stored row of it (its content row, v6), changed in
 * memory by the write (`keep`, `drop`). `touch` writes the household row with the new MAC over them
 * and the content row, so a save reads the household once and writes it as two rows.
 */
type HeldHousehold = { row: HouseholdRow; rows: StoredCaseRows }

/** Puts `row` in place of the row it replaces in the held rows (or adds it). */
function keep<T>(list: T[], row: T, same: (stored: T) => boolean): void {
  const index = list.findIndex(same)
  if (index < 0) list.push(row)
  else list[index] = row
}

/** The position after the last of `rows` (0 for none). */
function positionAfter(rows: readonly { position: number }[]): number {
  return rows.reduce((max, row) => Math.max(max, row.position + 1), 0)
}

/** Removes the rows a write deleted from the held rows. */
function drop<T>(list: T[], gone: (stored: T) => boolean): void {
  for (let index = list.length - 1; index >= 0; index--) if (gone(list[index] as T)) list.splice(index, 1)
}

/** The creation and change times of a row written at `at`: a stored row keeps its creation time. */
function stamps(
  existing: { createdAt: string } | undefined,
  at: string,
): { createdAt: string; updatedAt: string } {
  return { createdAt: existing?.createdAt ?? at, updatedAt: at }
}

/**
 * Puts one ordered row of a case (a member, carer, scenario or line) into the held rows: a new row
 * goes after its siblings, a stored one keeps its place and its creation time. Returns the row as it
 * was before (undefined when new), for the household's counts and the audit's create or update.
 */
function upsertOrdered<Row extends OrderedRow>(
  list: Row[],
  same: (stored: Row) => boolean,
  siblings: readonly { position: number }[],
  row: Omit<Row, keyof OrderedRow>,
  at: string,
): { existing: Row | undefined; written: Row } {
  const existing = list.find(same)
  const position = existing?.position ?? positionAfter(siblings)
  // Row is exactly `row` plus the ordered-row fields added here (TypeScript cannot see that for a
  // generic Row, hence the assertion).
  const written = { ...row, position, ...stamps(existing, at) } as Row
  keep(list, written, same)
  return { existing, written }
}

/** The audit entry of a saved object: `<type>.create` when it is new, `<type>.update` when it existed. */
function savedEntry(objectType: string, existed: boolean, objectId: string, householdId: string): AuditInput {
  return { action: `${objectType}.${existed ? 'update' : 'create'}`, objectType, objectId, householdId }
}

export function createCaseRepository(context: DataContext): CaseRepository {
  const { db } = context
  const contentKey = contentKeyOf(context.audit.key)
  /** Households whose changed content this session already logged (one audit entry per MAC seen). */
  const reportedChanged = new Set<string>()

  /**
   * The household, checked against the version the caller's write was based on (inside the write
   * transaction, so no other window can commit in between): a different version means it was
   * changed elsewhere since it was read, and the write is refused instead of overwriting that change.
   */
  async function requireHousehold(
    householdId: string,
    options: WriteOptions = {},
    { checkContent = true }: { checkContent?: boolean } = {},
  ): Promise<HeldHousehold> {
    const row = await db.households.get(householdId)
    if (!row) throw notFound()
    if (options.expectedVersion !== undefined && (row.version ?? 0) !== options.expectedVersion) {
      throw new DataError('conflict', DATA_ERROR_MESSAGES.changedElsewhere, [], {
        expected: options.expectedVersion,
        found: row.version ?? 0,
      })
    }
    const rows = await readStoredCaseRows(db, householdId, row)
    if (!rows) throw notFound()
    // Content changed outside Maatwerk is never written over (that would bless it with a new MAC):
    // the consultant accepts it first, or restores a backup. Erasure does not ask (checkContent false).
    if (
      checkContent &&
      caseContentState(contentKey, rows, { strict: context.state.caseContentSealed === true }) === 'changed'
    )
      throw changedOutside()
    return { row, rows }
  }

  function refsOf(rows: StoredCaseRows): HouseholdRefs {
    return {
      personIds: new Set(rows.members.map((member) => member.id)),
      carerIds: new Set(rows.carers.map((carer) => carer.id)),
    }
  }

  /**
   * Stamps the household's last change (and counts) — every child write touches it, after its rows
   * are written — and the content MAC over every row of the household as it now stands.
   */
  async function touch(
    held: HeldHousehold,
    patch: Partial<HouseholdRow> = {},
    { contentChanged = true }: { contentChanged?: boolean } = {},
  ): Promise<void> {
    const household = held.row
    const next: HouseholdRow = {
      ...household,
      ...patch,
      updatedAt: context.now(),
      version: (household.version ?? 0) + 1,
    }
    const stored: StoredCaseRows = { ...held.rows, household: next }
    // A write to the household's own fields (a rename, accepting the content) leaves its content row.
    if (contentChanged) await db.caseContents.put(toContentRow(stored))
    await db.households.put(withContentMac(contentKey, stored))
  }

  function audit(inputs: AuditInput[]): Promise<void> {
    return appendAudit(db, context.audit, inputs)
  }

  async function writeCase(rows: CaseRows, action: string): Promise<void> {
    await putCaseRows(db, sealContent(contentKey, rows))
    await audit([
      { action, objectType: 'household', objectId: rows.household.id, householdId: rows.household.id },
    ])
  }

  type CheckedRead = { aggregate: CaseAggregate; changed: boolean; mac: string | undefined } | null

  /** Reads a household and checks its content MAC (inside a read transaction or live query). */
  async function readChecked(householdId: string): Promise<CheckedRead> {
    const stored = await readStoredCaseRows(db, householdId)
    if (!stored) return null
    const aggregate = assembleStoredCase(stored)
    const changed =
      caseContentState(contentKey, stored, { strict: context.state.caseContentSealed === true }) === 'changed'
    return { aggregate, changed, mac: stored.household.contentMac }
  }

  /**
   * After the read: opens sealed fields, and for changed content marks the aggregate and logs it
   * once per session and stored MAC (a read-only session cannot log; the mark still shows).
   */
  async function afterRead(checked: CheckedRead): Promise<CaseAggregate | null> {
    if (!checked) return null
    const opened = await openAggregate(checked.aggregate, context.atRest)
    if (!checked.changed) return opened
    const householdId = checked.aggregate.household.id
    const seen = `${householdId}:${checked.mac ?? ''}`
    if (!reportedChanged.has(seen) && !context.state.readOnly && context.state.blocked === null) {
      reportedChanged.add(seen)
      await runWrite(context, () =>
        audit([
          {
            action: CONTENT_CHANGED_ACTION,
            objectType: 'household',
            objectId: householdId,
            householdId,
            result: 'refused',
          },
        ]),
      ).catch(() => reportedChanged.delete(seen))
    }
    return { ...opened, contentChanged: true }
  }

  const repository: CaseRepository = {
    observeSummaries(observer) {
      return observeQuery(async (): Promise<HouseholdSummary[]> => {
        const rows = await db.households.toArray()
        return rows.map(toSummary)
      }, observer)
    },

    observeCase(householdId, observer) {
      // Sealed fields are opened after the query (WebCrypto cannot run inside it), and a changed
      // content is logged there too (a write cannot run inside a live query).
      return observeQuery(() => readChecked(householdId), observer, afterRead)
    },

    async loadCase(householdId) {
      try {
        const checked = await db.transaction('r', [db.households, db.caseContents], () =>
          readChecked(householdId),
        )
        return await afterRead(checked)
      } catch (error) {
        throw toDataError(error)
      }
    },

    async acceptCaseContent(householdId) {
      assertWritable(context)
      await runWrite(context, async () => {
        await touch(
          await requireHousehold(householdId, {}, { checkContent: false }),
          {},
          { contentChanged: false },
        )
        reportedChanged.delete(householdId)
        await audit([
          { action: CONTENT_ACCEPTED_ACTION, objectType: 'household', objectId: householdId, householdId },
        ])
      })
    },

    async loadAllCases() {
      try {
        const aggregates = await readAllCases(db)
        return await Promise.all(aggregates.map((aggregate) => openAggregate(aggregate, context.atRest)))
      } catch (error) {
        throw toDataError(error)
      }
    },

    async createHousehold(label) {
      assertWritable(context)
      const id = context.newId()
      const value = validateHouseholdFields({ id, label })
      const at = context.now()
      return runWrite(context, async () => {
        const household: HouseholdRow = {
          id,
          value,
          example: false,
          origin: null,
          memberCount: 0,
          scenarioCount: 0,
          createdAt: at,
          updatedAt: at,
          version: 1,
        }
        await db.households.add(
          withContentMac(contentKey, {
            household,
            members: [],
            carers: [],
            assessments: [],
            scenarios: [],
            lines: [],
            doNothing: undefined,
          }),
        )
        await audit([{ action: 'household.create', objectType: 'household', objectId: id, householdId: id }])
        return id
      })
    },

    async updateHousehold(household, options = {}) {
      assertWritable(context)
      // Checked on its own first (a clear refusal before any transaction), then merged: fields the
      // caller leaves out keep their stored value; `null` clears one.
      validateHouseholdFields(household)
      await runWrite(context, async () => {
        const held = await requireHousehold(household.id, options)
        const { row } = held
        const value = validateHouseholdFields({ ...row.value, ...household })
        await touch(held, { value }, { contentChanged: false })
        await audit([
          { action: 'household.update', objectType: 'household', objectId: row.id, householdId: row.id },
        ])
      })
    },

    async duplicateHousehold(householdId, newLabel) {
      assertWritable(context)
      const id = context.newId()
      const label = validateHouseholdFields({ id, label: newLabel }).label
      return runWrite(context, async () => {
        // A copy must not bless content changed outside Maatwerk with a MAC of its own.
        const { rows: stored } = await requireHousehold(householdId)
        if (!stored) throw notFound()
        const source = assembleStoredCase(stored)
        const rows = toCaseRows(
          {
            household: { ...source.household, label },
            scenarios: source.scenarios,
            doNothing: source.doNothing ?? null,
          },
          id,
          {
            example: false,
            timestamp: context.now(),
            keepOrigin: false,
          },
        )
        await writeCase(rows, 'household.duplicate')
        return id
      })
    },

    async listClosedCases() {
      try {
        return await db.transaction('r', [db.households, db.caseContents], async () => {
          // Only households with a closing date are read whole (closed cases are few).
          const closed = await db.households
            .filter((row) => Boolean(row.value.dates?.afgesloten))
            .primaryKeys()
          const cases = await Promise.all(closed.map((id) => readCase(db, id)))
          return cases.filter((c): c is NonNullable<typeof c> => c !== null)
        })
      } catch (error) {
        throw toDataError(error)
      }
    },

    async eraseAfterRetention(householdId: string, asOf: IsoDateInput) {
      await runWrite(context, async () => {
        // Checked again inside the transaction: another window may have reopened the case (removed its
        // closing date) after the list was shown, and then it must stay.
        const aggregate = await readCase(db, householdId)
        if (!aggregate) throw notFound()
        const retention = retentionOf({
          household: aggregate.household,
          scenarios: aggregate.scenarios,
          asOf,
        })
        if (!retention || !isPastRetention(retention, asOf))
          throw new DataError('validation', DATA_ERROR_MESSAGES.notPastRetention)
        await deleteCaseRows(db, householdId)
        await eraseHouseholdFromAudit(db, householdId)
        // The tombstone names neither the household nor its id (an id may hold a name, as the examples'
        // do): only the id's digest (which proves the erasure to whoever holds the id), the category
        // and the term.
        await audit([
          {
            action: 'household.erase-retention',
            objectType: `retention:${retention.category}:${retention.years}`,
            objectId: digestId('household', householdId),
            householdId: null,
          },
        ])
      })
    },

    async deleteHousehold(householdId, options = {}) {
      await runWrite(context, async () => {
        await requireHousehold(householdId, options, { checkContent: false })
        await deleteCaseRows(db, householdId)
        await eraseHouseholdFromAudit(db, householdId)
        // The tombstone: the erased household's id and nothing else (GDPR art. 17, BIO2 8.15).
        await audit([
          { action: 'household.delete', objectType: 'household', objectId: householdId, householdId: null },
        ])
      })
    },

    async saveMember(householdId, member, options = {}) {
      assertWritable(context)
      const person = validatePerson(member)
      const { value: plainValue, assessment } = splitPerson(person)
      // The BSN is sealed before the transaction opens (at-rest.ts).
      const value = await mapPerson(plainValue, sealWith(context.atRest))
      const hasZrmKey = Object.prototype.hasOwnProperty.call(member, 'zrm')
      await runWrite(context, async () => {
        const held = await requireHousehold(householdId, options)
        const { row: household, rows } = held
        const at = context.now()
        const { existing } = upsertOrdered(
          rows.members,
          (row) => row.id === person.id,
          rows.members,
          { householdId, id: person.id, value },
          at,
        )
        // `zrm` absent: the assessment is left as it is; null: removed; a value: replaced.
        if (assessment) {
          const previous = rows.assessments.find((row) => row.personId === person.id)
          const assessmentRow = {
            householdId,
            personId: person.id,
            value: assessment,
            ...stamps(previous, at),
          }
          keep(rows.assessments, assessmentRow, (row) => row.personId === person.id)
        } else if (hasZrmKey) {
          drop(rows.assessments, (row) => row.personId === person.id)
        }
        const memberCount = existing ? household.memberCount : household.memberCount + 1
        await touch(held, { memberCount })
        await audit([savedEntry('member', existing !== undefined, person.id, householdId)])
      })
    },

    async deleteMember(householdId, personId, options = {}) {
      await runWrite(context, async () => {
        const held = await requireHousehold(householdId, options)
        const { row: household, rows } = held
        if (!rows.members.some((row) => row.id === personId)) throw notFound()
        const issues: Issue[] = []
        const { carers, lines, scenarios } = rows
        // Paths name the referring object by id (positions are not stable across rows).
        for (const carer of carers) {
          if (carer.value.caresFor.includes(personId) || carer.value.personId === personId) {
            issues.push(inUseIssue(`carers.${carer.id}`, 'memberInUse', { id: personId }))
          }
        }
        for (const line of lines) {
          if (line.value.personId === personId) {
            issues.push(
              inUseIssue(`scenarios.${line.scenarioId}.lines.${line.id}`, 'memberInUse', { id: personId }),
            )
          }
        }
        for (const scenario of scenarios) {
          if ((scenario.value.incomeChanges ?? []).some((change) => change.personId === personId)) {
            issues.push(inUseIssue(`scenarios.${scenario.id}.incomeChanges`, 'memberInUse', { id: personId }))
          }
        }
        throwIfIssues(issues)
        drop(rows.members, (row) => row.id === personId)
        drop(rows.assessments, (row) => row.personId === personId)
        await touch(held, { memberCount: Math.max(0, household.memberCount - 1) })
        await audit([{ action: 'member.delete', objectType: 'member', objectId: personId, householdId }])
      })
    },

    async saveAssessment(householdId, personId, assessment: ZrmAssessment, options = {}) {
      assertWritable(context)
      const value = validateAssessment(assessment)
      await runWrite(context, async () => {
        const held = await requireHousehold(householdId, options)
        const { rows } = held
        const member = rows.members.find((row) => row.id === personId)
        if (!member) throw notFound()
        throwIfIssues(checkAssessmentBirth(value, member.value.birthDate))
        const previous = rows.assessments.find((row) => row.personId === personId)
        const at = context.now()
        const assessmentRow = { householdId, personId, value, ...stamps(previous, at) }
        keep(rows.assessments, assessmentRow, (row) => row.personId === personId)
        if (member.value.zrm === null) {
          // The member row's explicit "no assessment" marker would contradict the stored assessment.
          const { zrm: _zrm, ...rest } = member.value
          const memberRow = { ...member, value: rest, updatedAt: at }
          keep(rows.members, memberRow, (row) => row.id === personId)
        }
        await touch(held)
        await audit([
          { action: 'assessment.save', objectType: 'assessment', objectId: personId, householdId },
        ])
      })
    },

    async saveCarer(householdId, carer: Carer, options = {}) {
      assertWritable(context)
      const value = validateCarer(carer)
      await runWrite(context, async () => {
        const held = await requireHousehold(householdId, options)
        const { rows } = held
        throwIfIssues(checkCarerRefs(value, refsOf(rows)))
        const { existing } = upsertOrdered(
          rows.carers,
          (row) => row.id === value.id,
          rows.carers,
          { householdId, id: value.id, value },
          context.now(),
        )
        await touch(held)
        await audit([savedEntry('carer', existing !== undefined, value.id, householdId)])
      })
    },

    async deleteCarer(householdId, carerId, options = {}) {
      await runWrite(context, async () => {
        const held = await requireHousehold(householdId, options)
        const { rows } = held
        if (!rows.carers.some((row) => row.id === carerId)) throw notFound()
        throwIfIssues(
          rows.lines
            .filter((line) => line.value.carerId === carerId)
            .map((line) =>
              inUseIssue(`scenarios.${line.scenarioId}.lines.${line.id}`, 'carerInUse', { id: carerId }),
            ),
        )
        drop(rows.carers, (row) => row.id === carerId)
        // A do-nothing risk may name the carer whose dropout it prices: it then names no one (the
        // screen asks again) rather than blocking the deletion like a line does.
        const doNothing = rows.doNothing
        if (doNothing?.value.risks.some((risk) => risk.carerId === carerId)) {
          const doNothingRow = {
            ...doNothing,
            value: {
              ...doNothing.value,
              risks: doNothing.value.risks.map((risk) =>
                risk.carerId === carerId ? { ...risk, carerId: null } : risk,
              ),
            },
            updatedAt: context.now(),
          }
          rows.doNothing = doNothingRow
        }
        await touch(held)
        await audit([{ action: 'carer.delete', objectType: 'carer', objectId: carerId, householdId }])
      })
    },

    async saveScenario(householdId, scenario, options = {}) {
      assertWritable(context)
      const replaceLines = scenario.lines !== undefined
      // Checked and sealed before the transaction (WebCrypto would end it); checked again whole inside.
      const { lines: givenLines, ...fields } = scenario
      const seal = sealWith(context.atRest)
      const sealedFields = await mapScenarioFields(validateScenarioFields(fields), seal)
      const sealedLines = givenLines
        ? await Promise.all(givenLines.map((line) => mapLine(validateLine(line), seal)))
        : null
      await runWrite(context, async () => {
        const held = await requireHousehold(householdId, options)
        const { row: household, rows } = held
        const storedLines = replaceLines ? [] : rows.lines.filter((row) => row.scenarioId === scenario.id)
        // Stored lines are only checked for their references; a sealed note stays as it is.
        const lines: ArrangementLine[] =
          givenLines ??
          storedLines
            .sort((a, b) => a.position - b.position)
            .map((row) => (isSealed(row.value.note) ? { ...row.value, note: null } : row.value))
        // Zod is synchronous, so validating here keeps the transaction alive.
        const full: Scenario = validateScenario({ ...fields, lines })
        throwIfIssues(checkScenarioRefs(full, refsOf(rows)))
        const value = { ...splitScenario(full).value, ...sealedFields }
        const at = context.now()
        const { existing } = upsertOrdered(
          rows.scenarios,
          (row) => row.id === value.id,
          rows.scenarios,
          { householdId, id: value.id, value },
          at,
        )
        if (replaceLines) {
          const lineRows = (sealedLines ?? []).map((line, linePosition): LineRow => ({
            householdId,
            scenarioId: value.id,
            id: line.id,
            position: linePosition,
            value: line,
            createdAt: at,
            updatedAt: at,
          }))
          drop(rows.lines, (row) => row.scenarioId === value.id)
          rows.lines.push(...lineRows)
        }
        await touch(held, {
          scenarioCount: existing ? household.scenarioCount : household.scenarioCount + 1,
          lastEditedScenarioId: value.id,
        })
        await audit([savedEntry('scenario', existing !== undefined, value.id, householdId)])
      })
    },

    async deleteScenario(householdId, scenarioId, options = {}) {
      await runWrite(context, async () => {
        const held = await requireHousehold(householdId, options)
        const { row: household, rows } = held
        if (!rows.scenarios.some((row) => row.id === scenarioId)) throw notFound()
        drop(rows.lines, (row) => row.scenarioId === scenarioId)
        drop(rows.scenarios, (row) => row.id === scenarioId)
        await touch(held, { scenarioCount: Math.max(0, household.scenarioCount - 1) })
        await audit([
          { action: 'scenario.delete', objectType: 'scenario', objectId: scenarioId, householdId },
        ])
      })
    },

    async saveLine(householdId, scenarioId, line, options = {}) {
      assertWritable(context)
      const plain = validateLine(line)
      const value = await mapLine(plain, sealWith(context.atRest))
      await runWrite(context, async () => {
        const held = await requireHousehold(householdId, options)
        const { rows } = held
        if (!rows.scenarios.some((row) => row.id === scenarioId)) throw notFound()
        throwIfIssues(checkLineRefs(plain, refsOf(rows)))
        const { existing } = upsertOrdered(
          rows.lines,
          (row) => row.scenarioId === scenarioId && row.id === value.id,
          rows.lines.filter((row) => row.scenarioId === scenarioId),
          { householdId, scenarioId, id: value.id, value },
          context.now(),
        )
        await touch(held, { lastEditedScenarioId: scenarioId })
        await audit([savedEntry('line', existing !== undefined, value.id, householdId)])
      })
    },

    async deleteLine(householdId, scenarioId, lineId, options = {}) {
      await runWrite(context, async () => {
        const held = await requireHousehold(householdId, options)
        const same = (row: LineRow) => row.scenarioId === scenarioId && row.id === lineId
        if (!held.rows.lines.some(same)) throw notFound()
        drop(held.rows.lines, same)
        await touch(held, { lastEditedScenarioId: scenarioId })
        await audit([{ action: 'line.delete', objectType: 'line', objectId: lineId, householdId }])
      })
    },

    async saveDoNothing(householdId, selection, options = {}) {
      assertWritable(context)
      const value = selection === null ? null : validateDoNothing(selection)
      await runWrite(context, async () => {
        const held = await requireHousehold(householdId, options)
        const { rows } = held
        if (value) throwIfIssues(checkDoNothingRefs(value, refsOf(rows)))
        const existing = rows.doNothing ?? undefined
        if (value) {
          const at = context.now()
          rows.doNothing = { householdId, value, ...stamps(existing, at) }
        } else {
          if (!existing) return
          rows.doNothing = undefined
        }
        await touch(held)
        await audit([
          {
            action: value ? 'doNothing.save' : 'doNothing.delete',
            objectType: 'doNothing',
            objectId: householdId,
            householdId,
          },
        ])
      })
    },

    async importCaseFile(file: CaseFile, options = {}) {
      assertWritable(context)
      const parsed = validateCaseFile(file)
      if (!parsed.ok) throw new DataError('validation', DATA_ERROR_MESSAGES.validation, parsed.errors)
      const digest = importDigestOf(parsed.value)
      const key = importKeyOf(context.importKey, parsed.value.household.id)
      // Never the file's own id: it may hold an identifier (re-keyed, see import-identity.ts).
      const id = context.newId()
      const rows = await sealCaseRows(
        toCaseRows(parsed.value, id, {
          example: options.example ?? false,
          timestamp: context.now(),
          keepOrigin: true,
        }),
        context.atRest,
      )
      rows.household.importKey = key
      rows.household.importDigest = digest
      return runWrite(context, async () => {
        if (!options.asCopy) {
          // The same file again (an import started over): say so instead of adding a duplicate; the
          // same household with other content: the caller asks the user (import as a copy or not).
          // After an import as a copy, two households share the key: the file is "the same" when
          // either holds its content (before, only the first was compared, and the unchanged original
          // file was reported as changed).
          const candidates = await db.households.filter((row) => row.importKey === key).toArray()
          const earlier = candidates.find((row) => row.importDigest === digest) ?? candidates[0]
          if (earlier) {
            const same = earlier.importDigest === digest
            throw new DataError(
              'conflict',
              same ? DATA_ERROR_MESSAGES.importSame : DATA_ERROR_MESSAGES.importChanged,
              [],
              { householdId: earlier.id, label: earlier.value.label },
            )
          }
        }
        await writeCase(rows, 'case.import')
        return id
      })
    },

    async exportCaseFile(householdId) {
      const aggregate = await repository.loadCase(householdId)
      if (!aggregate) throw notFound()
      if (aggregate.contentChanged) {
        // A case file carries the content to another consultant or a budget holder, whose import
        // would give it a fresh MAC: changed content would leave as if it were sound. Refused until
        // the consultant accepts it after review (or restores a backup); the refusal is logged.
        if (!context.state.readOnly)
          await runWrite(context, () =>
            audit([
              {
                action: 'case.export',
                objectType: 'household',
                objectId: householdId,
                householdId,
                result: 'refused',
              },
            ]),
          ).catch(() => undefined)
        throw exportRefused()
      }
      if (!context.state.readOnly) {
        // Exports are disclosures: logged (NEN 7513 model). Read-only mode cannot log, but may export.
        await runWrite(context, () =>
          audit([{ action: 'case.export', objectType: 'household', objectId: householdId, householdId }]),
        )
      }
      return toCaseFile(aggregate)
    },

    async exportForAccess(householdId) {
      // Inzage (GDPR art. 15): the resident has a right to what is stored, changed or not; so it is
      // never refused, and a household changed outside Maatwerk comes with that said (the caller marks
      // the document). The opening's check logs the change (household.content-changed).
      const aggregate = await repository.loadCase(householdId)
      if (!aggregate) throw notFound()
      return { caseFile: toCaseFile(aggregate), contentChanged: aggregate.contentChanged === true }
    },

    async importMany(files, options = {}) {
      assertWritable(context)
      // Room first: a full disk mid-import can make Chromium drop the whole database.
      await context.ensureRoom?.(files.reduce((sum, entry) => sum + approximateSize(entry.file), 0))
      const total = files.length
      const imported: string[] = []
      const refused: { name: string; errors: Issue[] }[] = []
      const alreadyPresent: { name: string; householdId: string }[] = []
      const changed: { name: string; householdId: string }[] = []
      const generated = options.generated === true
      const importKey = generated ? null : context.importKey
      // Every household per import key: after an import as a copy two share one, and the file is
      // "already present" when either holds its content (as in importCaseFile; before, only the last
      // one seen was kept, and the unchanged original could be reported as changed).
      type Earlier = { id: string; digest: string | undefined }
      const earlier = generated
        ? new Map<string, Earlier[]>()
        : await db.transaction('r', db.households, async () => {
            const known = new Map<string, Earlier[]>()
            await db.households.each((row) => {
              if (!row.importKey) return
              const list = known.get(row.importKey)
              if (list) list.push({ id: row.id, digest: row.importDigest })
              else known.set(row.importKey, [{ id: row.id, digest: row.importDigest }])
            })
            return known
          })
      let quotaHit = false
      let done = 0
      for (let start = 0; start < total; start += IMPORT_CHUNK_SIZE) {
        const chunk = files.slice(start, start + IMPORT_CHUNK_SIZE)
        const valid: { name: string; rows: CaseRows }[] = []
        const timestamp = context.now()
        for (const entry of chunk) {
          const parsed = validateCaseFile(entry.file)
          if (!parsed.ok) {
            refused.push({ name: entry.name, errors: parsed.errors })
            continue
          }
          if (importKey === null) {
            const rows = toCaseRows(parsed.value, context.newId(), {
              example: options.example ?? false,
              timestamp,
              keepOrigin: true,
            })
            valid.push({ name: entry.name, rows })
            continue
          }
          const key = importKeyOf(importKey, parsed.value.household.id)
          const digest = importDigestOf(parsed.value)
          const sharing = earlier.get(key) ?? []
          const before = sharing.find((row) => row.digest === digest) ?? sharing[0]
          if (before && options.ifChanged !== 'copy') {
            if (before.digest === digest) alreadyPresent.push({ name: entry.name, householdId: before.id })
            else changed.push({ name: entry.name, householdId: before.id })
            continue
          }
          if (before && before.digest === digest) {
            alreadyPresent.push({ name: entry.name, householdId: before.id })
            continue
          }
          // Re-keyed: the file's own household id never reaches the database or the audit log.
          const rows = toCaseRows(parsed.value, context.newId(), {
            example: options.example ?? false,
            timestamp,
            keepOrigin: true,
          })
          rows.household.importKey = key
          rows.household.importDigest = digest
          earlier.set(key, [...sharing, { id: rows.household.id, digest }])
          valid.push({ name: entry.name, rows })
        }
        if (valid.length > 0) {
          const chunkRows = await Promise.all(
            valid.map(async (entry) =>
              sealContent(contentKey, await sealCaseRows(entry.rows, context.atRest)),
            ),
          )
          const failure = await runWrite(context, async () => {
            await db.households.bulkPut(chunkRows.map((rows) => rows.household))
            await db.caseContents.bulkPut(chunkRows.map(toContentRow))
            await audit(
              chunkRows.map((rows) => ({
                action: 'case.import',
                objectType: 'household',
                objectId: rows.household.id,
                householdId: rows.household.id,
              })),
            )
          }).then(
            () => null,
            (error: unknown) => toDataError(error),
          )
          if (failure) {
            // The chunk was rolled back as a whole. Earlier chunks stay imported (verified below); a
            // full disk will not get better: stop and refuse the rest too.
            const issue: Issue = { path: '', message: failure.message, code: failure.kind }
            for (const entry of valid) earlier.delete(entry.rows.household.importKey ?? '')
            const notWritten =
              failure.kind === 'quota' || failure.kind === 'unavailable'
                ? [...valid, ...files.slice(start + chunk.length)]
                : valid
            for (const entry of notWritten) refused.push({ name: entry.name, errors: [issue] })
            if (failure.kind === 'quota' || failure.kind === 'unavailable') {
              quotaHit = true
              options.onProgress?.(total, total)
              break
            }
          } else {
            imported.push(...chunkRows.map((rows) => rows.household.id))
          }
        }
        done += chunk.length
        options.onProgress?.(done, total)
      }
      if (quotaHit && imported.length > 0) {
        // After a quota error the browser may have dropped more than the failed chunk (Chromium can
        // lose the whole database): report only what is really stored, never what was attempted.
        const stored = await db.households.bulkGet(imported).catch(() => imported.map(() => undefined))
        const missing = imported.filter((_, index) => stored[index] === undefined)
        if (missing.length > 0) {
          const issue: Issue = { path: '', message: DATA_ERROR_MESSAGES.notStored, code: 'notStored' }
          const missingSet = new Set(missing)
          imported.splice(0, imported.length, ...imported.filter((id) => !missingSet.has(id)))
          refused.push({ name: '', errors: [{ ...issue, params: { count: missing.length } }] })
        }
      }
      return { imported, refused, alreadyPresent, changed }
    },
  }
  return repository
}

/** Used by seeding: writes several validated case files in one transaction; skips ids already present. */
export async function importExampleCases(context: DataContext, files: CaseFile[]): Promise<string[]> {
  const parsedFiles = files.map((file) => {
    const parsed = validateCaseFile(file)
    if (!parsed.ok) throw new DataError('validation', DATA_ERROR_MESSAGES.validation, parsed.errors)
    return parsed.value
  })
  const timestamp = context.now()
  const contentKey = contentKeyOf(context.audit.key)
  const allRows = await Promise.all(
    parsedFiles.map(async (file) =>
      sealContent(
        contentKey,
        await sealCaseRows(
          toCaseRows(file, file.household.id, { example: true, timestamp, keepOrigin: true }),
          context.atRest,
        ),
      ),
    ),
  )
  return runWrite(context, async () => {
    const written: string[] = []
    for (const rows of allRows) {
      if (await context.db.households.get(rows.household.id)) continue
      await putCaseRows(context.db, rows)
      await appendAudit(context.db, context.audit, [
        {
          action: 'example.seed',
          objectType: 'household',
          objectId: rows.household.id,
          householdId: rows.household.id,
        },
      ])
      written.push(rows.household.id)
    }
    return written
  })
}

/** Example households removed per transaction by `removeExampleCases`. */
const REMOVE_CHUNK_SIZE = 2_500

/** Households read per page when the examples are listed for removal. */
const LIST_PAGE = 5_000

/** The audit action of a bulk removal of example households; its object id is `count:<n>`. */
export const EXAMPLES_DELETE_ACTION = 'examples.delete'

/** A run of example households that are neighbours in key order: no other household lies between. */
type ExampleRange = { first: string; last: string; count: number }

/**
 * The example households cut into ranges of at most `size`, each a stretch of neighbours in key order
 * with no other household between its first and last id (`rows` in key order, as a table read gives them).
 */
function exampleRanges(rows: readonly { id: string; example: boolean }[], size: number): ExampleRange[] {
  const ranges: ExampleRange[] = []
  let open: ExampleRange | null = null
  for (const row of rows) {
    if (!row.example) {
      open = null
      continue
    }
    if (open && open.count < size) {
      open.last = row.id
      open.count++
    } else {
      open = { first: row.id, last: row.id, count: 1 }
      ranges.push(open)
    }
  }
  return ranges
}

/**
 * Deletes every example household in chunks, each chunk one transaction that removes the households
 * with every row they own (members, carers, assessments, scenarios, lines, do-nothing rows, stored
 * portfolio results), blanks their raw ids in the audit log (as a single delete does) and appends one
 * audit entry with the number removed. A chunk is all or nothing: a cancel, a crash or a full disk
 * between chunks leaves whole households only, and running it again removes the rest.
 *
 * Bulk by key range (issue 13: 30,000 examples took over 15 minutes one household at a time): every
 * case table's key starts with the household id, so a chunk of example households that are neighbours
 * in key order — no other household between its first and last id — is one range delete per table,
 * done inside the database without a row passing through this thread. Inside the chunk's transaction
 * the range is read again: only when every household in it is still an example is it deleted as a
 * range; otherwise (another window changed or added one meanwhile) the chunk's examples go one by one.
 */
export async function removeExampleCases(
  context: DataContext,
  options: RemoveExamplesOptions = {},
): Promise<RemoveExamplesResult> {
  const { db } = context
  assertWritable(context)
  const size = Math.max(1, options.chunkSize ?? REMOVE_CHUNK_SIZE)
  // The households in key order, a page per read (a getAll each, not a cursor stopping at every row;
  // pages, so no single read holds the UI thread long at 30,000). Pages are separate reads: each
  // chunk checks its range again inside its own transaction.
  const listed: { id: string; example: boolean }[] = []
  // A caller's own chunk size sets the page too (tests read many small pages).
  const pageSize = options.chunkSize === undefined ? LIST_PAGE : size
  try {
    let after: string | null = null
    let full = true
    while (full) {
      const collection =
        after === null ? db.households.orderBy(':id') : db.households.where(':id').above(after)
      const page: HouseholdRow[] = await collection.limit(pageSize).toArray()
      for (const row of page) listed.push({ id: row.id, example: row.example })
      full = page.length === pageSize
      after = page.at(-1)?.id ?? after
    }
  } catch (error) {
    throw toDataError(error)
  }
  const ranges = exampleRanges(listed, size)
  const total = ranges.reduce((sum, range) => sum + range.count, 0)
  let removed = 0
  let done = 0
  options.onProgress?.(0, total)
  for (const range of ranges) {
    if (options.shouldStop?.()) return { removed, total, cancelled: true }
    removed += await runWrite(context, async () => {
      const inRange = await db.households.where(':id').between(range.first, range.last, true, true).toArray()
      const present = inRange.filter((row) => row.example).map((row) => row.id)
      if (present.length === 0) return 0
      if (present.length === inRange.length) await deleteExampleRange(db, range)
      else await deleteExamplesOneByOne(db, present)
      await appendAudit(db, context.audit, [
        {
          action: EXAMPLES_DELETE_ACTION,
          objectType: 'household',
          objectId: `count:${present.length}`,
          householdId: null,
        },
      ])
      return present.length
    })
    done += range.count
    options.onProgress?.(done, total)
  }
  return { removed, total, cancelled: false }
}

/**
 * The rows of the households from `first` to `last` (each table is keyed by the household id). Call
 * inside the write transaction, once every household in the range is an example.
 */
async function deleteExampleRange(db: DataContext['db'], range: ExampleRange): Promise<void> {
  const { first, last } = range
  await Promise.all([
    db.caseContents.where(':id').between(first, last, true, true).delete(),
    db.portfolioResults.where(':id').between(first, last, true, true).delete(),
    // Their audit entries keep their digests but no longer name them (as a single delete does).
    db.audit
      .where('householdId')
      .between(first, last, true, true)
      .modify((row: AuditRow) => {
        row.objectId = ''
        row.householdId = null
        row.erased = true
      }),
  ])
  await db.households.where(':id').between(first, last, true, true).delete()
}

/** The examples of a range that is no longer only examples: by their keys, table by table. */
async function deleteExamplesOneByOne(db: DataContext['db'], ids: string[]): Promise<void> {
  await Promise.all([db.caseContents.bulkDelete(ids), db.portfolioResults.bulkDelete(ids)])
  await db.households.bulkDelete(ids)
  await eraseHouseholdsFromAudit(db, ids)
}
