/**
 * Lists longer than this show their first items and a button for the rest. The real fact base's
 * longest list has 29 items, so only a far larger base meets it; there the panel stays quick to
 * open (the benchmark's 100× base gives Kosovo 2,926 figures), and the reader asks for the rest.
 */
export const LIST_LIMIT = 50;
