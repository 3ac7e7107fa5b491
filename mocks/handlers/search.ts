import { http } from 'msw';

import { routes } from '../../contract/routes.ts';
import { search } from '../search.ts';
import { endpoint } from './respond.ts';

export const searchHandlers = [
  http.get(
    `*${routes.search.path}`,
    endpoint('search', ({ query, data }) => ({ ok: true, body: search(data, query) })),
  ),
];
