import { http } from 'msw';

import { notFound } from '../../contract/failures.ts';
import { buildPath, routes } from '../../contract/routes.ts';
import { checkPathSteps, getPath, savePath } from '../paths.ts';
import { create, endpoint } from './respond.ts';

export const pathHandlers = [
  http.post(
    `*${routes.createPath.path}`,
    create('createPath', ({ body, data, db }) => {
      const checked = checkPathSteps(data, db, body.steps);
      if (!checked.ok) return { ...checked, status: 400, code: 'bad_request' };
      const id = savePath(checked.steps);
      return { ok: true, body: { id }, location: buildPath('getPath', { id }) };
    }),
  ),
  http.get(
    `*${routes.getPath.path}`,
    endpoint('getPath', ({ params, data, db }) => {
      const path = getPath(data, db, params.id);
      return path ? { ok: true, body: path } : notFound('path', 'id', params.id);
    }),
  ),
];
