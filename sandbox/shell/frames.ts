/**
 * Custom UI frames the shell has rendered. Each gets an unguessable id bound to its module, its
 * user and its trusted context, as Jira binds an iframe to what it rendered it for; the browser
 * only ever names the frame.
 */
import { randomBytes } from 'node:crypto';
import type { ModuleEntry } from '../manifest';

export interface FrameContext {
  extension: Record<string, unknown>;
  /** Where view.submit sends its payload; absent when the view is not submittable. */
  submitTarget?: { kind: 'gadget'; gadgetId: string; dashboardId: string; viewUrl: string } | { kind: 'portal-create' };
  closeUrl?: string;
  /** The page render the frame belongs to: app events (events.emit) reach the app's frames on one page. */
  pageId?: string;
}

export interface Frame extends FrameContext {
  id: string;
  module: ModuleEntry;
  resource: string;
  accountId: string;
  theme: 'light' | 'dark';
  submitted: unknown;
  createdAt: number;
}

const MAX_FRAMES = 2000;

export class FrameRegistry {
  private frames = new Map<string, Frame>();

  register(module: ModuleEntry, resource: string, accountId: string, theme: 'light' | 'dark', context: FrameContext): Frame {
    const frame: Frame = { id: randomBytes(12).toString('base64url'), module, resource, accountId, theme, submitted: null, createdAt: Date.now(), ...context };
    this.frames.set(frame.id, frame);
    if (this.frames.size > MAX_FRAMES) this.frames.delete(this.frames.keys().next().value!);
    return frame;
  }

  get(id: string): Frame | undefined {
    return this.frames.get(id);
  }

  /** The frames rendered on one page for one user (the Jira page the frames share). */
  onPage(pageId: string, accountId: string): Frame[] {
    return [...this.frames.values()].filter((f) => f.pageId === pageId && f.accountId === accountId);
  }

  all(): Frame[] {
    return [...this.frames.values()];
  }
}
