/** `/__preview`: the committed flows, each with a few ways to open it. */
import { Link } from 'react-router';

import { flows } from '#mocks/flows/flows.ts';

import { boardFlowPath } from './board-paths.ts';

const LAYOUTS = [
  { label: 'iPad landscape, iPad portrait, phone', search: '' },
  { label: 'iPad and phone', search: '?frames=ipad-landscape,phone' },
  {
    label: 'French and English',
    search: '?frames=ipad-landscape:default:fr,ipad-landscape:default:en',
  },
  { label: 'Default and slow', search: '?frames=phone,phone:slow,phone:error' },
  { label: 'Full screen (a real device)', search: '?frames=self' },
];

export function FlowList() {
  return (
    <main className="board-list">
      <h1>Flow board</h1>
      <p>
        Each flow plays on mocked content in several frames side by side. Every frame has its own
        API answers and storage. The whole state is in the address: copy it to share what you see.
      </p>
      <ul className="board-list__flows">
        {flows.map((flow) => (
          <li key={flow.id} className="board-list__flow">
            <h2>
              <Link to={boardFlowPath(flow.id)}>{flow.title}</Link>
            </h2>
            <p>{flow.summary}</p>
            <p className="board-list__meta">
              {flow.steps.length} steps · starts at <code>{flow.start}</code> ·{' '}
              {flow.steps.filter((step) => step.checkpoint).length} checkpoints
            </p>
            <ul className="board-list__layouts" aria-label={`Open ${flow.title} as`}>
              {LAYOUTS.map((layout) => (
                <li key={layout.label}>
                  <Link to={`${boardFlowPath(flow.id)}${layout.search}`}>{layout.label}</Link>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </main>
  );
}
