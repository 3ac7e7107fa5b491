import { useId } from 'react';

type Pair = { fr: string; en: string };

/**
 * A text in both languages, side by side: every story and card text the studio edits
 * is written twice, and each half is labelled with its language and marked `lang`
 * so a screen reader speaks it in the right voice.
 */
export function PairField({
  label,
  value,
  onChange,
  long = false,
}: {
  label: string;
  value: Pair;
  onChange: (value: Pair) => void;
  long?: boolean;
}) {
  const ids = { fr: useId(), en: useId() };
  const Input = long ? 'textarea' : 'input';
  return (
    <div className="studio-pair">
      {(['fr', 'en'] as const).map((lang) => (
        <div className="studio-field" key={lang}>
          <label htmlFor={ids[lang]}>{`${label} (${lang.toUpperCase()})`}</label>
          <Input
            id={ids[lang]}
            lang={lang}
            value={value[lang]}
            {...(long ? { rows: 3 } : {})}
            onChange={(e: { target: { value: string } }) =>
              onChange({ ...value, [lang]: e.target.value })
            }
          />
        </div>
      ))}
    </div>
  );
}
