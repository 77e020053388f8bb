// Messages of the 'portfolio' feature. Top-level key: 'portfolio'. Keep nl and en in the same shape.
export const nl = { portfolio: {} }
export const en: typeof nl = { portfolio: {} }
