/** Types for make-icons.mjs (so the icon test can regenerate the set from TypeScript). */
export declare function iconSvg(): string
export declare function rasterise(size: number): Buffer
export declare function encodePng(size: number, pixels: Buffer): Buffer
export declare function encodeIco(pngs: { size: number; png: Buffer }[]): Buffer
export declare function encodeIcns(pngs: { size: number; png: Buffer }[]): Buffer
export declare function makeIcons(outDir: string): Record<string, Buffer>
