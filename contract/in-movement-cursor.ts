/**
 * In Movement's list cursors: base64url (no padding) of `<list>.<id>`, the record
 * that ended the previous page. Its sort values are read back from that record, so
 * one cursor format serves every list whatever its order, and a cursor of one list
 * is refused by another (400, as any cursor no implementation handed out).
 */
import { InvalidCursorError } from './cursor.ts';

export type InMovementList = 'debate' | 'contribution' | 'curated' | 'queue' | 'log';

const ID = /^[1-9][0-9]{0,17}$/;

export function encodeListCursor(list: InMovementList, id: string): string {
  return btoa(`${list}.${id}`).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The id a cursor of `list` points at: undefined without one; throws InvalidCursorError for a bad one. */
export function listCursorId(list: InMovementList, cursor: string | undefined): string | undefined {
  if (cursor === undefined || cursor === '') return undefined;
  if (!/^[A-Za-z0-9_-]*$/.test(cursor) || cursor.length % 4 === 1) {
    throw new InvalidCursorError('cursor');
  }
  const text = atob(cursor.replace(/-/g, '+').replace(/_/g, '/'));
  const dot = text.indexOf('.');
  const id = text.slice(dot + 1);
  if (dot < 0 || text.slice(0, dot) !== list || !ID.test(id))
    throw new InvalidCursorError('cursor');
  return id;
}
