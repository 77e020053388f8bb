/**
 * The message catalogues, one file per feature so features do not collide. Each feature file exports
 * `{ nl, en }` with the same shape; the English catalogue is checked against the Dutch one in tests.
 */
import * as common from './common'
import * as cases from './cases'
import * as findings from './findings'
import * as decision from './decision'
import * as portfolio from './portfolio'
import * as reports from './reports'
import * as casefile from './casefile'
import * as caseload from './caseload'
import * as dataSafety from './data-safety'
import * as money from './money'
import * as layout from './layout'
import * as retention from './retention'
import * as workspaceLock from './workspace-lock'
import * as forms from './forms'
import * as engine from './engine'
import * as citations from './citations'
import * as oneTruth from './one-truth'

const features = [
  common,
  cases,
  findings,
  decision,
  portfolio,
  reports,
  casefile,
  caseload,
  dataSafety,
  money,
  retention,
  layout,
  workspaceLock,
  forms,
  engine,
  citations,
  oneTruth,
]

type Catalogue = Record<string, unknown>
function merge(lang: 'nl' | 'en'): Catalogue {
  return Object.assign({}, ...features.map((f) => f[lang] as Catalogue)) as Catalogue
}

export const messages = { nl: merge('nl'), en: merge('en') }
