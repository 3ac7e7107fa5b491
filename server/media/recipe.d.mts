/** Types of recipe.mjs (plain JavaScript so that the demo tools run it under bare Node). */
import type { Sharp } from 'sharp';

export declare const WIDTHS: readonly number[];
export declare const AVIF: { quality: number; effort: number };
export declare const WEBP: { quality: number; effort: number };
export declare const FALLBACK_WIDTH: number;
export declare function targetWidths(srcWidth: number, widths?: readonly number[]): number[];
export declare function fallbackWidth(widths: readonly number[]): number;
export declare function hex(colour: { r: number; g: number; b: number }): string;
export declare function dominantColour(image: Sharp): Promise<string>;
export declare function placeholder(image: Sharp, width: number, height: number): Promise<string>;
