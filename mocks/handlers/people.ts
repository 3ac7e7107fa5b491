import { http } from 'msw';
import { routes } from '../../contract/routes.ts';
import { getPerson } from '../data.ts';
import { apiError, endpoint } from './respond.ts';

export const peopleHandlers = [
  http.get(
    `*${routes.getPerson.path}`,
    endpoint('getPerson', ({ params, data }) => {
      const person = getPerson(data, params.slug);
      return person
        ? { ok: true, body: person }
        : { ok: false, response: apiError(404, 'not_found', `No person "${params.slug}"`, 'slug') };
    }),
  ),
];
