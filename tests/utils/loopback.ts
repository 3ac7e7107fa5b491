/**
 * The shared Vitest setup starts MSW with `onUnhandledRequest: 'error'`; tests that
 * talk to real servers on loopback let those requests through. Registered before
 * each test too, since the setup resets runtime handlers after every test.
 */
import { http, passthrough } from 'msw';
import { beforeAll, beforeEach } from 'vitest';

import { server as mocks } from '#mocks/node.ts';

export function allowLoopbackRequests(): void {
  const allow = () => mocks.use(http.all(/^http:\/\/127\.0\.0\.1:\d+\//, () => passthrough()));
  beforeAll(allow);
  beforeEach(allow);
}
