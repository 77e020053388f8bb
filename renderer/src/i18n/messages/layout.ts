// Messages of issue 15's laptop-width layout: the full-width cost table under the lines and the chart
// labels. Top-level key: 'layout'. Keep nl and en in the same shape.
export const nl = {
  layout: {
    costByYear: 'Kosten per betaler per jaar',
  },
}

export const en: typeof nl = {
  layout: {
    costByYear: 'Cost per payer per year',
  },
}
