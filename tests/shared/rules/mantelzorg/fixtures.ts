import { MANTELZORG_THRESHOLDS, valueAt } from '#shared'
import { carer, household, line, person, scenario } from '../../support/build'
import { run } from '../../support/engine'

export const T = valueAt(MANTELZORG_THRESHOLDS, '2026-01-01')
export const mother = person({ id: 'm', birthDate: '1942-05-14' })

export function withCarer(
  hours: number,
  spec: Parameters<typeof carer>[0],
  extraLines = [] as ReturnType<typeof line>[],
  horizonMonths = 12,
) {
  return run(
    household([mother], [carer({ caresFor: ['m'], ...spec })]),
    scenario(
      [
        line({
          provisionId: 'informal.mantelzorg',
          personId: 'm',
          deliveryForm: 'mantelzorg',
          volume: hours,
          carerId: spec.id,
        }),
        ...extraLines,
      ],
      { horizonMonths },
    ),
  )
}

/** Care that grows from 6 to 12 hours a week in April 2026, against a capacity of 10. */
export function growingCare(extra: Partial<Parameters<typeof carer>[0]> = {}) {
  return run(
    household([mother], [carer({ id: 'c', caresFor: ['m'], capacityHoursPerWeek: 10, ...extra })]),
    scenario([
      line({
        provisionId: 'informal.mantelzorg',
        personId: 'm',
        deliveryForm: 'mantelzorg',
        volume: 6,
        carerId: 'c',
        endDate: '2026-03-31',
      }),
      line({
        provisionId: 'informal.mantelzorg',
        personId: 'm',
        deliveryForm: 'mantelzorg',
        volume: 12,
        carerId: 'c',
        startDate: '2026-04-01',
      }),
    ]),
  )
}
