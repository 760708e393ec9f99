/**
 * Pushes bridge events to the Custom UI frames that listen, over server-sent events: the product's
 * (JIRA_ISSUE_CHANGED, JIRA_DASHBOARD_GADGET_REFRESH) and the app's own, sent with events.emit from
 * another frame of the same page (bridge-routes.ts).
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
