// A portal page in React 19: one <gongyi-progress>, its events handled with React props. The
// handlers' `e` is typed by @gongyi/widgets/react (CustomEvent<GongyiPledgeDetail> …), no casts.
import { useState } from 'react';
import '@gongyi/widgets/gongyi-progress.js';
import type { GongyiPledgeDetail } from '@gongyi/widgets';

export function App({ api, campaign }: { api: string; campaign: string }) {
  const [loadedPath, setLoadedPath] = useState<string>();
  const [pledge, setPledge] = useState<GongyiPledgeDetail>();
  return (
    <main>
      <h1>Portal news</h1>
      <gongyi-progress
        api={api}
        campaign={campaign}
        lang="en"
        ongongyi-load={(e) => setLoadedPath(e.detail.path)}
        ongongyi-pledge={(e) => setPledge(e.detail)}
      />
      <p id="loaded">{loadedPath ?? 'loading'}</p>
      {pledge && (
        <p id="pledged">
          {pledge.amount} {pledge.currency} {pledge.frequency}
        </p>
      )}
    </main>
  );
}
