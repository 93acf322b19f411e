/**
 * What a claim is about, as its sentence gives it. The 2004 memorandum keeps "smuggling" and
 * "trafficking" apart, and the Bosnia figure is about illegal migrants: one never stands for another.
 */
export const SUBJECTS = {
  trafficking: {
    label: 'Human trafficking',
    /** Said after a role: "transit for …". */
    phrase: 'human trafficking',
    /** A sentence must use one of these words to back a claim on this subject. */
    evidence: /\btraffick/i,
  },
  immigration: {
    label: 'Illegal immigration (not trafficking)',
    phrase: 'illegal immigration',
    evidence: /\b(?:illegal immigration|illegal migrants|immigration)\b/i,
  },
} as const;

export type Subject = keyof typeof SUBJECTS;
export const SUBJECT_IDS = Object.keys(SUBJECTS) as Subject[];
