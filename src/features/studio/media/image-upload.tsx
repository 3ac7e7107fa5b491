/**
 * Adds an image to a story: a file picker (`accept="image/*"`, so a tablet offers
 * its camera too) or a file dropped on the zone; the upload's progress, then the
 * server preparing the sizes; each refusal said in the person's language. The
 * uploaded image (alternative text still empty) goes to `onUploaded`.
 */
import './image-upload.css';

import { type DragEvent, useId, useState } from 'react';

import { IMAGE_ACCEPT } from '#contract/media.ts';
import type { Image } from '#contract/schemas.ts';
import { useI18n } from '#src/lib/i18n.tsx';

import { uploadProblem } from './upload-errors.ts';
import { type UploadMessageKey, uploadText } from './upload-messages.ts';
import { useUploadImage } from './use-upload-image.ts';

export function ImageUpload({ onUploaded }: { onUploaded: (image: Image) => void }) {
  const { locale } = useI18n();
  const say = (key: UploadMessageKey, vars?: Record<string, number>) =>
    uploadText(locale, key, vars);
  const inputId = useId();
  const [dragging, setDragging] = useState(false);
  const upload = useUploadImage(onUploaded);

  const send = (file: File | undefined) => {
    if (file && !upload.isPending) upload.mutate(file);
  };
  const onDrag = (event: DragEvent) => {
    event.preventDefault();
    setDragging(event.type !== 'dragleave');
  };
  const problem = upload.isError ? uploadProblem(upload.error) : null;

  return (
    <div
      className="image-upload"
      data-dragging={dragging || undefined}
      onDragEnter={onDrag}
      onDragOver={onDrag}
      onDragLeave={onDrag}
      onDrop={(event) => {
        onDrag(event);
        setDragging(false);
        send(event.dataTransfer.files[0]);
      }}
    >
      <input
        id={inputId}
        className="visually-hidden"
        type="file"
        accept={IMAGE_ACCEPT}
        disabled={upload.isPending}
        onChange={(event) => {
          send(event.target.files?.[0]);
          // The same file chosen again (after fixing it elsewhere) sends again.
          event.target.value = '';
        }}
      />
      <label htmlFor={inputId} className="image-upload-choose">
        {say('choose')}
      </label>
      <p className="image-upload-hint">{dragging ? say('dropHere') : say('hint')}</p>
      {upload.isPending ? (
        <>
          <progress
            className="image-upload-progress"
            aria-label={say('progress')}
            max={1}
            value={upload.progress}
          />
          <p role="status">
            {upload.progress < 1
              ? say('uploading', { percent: Math.round(upload.progress * 100) })
              : say('preparing')}
          </p>
        </>
      ) : null}
      {problem ? (
        <p role="alert" className="image-upload-error">
          {say(problem.key, problem.vars)}
        </p>
      ) : null}
      {upload.isSuccess ? <p role="status">{say('done')}</p> : null}
    </div>
  );
}
