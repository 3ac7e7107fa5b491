import { inject } from 'vitest';

import type {} from './vitest-global-setup.ts';

/** The server's address, as tests/server/vitest-global-setup.ts provided it. */
export const baseURL = () => inject('baseURL');
