// Messages of the 'casefile' feature (case-file validation problems). Top-level key: 'casefile'.
export const nl = { casefile: {} }
export const en: typeof nl = { casefile: {} }
