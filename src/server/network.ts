// The actor network: the most active actors and the events between them, from the store's counterparts.
// An edge's tone is the mean Goldstein score of its events (above 0: cooperation, below: conflict).
import type { Store } from '../store/store.js';

export interface NetworkNode {
  key: string;
  code: string | null;
  name: string;
  kind: string;
  events: number;
}

export interface NetworkEdge {
  source: string;
  target: string;
  /** events between the two, either direction */
  events: number;
  meanGoldstein: number;
}

export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

export async function actorNetwork(store: Store, actors: number, minEvents: number): Promise<Network> {
  const top = (await store.actors({ limit: actors })).filter((a) => a.events > 0);
  const keys = new Set(top.map((a) => a.key));
  const edges = new Map<string, NetworkEdge>();
  for (const a of top) {
    for (const c of await store.counterparts(a.key, { limit: actors })) {
      if (!keys.has(c.key) || c.key === a.key) continue;
      // Each pair is seen from both ends; keep it once, under its ordered key.
      const [s, t] = a.key < c.key ? [a.key, c.key] : [c.key, a.key];
      const id = `${s}\u0000${t}`;
      if (!edges.has(id) && c.events >= minEvents) edges.set(id, { source: s, target: t, events: c.events, meanGoldstein: c.meanGoldstein });
    }
  }
  return {
    nodes: top.map((a) => ({ key: a.key, code: a.code, name: a.name, kind: a.kind, events: a.events })),
    edges: [...edges.values()],
  };
}
