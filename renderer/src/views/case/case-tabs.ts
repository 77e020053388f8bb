import type { ComponentType } from 'react'
import { HouseholdTab } from './household/HouseholdTab'
import { NeedsTab } from './needs/NeedsTab'
import { NetworkTab } from './network/NetworkTab'
import { ArrangementTab } from './arrangement/ArrangementTab'
import { CompareTab } from '../decision/CompareTab'
import { WhatIfTab } from '../decision/WhatIfTab'
import { OptimiserTab } from '../decision/OptimiserTab'
import { PlanTab } from './plan/PlanTab'

/** The tabs of an open case, in order; `labelKey` is an i18n key. */
export const CASE_TABS: readonly { path: string; labelKey: string; Component: ComponentType }[] = [
  { path: 'household', labelKey: 'caseTabs.household', Component: HouseholdTab },
  { path: 'needs', labelKey: 'caseTabs.needs', Component: NeedsTab },
  { path: 'network', labelKey: 'caseTabs.network', Component: NetworkTab },
  { path: 'arrangement', labelKey: 'caseTabs.arrangement', Component: ArrangementTab },
  { path: 'compare', labelKey: 'caseTabs.compare', Component: CompareTab },
  { path: 'what-if', labelKey: 'caseTabs.whatIf', Component: WhatIfTab },
  { path: 'optimiser', labelKey: 'caseTabs.optimiser', Component: OptimiserTab },
  { path: 'plan', labelKey: 'caseTabs.plan', Component: PlanTab },
]
