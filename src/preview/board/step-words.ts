/** A flow step in a designer's words, for the rail (the board speaks English, decision 031). */
import type { FlowStep } from '#mocks/flows/flow-schema.ts';

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
      return `Tap the button ${step.name}`;
    case 'tap-debate':
      return `Tap the debate “${step.debate}”`;
    case 'choose':
      return `Choose ${step.option}`;
    case 'fill':
      return `Type “${step.text.length > 40 ? `${step.text.slice(0, 40)}…` : step.text}” into ${step.field}`;
    case 'swipe':
      return step.direction === 'close'
        ? 'Swipe the story closed'
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
