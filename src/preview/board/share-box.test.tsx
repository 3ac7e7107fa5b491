/** The board's copy buttons: the link as it is, and the contact sheet's command for it. */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { ShareBox, sheetCommand } from './share-box.tsx';

const LINK = 'http://192.168.1.20:4174/__preview/first-visit?frames=ipad-landscape%2Cphone&step=1';

describe('the share box', () => {
  it('copies the link, then the contact sheet’s command for it', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    render(<ShareBox link={LINK} />);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenLastCalledWith(LINK);
    expect(await screen.findByRole('status')).toHaveTextContent('Link copied.');
    await user.click(screen.getByRole('button', { name: 'Copy contact-sheet command' }));
    expect(writeText).toHaveBeenLastCalledWith(`npm run flows -- --link '${LINK}'`);
    expect(screen.getByLabelText(/in the contact sheet/)).toHaveValue(sheetCommand(LINK));
  });

  it('says where to select the text when the clipboard is refused', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('not secure'));
    render(<ShareBox link={LINK} />);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByRole('status')).toHaveTextContent(/copy it from the address bar/);
  });

  it('keeps a quote in a link from closing the shell’s quotes', () => {
    expect(sheetCommand("http://x/__preview/a?patch=it's")).toBe(
      "npm run flows -- --link 'http://x/__preview/a?patch=it%27s'",
    );
  });
});
