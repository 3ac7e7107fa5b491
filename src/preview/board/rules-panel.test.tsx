/** The board's API-rules panel: rows become rules the mocks apply, or every error by field. */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import type { ApiRule } from '#mocks/flows/world-schema.ts';

import { RulesPanel } from './rules-panel.tsx';

function renderPanel(rules: ApiRule[] | null, flowRules?: ApiRule[]) {
  const onApply = vi.fn();
  render(<RulesPanel rules={rules} flowRules={flowRules} onApply={onApply} />);
  return { onApply, user: userEvent.setup() };
}

const apply = () => screen.getByRole('button', { name: 'Apply rules to every frame' });
const rule = (n: number) => screen.getByRole('group', { name: `Rule ${n}` });

describe('the API-rules panel', () => {
  it('starts from the flow’s own rules and applies them edited', async () => {
    const { onApply, user } = renderPanel(null, [{ kind: 'delay', route: 'search', ms: 600 }]);
    const delay = within(rule(1)).getByLabelText('Delay (ms)');
    expect(delay).toHaveValue('600');
    await user.clear(delay);
    await user.type(delay, '1500');
    await user.click(apply());
    expect(onApply).toHaveBeenCalledWith([{ kind: 'delay', route: 'search', ms: 1500 }]);
  });

  it('adds a failure with a status and a count, and a contract-breaking answer', async () => {
    const { onApply, user } = renderPanel([]);
    await user.click(screen.getByRole('button', { name: 'Add a rule' }));
    await user.selectOptions(within(rule(1)).getByLabelText('Route'), 'getStory');
    await user.selectOptions(within(rule(1)).getByLabelText('What happens'), 'fail');
    const status = within(rule(1)).getByLabelText('Status');
    await user.clear(status);
    await user.type(status, '404');
    await user.type(within(rule(1)).getByLabelText(/Times/), '2');
    await user.click(screen.getByRole('button', { name: 'Add a rule' }));
    await user.selectOptions(within(rule(2)).getByLabelText('Route'), 'listThemes');
    await user.selectOptions(within(rule(2)).getByLabelText('What happens'), 'break-contract');
    await user.click(apply());
    expect(onApply).toHaveBeenCalledWith([
      { kind: 'fail', route: 'getStory', status: 404, times: 2 },
      { kind: 'break-contract', route: 'listThemes' },
    ]);
  });

  it('refuses the rules with every error named by field, and applies nothing', async () => {
    const { onApply, user } = renderPanel([
      { kind: 'fail', route: 'getStory', status: 503 },
      { kind: 'delay', route: 'search', ms: 100 },
      { kind: 'network-error', route: 'getStory' },
    ]);
    const status = within(rule(1)).getByLabelText('Status');
    await user.clear(status);
    await user.type(status, '302');
    const delay = within(rule(2)).getByLabelText('Delay (ms)');
    await user.clear(delay);
    await user.type(delay, 'soon');
    await user.type(within(rule(3)).getByLabelText(/Times/), '0');
    await user.click(apply());

    expect(onApply).not.toHaveBeenCalled();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('rules.0.status: The status must be from 400 to 599');
    expect(alert).toHaveTextContent(
      'rules.1.ms: The delay (ms) must be a whole number from 0 to 30000',
    );
    expect(alert).toHaveTextContent('rules.2.times: Times must be from 1 to 100');
    // Each field at fault says so itself.
    expect(status).toHaveAttribute('aria-invalid', 'true');
    expect(status).toHaveAccessibleDescription('The status must be from 400 to 599');
    expect(within(rule(3)).getByLabelText(/Times/)).toHaveAttribute('aria-invalid', 'true');

    // Corrected, the rules go through.
    await user.clear(status);
    await user.type(status, '500');
    await user.clear(delay);
    await user.type(delay, '250');
    await user.clear(within(rule(3)).getByLabelText(/Times/));
    await user.click(apply());
    expect(screen.queryByRole('alert')).toBeNull();
    expect(onApply).toHaveBeenCalledWith([
      { kind: 'fail', route: 'getStory', status: 500 },
      { kind: 'delay', route: 'search', ms: 250 },
      { kind: 'network-error', route: 'getStory' },
    ]);
  });

  it('removes a rule, and goes back to the flow’s own rules', async () => {
    const flowRules: ApiRule[] = [{ kind: 'delay', route: 'search', ms: 600 }];
    const { onApply, user } = renderPanel([{ kind: 'network-error', route: 'search' }], flowRules);
    await user.click(screen.getByRole('button', { name: 'Remove rule 1' }));
    await user.click(apply());
    expect(onApply).toHaveBeenLastCalledWith([]);
    await user.click(screen.getByRole('button', { name: 'Back to the flow’s rules' }));
    expect(onApply).toHaveBeenLastCalledWith(null);
    expect(within(rule(1)).getByLabelText('Delay (ms)')).toHaveValue('600');
  });
});
