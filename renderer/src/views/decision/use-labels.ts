import { useTranslation } from 'react-i18next'
import { useStores } from '../../stores/store-context'
import type { Finding } from '#shared/domain/types'
import type { Lever } from '#shared/decision/what-if'
import { formatFindingParams, nameFindingParams } from '../../format/finding-params'

/** Display names for ids the decision views show (people, carers, provisions, domains, rules, levers). */
export function useLabels() {
  const { t } = useTranslation()
  const { openCase, engine } = useStores()
  const provision = (id: string) => {
    const p = engine.provisions.find((x) => x.id === id)
    return p ? t(p.labelKey, { defaultValue: id }) : id
  }
  const domain = (d: string) => t(`zrm.domain.${d}`, { defaultValue: d })
  // Amounts, dates and months formatted; names instead of ids; never the rule id as text.
  const finding = (f: Pick<Finding, 'messageKey' | 'params' | 'ruleId' | 'personId' | 'carerId'>) => {
    const params = nameFindingParams(f.params, formatFindingParams(f.params), {
      provision,
      deliveryForm: (form) => t(`reports.deliveryForms.${form}`, { defaultValue: '' }),
    })
    if (typeof f.params.domain === 'string') params.domain = domain(f.params.domain)
    if (f.personId) params.person = openCase.personName(f.personId)
    if (f.carerId && params.carer === undefined) params.carer = openCase.carerName(f.carerId)
    return t(f.messageKey, { ...params, defaultValue: t('explain.unknownFinding') })
  }
  const rule = (ruleId: string) => t(`rule.${ruleId}`, { defaultValue: t('explain.unknownFinding') })
  const lever = (l: Lever): string => {
    const scenario = openCase.selectedScenario
    switch (l.kind) {
      case 'line-volume': {
        const line = openCase.scenarios.flatMap((s) => s.lines).find((x) => x.id === l.lineId)
        if (!line) return l.lineId
        return t('decision.whatIf.lever.line-volume', {
          provision: provision(line.provisionId),
          unit: t(`cases.arrangement.units.${line.unit}`, { defaultValue: line.unit }),
          frequency: t(`cases.arrangement.frequencies.${line.frequency}`, { defaultValue: line.frequency }),
        })
      }
      case 'carer-hours':
      case 'carer-capacity':
        return t(`decision.whatIf.lever.${l.kind}`, { name: openCase.carerName(l.carerId) })
      case 'work-start':
        return t('decision.whatIf.lever.work-start', { name: openCase.personName(l.personId) })
      default:
        void scenario
        return t(`decision.whatIf.lever.${l.kind}`)
    }
  }
  return {
    person: (id: string | null | undefined) => openCase.personName(id),
    carer: (id: string | null | undefined) => openCase.carerName(id),
    provision,
    domain,
    finding,
    rule,
    lever,
  }
}
