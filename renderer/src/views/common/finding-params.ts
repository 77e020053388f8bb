/**
 * Finding params are raw engine values: amounts (params named `cents` or `…Cents`) become
 * '€ 1.234,56', ISO dates '5 maart 2026', months 'mrt 2026', before they go into a message.
 */
export function formatFindingParams(
  params: Record<string, string | number>,
  format: {
    cents: (cents: number) => string
    date: (date: string) => string
    month: (month: string) => string
  },
): Record<string, string | number> {
  const out: Record<string, string | number> = {}
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'number' && /cents$/i.test(key)) out[key] = format.cents(value)
    else if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) out[key] = format.date(value)
    else if (typeof value === 'string' && /^\d{4}-\d{2}$/.test(value)) out[key] = format.month(value)
    else out[key] = value
  }
  return out
}

/**
 * Ids among the params become names: `provisionId` the provision's name (as `provision`), a delivery
 * form its words — a finding's text never shows an internal id.
 */
export function nameFindingParams(
  raw: Record<string, string | number>,
  params: Record<string, string | number>,
  names: { provision: (id: string) => string; deliveryForm: (form: string) => string },
): Record<string, string | number> {
  const out = { ...params }
  if (typeof raw.provisionId === 'string' && out.provision === undefined)
    out.provision = names.provision(raw.provisionId)
  if (typeof raw.deliveryForm === 'string') out.deliveryForm = names.deliveryForm(raw.deliveryForm)
  return out
}
