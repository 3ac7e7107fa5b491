import { http } from 'msw';
import { buildPath, routes } from '../../contract/routes.ts';
import { checkPathSteps, getPath, savePath } from '../paths.ts';
import { apiError, create, endpoint } from './respond.ts';

export const pathHandlers = [
  http.post(
    `*${routes.createPath.path}`,
    create('createPath', ({ body, data }) => {
      const checked = checkPathSteps(data, body.steps);
      if (!checked.ok) {
        return {
          ok: false,
          response: apiError(400, 'bad_request', checked.message, checked.field),
        };
      }
      const id = savePath(checked.steps);
      return { ok: true, body: { id }, location: buildPath('getPath', { id }) };
    }),
  ),
  http.get(
    `*${routes.getPath.path}`,
    endpoint('getPath', ({ params, data }) => {
      const path = getPath(data, params.id);
      return path
        ? { ok: true, body: path }
        : { ok: false, response: apiError(404, 'not_found', `No path "${params.id}"`, 'id') };
    }),
  ),
];
