/**
 * The upload as a mutation: its progress beside TanStack Query's own state, so a
 * component shows "uploading 40 %", then "preparing the sizes" while the server works.
 */
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';

import type { DraftImage } from '#contract/media.ts';

import { uploadImage } from './upload-image.ts';

export const mediaKeys = {
  all: ['studio', 'media'] as const,
  upload: () => [...mediaKeys.all, 'upload'] as const,
};

export function useUploadImage(onUploaded: (image: DraftImage) => void) {
  const [progress, setProgress] = useState(0);
  const mutation = useMutation({
    mutationKey: mediaKeys.upload(),
    mutationFn: (file: File) => {
      setProgress(0);
      return uploadImage(file, { onProgress: setProgress });
    },
    onSuccess: onUploaded,
    // A refused file is not worth sending twice; the person picks another.
    retry: false,
  });
  return { ...mutation, progress };
}
