/**
 * The sensitivity sweep's ± percentage, read in the interface language's notation and checked with the
 * what-if store's bounds (MIN_SENSITIVITY_PERCENT–MAX_SENSITIVITY_PERCENT) as a zod schema, so a value
 * out of range or no number is refused with the case file's words and the sweep stays as it was.
 */
import { z } from 'zod'
import { MAX_SENSITIVITY_PERCENT, MIN_SENSITIVITY_PERCENT } from '../../stores/decision/what-if-store'
import { numberCheck } from './optimiser-draft'

export const sensitivityPercentCheck = numberCheck(
  z.number().min(MIN_SENSITIVITY_PERCENT).max(MAX_SENSITIVITY_PERCENT),
)
