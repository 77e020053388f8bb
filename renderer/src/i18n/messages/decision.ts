// Messages of the 'decision' feature. Top-level key: 'decision'. Keep nl and en in the same shape.
export const nl = { decision: {} }
export const en: typeof nl = { decision: {} }
