/**
 * Pushes bridge events (JIRA_ISSUE_CHANGED, JIRA_DASHBOARD_GADGET_REFRESH) to the Custom UI frames
 * that listen, over server-sent events.
 */
export interface BridgeEvent {
  name: string;
  payload: unknown;
}

type Sink = (event: BridgeEvent) => void;

export class EventHub {
  private sinks = new Map<string, Set<Sink>>();

  subscribe(frameId: string, sink: Sink): () => void {
    const set = this.sinks.get(frameId) ?? new Set();
    set.add(sink);
    this.sinks.set(frameId, set);
    return () => set.delete(sink);
  }

  send(frameIds: string[], event: BridgeEvent): void {
    for (const id of frameIds) for (const sink of this.sinks.get(id) ?? []) sink(event);
  }
}
