/**
 * Designer-facing scenarios: `?scenario=` in the page URL picks one, the client sends
 * it with each API call in the SCENARIO_HEADER, and the handlers shape their answer.
 */
import { type Dataset, demoDataset } from './data.ts';
import type { StoryRecord } from './fixtures/content.ts';

export { SCENARIO_HEADER } from '../contract/routes.ts';

export const SCENARIOS = [
  'default',
  'empty',
  'slow',
  'error',
  'long-text',
  'invalid',
  // Writes answer 429 as a client over its allowance gets them from the server.
  'rate-limited',
] as const;
export type Scenario = (typeof SCENARIOS)[number];

export function parseScenario(value: string | null | undefined): Scenario {
  return (SCENARIOS as readonly string[]).includes(value ?? '') ? (value as Scenario) : 'default';
}

const LONG_FR =
  'Une histoire au titre volontairement très long pour vérifier que la mise en page tient bon quand les rédacteurs se laissent emporter par leur sujet';
const LONG_EN =
  'A story with a deliberately very long title to check that the layout holds when the editors get carried away by their subject';

function lengthen(story: StoryRecord, index: number): StoryRecord {
  return {
    ...story,
    title: { fr: `${LONG_FR} (${index + 1})`, en: `${LONG_EN} (${index + 1})` },
    summary: {
      fr: `${story.summary.fr} ${story.summary.fr} ${story.summary.fr}`,
      en: `${story.summary.en} ${story.summary.en} ${story.summary.en}`,
    },
  };
}

export function datasetFor(scenario: Scenario): Dataset {
  switch (scenario) {
    case 'empty':
      return { ...demoDataset, stories: [] };
    case 'long-text':
      return { ...demoDataset, stories: demoDataset.stories.map(lengthen) };
    default:
      return demoDataset;
  }
}
