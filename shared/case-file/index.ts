// The case-file format (docs/architecture.md#case-file): schemas, parsing, serialisation, migration, pseudonymisation.
export {
  CASE_FILE_FORMAT,
  CASE_FILE_VERSION,
  CASE_FILE_MAX_HOURS_PER_WEEK,
  CASE_FILE_MAX_AMOUNT_CENTS,
  CASE_FILE_MAX_BURDEN_SCORE,
  CASE_FILE_MAX_HORIZON_MONTHS,
  arrangementLineSchema,
  bsnSchema,
  carerSchema,
  caseFileOriginSchema,
  caseFileSchema,
  centsSchema,
  deviationSchema,
  doNothingSelectionSchema,
  escalationRiskSchema,
  CASE_FILE_MAX_RISKS,
  householdSchema,
  idSchema,
  incomeChangeSchema,
  incomeSchema,
  isoDateSchema,
  municipalityConfigSchema,
  personSchema,
  procedureDatesSchema,
  scenarioAssumptionsSchema,
  scenarioSchema,
  tariffEntrySchema,
  zrmAssessmentSchema,
} from './schema'
export {
  CASE_FILE_MAX_BYTES,
  CASE_FILE_MAX_ERRORS,
  findScenarioReferenceErrors,
  parseCaseFile,
  serializeCaseFile,
  validateCaseFile,
  type CaseFileParseOptions,
  type CaseFileParseResult,
} from './parse'
export { CASE_FILE_UPGRADERS, migrateCaseFile, type CaseFileUpgrader, type MigrationResult } from './migrate'
export {
  CASE_FILE_ERROR_CODES,
  caseFileMessageNl,
  type CaseFileError,
  type CaseFileErrorCode,
  type CaseFileErrorParams,
} from './errors'
export { CASE_FILE_MAX_VOLUME } from './consistency'
export { pseudonymiseCaseFile, type PseudonymiseOptions } from './pseudonymise'
