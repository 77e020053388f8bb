// Messages of the 'reports' feature. Top-level key: 'reports'. Keep nl and en in the same shape.
export const nl = { reports: {} }
export const en: typeof nl = { reports: {} }
