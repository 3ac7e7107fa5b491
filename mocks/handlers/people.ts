import { http } from 'msw';

import { notFound } from '../../contract/failures.ts';
import { routes } from '../../contract/routes.ts';
import { getPerson } from '../data.ts';
import { endpoint } from './respond.ts';

export const peopleHandlers = [
  http.get(
    `*${routes.getPerson.path}`,
    endpoint('getPerson', ({ params, data }) => {
      const person = getPerson(data, params.slug);
      return person ? { ok: true, body: person } : notFound('person', 'slug', params.slug);
    }),
  ),
];
