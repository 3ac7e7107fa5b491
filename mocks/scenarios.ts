/**
 * Designer-facing scenarios: `?scenario=` in the page URL picks one, the client sends
 * it with each API call in the SCENARIO_HEADER, and the handlers shape their answer.
 */
import { type Dataset, demoDataset } from './data.ts';
import type { StoryRecord } from './fixtures/content.ts';
import { publicStories, studioGeneration } from './studio-store.ts';

export { SCENARIO_HEADER } from '../contract/routes.ts';

/** Scenarios that sign every request in as a demo account of the named role. */
export const SIGNED_IN_SCENARIOS = [
  'as-participant',
  'as-expert',
  'as-curator',
  'as-committee',
  'as-admin',
  // The studio's demo editor (mocks/studio-store.ts).
  'as-editor',
  // A participant a curator blocked: reads everything, every write answers 403.
  'as-blocked',
] as const;
export type SignedInScenario = (typeof SIGNED_IN_SCENARIOS)[number];

export function isSignedInScenario(scenario: string): scenario is SignedInScenario {
  return (SIGNED_IN_SCENARIOS as readonly string[]).includes(scenario);
}

export const SCENARIOS = [
  'default',
  'empty',
  'slow',
  'error',
  'long-text',
  'invalid',
  // Writes answer 429 as a client over its allowance gets them from the server.
  'rate-limited',
  // Signed in as one of In Movement's demo accounts (mocks/in-movement-session.ts),
  // so every screen can be previewed as each role sees it.
  ...SIGNED_IN_SCENARIOS,
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

/** The demo as the studio left it (drafts never, published edits and new stories shown). */
let published: { generation: number; dataset: Dataset } | undefined;

function publishedDataset(): Dataset {
  const generation = studioGeneration();
  if (published?.generation !== generation) {
    published = {
      generation,
      dataset: { ...demoDataset, stories: publicStories(demoDataset.stories) },
    };
  }
  return published.dataset;
}

export function datasetFor(scenario: Scenario): Dataset {
  switch (scenario) {
    case 'empty':
      return { ...demoDataset, stories: [] };
    case 'long-text':
      return { ...demoDataset, stories: publishedDataset().stories.map(lengthen) };
    default:
      return publishedDataset();
  }
}
