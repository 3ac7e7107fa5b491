import { onlineManager } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { ApiError, TIMEOUT_CODE } from './api-client.ts';
import { createQueryClient } from './query-client.ts';

afterEach(() => onlineManager.setOnline(true));

describe('the query client, offline', () => {
  it('still asks once (the service worker may answer from its cache)', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    onlineManager.setOnline(false);
    const queryFn = vi.fn(() => Promise.resolve({ title: 'from the cache' }));
    await expect(
      createQueryClient().fetchQuery({ queryKey: ['cached'], queryFn }),
    ).resolves.toEqual({ title: 'from the cache' });
    expect(queryFn).toHaveBeenCalledOnce();
  });

  it('fails at once, without retries, when nothing was kept', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    onlineManager.setOnline(false);
    const queryFn = vi.fn(() => Promise.reject(new ApiError('network', 'unreachable')));
    await expect(
      createQueryClient().fetchQuery({ queryKey: ['never-read'], queryFn }),
    ).rejects.toMatchObject({ kind: 'network' });
    expect(queryFn).toHaveBeenCalledOnce();
  });

  it('retries a network failure while online', async () => {
    vi.useFakeTimers();
    try {
      const queryFn = vi
        .fn<() => Promise<string>>()
        .mockRejectedValueOnce(new ApiError('network', 'blip'))
        .mockResolvedValueOnce('ok');
      const result = createQueryClient().fetchQuery({ queryKey: ['blip'], queryFn });
      await vi.runAllTimersAsync();
      await expect(result).resolves.toBe('ok');
      expect(queryFn).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('the query client, when no answer comes', () => {
  it('does not retry a request that timed out: the error and its retry show at once', async () => {
    const queryFn = vi.fn(() =>
      Promise.reject(new ApiError('network', 'no answer', null, TIMEOUT_CODE)),
    );
    await expect(
      createQueryClient().fetchQuery({ queryKey: ['silent'], queryFn }),
    ).rejects.toMatchObject({ isTimeout: true });
    expect(queryFn).toHaveBeenCalledOnce();
  });
});

describe('the query client, coming back online', () => {
  it('knows it starts offline, so reconnecting refetches what failed', () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    createQueryClient();
    expect(onlineManager.isOnline()).toBe(false);
  });
});
