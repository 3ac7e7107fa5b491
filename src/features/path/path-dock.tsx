import './path-dock.css';

import { useLocation } from 'react-router';

import { parcoursPath } from '#contract/pages.ts';
import { useMediaQuery } from '#src/lib/use-media-query.ts';

import { BottomSheet } from './dock-bottom-sheet.tsx';
import { SidePanel } from './dock-side-panel.tsx';

/**
 * The path, reachable from any page: a bottom sheet on a tablet (drag its handle up
 * or down, or tap it), a side panel on a desktop. It is not modal: the page stays
 * usable around it.
 */
export function PathDock() {
  const desktop = useMediaQuery('(min-width: 1100px) and (hover: hover)');
  const { pathname } = useLocation();
  // The path page shows all of it already.
  if (pathname === parcoursPath()) return null;
  return desktop ? <SidePanel /> : <BottomSheet />;
}
