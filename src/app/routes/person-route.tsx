import { useParams } from 'react-router';

import { PersonPage } from '#src/features/people/person-page.tsx';

export function PersonRoute() {
  const { slug = '' } = useParams();
  // A fresh page per person: nothing of the previous one's state carries over.
  return <PersonPage key={slug} slug={slug} />;
}
