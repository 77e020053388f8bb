export declare const PROJECT_ROOT: string
export declare function resolveImport(root: string, fromFile: string, specifier: string): string | null
export declare function aliasFor(root: string, fromFile: string, specifier: string): string | null
export declare function rewriteSource(
  root: string,
  file: string,
  text: string,
): { text: string; count: number }
export declare function rewriteProject(
  root: string,
  options: { write: boolean },
): { file: string; count: number }[]
