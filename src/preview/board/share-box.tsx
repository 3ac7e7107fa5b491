/**
 * The board's two copy buttons: the link (the whole state, for a colleague) and the
 * contact sheet's command for the same flow, devices, patch and rules. Each also shows
 * its text, selectable, for a page the clipboard refuses (an address on the local
 * network is not a secure context).
 */
import { useState } from 'react';

/** The contact sheet's command for a board link (scripts/flows/run.ts reads `--link`). */
export function sheetCommand(link: string): string {
  return `npm run flows -- --link '${link.replaceAll("'", '%27')}'`;
}

export function ShareBox({ link }: { link: string }) {
  const [said, setSaid] = useState('');
  const copy = (text: string, what: string) => {
    navigator.clipboard.writeText(text).then(
      () => setSaid(`${what} copied.`),
      () =>
        setSaid(
          `The browser refused the clipboard: copy it from ${what === 'Link' ? 'the address bar' : 'the field below'}.`,
        ),
    );
  };
  const command = sheetCommand(link);
  return (
    <section className="board-share" aria-label="Share">
      <div className="board-share__actions">
        <button type="button" onClick={() => copy(link, 'Link')}>
          Copy link
        </button>
        <button type="button" onClick={() => copy(command, 'Command')}>
          Copy contact-sheet command
        </button>
      </div>
      <p className="board-share__said" role="status">
        {said}
      </p>
      <label className="board-panel__label" htmlFor="board-share-command">
        The same flow, devices, patch and rules in the contact sheet
      </label>
      <input
        id="board-share-command"
        className="board-share__command"
        readOnly
        value={command}
        onFocus={(event) => event.currentTarget.select()}
      />
    </section>
  );
}
