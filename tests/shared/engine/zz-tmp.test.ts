import { it } from 'vitest'
import { EXAMPLE_CASES, compareScenarios } from '../../../shared'
it('dump', () => {
  for (const cf of EXAMPLE_CASES) {
    const cmp = compareScenarios({ household: cf.household, scenarios: cf.scenarios })
    cmp.results.forEach((r, i) => {
      const s = cf.scenarios[i]!
      const y = r.totalsByYear['2026']!
      console.log(`\n== ${cf.household.label} / ${s.name}`)
      console.log('2026', JSON.stringify(y))
      console.log(
        'lines',
        r.lines.map((l) => `${l.lineId}:${l.eligible ? '' : 'X'}${l.totalCents}`).join(' '),
      )
      console.log('carers', JSON.stringify(r.carers))
      console.log(
        'findings',
        r.findings
          .map(
            (f) =>
              `${f.ruleId}${f.messageKey.endsWith(f.ruleId) ? '' : '(' + f.messageKey.split('.').pop() + ')'}@${f.month ?? ''}${f.lineId ? '#' + f.lineId : ''}${f.personId ? '/' + f.personId : ''}${f.carerId ? '/' + f.carerId : ''}`,
          )
          .join(' '),
      )
      console.log('m0', JSON.stringify(r.monthly[0]?.byPayer), 'm6', JSON.stringify(r.monthly[6]?.byPayer))
    })
  }
})
