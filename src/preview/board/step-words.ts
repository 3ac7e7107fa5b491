/** A flow step in a designer's words, for the rail (the board speaks English, decision 031). */
import type { FlowStep } from '#mocks/flows/flow-schema.ts';
import { messageAreas } from '#src/lib/message-areas.ts';
import { en } from '#src/lib/messages-en.ts';

/** The English strings a step may name: the core's, then the areas' once loaded. */
const english: Record<string, string> = { ...en };

/**
 * Adds In Movement's and the account's strings (the chunks the app loads with those
 * areas), so a step naming their buttons reads as the button, not as its key.
 */
export async function loadAreaWords(): Promise<void> {
  const areas = await Promise.all([messageAreas.inMovement(), messageAreas.account()]);
  for (const area of areas) Object.assign(english, area.en);
}

/** What a message key says on screen, quoted; the key itself when unknown. */
const said = (key: string) => (key in english ? `“${english[key]}”` : key);

export function describeStep(step: FlowStep): string {
  switch (step.do) {
    case 'goto':
      return `Go to ${step.url}`;
    case 'tap-tile':
      return `Tap the story “${step.story}”`;
    case 'tap-person':
      return `Tap the person “${step.person}”`;
    case 'tap-theme':
      return `Tap the theme “${step.theme}”`;
    case 'tap-button':
      return `Tap the button ${said(step.name)}`;
    case 'tap-debate':
      return `Tap the debate “${step.debate}”`;
    case 'choose':
      return `Choose ${said(step.option)}`;
    case 'fill':
      return `Type “${step.text.length > 40 ? `${step.text.slice(0, 40)}…` : step.text}” into ${said(step.field)}`;
    case 'swipe':
      return step.direction === 'close'
        ? 'Close the story'
        : step.direction === 'down'
          ? 'Drag the story down to close it'
          : `Swipe to the ${step.direction} card`;
    case 'back':
      return 'Go back';
    case 'type-search':
      return `Search for “${step.text}”`;
    case 'offline':
      return 'Go offline';
    case 'online':
      return 'Come back online';
    case 'open-shared-link':
      return 'Open the shared link as a second visitor';
  }
}
