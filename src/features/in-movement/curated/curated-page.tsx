import './curated.css';
import '../moderation/moderation.css';

import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';

import { meQueryOptions } from '#src/api/account.ts';
import { debateThemeListOptions } from '#src/api/in-movement.ts';
import {
  canCurate,
  curateCuratedOptions,
  curatedListOptions,
  imDebatesOptions,
  publishCuratedOptions,
} from '#src/api/in-movement-moderation.ts';
import { queryKeys } from '#src/api/query-keys.ts';
import { ErrorState } from '#src/components/ui/error-state.tsx';
import { ApiError } from '#src/lib/api-client.ts';
import { useI18n } from '#src/lib/i18n.tsx';

import { writeErrorKey } from '../moderation/write-error.ts';
import { useImTitle } from '../use-im-title.ts';
import { type CuratedChange, CuratedItemCard } from './curated-item.tsx';
import { PublishForm, type SignalDraft } from './publish-form.tsx';

const CHANGES: Record<CuratedChange, { pinned?: boolean; featured?: boolean; archived?: true }> = {
  pin: { pinned: true },
  unpin: { pinned: false },
  feature: { featured: true },
  unfeature: { featured: false },
  archive: { archived: true },
};

/** What the page last said: a key and its variables, rendered in the reader's language. */
type Said =
  | { kind: 'change'; change: CuratedChange; at: number }
  | { kind: 'publish'; title: string; at: number };

/**
 * `/in-movement/signals`: the curated signals, pinned and featured first. Curators
 * (curator and admin accounts) also get the form to publish one and the buttons to
 * pin, feature and archive; nobody else sees those, and the server refuses them anyway.
 */
export function CuratedPage() {
  const { t, text } = useI18n();
  useImTitle(t('imCurated.title'));
  const queryClient = useQueryClient();
  const viewer = useQuery(meQueryOptions());
  const curator = canCurate(viewer.data);
  const list = useInfiniteQuery(curatedListOptions());
  const themes = useQuery(debateThemeListOptions());
  const debates = useQuery(imDebatesOptions());
  const publish = useMutation(publishCuratedOptions(queryClient));
  const curate = useMutation(curateCuratedOptions(queryClient));
  const [said, setSaid] = useState<Said | null>(null);
  const [publishError, setPublishError] = useState<ReturnType<typeof writeErrorKey> | null>(null);
  const [changeError, setChangeError] = useState<{
    id: string;
    key: ReturnType<typeof writeErrorKey>;
  } | null>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);

  // After a change the item may move or leave: focus goes to what happened.
  useEffect(() => {
    if (said) statusRef.current?.focus();
  }, [said]);

  const themeName = (slug: string) => {
    const theme = themes.data?.items.find((item) => item.slug === slug);
    return theme ? text(theme.name) : slug;
  };
  const questions = new Map(debates.data?.items.map((d) => [d.slug, d.question]) ?? []);

  const onPublish = async (draft: SignalDraft): Promise<boolean> => {
    setPublishError(null);
    setSaid(null);
    try {
      await publish.mutateAsync(draft);
      setSaid({ kind: 'publish', title: draft.title, at: Date.now() });
      return true;
    } catch (error) {
      setPublishError(writeErrorKey(error));
      return false;
    }
  };

  const onChange = (id: string, change: CuratedChange) => {
    setChangeError(null);
    setSaid(null);
    curate.mutate(
      { id, change: CHANGES[change] },
      {
        onSuccess: () => setSaid({ kind: 'change', change, at: Date.now() }),
        onError: (error) => {
          setChangeError({ id, key: writeErrorKey(error) });
          if (error instanceof ApiError && error.status === 409) {
            void queryClient.invalidateQueries({
              queryKey: queryKeys.imModeration.curatedLists(),
            });
          }
        },
      },
    );
  };

  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const changeErrorGone = changeError && !items.some((item) => item.id === changeError.id);
  return (
    <div className="im-mod-page im-signals-page">
      <h1 className="im-mod-page__title">{t('imCurated.title')}</h1>
      <p className="im-mod-page__intro">{t('imCurated.intro')}</p>
      <p ref={statusRef} role="status" tabIndex={-1} className="im-mod-page__status">
        {said === null
          ? ''
          : said.kind === 'publish'
            ? t('imCurated.done.publish', { title: said.title })
            : t(`imCurated.done.${said.change}`)}
      </p>
      {changeErrorGone ? (
        <p role="alert" className="im-field-error">
          {t(changeError.key)}
        </p>
      ) : null}
      {curator ? (
        <PublishForm
          themes={themes.data?.items ?? []}
          debates={debates.data?.items ?? []}
          sending={publish.isPending}
          error={publishError}
          onPublish={onPublish}
        />
      ) : null}
      {list.isPending ? (
        <p role="status">{t('imCurated.loading')}</p>
      ) : list.isError && items.length === 0 ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <p className="im-mod-page__empty">{t('imCurated.empty')}</p>
      ) : (
        <ul className="im-signal-list" aria-label={t('imCurated.list')}>
          {items.map((item) => (
            <li key={item.id}>
              <CuratedItemCard
                item={item}
                themeName={themeName(item.theme)}
                debateQuestion={(slug) => questions.get(slug) ?? slug}
                curator={curator}
                sending={curate.isPending && curate.variables.id === item.id}
                error={changeError?.id === item.id ? changeError.key : null}
                onChange={(change) => onChange(item.id, change)}
              />
            </li>
          ))}
        </ul>
      )}
      {list.hasNextPage ? (
        <button
          type="button"
          className="im-mod-button im-mod-page__more"
          disabled={list.isFetchingNextPage}
          onClick={() => void list.fetchNextPage()}
        >
          {list.isFetchingNextPage ? t('imCurated.loadingMore') : t('imCurated.more')}
        </button>
      ) : null}
    </div>
  );
}
