import { useState } from 'react';

/**
 * True from the first time `shown` is, and then for good: the dock draws its steps
 * (a thumbnail each) only once it is first opened, so a dock never opened holds none
 * of them in memory, and keeps them after, so reopening it is instant.
 */
export function useDrawnOnce(shown: boolean): boolean {
  const [drawn, setDrawn] = useState(shown);
  // Adjusting state while rendering: the steps come in the same render that opens.
  if (shown && !drawn) setDrawn(true);
  return drawn || shown;
}
