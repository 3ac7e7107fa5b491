import { setupServer } from 'msw/node';

import { handlers } from './handlers/index.ts';
import { setMockLatency } from './handlers/respond.ts';

// Tests want answers as fast as the machine gives them.
setMockLatency(0);

export const server = setupServer(...handlers);
