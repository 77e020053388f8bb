// Placeholder: the Desktop platform (Electron bridge or browser fallback) — owned by the shell work.
export {}
