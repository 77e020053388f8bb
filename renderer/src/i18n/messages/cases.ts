// Messages of the 'cases' feature. Top-level key: 'cases'. Keep nl and en in the same shape.
export const nl = { cases: {} }
export const en: typeof nl = { cases: {} }
