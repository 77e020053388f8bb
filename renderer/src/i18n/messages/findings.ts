// Messages of the 'findings' feature. Top-level key: 'findings'. Keep nl and en in the same shape.
export const nl = { findings: {} }
export const en: typeof nl = { findings: {} }
