// Word shapes with Unicode property classes that several rules test (plain patterns: see plainPattern.ts).
import { plain } from './plainPattern';

export const LONE_CAPITAL = plain(String.raw`^\p{Lu}\.?$`, 'u');
export const ING_ENDING = plain(String.raw`\p{Ll}{2,}ing$`, 'u');
export const UPPER_FIRST = plain(String.raw`^\p{Lu}`, 'u');
export const ANY_UPPER = plain(String.raw`\p{Lu}`, 'u');
export const ANY_LETTER = plain(String.raw`\p{L}`, 'u');
export const ALL_UPPER = plain(String.raw`^\p{Lu}+$`, 'u');
export const CAPITALISED = plain(String.raw`^\p{Lu}\p{Ll}+$`, 'u');
export const CAPITALISED_3 = plain(String.raw`^\p{Lu}\p{Ll}{2,}$`, 'u');
