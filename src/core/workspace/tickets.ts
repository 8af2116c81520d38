// Stale results: an analysis waits for its rubric (asynchronous), so runs of
// one document can race. Every scheduling, run and forget takes a new ticket
// for its document; a run's result is kept only while its ticket is still the
// document's latest. Tickets are never reused, so a run in flight for a
// closed document finds itself overtaken. Shared by every host's store.

export interface Tickets {
  /** A new latest ticket for `key`, overtaking every earlier one. */
  next(key: string): number;
  isLatest(key: string, ticket: number): boolean;
  /** No ticket of `key` is latest any more (the document closed). */
  forget(key: string): void;
}

export function createTickets(): Tickets {
  const latest = new Map<string, number>();
  let count = 0;
  return {
    next(key) {
      latest.set(key, ++count);
      return count;
    },
    isLatest: (key, ticket) => latest.get(key) === ticket,
    forget: (key) => void latest.delete(key),
  };
}

/**
 * Reviews from this size on get their first check a batch of sections at a
 * time (ReviewService.prepare): a 1 MB review takes seconds, during which the
 * host would otherwise answer nothing.
 */
export const PREPARE_FROM_CHARS = 64 * 1024;
