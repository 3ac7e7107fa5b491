import { http } from 'msw';

import { routes } from '../../contract/routes.ts';
import { endpoint } from './respond.ts';

export const themeHandlers = [
  http.get(
    `*${routes.listThemes.path}`,
    endpoint('listThemes', ({ data }) => ({ ok: true, body: { items: data.themes } })),
  ),
];
